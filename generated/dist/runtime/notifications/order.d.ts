/**
 * A genuine signature only proves LianLian sent a notification, not that it pays the order the
 * merchant is about to mark as paid: every field the webhook's `x-lianlian-correlation` names
 * (for a payment: the merchant number, the order number and the amount) must be those of the
 * merchant's own order.
 */
import { type NotificationCorrelation } from '../shared/correlation.js';
/**
 * The merchant's record of an order, as it was sent to LianLian: the values of the webhook's
 * correlation fields, e.g. `{ oid_partner, no_order, money_order: '55.40' }` for a payment.
 */
export type MerchantOrder = Readonly<Record<string, string>>;
/** Outcome of {@link checkNotificationOrder}; `detail` names the field, not the values. */
export type OrderCheckResult = {
    readonly ok: true;
} | {
    readonly ok: false;
    readonly field: string;
    readonly detail: string;
};
/** What {@link checkNotificationOrder} compares a notification with. */
export interface NotificationOrderCheck {
    /** The merchant's record of the order. */
    readonly order: MerchantOrder;
    /** The webhook's correlation (generated `notificationDefinitions[name].correlation`). */
    readonly correlation: NotificationCorrelation;
}
/**
 * Whether `notification` is about `order`: every correlation field present and equal to the
 * order's (amounts compared as amounts, so `55.4` equals `55.40`; anything that is not a plain
 * decimal never matches). A field the order record lacks never matches.
 */
export declare function checkNotificationOrder(notification: object, { order, correlation }: NotificationOrderCheck): OrderCheckResult;
