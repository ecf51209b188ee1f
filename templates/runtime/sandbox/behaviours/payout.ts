/**
 * What the payout behaviours (apply, confirm) share: a payout that goes ahead is settled in the
 * ledger at once and its result sent to the merchant's notify_url. A payout above the amount limit
 * is reported as result_pay FAILURE and leaves the balance untouched.
 */
import { formatChinaDate } from '../../shared/china-time.js';
import { sandboxNotify } from '../behaviour.js';
import type { SandboxContext } from '../context.js';
import { sandboxPresent } from '../fields.js';
import { sandboxAboveLimit } from '../rules.js';
import type { SandboxPayoutRecord } from '../state/payouts.js';

/** The payout's result notification, and the request field with the merchant's address for it. */
export const PAYOUT_NOTIFICATION = { webhook: 'instantPayNotify', urlField: 'notify_url' } as const;

/**
 * Settles a payout that goes ahead and sends its notification to `notifyUrl`.
 * @returns LianLian's transaction number and whether the payout failed.
 */
export function settlePayout(
  ctx: SandboxContext,
  record: SandboxPayoutRecord,
  notifyUrl: string,
): { oidPaybill: string; failed: boolean } {
  const oidPaybill = ctx.state.nextPaybill();
  const failed = sandboxAboveLimit(record.moneyOrder, ctx.state.rules.amountLimit);
  ctx.state.payouts.settle(record, oidPaybill, failed, formatChinaDate(ctx.now()));
  sandboxNotify(ctx, PAYOUT_NOTIFICATION.webhook, notifyUrl, {
    oid_partner: record.oidPartner,
    dt_order: record.dtOrder,
    no_order: record.noOrder,
    oid_paybill: oidPaybill,
    money_order: record.moneyOrder,
    result_pay: record.status,
    ...sandboxPresent({ settle_date: record.settleDate, info_order: record.infoOrder }),
  });
  return { oidPaybill, failed };
}
