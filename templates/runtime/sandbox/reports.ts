/**
 * The sandbox's report files: for a file name of a report format (`JYMX_{oid_partner}_{settle_date}.txt`,
 * the summary `JYMXSUM_…`, the monthly detail), the payments the Verify APIs completed and the
 * refunds accepted for that merchant in that period, written in the format the spec declares
 * (reports/render.ts, from the same `reportFormats` the parser reads). Served at
 * `GET /sandbox/reports/<file name>`. The sandbox charges no fee: every fee is 0.00.
 */
import { amountInCents } from '../shared/amount.js';
import type { ReportFormat } from '../reports/format.js';
import { reportOfFileName } from '../reports/format.js';
import { formatCents } from '../reports/amount.js';
import { renderReport } from '../reports/render.js';
import type { SandboxContext } from './context.js';

/** One transaction of the period, as a detail row describes it. */
interface Transaction {
  readonly kind: 'payment' | 'refund';
  readonly merchant: string;
  readonly settleDate: string;
  readonly order: string;
  readonly transaction: string;
  /** Signed cents: a refund is negative, as the report prints it. */
  readonly cents: bigint;
}

/** The text of the report file `name`, or undefined when it is no report's name. */
export function sandboxReportFile(ctx: SandboxContext, name: string): string | undefined {
  const formats = ctx.catalogue.reports ?? {};
  const found = reportOfFileName(formats, name);
  if (found === undefined) return undefined;
  const format = formats[found.report] as ReportFormat<unknown>;
  // The name's groups: the period (settle date or month) and the merchant (the other one).
  const period = found.groups[format.fileNamePeriodGroup] ?? '';
  const merchantGroup = Object.keys(found.groups).find((g) => g !== format.fileNamePeriodGroup);
  const merchant = merchantGroup === undefined ? undefined : found.groups[merchantGroup];
  const transactions = [...periodTransactions(ctx)].filter(
    (t) => t.settleDate.startsWith(period) && (merchant === undefined || t.merchant === merchant),
  );
  const currency = Object.values(formats).find((f) => f.totals !== undefined)?.totals?.currency;
  if (format.reconcile !== undefined) {
    const columns = format.reconcile;
    const statusOf = (kind: Transaction['kind']) =>
      Object.keys(columns.kinds).find((code) => columns.kinds[code] === kind) ?? '';
    return renderReport(
      format,
      transactions.map((t) => ({
        ...(merchantGroup === undefined ? {} : { [merchantGroup]: t.merchant }),
        [format.fileNamePeriodGroup]: t.settleDate,
        [columns.order]: t.order,
        ...(columns.transaction === undefined ? {} : { [columns.transaction]: t.transaction }),
        [columns.amount]: formatCents(t.cents),
        ...(columns.currency === undefined || currency === undefined
          ? {}
          : { [columns.currency]: currency }),
        ...(columns.fee === undefined ? {} : { [columns.fee]: '0.00' }),
        [columns.status]: statusOf(t.kind),
      })),
    );
  }
  if (format.totals !== undefined) {
    const { totals } = format;
    const sum = (kind: Transaction['kind']) => {
      const mine = transactions.filter((t) => t.kind === kind);
      return {
        count: String(mine.length),
        amount: formatCents(mine.reduce((a, t) => a + t.cents, 0n)),
      };
    };
    const payment = sum('payment');
    const refund = sum('refund');
    return renderReport(format, [
      {
        [totals.count]: String(transactions.length),
        [totals.payment.count]: payment.count,
        [totals.payment.amount]: payment.amount,
        [totals.refund.count]: refund.count,
        [totals.refund.amount]: refund.amount,
        ...(totals.other === undefined
          ? {}
          : { [totals.other.count]: '0', [totals.other.amount]: '0.00' }),
      },
    ]);
  }
  return undefined;
}

/** Every completed payment and accepted refund the sandbox holds, with its settle date. */
function* periodTransactions(ctx: SandboxContext): Generator<Transaction> {
  for (const order of ctx.state.directPayments.all()) {
    if (order.status !== 'SUCCESS' || order.settleDate === undefined) continue;
    yield {
      kind: 'payment',
      merchant: order.oidPartner,
      settleDate: order.settleDate,
      order: order.noOrder,
      transaction: order.oidPaybill,
      cents: amountInCents(order.moneyOrder) ?? 0n,
    };
  }
  for (const refund of ctx.state.refunds.all()) {
    yield {
      kind: 'refund',
      merchant: refund.oidPartner,
      settleDate: refund.settleDate,
      order: refund.payment.noOrder,
      transaction: refund.oidRefundno,
      cents: -(amountInCents(refund.moneyRefund) ?? 0n),
    };
  }
}
