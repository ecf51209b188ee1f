import type { components } from './types.js';
import { type BrowserFormDefinition, type BrowserForm, type BrowserFormOptions } from './runtime/forms/browser-form.js';
/** The content of a RiskItem field: its documented fields plus any further section LianLian assigned. */
export type RiskItemFields = components['schemas']['RiskItem'] & Readonly<Record<string, string | undefined>>;
/**
 * Validates RiskItem fields against their schema and serialises them once, as compact JSON; sign
 * and send exactly the returned text.
 * @throws {ValidationError} when a field breaks the schema (values masked in the message).
 * @throws {BrowserFormError} `BROWSER_FORM_JSON_TEXT` when a value is not a string.
 */
export declare function buildRiskItem(fields: RiskItemFields): string;
/** WEB Payment API: LianLian's production endpoint, servers[0].url + path of webPayment. */
export declare const WEB_PAYMENT_ACTION_URL = "https://payment.lianlianpay.com/payment/traveleasypay.htm";
/** Path of webPayment below its origin (what a sandbox serves). */
export declare const WEB_PAYMENT_PATH = "/payment/traveleasypay.htm";
/** Fields of the webPayment request whose schema type is integer (sent as decimal text). */
export declare const WEB_PAYMENT_INTEGER_FIELDS: readonly string[];
/** The spec's definition of webPayment, as the form builder uses it. */
export declare const webPaymentDefinition: BrowserFormDefinition;
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
 * @throws {BrowserFormError} when a field is invalid, a clock field is more than 30 minutes from
 *   the clock, a declared check fails, or a value could not be submitted unchanged.
 */
export declare function buildWebPaymentForm(params: WebPaymentParams, options: BrowserFormOptions): BrowserForm;
/** Online banking redirect: LianLian's production endpoint, servers[0].url + path of onlineBankingPayment. */
export declare const ONLINE_BANKING_PAYMENT_ACTION_URL = "https://payment.lianlianpay.com/payment/bankgateway.htm";
/** Path of onlineBankingPayment below its origin (what a sandbox serves). */
export declare const ONLINE_BANKING_PAYMENT_PATH = "/payment/bankgateway.htm";
/** Fields of the onlineBankingPayment request whose schema type is integer (sent as decimal text). */
export declare const ONLINE_BANKING_PAYMENT_INTEGER_FIELDS: readonly string[];
/** The spec's definition of onlineBankingPayment, as the form builder uses it. */
export declare const onlineBankingPaymentDefinition: BrowserFormDefinition;
/** What a merchant passes to buildOnlineBankingPaymentForm: every form field the builder does not fill in. */
export type OnlineBankingPaymentParams = Omit<components['schemas']['OnlineBankingPaymentRequest'], 'sign' | 'oid_partner' | 'sign_type' | 'version' | 'timestamp' | 'risk_item' | 'charset_name' | 'valid_order'> & {
    /** Signature algorithm for the APIs whose tables allow only RSA: RSASSA-PKCS1-v1_5 with an MD5 digest. */
    sign_type?: components['schemas']['OnlineBankingPaymentRequest']['sign_type'];
    /** Interface version, always 1.0. */
    version?: components['schemas']['OnlineBankingPaymentRequest']['version'];
    /** Charset of the merchant's website, which the browser submits the form in and whose bytes of the sign source are signed: UTF-8 (the default), GBK, GB2312 or GB18030. The table calls it Required with a default and the sample leaves it out, so absent means UTF-8 (errata E530, E532). */
    charset_name?: components['schemas']['OnlineBankingPaymentRequest']['charset_name'];
    /** How many minutes no_order stays payable; when it runs out the transaction is closed. Defaults to 10080 minutes (7 days). */
    valid_order?: components['schemas']['OnlineBankingPaymentRequest']['valid_order'];
    /** Defaults to the builder's clock, in UTC+8. */
    timestamp?: string;
    /** Risk-control data as the text of a JSON object (see RiskItem), signed as exactly the text sent. The page types it bare String (errata E534). An object is serialised once by the builder, or pass text made by buildRiskItem. */
    risk_item: RiskItemFields | string;
};
/**
 * Online banking redirect: builds the signed form, with the action URL, the submitted fields in order and two
 * complete UTF-8 pages (auto-submitting with a CSP nonce, or with a visible button). Fills in
 * `oid_partner`, `sign_type`, `version`, `timestamp`.
 * @throws {BrowserFormError} when a field is invalid, a clock field is more than 30 minutes from
 *   the clock, a declared check fails, or a value could not be submitted unchanged.
 */
