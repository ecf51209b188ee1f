import type { components } from './types.js';
import type { MerchantOrder, OrderCheckResult } from './runtime/notifications/order.js';
import { type NotificationHandlerOptions, type NotificationRequestHandler } from './runtime/notifications/handler.js';
import { type NotificationDefinition, type NotificationVerifier, type NotificationVerifierOptions } from './runtime/notifications/verify.js';
/** The notification schema of each signed webhook. */
export interface LianLianNotifications {
    /** Synchronous Notification */
    webPaymentReturn: components['schemas']['WebPaymentReturnNotification'];
    /** Easypay H5 synchronous notification */
    easypayH5Return: components['schemas']['EasypayH5ReturnNotification'];
    /** Asynchronous WEB Payment notification */
    webPaymentNotify: components['schemas']['WebPaymentNotification'];
    /** Asynchronous payout notification */
    instantPayNotify: components['schemas']['InstantPayNotification'];
    /** Refund asynchronous notification */
    refundNotify: components['schemas']['RefundNotification'];
    /** Exchange Payment asynchronous notification */
    exchangeNotify: components['schemas']['ExchangeNotification'];
    /** Aggregate Payment asynchronous notification */
    aggregateNotify: components['schemas']['AggregateNotification'];
    /** Aggregate Payment Synchronous Notification */
    aggregateWebReturn: components['schemas']['AggregateWebReturnNotification'];
    /** Online banking asynchronous notification */
    onlineBankingNotify: components['schemas']['OnlineBankingNotification'];
    /** MPAY asynchronous payment notification */
    mpayNotify: components['schemas']['MpayNotification'];
    /** Easypay asynchronous payment notification */
    easypayNotify: components['schemas']['EasypayNotification'];
}
/** Name of a signed webhook: `webPaymentReturn`, `easypayH5Return`, `webPaymentNotify`, `instantPayNotify`, `refundNotify`, `exchangeNotify`, `aggregateNotify`, `aggregateWebReturn`, `onlineBankingNotify`, `mpayNotify`, `easypayNotify`. */
export type LianLianNotificationName = keyof LianLianNotifications;
/** What the spec says about each notification: schema, sign types, media types, validator. */
export declare const notificationDefinitions: {
    readonly [K in LianLianNotificationName]: NotificationDefinition<LianLianNotifications[K]> & {
        readonly mediaTypes: readonly string[];
    };
};
/**
 * A verifier for one kind of notification: takes the raw body and its Content-Type (for a
 * notification carried in a query parameter, such as `?res_data={json}`, the raw URL or query
 * string the browser requested, e.g. node's `request.url`), verifies the
 * signature over every received field with LianLian's key(s), validates the fields and returns a
 * typed result. Never throws because of the body.
 * @throws {KeyFormatError} or {ConfigurationError} at creation for unusable keys.
 */
export declare function createLianLianNotificationVerifier<K extends LianLianNotificationName>(name: K, options: NotificationVerifierOptions): NotificationVerifier<LianLianNotifications[K]>;
/**
 * Whether a verified notification is about the merchant's `order`: every field the webhook's
 * x-lianlian-correlation names must be present and equal to the order's (amounts as amounts).
 */
export declare function checkLianLianNotificationOrder<K extends LianLianNotificationName>(name: K, { notification, order }: {
    notification: LianLianNotifications[K];
    order: MerchantOrder;
}): OrderCheckResult;
/**
 * A node:http request handler for an asynchronous notification (`notify_url`): verifies, checks the
 * order, runs `onNotification` once per idempotency key (x-lianlian-correlation) and only then
 * acknowledges.
 */
export declare function createLianLianNotificationHandler<K extends LianLianNotificationName>(name: K, options: NotificationVerifierOptions & Omit<NotificationHandlerOptions<LianLianNotifications[K]>, 'verify' | 'correlation'>): NotificationRequestHandler;
