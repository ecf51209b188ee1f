import { validateWebPaymentReturnNotification, validateEasypayH5ReturnNotification, validateWebPaymentNotification, validateInstantPayNotification, validateRefundNotification, validateExchangeNotification, validateAggregateNotification, validateAggregateWebReturnNotification, validateOnlineBankingNotification, validateMpayNotification, validateEasypayNotification, } from './validators.js';
import { checkNotificationOrder } from './runtime/notifications/order.js';
import { createNotificationHandler, } from './runtime/notifications/handler.js';
import { createNotificationVerifier, } from './runtime/notifications/verify.js';
/** What the spec says about each notification: schema, sign types, media types, validator. */
export const notificationDefinitions = {
    webPaymentReturn: {
        name: 'webPaymentReturn',
        schema: 'WebPaymentReturnNotification',
        signTypes: ['RSA'],
        correlation: {
            orderKey: 'no_order',
            idempotencyKey: 'oid_paybill',
            match: [
                { field: 'oid_partner', match: 'exact' },
                { field: 'no_order', match: 'exact' },
                { field: 'money_order', match: 'amount' },
            ],
        },
        mediaTypes: ['application/x-www-form-urlencoded'],
        validate: validateWebPaymentReturnNotification,
    },
    easypayH5Return: {
        name: 'easypayH5Return',
        schema: 'EasypayH5ReturnNotification',
        signTypes: ['RSA'],
        correlation: {
            orderKey: 'no_order',
            idempotencyKey: 'oid_paybill',
            match: [
                { field: 'oid_partner', match: 'exact' },
                { field: 'no_order', match: 'exact' },
                { field: 'money_order', match: 'amount' },
            ],
        },
        mediaTypes: ['application/json'],
        queryParameter: 'res_data',
        validate: validateEasypayH5ReturnNotification,
    },
    webPaymentNotify: {
        name: 'webPaymentNotify',
        schema: 'WebPaymentNotification',
        signTypes: ['RSA'],
        correlation: {
            orderKey: 'no_order',
            idempotencyKey: 'oid_paybill',
            match: [
                { field: 'oid_partner', match: 'exact' },
                { field: 'no_order', match: 'exact' },
                { field: 'money_order', match: 'amount' },
            ],
        },
        mediaTypes: ['text/json'],
        validate: validateWebPaymentNotification,
    },
    instantPayNotify: {
        name: 'instantPayNotify',
        schema: 'InstantPayNotification',
        signTypes: ['RSA'],
        correlation: {
            orderKey: 'no_order',
            idempotencyKey: 'oid_paybill',
            match: [
                { field: 'oid_partner', match: 'exact' },
                { field: 'no_order', match: 'exact' },
                { field: 'money_order', match: 'amount' },
            ],
        },
        mediaTypes: ['text/json'],
        validate: validateInstantPayNotification,
    },
    refundNotify: {
        name: 'refundNotify',
        schema: 'RefundNotification',
        signTypes: ['RSA'],
        correlation: {
            orderKey: 'no_refund',
            idempotencyKey: 'oid_refundno',
            match: [
                { field: 'oid_partner', match: 'exact' },
                { field: 'no_refund', match: 'exact' },
                { field: 'money_refund', match: 'amount' },
            ],
        },
        mediaTypes: ['text/json'],
        validate: validateRefundNotification,
    },
    exchangeNotify: {
        name: 'exchangeNotify',
        schema: 'ExchangeNotification',
        signTypes: ['RSA'],
        correlation: {
            orderKey: 'no_order',
            idempotencyKey: 'oid_paybill',
            match: [
                { field: 'oid_partner', match: 'exact' },
                { field: 'no_order', match: 'exact' },
                { field: 'money_order', match: 'amount' },
            ],
        },
        mediaTypes: ['text/json'],
        validate: validateExchangeNotification,
    },
    aggregateNotify: {
        name: 'aggregateNotify',
        schema: 'AggregateNotification',
        signTypes: ['RSA'],
        correlation: {
            orderKey: 'no_order',
            idempotencyKey: 'oid_paybill',
            match: [
                { field: 'oid_partner', match: 'exact' },
                { field: 'no_order', match: 'exact' },
                { field: 'money_order', match: 'amount' },
            ],
        },
        mediaTypes: ['text/json'],
        validate: validateAggregateNotification,
    },
    aggregateWebReturn: {
        name: 'aggregateWebReturn',
        schema: 'AggregateWebReturnNotification',
        signTypes: ['RSA'],
        correlation: {
            orderKey: 'no_order',
            idempotencyKey: 'oid_paybill',
            match: [
                { field: 'oid_partner', match: 'exact' },
                { field: 'no_order', match: 'exact' },
                { field: 'money_order', match: 'amount' },
            ],
        },
        mediaTypes: ['application/x-www-form-urlencoded'],
        validate: validateAggregateWebReturnNotification,
    },
    onlineBankingNotify: {
        name: 'onlineBankingNotify',
        schema: 'OnlineBankingNotification',
        signTypes: ['RSA'],
        correlation: {
            orderKey: 'no_order',
            idempotencyKey: 'oid_paybill',
            match: [
                { field: 'oid_partner', match: 'exact' },
                { field: 'no_order', match: 'exact' },
                { field: 'money_order', match: 'amount' },
            ],
        },
        mediaTypes: ['text/json'],
        validate: validateOnlineBankingNotification,
    },
    mpayNotify: {
        name: 'mpayNotify',
        schema: 'MpayNotification',
        signTypes: ['RSA'],
        correlation: {
            orderKey: 'no_order',
            idempotencyKey: 'oid_paybill',
            match: [
                { field: 'oid_partner', match: 'exact' },
                { field: 'no_order', match: 'exact' },
                { field: 'money_order', match: 'amount' },
            ],
        },
        mediaTypes: ['text/json'],
        validate: validateMpayNotification,
    },
    easypayNotify: {
        name: 'easypayNotify',
        schema: 'EasypayNotification',
        signTypes: ['RSA'],
        correlation: {
            orderKey: 'no_order',
            idempotencyKey: 'oid_paybill',
            match: [
                { field: 'oid_partner', match: 'exact' },
                { field: 'no_order', match: 'exact' },
                { field: 'money_order', match: 'amount' },
            ],
        },
        mediaTypes: ['text/json'],
        validate: validateEasypayNotification,
    },
};
/**
 * A verifier for one kind of notification: takes the raw body and its Content-Type (for a
 * notification carried in a query parameter, such as `?res_data={json}`, the raw URL or query
 * string the browser requested, e.g. node's `request.url`), verifies the
 * signature over every received field with LianLian's key(s), validates the fields and returns a
 * typed result. Never throws because of the body.
 * @throws {KeyFormatError} or {ConfigurationError} at creation for unusable keys.
 */
export function createLianLianNotificationVerifier(name, options) {
    const definition = notificationDefinitions[name];
    return createNotificationVerifier(definition, options);
}
/**
 * Whether a verified notification is about the merchant's `order`: every field the webhook's
 * x-lianlian-correlation names must be present and equal to the order's (amounts as amounts).
 */
export function checkLianLianNotificationOrder(name, { notification, order }) {
    return checkNotificationOrder(notification, {
        order,
        correlation: notificationDefinitions[name].correlation,
    });
}
/**
 * A node:http request handler for an asynchronous notification (`notify_url`): verifies, checks the
 * order, runs `onNotification` once per idempotency key (x-lianlian-correlation) and only then
 * acknowledges.
 */
export function createLianLianNotificationHandler(name, options) {
    return createNotificationHandler({
        name,
        ...options,
        correlation: notificationDefinitions[name].correlation,
        verify: createLianLianNotificationVerifier(name, options),
    });
}
