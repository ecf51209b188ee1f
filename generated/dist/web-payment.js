import { signingFields, signingUriFields } from './signing-fields.js';
import { validateRiskItem, validateWebPaymentRequest } from './validators.js';
import { assertValid } from './runtime/shared/validation.js';
import { createWebPaymentFormBuilder, } from './runtime/forms/web-payment.js';
import { serializeRiskItem } from './runtime/forms/web-payment-risk.js';
/** LianLian's production cashier: servers[0].url + path of webPayment. */
export const WEB_PAYMENT_ACTION_URL = 'https://payment.lianlianpay.com/payment/traveleasypay.htm';
/** Path of the cashier below its origin (what a sandbox serves). */
export const WEB_PAYMENT_PATH = '/payment/traveleasypay.htm';
/** Fields of the WEB Payment request whose schema type is integer (sent as decimal text). */
export const WEB_PAYMENT_INTEGER_FIELDS = ['valid_order'];
/** The spec's definition of the WEB Payment API, as the form builder uses it. */
export const webPaymentDefinition = {
    actionUrl: WEB_PAYMENT_ACTION_URL,
    signingFields: signingFields.webPayment.request,
    uriFields: signingUriFields.webPayment,
    validateRequest: validateWebPaymentRequest,
    version: '1.0',
};
/**
 * Validates risk-control fields against the RiskItem schema and serialises them once, as compact
 * JSON; sign and send exactly the returned text.
 * @throws {ValidationError} when a field breaks the schema (values masked in the message).
 * @throws {WebPaymentError} `WEB_PAYMENT_RISK_ITEM` when a value is not a string.
 */
export function buildRiskItem(fields) {
    const text = serializeRiskItem(fields);
    assertValid(validateRiskItem(JSON.parse(text)));
    return text;
}
const build = createWebPaymentFormBuilder(webPaymentDefinition);
/**
 * Builds the signed WEB Payment form: the action URL, the submitted fields in order and two
 * complete UTF-8 pages (auto-submitting with a CSP nonce, or with a visible button).
 * Fills in `version`, `oid_partner`, `sign_type` (RSA) and, when absent, `timestamp`.
 * @throws {WebPaymentError} when a field is invalid, the timestamp is more than 30 minutes from
 *   the clock, the card fields disagree, or a value could not be submitted unchanged.
 */
export function buildWebPaymentForm(params, options) {
    return build(params, options);
}
