import type { components } from './types.js';
import { type WebPaymentDefinition, type WebPaymentForm, type WebPaymentFormOptions } from './runtime/forms/web-payment.js';
/** The content of a RiskItem field: its documented fields plus any further section LianLian assigned. */
export type RiskItemFields = components['schemas']['RiskItem'] & Readonly<Record<string, string | undefined>>;
/**
 * Validates RiskItem fields against their schema and serialises them once, as compact JSON; sign
 * and send exactly the returned text.
 * @throws {ValidationError} when a field breaks the schema (values masked in the message).
 * @throws {WebPaymentError} `WEB_PAYMENT_RISK_ITEM` when a value is not a string.
 */
export declare function buildRiskItem(fields: RiskItemFields): string;
/** WEB Payment API: LianLian's production endpoint, servers[0].url + path of webPayment. */
export declare const WEB_PAYMENT_ACTION_URL = "https://payment.lianlianpay.com/payment/traveleasypay.htm";
/** Path of webPayment below its origin (what a sandbox serves). */
export declare const WEB_PAYMENT_PATH = "/payment/traveleasypay.htm";
/** Fields of the webPayment request whose schema type is integer (sent as decimal text). */
export declare const WEB_PAYMENT_INTEGER_FIELDS: readonly string[];
/** The spec's definition of webPayment, as the form builder uses it. */
export declare const webPaymentDefinition: WebPaymentDefinition;
/** What a merchant passes to buildWebPaymentForm: every form field the builder does not fill in. */
export type WebPaymentParams = Omit<components['schemas']['WebPaymentRequest'], 'sign' | 'oid_partner' | 'sign_type' | 'version' | 'timestamp' | 'risk_item' | 'valid_order'> & {
    /** Signature algorithm for the APIs whose tables allow only RSA: RSASSA-PKCS1-v1_5 with an MD5 digest. */
    sign_type?: components['schemas']['WebPaymentRequest']['sign_type'];
    /** Interface version, always 1.0. */
    version?: components['schemas']['WebPaymentRequest']['version'];
    /** How many minutes the order stays payable; when it runs out LianLian closes the transaction. Defaults to 10080 minutes (7 days). */
    valid_order?: components['schemas']['WebPaymentRequest']['valid_order'];
    /** Defaults to the builder's clock, in UTC+8. */
    timestamp?: string;
    /** Risk-control data as the text of a JSON object (see RiskItem). It is signed as exactly the text sent. The seed gives neither a length nor a description (errata E20, E30). An object is serialised once by the builder, or pass text made by buildRiskItem. */
    risk_item: RiskItemFields | string;
};
/**
 * WEB Payment API: builds the signed form, with the action URL, the submitted fields in order and two
 * complete UTF-8 pages (auto-submitting with a CSP nonce, or with a visible button). Fills in
 * `oid_partner`, `sign_type`, `version`, `timestamp`.
 * @throws {WebPaymentError} when a field is invalid, a clock field is more than 30 minutes from
 *   the clock, a declared check fails, or a value could not be submitted unchanged.
 */
export declare function buildWebPaymentForm(params: WebPaymentParams, options: WebPaymentFormOptions): WebPaymentForm;
