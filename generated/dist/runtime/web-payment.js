/**
 * The WEB Payment API is an HTML form the payer's browser posts to LianLian's cashier. This module
 * builds that form: it fills in the fixed fields, validates everything before signing (schema rules
 * through the generated validator, then the clock, the card fields and what a hidden input can
 * carry), signs the fields in the spec's order and renders them, fully escaped, into a page.
 *
 * The generated `buildWebPaymentForm` binds this engine to the spec (action URL, field order,
 * validator); use that one.
 */
import { signSourceOrdered, signValue } from './canonical.js';
import { signString } from './sign.js';
import { toSignType } from './sign-type.js';
import { issueField, summariseIssues, } from './validation.js';
import { formatChinaTime, MAX_CLOCK_SKEW_MINUTES } from './web-payment-clock.js';
import { WebPaymentError } from './web-payment-errors.js';
import { isCspNonce, renderHtmlDocument, renderPostForm, escapeHtml } from './web-payment-html.js';
import { serializeRiskItem } from './web-payment-risk.js';
import { checkWebPaymentCardFields, checkWebPaymentSubmittable, checkWebPaymentTimestamp, } from './web-payment-rules.js';
const FORM_ID = 'lianlian-web-payment';
/**
 * Binds the engine to the spec's definition of the WEB Payment API.
 * @throws {WebPaymentError} `WEB_PAYMENT_OPTIONS` when the definition is unusable.
 */
export function createWebPaymentFormBuilder(definition) {
    const ordering = Object.freeze([...definition.signingFields]);
    checkUrl(definition.actionUrl, 'actionUrl');
    return (params, options) => buildForm(definition, ordering, params, options);
}
/**
 * The payer's IPv4 address in the form `userreq_ip` wants (`122_11_37_211`). Accepts dotted IPv4
 * and IPv4-mapped IPv6 (`::ffff:122.11.37.211`, what Node reports on dual-stack sockets).
 * @throws {WebPaymentError} `WEB_PAYMENT_INVALID` for anything else (LianLian takes IPv4 only).
 */
