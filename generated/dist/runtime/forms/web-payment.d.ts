import type { KeyInput } from '../crypto/keys.js';
import { type ValidationResult } from '../shared/validation.js';
import { type RiskItemInput } from './web-payment-risk.js';
/** What the spec says about the WEB Payment API (emitted by the generator). */
export interface WebPaymentDefinition {
    /** servers[0].url + path of the operation: LianLian's production cashier. */
    readonly actionUrl: string;
    /** The request's fields except sign, in signing (ascending byte) order. */
    readonly signingFields: readonly string[];
    /** The request's `format: uri` fields: the form is signed under the closed sign-source rule. */
    readonly uriFields: readonly string[];
    /** The generated validator of the request schema. */
    readonly validateRequest: (value: unknown) => ValidationResult<unknown>;
    /** The fixed interface version (the schema's only `version` value). */
    readonly version: string;
}
/** Options of one form. */
export interface WebPaymentFormOptions {
    /** The merchant number (`oid_partner`); the builder puts it into the form. */
    readonly oidPartner: string;
    /** The merchant's RSA private key (any format `loadPrivateKey` accepts). */
    readonly privateKey: KeyInput;
    /** Where the form posts instead of LianLian's production cashier (a sandbox, for example). */
    readonly actionUrl?: string;
    /** The current time (default `() => new Date()`); `timestamp` defaults to it and is checked against it. */
    readonly now?: () => Date;
    /** Nonce of the page's Content-Security-Policy for the auto-submit script. */
    readonly cspNonce?: string;
    /** Largest allowed distance of `timestamp` from `now`, in minutes (default 30, LianLian's limit). */
    readonly maxClockSkewMinutes?: number;
    /** Title of the page (default: a short Chinese "redirecting to LianLian Pay"). */
    readonly title?: string;
    /** Label of the submit button shown without JavaScript. */
    readonly submitLabel?: string;
}
/** The fields a caller passes: the form fields except those the builder fills in. */
export type WebPaymentFormParams = Readonly<Record<string, unknown>> & {
    /** The risk-control JSON: an object (serialised once here) or text serialised by `buildRiskItem`. */
    readonly risk_item: string | RiskItemInput;
};
/** A signed WEB Payment form. */
export interface WebPaymentForm {
    /** The URL the form posts to. */
    readonly action: string;
    /** Every field the browser submits, in order: the signed fields, then `sign`. */
    readonly fields: readonly (readonly [name: string, value: string])[];
    /** A complete page whose inline script (carrying `cspNonce`) submits the form on load. */
    readonly html: string;
    /** The same page without any script: the payer presses a visible submit button. */
    readonly htmlWithoutScript: string;
}
/**
 * Binds the engine to the spec's definition of the WEB Payment API.
 * @throws {WebPaymentError} `WEB_PAYMENT_OPTIONS` when the definition is unusable.
 */
export declare function createWebPaymentFormBuilder(definition: WebPaymentDefinition): (params: WebPaymentFormParams, options: WebPaymentFormOptions) => WebPaymentForm;
/**
 * The payer's IPv4 address in the form `userreq_ip` wants (`122_11_37_211`). Accepts dotted IPv4
 * and IPv4-mapped IPv6 (`::ffff:122.11.37.211`, what Node reports on dual-stack sockets).
 * @throws {WebPaymentError} `WEB_PAYMENT_INVALID` for anything else (LianLian takes IPv4 only).
 */
export declare function toUserreqIp(address: string): string;
