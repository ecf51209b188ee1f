/**
 * A genuine signature only proves LianLian sent a notification, not that it pays the order the
 * merchant is about to mark as paid: every field the webhook's `x-lianlian-correlation` names
 * (for a payment: the merchant number, the order number and the amount) must be those of the
 * merchant's own order.
 */
import { correlationMismatches } from './correlation.js';
/**
 * Whether `notification` is about `order`: every correlation field present and equal to the
 * order's (amounts compared as amounts, so `55.4` equals `55.40`; anything that is not a plain
 * decimal never matches). A field the order record lacks never matches.
 */
export function checkNotificationOrder(notification, order, correlation) {
    const [first] = correlationMismatches(correlation.match, notification, order);
    if (first === undefined)
        return { ok: true };
    return {
        ok: false,
        field: first.field,
        detail: first.missing
            ? `the notification carries no ${first.field}, so it cannot be tied to the order`
            : `the notification's ${first.field} is not the order's`,
    };
}