export function toUserreqIp(address) {
    const ipv4 = typeof address === 'string' ? address.replace(/^::ffff:/i, '') : '';
    const parts = ipv4.split('.');
    const valid = parts.length === 4 && parts.every((p) => /^(?:0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
    if (!valid) {
        throw new WebPaymentError('WEB_PAYMENT_INVALID', 'userreq_ip needs an IPv4 address', 'userreq_ip');
    }
    return parts.join('_');
}
function buildForm(definition, ordering, params, options) {
    const settings = checkOptions(options, definition.actionUrl);
    if (typeof params !== 'object' || params === null || Array.isArray(params)) {
        throw new WebPaymentError('WEB_PAYMENT_INVALID', 'the form parameters must be an object');
    }
    const now = settings.now();
    const message = { ...params };
    if (message.sign !== undefined) {
        throw new WebPaymentError('WEB_PAYMENT_OPTIONS', 'sign is computed by the builder; leave it out', 'sign');
    }
    if (message.oid_partner !== undefined && message.oid_partner !== options.oidPartner) {
        throw new WebPaymentError('WEB_PAYMENT_OPTIONS', 'oid_partner differs from options.oidPartner', 'oid_partner');
    }
    message.oid_partner = options.oidPartner;
    message.sign_type ??= 'RSA';
    message.version ??= definition.version;
    message.timestamp ??= formatChinaTime(now);
    if (typeof message.risk_item === 'object' && message.risk_item !== null) {
        // Serialised here, once: this exact text is both signed and submitted.
        message.risk_item = serializeRiskItem(message.risk_item);
    }
    const result = definition.validateRequest(message);
    if (!result.ok) {
        const issues = result.issues.filter((issue) => !isMissingSign(issue));
        if (issues.length > 0)
            throw invalid(issues);
    }
    checkWebPaymentTimestamp(String(message.timestamp), now, settings.maxSkewMinutes);
    checkWebPaymentCardFields(message);
    const fields = [];
    for (const name of ordering) {
        const text = signValue(name, message[name]);
        if (text !== undefined)
            fields.push([name, text]);
    }
    checkWebPaymentSubmittable(fields);
    // The validator closed the field set; the canonical module re-derives the source independently.
    // Closed rule: free text may not contain `&name=`; URLs may, unless `name` is a form field.
    const source = signSourceOrdered(message, ordering, {
        unknownFields: 'reject',
        uriFields: definition.uriFields,
    });
    if (source !== fields.map(([name, value]) => `${name}=${value}`).join('&')) {
        throw new WebPaymentError('WEB_PAYMENT_SIGN_MISMATCH', 'the fields to submit differ from the string to sign; nothing was signed', 'sign');
    }
    fields.push(['sign', signString(source, options.privateKey, toSignType(message.sign_type))]);
    const title = options.title ?? '正在跳转到连连支付…';
    const label = options.submitLabel ?? '前往连连支付 (Continue to LianLian Pay)';
    const page = (submit) => renderHtmlDocument(title, `<p>${escapeHtml(title)}</p>\n` +
        renderPostForm({
            id: FORM_ID,
            action: settings.action,
            fields,
            submitLabel: label,
            submit,
        }));
    return {
        action: settings.action,
        fields,
        html: page(settings.nonce === undefined ? { mode: 'script' } : { mode: 'script', nonce: settings.nonce }),
        htmlWithoutScript: page({ mode: 'button' }),
    };
}
function checkOptions(options, defaultAction) {
    if (typeof options !== 'object' || options === null) {
        throw new WebPaymentError('WEB_PAYMENT_OPTIONS', 'options must be an object', 'options');
    }
    if (typeof options.oidPartner !== 'string' || options.oidPartner === '') {
        throw new WebPaymentError('WEB_PAYMENT_OPTIONS', 'oidPartner must be the merchant number as a string', 'oidPartner');
    }
    const action = options.actionUrl ?? defaultAction;
    checkUrl(action, 'actionUrl');
    if (options.cspNonce !== undefined && !isCspNonce(options.cspNonce)) {
        throw new WebPaymentError('WEB_PAYMENT_OPTIONS', 'cspNonce must be base64 text of at least 8 characters', 'cspNonce');
    }
    const maxSkewMinutes = options.maxClockSkewMinutes ?? MAX_CLOCK_SKEW_MINUTES;
    if (!(typeof maxSkewMinutes === 'number' &&
        maxSkewMinutes > 0 &&
        maxSkewMinutes <= MAX_CLOCK_SKEW_MINUTES)) {
        throw new WebPaymentError('WEB_PAYMENT_OPTIONS', `maxClockSkewMinutes must be more than 0 and at most ${MAX_CLOCK_SKEW_MINUTES}`, 'maxClockSkewMinutes');
    }
    const now = options.now ?? (() => new Date());
    if (typeof now !== 'function') {
        throw new WebPaymentError('WEB_PAYMENT_OPTIONS', 'now must be a function returning a Date', 'now');
    }
    const clock = () => {
        const value = now();
        if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
            throw new WebPaymentError('WEB_PAYMENT_OPTIONS', 'now() must return a valid Date', 'now');
        }
        return value;
    };
    return { action, nonce: options.cspNonce, maxSkewMinutes, now: clock };
}
function checkUrl(url, field) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        parsed = undefined;
    }
    if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
        throw new WebPaymentError('WEB_PAYMENT_OPTIONS', `${field} must be an absolute http(s) URL`, field);
    }
}
function isMissingSign(issue) {
    return issue.keyword === 'required' && (issue.limit === 'sign' || issue.path === 'sign');
}
function invalid(issues) {
    return new WebPaymentError('WEB_PAYMENT_INVALID', `the WEB Payment form is invalid and was not signed: ${summariseIssues(issues)}`, issueField(issues), issues);
}
