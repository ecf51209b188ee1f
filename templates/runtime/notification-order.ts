/**
 * A genuine signature only proves LianLian sent a notification, not that it pays the order the
 * merchant is about to mark as paid: the merchant number, the order number and the amount must all
 * be those of the merchant's own order.
 */
import { amountInCents } from './amount.js';

/** The merchant's record of an order, as it was sent to LianLian. */
export interface MerchantOrder {
  readonly oid_partner: string;
  readonly no_order: string;
  /** Amount in CNY as decimal text, e.g. `55.40`. */
  readonly money_order: string;
}

/** The fields of a notification that identify the order it pays. */
export interface NotificationOrderFields {
  readonly oid_partner?: unknown;
  readonly no_order?: unknown;
  readonly money_order?: unknown;
}

/** Outcome of {@link checkNotificationOrder}; `detail` names the field, not the values. */
export type OrderCheckResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly field: 'oid_partner' | 'no_order' | 'money_order';
      readonly detail: string;
    };

/**
 * Whether `notification` is about `order`: same merchant, same order number, same amount (compared
 * as amounts, so `55.4` equals `55.40`; anything that is not a plain decimal never matches).
 */
export function checkNotificationOrder(
  notification: NotificationOrderFields,
  order: MerchantOrder,
): OrderCheckResult {
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
  const paid = amountInCents(notification.money_order);
  const expected = amountInCents(order.money_order);
  if (paid === undefined || expected === undefined || paid !== expected) {
    return {
      ok: false,
      field: 'money_order',
      detail: 'the notified amount differs from the order amount',
    };
  }
  return { ok: true };
}
