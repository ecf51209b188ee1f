import { validateWebPaymentReturnNotification, validateWebPaymentNotification, validateInstantPayNotification, } from './validators.js';
import { createNotificationHandler, } from './runtime/notification-handler.js';
import { createNotificationVerifier, } from './runtime/notification-verify.js';
/** What the spec says about each notification: schema, sign types, media types, validator. */
export const notificationDefinitions = {
    webPaymentReturn: {
        name: 'webPaymentReturn',
        schema: 'WebPaymentReturnNotification',
        signTypes: ['RSA'],
        mediaTypes: ['application/x-www-form-urlencoded'],
        validate: validateWebPaymentReturnNotification,
    },
    webPaymentNotify: {
        name: 'webPaymentNotify',
        schema: 'WebPaymentNotification',
        signTypes: ['RSA'],
        mediaTypes: ['text/json'],
        validate: validateWebPaymentNotification,
    },
    instantPayNotify: {
        name: 'instantPayNotify',
        schema: 'InstantPayNotification',
        signTypes: ['RSA'],
        mediaTypes: ['text/json'],
        validate: validateInstantPayNotification,
    },
};
/**
 * A verifier for one kind of notification: takes the raw body and its Content-Type, verifies the
 * signature over every received field with LianLian's key(s), validates the fields and returns a
 * typed result. Never throws because of the body.
 * @throws {KeyFormatError} or {ConfigurationError} at creation for unusable keys.
 */
export function createLianLianNotificationVerifier(name, options) {
    const definition = notificationDefinitions[name];
    return createNotificationVerifier(definition, options);
}
/**
 * A node:http request handler for an asynchronous notification (`notify_url`): verifies, checks the
 * order, runs `onNotification` once per oid_paybill and only then acknowledges.
 */
export function createLianLianNotificationHandler(name, options) {
    return createNotificationHandler({
        name,
        ...options,
        verify: createLianLianNotificationVerifier(name, options),
    });
}
