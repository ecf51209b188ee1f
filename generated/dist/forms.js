import { signingFields, signingUriFields } from './signing-fields.js';
import { validateAggregateWebRequest, validateEasypayH5Request, validateOnlineBankingPaymentRequest, validateRiskItem, validateWebPaymentRequest, } from './validators.js';
import { assertValid } from './runtime/shared/validation.js';
import { createBrowserFormBuilder, } from './runtime/forms/browser-form.js';
import { serializeRiskItem } from './runtime/forms/json-text.js';
/**
 * Validates RiskItem fields against their schema and serialises them once, as compact JSON; sign
 * and send exactly the returned text.
 * @throws {ValidationError} when a field breaks the schema (values masked in the message).
 * @throws {BrowserFormError} `BROWSER_FORM_JSON_TEXT` when a value is not a string.
 */
export function buildRiskItem(fields) {
    const text = serializeRiskItem(fields, 'risk_item');
    assertValid(validateRiskItem(JSON.parse(text)));
    return text;
}
/** WEB Payment API: LianLian's production endpoint, servers[0].url + path of webPayment. */
export const WEB_PAYMENT_ACTION_URL = 'https://payment.lianlianpay.com/payment/traveleasypay.htm';
/** Path of webPayment below its origin (what a sandbox serves). */
export const WEB_PAYMENT_PATH = '/payment/traveleasypay.htm';
/** Fields of the webPayment request whose schema type is integer (sent as decimal text). */
export const WEB_PAYMENT_INTEGER_FIELDS = ['valid_order'];
/** The spec's definition of webPayment, as the form builder uses it. */
export const webPaymentDefinition = {
    actionUrl: WEB_PAYMENT_ACTION_URL,
    signingFields: signingFields.webPayment.request,
    uriFields: signingUriFields.webPayment,
    validateRequest: validateWebPaymentRequest,
    fills: [
        { field: 'oid_partner', from: 'merchant' },
        { field: 'sign_type', from: 'value', value: 'RSA' },
        { field: 'version', from: 'value', value: '1.0' },
        { field: 'timestamp', from: 'clock' },
    ],
    checks: [
        {
            field: 'card_no',
            pattern: new RegExp('^[0-9]{12,19}$', 'u'),
            message: 'card_no must be 12 to 19 digits without spaces',
        },
        {
            field: 'id_no',
            requires: 'id_type',
            message: 'id_no needs id_type, the kind of document it belongs to',
        },
        { field: 'id_type', requires: 'id_no', message: 'id_type is given without id_no' },
    ],
    jsonTextFields: ['risk_item'],
    formId: 'lianlian-web-payment',
};
const buildWebPayment = createBrowserFormBuilder(webPaymentDefinition);
/**
 * WEB Payment API: builds the signed form, with the action URL, the submitted fields in order and two
 * complete UTF-8 pages (auto-submitting with a CSP nonce, or with a visible button). Fills in
 * `oid_partner`, `sign_type`, `version`, `timestamp`.
 * @throws {BrowserFormError} when a field is invalid, a clock field is more than 30 minutes from
 *   the clock, a declared check fails, or a value could not be submitted unchanged.
 */
export function buildWebPaymentForm(params, options) {
    return buildWebPayment(params, options);
}
/** Online banking redirect: LianLian's production endpoint, servers[0].url + path of onlineBankingPayment. */
export const ONLINE_BANKING_PAYMENT_ACTION_URL = 'https://payment.lianlianpay.com/payment/bankgateway.htm';
/** Path of onlineBankingPayment below its origin (what a sandbox serves). */
export const ONLINE_BANKING_PAYMENT_PATH = '/payment/bankgateway.htm';
/** Fields of the onlineBankingPayment request whose schema type is integer (sent as decimal text). */
export const ONLINE_BANKING_PAYMENT_INTEGER_FIELDS = ['valid_order'];
/** The spec's definition of onlineBankingPayment, as the form builder uses it. */
export const onlineBankingPaymentDefinition = {
    actionUrl: ONLINE_BANKING_PAYMENT_ACTION_URL,
    signingFields: signingFields.onlineBankingPayment.request,
    uriFields: signingUriFields.onlineBankingPayment,
    validateRequest: validateOnlineBankingPaymentRequest,
    fills: [
        { field: 'oid_partner', from: 'merchant' },
        { field: 'sign_type', from: 'value', value: 'RSA' },
        { field: 'version', from: 'value', value: '1.0' },
        { field: 'timestamp', from: 'clock' },
    ],
    checks: [],
    jsonTextFields: ['risk_item'],
    formId: 'lianlian-online-banking-payment',
    charset: { field: 'charset_name', default: 'UTF-8' },
};
const buildOnlineBankingPayment = createBrowserFormBuilder(onlineBankingPaymentDefinition);
/**
 * Online banking redirect: builds the signed form, with the action URL, the submitted fields in order and two
 * complete UTF-8 pages (auto-submitting with a CSP nonce, or with a visible button). Fills in
 * `oid_partner`, `sign_type`, `version`, `timestamp`.
 * @throws {BrowserFormError} when a field is invalid, a clock field is more than 30 minutes from
 *   the clock, a declared check fails, or a value could not be submitted unchanged.
 */
