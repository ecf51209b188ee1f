import type { KeyInput } from '../crypto/keys.js';
import { type SourceCharsetRule } from '../crypto/charset.js';
import type { encodeCharset } from '../crypto/charset-encode.js';
import { type ValidationResult } from '../shared/validation.js';
import { type FormFieldCheck } from './browser-form-rules.js';
/**
 * A field the builder fills in (the spec's `x-lianlian-form.fill`): the merchant number from the
 * options (a caller's different value is refused), the clock's time in UTC+8 (checked against the
 * clock when the caller gives one), or a fixed value (the schema's only `version`, the first sign
 * type) the caller may override.
 */
export type FormFill = {
    readonly field: string;
    readonly from: 'merchant' | 'clock';
} | {
    readonly field: string;
    readonly from: 'value';
    readonly value: string;
};
/** What the spec says about one browser-form operation (emitted by the generator per form). */
export interface BrowserFormDefinition {
    /** servers[0].url + path of the operation: LianLian's production cashier. */
    readonly actionUrl: string;
    /** The request's fields except sign, in signing (ascending byte) order. */
    readonly signingFields: readonly string[];
    /** The request's `format: uri` fields: the form is signed under the closed sign-source rule. */
    readonly uriFields: readonly string[];
    /** The generated validator of the request schema. */
    readonly validateRequest: (value: unknown) => ValidationResult<unknown>;
    /** The fields the builder fills in, in the spec's order. */
    readonly fills: readonly FormFill[];
    /** Checks beyond the schema, in order (`x-lianlian-form.checks`). */
    readonly checks: readonly FormFieldCheck[];
    /** Fields holding JSON text (`contentMediaType: application/json`): an object is serialised once. */
    readonly jsonTextFields: readonly string[];
    /** The HTML id of the rendered form (default `lianlian-form`). */
    readonly formId?: string;
    /**
     * The one input that carries the signed fields, sign included, as the text of a JSON object of
     * strings (Easypay H5's `req_data`); absent when the form posts the signed fields themselves.
     */
    readonly jsonField?: string;
    /**
     * The field naming the charset the form is signed and submitted in (`x-lianlian-form.charset`);
     * without it, UTF-8.
     */
    readonly charset?: FormCharsetRule;
}
/**
 * A form's charset rule with the encoder, which only a form that has a charset references, so
 * that a bundle of the other forms leaves out iconv-lite.
 */
export interface FormCharsetRule extends SourceCharsetRule {
    readonly encode: typeof encodeCharset;
}
/** Options of one form. */
export interface BrowserFormOptions {
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
/** A signed browser form. */
export interface BrowserForm {
    /** The URL the form posts to. */
    readonly action: string;
    /**
     * Every field the browser submits, in order: the signed fields, then `sign`; or, for a form
     * carrying them as JSON text, that one field.
     */
    readonly fields: readonly (readonly [name: string, value: string])[];
    /** The signed fields as signed, in order, then `sign` (the same as `fields` for a plain form). */
    readonly signedFields: readonly (readonly [name: string, value: string])[];
    /** A complete page whose inline script (carrying `cspNonce`) submits the form on load. */
    readonly html: string;
    /** The same page without any script: the payer presses a visible submit button. */
    readonly htmlWithoutScript: string;
}
/**
 * Binds the engine to the spec's definition of one browser-form operation.
 * @throws {BrowserFormError} `BROWSER_FORM_OPTIONS` when the definition is unusable.
 */
export declare function createBrowserFormBuilder(definition: BrowserFormDefinition): (params: Readonly<Record<string, unknown>>, options: BrowserFormOptions) => BrowserForm;
/**
 * The payer's IPv4 address in the form `userreq_ip` wants (`122_11_37_211`). Accepts dotted IPv4
 * and IPv4-mapped IPv6 (`::ffff:122.11.37.211`, what Node reports on dual-stack sockets).
 * @throws {BrowserFormError} `BROWSER_FORM_INVALID` for anything else (LianLian takes IPv4 only).
 */
export declare function toUserreqIp(address: string): string;
/** @deprecated Use {@link BrowserForm}. */
export type WebPaymentForm = BrowserForm;
/** @deprecated Use {@link BrowserFormOptions}. */
export type WebPaymentFormOptions = BrowserFormOptions;