export declare function buildOnlineBankingPaymentForm(params: OnlineBankingPaymentParams, options: BrowserFormOptions): BrowserForm;
/** Aggregate Web Redirect API: LianLian's production endpoint, servers[0].url + path of aggregateWeb. */
export declare const AGGREGATE_WEB_ACTION_URL = "https://wallet.lianlianpay.com/aggregateweb/gateway.htm";
/** Path of aggregateWeb below its origin (what a sandbox serves). */
export declare const AGGREGATE_WEB_PATH = "/aggregateweb/gateway.htm";
/** Fields of the aggregateWeb request whose schema type is integer (sent as decimal text). */
export declare const AGGREGATE_WEB_INTEGER_FIELDS: readonly string[];
/** The spec's definition of aggregateWeb, as the form builder uses it. */
export declare const aggregateWebDefinition: BrowserFormDefinition;
/** What a merchant passes to buildAggregateWebForm: every form field the builder does not fill in. */
export type AggregateWebParams = Omit<components['schemas']['AggregateWebRequest'], 'sign' | 'oid_partner' | 'sign_type' | 'version' | 'timestamp' | 'risk_item' | 'valid_order'> & {
    /** Signature algorithm for the APIs whose tables allow only RSA: RSASSA-PKCS1-v1_5 with an MD5 digest. */
    sign_type?: components['schemas']['AggregateWebRequest']['sign_type'];
    /** Version of the interface, always 1.1 (the sample's 1.0 is normalised, errata E445). The docs give no length (errata E444). */
    version?: components['schemas']['AggregateWebRequest']['version'];
    /** How many minutes the order stays payable; when it runs out LianLian closes the transaction. Defaults to 10080 (7 days). The docs give no bound; the spec allows up to 99999 (errata E444). */
    valid_order?: components['schemas']['AggregateWebRequest']['valid_order'];
    /** Defaults to the builder's clock, in UTC+8. */
    timestamp?: string;
    /** Risk-control data as the text of a JSON object (see RiskItem), signed as exactly the text sent. The docs give it no length (errata E444). An object is serialised once by the builder, or pass text made by buildRiskItem. */
    risk_item: RiskItemFields | string;
};
/**
 * Aggregate Web Redirect API: builds the signed form, with the action URL, the submitted fields in order and two
 * complete UTF-8 pages (auto-submitting with a CSP nonce, or with a visible button). Fills in
 * `oid_partner`, `sign_type`, `version`, `timestamp`.
 * @throws {BrowserFormError} when a field is invalid, a clock field is more than 30 minutes from
 *   the clock, a declared check fails, or a value could not be submitted unchanged.
 */
export declare function buildAggregateWebForm(params: AggregateWebParams, options: BrowserFormOptions): BrowserForm;
/** Easypay H5 Redirect API: LianLian's production endpoint, servers[0].url + path of easypayH5Payment. */
export declare const EASYPAY_H5_PAYMENT_ACTION_URL = "https://wap.lianlianpay.com/travlepay.htm";
/** Path of easypayH5Payment below its origin (what a sandbox serves). */
export declare const EASYPAY_H5_PAYMENT_PATH = "/travlepay.htm";
/** Fields of the easypayH5Payment request whose schema type is integer (sent as decimal text). */
export declare const EASYPAY_H5_PAYMENT_INTEGER_FIELDS: readonly string[];
/** The spec's definition of easypayH5Payment, as the form builder uses it. */
export declare const easypayH5PaymentDefinition: BrowserFormDefinition;
/** What a merchant passes to buildEasypayH5PaymentForm: every form field the builder does not fill in. */
export type EasypayH5PaymentParams = Omit<components['schemas']['EasypayH5Request'], 'sign' | 'oid_partner' | 'sign_type' | 'version' | 'timestamp' | 'risk_item' | 'bg_color' | 'syschnotify_flag' | 'valid_order'> & {
    /** Signature algorithm for the APIs whose tables allow only RSA: RSASSA-PKCS1-v1_5 with an MD5 digest. */
    sign_type?: components['schemas']['EasypayH5Request']['sign_type'];
    /** Interface version, always 1.0. */
    version?: components['schemas']['EasypayH5Request']['version'];
    /** Background colour of the payment pages, 000000 to ffffff; ff5001 when left out. */
    bg_color?: components['schemas']['EasypayH5Request']['bg_color'];
    /** How the payer's browser returns after paying; 0 when left out. */
    syschnotify_flag?: components['schemas']['EasypayH5Request']['syschnotify_flag'];
    /** How many minutes the order stays payable; when it runs out LianLian closes the transaction. Defaults to 10080 minutes (7 days). A number, or the decimal text req_data carries it as (E502). */
    valid_order?: components['schemas']['EasypayH5Request']['valid_order'];
    /** Defaults to the builder's clock, in UTC+8. */
    timestamp?: string;
    /** Risk-control data as the text of a JSON object (see RiskItem), a string inside req_data; it is signed as exactly that text. An object is serialised once by the builder, or pass text made by buildRiskItem. */
    risk_item: RiskItemFields | string;
};
/**
 * Easypay H5 Redirect API: builds the signed form, with the action URL, the submitted fields in order and two
 * complete UTF-8 pages (auto-submitting with a CSP nonce, or with a visible button). Fills in
 * `oid_partner`, `sign_type`, `version`, `timestamp`. The signed fields travel as the JSON text of the one input
 * `req_data`.
 * @throws {BrowserFormError} when a field is invalid, a clock field is more than 30 minutes from
 *   the clock, a declared check fails, or a value could not be submitted unchanged.
 */
export declare function buildEasypayH5PaymentForm(params: EasypayH5PaymentParams, options: BrowserFormOptions): BrowserForm;