export function buildOnlineBankingPaymentForm(params, options) {
    return buildOnlineBankingPayment(params, options);
}
/** Aggregate Web Redirect API: LianLian's production endpoint, servers[0].url + path of aggregateWeb. */
export const AGGREGATE_WEB_ACTION_URL = 'https://wallet.lianlianpay.com/aggregateweb/gateway.htm';
/** Path of aggregateWeb below its origin (what a sandbox serves). */
export const AGGREGATE_WEB_PATH = '/aggregateweb/gateway.htm';
/** Fields of the aggregateWeb request whose schema type is integer (sent as decimal text). */
export const AGGREGATE_WEB_INTEGER_FIELDS = [
    'valid_order',
    'buyer_confirm_valid',
    'seller_send_valid',
];
/** The spec's definition of aggregateWeb, as the form builder uses it. */
export const aggregateWebDefinition = {
    actionUrl: AGGREGATE_WEB_ACTION_URL,
    signingFields: signingFields.aggregateWeb.request,
    uriFields: signingUriFields.aggregateWeb,
    validateRequest: validateAggregateWebRequest,
    fills: [
        { field: 'oid_partner', from: 'merchant' },
        { field: 'sign_type', from: 'value', value: 'RSA' },
        { field: 'version', from: 'value', value: '1.1' },
        { field: 'timestamp', from: 'clock' },
    ],
    checks: [
        {
            field: 'bank_code',
            requires: 'pay_type',
            message: 'bank_code needs pay_type, the kind of online banking it opens',
        },
        {
            field: 'pay_type',
            requires: 'bank_code',
            message: 'pay_type is given without bank_code, the online bank to open',
        },
    ],
    jsonTextFields: ['risk_item'],
    formId: 'lianlian-aggregate-web',
};
const buildAggregateWeb = createBrowserFormBuilder(aggregateWebDefinition);
/**
 * Aggregate Web Redirect API: builds the signed form, with the action URL, the submitted fields in order and two
 * complete UTF-8 pages (auto-submitting with a CSP nonce, or with a visible button). Fills in
 * `oid_partner`, `sign_type`, `version`, `timestamp`.
 * @throws {BrowserFormError} when a field is invalid, a clock field is more than 30 minutes from
 *   the clock, a declared check fails, or a value could not be submitted unchanged.
 */
export function buildAggregateWebForm(params, options) {
    return buildAggregateWeb(params, options);
}
/** Easypay H5 Redirect API: LianLian's production endpoint, servers[0].url + path of easypayH5Payment. */
export const EASYPAY_H5_PAYMENT_ACTION_URL = 'https://wap.lianlianpay.com/travlepay.htm';
/** Path of easypayH5Payment below its origin (what a sandbox serves). */
export const EASYPAY_H5_PAYMENT_PATH = '/travlepay.htm';
/** Fields of the easypayH5Payment request whose schema type is integer (sent as decimal text). */
export const EASYPAY_H5_PAYMENT_INTEGER_FIELDS = [];
/** The spec's definition of easypayH5Payment, as the form builder uses it. */
export const easypayH5PaymentDefinition = {
    actionUrl: EASYPAY_H5_PAYMENT_ACTION_URL,
    signingFields: signingFields.easypayH5Payment.request,
    uriFields: signingUriFields.easypayH5Payment,
    validateRequest: validateEasypayH5Request,
    fills: [
        { field: 'oid_partner', from: 'merchant' },
        { field: 'sign_type', from: 'value', value: 'RSA' },
        { field: 'version', from: 'value', value: '1.0' },
        { field: 'timestamp', from: 'clock' },
    ],
    checks: [
        {
            field: 'id_no',
            requires: 'id_type',
            message: 'id_no needs id_type, the kind of document it belongs to',
        },
        { field: 'id_type', requires: 'id_no', message: 'id_type is given without id_no' },
    ],
    jsonTextFields: ['risk_item'],
    formId: 'lianlian-easypay-h5-payment',
    jsonField: 'req_data',
};
const buildEasypayH5Payment = createBrowserFormBuilder(easypayH5PaymentDefinition);
/**
 * Easypay H5 Redirect API: builds the signed form, with the action URL, the submitted fields in order and two
 * complete UTF-8 pages (auto-submitting with a CSP nonce, or with a visible button). Fills in
 * `oid_partner`, `sign_type`, `version`, `timestamp`. The signed fields travel as the JSON text of the one input
 * `req_data`.
 * @throws {BrowserFormError} when a field is invalid, a clock field is more than 30 minutes from
 *   the clock, a declared check fails, or a value could not be submitted unchanged.
 */
export function buildEasypayH5PaymentForm(params, options) {
    return buildEasypayH5Payment(params, options);
}
