import type { components } from './types.js';
import { type WebPaymentDefinition, type WebPaymentForm, type WebPaymentFormOptions } from './runtime/forms/web-payment.js';
/** LianLian's production cashier: servers[0].url + path of webPayment. */
export declare const WEB_PAYMENT_ACTION_URL = "https://payment.lianlianpay.com/payment/traveleasypay.htm";
/** Path of the cashier below its origin (what a sandbox serves). */
export declare const WEB_PAYMENT_PATH = "/payment/traveleasypay.htm";
/** Fields of the WEB Payment request whose schema type is integer (sent as decimal text). */
export declare const WEB_PAYMENT_INTEGER_FIELDS: readonly string[];
/** The spec's definition of the WEB Payment API, as the form builder uses it. */
export declare const webPaymentDefinition: WebPaymentDefinition;
/** The content of risk_item: LianLian's documented fields plus any industry section it assigned. */
export type RiskItemFields = components['schemas']['RiskItem'] & Readonly<Record<string, string | undefined>>;
/** What a merchant passes to {@link buildWebPaymentForm}: every form field the builder does not fill in. */
export type WebPaymentParams = Omit<components['schemas']['WebPaymentRequest'], 'oid_partner' | 'sign' | 'sign_type' | 'version' | 'timestamp' | 'risk_item' | 'valid_order'> & {
    /** Minutes the order stays payable; LianLian's default (10080, 7 days) applies when absent. */
    valid_order?: number;
    /** Defaults to the builder's clock, in UTC+8. */
    timestamp?: string;
    version?: components['schemas']['WebPaymentRequest']['version'];
    /** The risk-control fields (serialised once by the builder) or text made by {@link buildRiskItem}. */
    risk_item: RiskItemFields | string;
};
/**
 * Validates risk-control fields against the RiskItem schema and serialises them once, as compact
 * JSON; sign and send exactly the returned text.
 * @throws {ValidationError} when a field breaks the schema (values masked in the message).
 * @throws {WebPaymentError} `WEB_PAYMENT_RISK_ITEM` when a value is not a string.
 */
export declare function buildRiskItem(fields: RiskItemFields): string;
/**
 * Builds the signed WEB Payment form: the action URL, the submitted fields in order and two
 * complete UTF-8 pages (auto-submitting with a CSP nonce, or with a visible button).
 * Fills in `version`, `oid_partner`, `sign_type` (RSA) and, when absent, `timestamp`.
 * @throws {WebPaymentError} when a field is invalid, the timestamp is more than 30 minutes from
 *   the clock, the card fields disagree, or a value could not be submitted unchanged.
 */
export declare function buildWebPaymentForm(params: WebPaymentParams, options: WebPaymentFormOptions): WebPaymentForm;
