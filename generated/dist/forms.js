import { signingFields, signingUriFields } from './signing-fields.js';
import { validateRiskItem, validateWebPaymentRequest } from './validators.js';
import { assertValid } from './runtime/shared/validation.js';
import { createWebPaymentFormBuilder, } from './runtime/forms/web-payment.js';
import { serializeRiskItem } from './runtime/forms/web-payment-risk.js';
/**
 * Validates RiskItem fields against their schema and serialises them once, as compact JSON; sign
 * and send exactly the returned text.
 * @throws {ValidationError} when a field breaks the schema (values masked in the message).
 * @throws {WebPaymentError} `WEB_PAYMENT_RISK_ITEM` when a value is not a string.
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
const buildWebPayment = createWebPaymentFormBuilder(webPaymentDefinition);
/**
 * WEB Payment API: builds the signed form, with the action URL, the submitted fields in order and two
 * complete UTF-8 pages (auto-submitting with a CSP nonce, or with a visible button). Fills in
 * `oid_partner`, `sign_type`, `version`, `timestamp`.
 * @throws {WebPaymentError} when a field is invalid, a clock field is more than 30 minutes from
 *   the clock, a declared check fails, or a value could not be submitted unchanged.
 */
export function buildWebPaymentForm(params, options) {
    return buildWebPayment(params, options);
}
