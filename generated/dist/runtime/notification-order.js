/**
 * A genuine signature only proves LianLian sent a notification, not that it pays the order the
 * merchant is about to mark as paid: the merchant number, the order number and the amount must all
 * be those of the merchant's own order.
 */
const AMOUNT = /^(0|[1-9][0-9]*)(?:\.([0-9]{1,2}))?$/;
/**
 * Whether `notification` is about `order`: same merchant, same order number, same amount (compared
 * as amounts, so `55.4` equals `55.40`; anything that is not a plain decimal never matches).
 */
export function checkNotificationOrder(notification, order) {
    if (notification.oid_partner !== order.oid_partner) {
        return {
            ok: false,
            field: 'oid_partner',
            detail: 'the notification is for another merchant number',
        };
    }
    if (notification.no_order !== order.no_order) {
        return { ok: false, field: 'no_order', detail: 'the notification is for another order' };
    }
    const paid = cents(notification.money_order);
    const expected = cents(order.money_order);
    if (paid === undefined || expected === undefined || paid !== expected) {
        return {
            ok: false,
            field: 'money_order',
            detail: 'the notified amount differs from the order amount',
        };
    }
    return { ok: true };
}
function cents(value) {
    if (typeof value !== 'string')
        return undefined;
    const match = AMOUNT.exec(value);
    if (match === null)
        return undefined;
    return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}
