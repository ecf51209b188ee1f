/**
 * Holds a detail report against the payments and refunds a merchant recorded (for example from
 * LianLian's notifications) and, when given, the day's summary report. Which columns carry the
 * order, amount, status and fee comes from the report format (the spec's `x-lianlian-reports`).
 * Only the merchant's records are held in memory; the report is streamed.
 */
import { ReportError } from '../shared/errors.js';
import { formatCents, signedCents } from './amount.js';
import type { ReportFormat } from './format.js';
import type { ReportLine, ReportLineFailure } from './parse.js';

/** A payment or refund as the merchant recorded it. Amounts are positive, two decimals. */
export interface MerchantTransaction {
  readonly kind: 'payment' | 'refund';
  /** The merchant's order number; for a refund, that of the payment refunded. */
  readonly order: string;
  readonly amount: string;
  /** LianLian's transaction number, when recorded. */
  readonly transaction?: string;
  /** The fee, when the merchant knows it. */
  readonly fee?: string;
  /** The settle date (yyyyMMdd) when known: records outside the report's period are not expected in it. */
  readonly settleDate?: string;
  /** Anything of the merchant's (a refund number, a database id): returned untouched. */
  readonly reference?: string;
}

/** A report row as reconciliation sees it. */
export interface ReportedTransaction {
  readonly line: number;
  readonly kind: 'payment' | 'refund';
  readonly order: string;
  /** Positive, two decimals. */
  readonly amount: string;
  readonly transaction?: string;
  readonly fee?: string;
}

export interface ReconcileDifference {
  readonly field: 'amount' | 'transaction' | 'fee';
  readonly report: string | undefined;
  readonly record: string | undefined;
}

export interface ReconcileTotals {
  readonly count: number;
  /** Sum of the rows' signed amounts, two decimals. */
  readonly amount: string;
}

export interface Reconciliation {
  /** True when nothing is missing or different, every line was read and the summary agrees. */
  readonly ok: boolean;
  readonly matched: readonly { readonly line: number; readonly record: MerchantTransaction }[];
  readonly mismatched: readonly {
    readonly line: number;
    readonly record: MerchantTransaction;
    readonly differences: readonly ReconcileDifference[];
  }[];
  /** Recorded by the merchant, absent from the report. */
  readonly missingFromReport: readonly MerchantTransaction[];
  /** In the report, not recorded by the merchant. */
  readonly missingFromRecords: readonly ReportedTransaction[];
  /** The first {@link ReconcileOptions.maxInvalidLines} unreadable lines; `invalidLineCount` counts all. */
  readonly invalidLines: readonly ReportLineFailure[];
  readonly invalidLineCount: number;
  readonly totals: { readonly payment: ReconcileTotals; readonly refund: ReconcileTotals };
  /** Present when a summary row was given: each total that differs from the detail rows. */
  readonly summary?: readonly {
    readonly field: string;
    readonly summary: string;
    readonly report: string;
  }[];
}

export interface ReconcileOptions {
  /** The report's period (the file name's settle date or month): records of other periods are skipped. */
  readonly period?: string;
  /** The day's summary row and its format, checked against the detail rows' totals. */
  readonly summary?: {
    readonly format: ReportFormat<unknown>;
    readonly row: Readonly<Record<string, string>>;
  };
  /** Default 1000. */
  readonly maxInvalidLines?: number;
}

const positive = (cents: bigint) => formatCents(cents < 0n ? -cents : cents);
const keyOf = (kind: string, order: string) => `${kind}\u0000${order}`;

function recordCents(record: MerchantTransaction, index: number): bigint {
  const cents = signedCents(record.amount);
  if (cents === undefined || cents <= 0n) {
    throw new ReportError(
      'RECORD_INVALID',
      `records[${index}].amount must be a positive amount with two decimals`,
      'amount',
    );
  }
  return cents;
}

function reported(
  format: ReportFormat<unknown>,
  line: number,
  row: Record<string, string>,
): ReportedTransaction {
  const columns = format.reconcile!;
  const amount = signedCents(row[columns.amount]) ?? 0n;
  const fee = columns.fee === undefined ? undefined : row[columns.fee];
  const transaction = columns.transaction === undefined ? undefined : row[columns.transaction];
  return {
    line,
    kind: columns.kinds[row[columns.status] as string] ?? 'payment',
    order: row[columns.order] as string,
    amount: positive(amount),
    ...(transaction === undefined ? {} : { transaction }),
    ...(fee === undefined ? {} : { fee: positive(signedCents(fee) ?? 0n) }),
  };
}

function differences(row: ReportedTransaction, record: MerchantTransaction): ReconcileDifference[] {
  const found: ReconcileDifference[] = [];
  if (signedCents(row.amount) !== signedCents(record.amount))
    found.push({ field: 'amount', report: row.amount, record: record.amount });
  if (
    record.transaction !== undefined &&
    row.transaction !== undefined &&
    row.kind === 'payment' &&
    record.transaction !== row.transaction
  )
    found.push({ field: 'transaction', report: row.transaction, record: record.transaction });
  if (record.fee !== undefined && signedCents(record.fee) !== signedCents(row.fee))
    found.push({ field: 'fee', report: row.fee, record: record.fee });
  return found;
}

/**
 * Reconciles the lines of a detail report (as {@link parseReportLines} yields them) with the
 * merchant's records.
 * @throws {ReportError} `REPORT_NOT_RECONCILABLE` for a format without reconcile columns,
 * `RECORD_INVALID` for a record whose amount is not a positive two-decimal amount.
 */
export async function reconcileReport(
  format: ReportFormat<unknown>,
  lines: AsyncIterable<ReportLine<unknown>>,
  records: Iterable<MerchantTransaction>,
  options: ReconcileOptions = {},
): Promise<Reconciliation> {
  if (format.reconcile === undefined) {
    throw new ReportError(
      'REPORT_NOT_RECONCILABLE',
      `the ${format.id} report has no rows to reconcile`,
      'report',
    );
  }
  const maxInvalid = options.maxInvalidLines ?? 1000;
  const expected = new Map<string, MerchantTransaction[]>();
  let index = 0;
  for (const record of records) {
    recordCents(record, index);
    index += 1;
    if (
      options.period !== undefined &&
      record.settleDate !== undefined &&
      !record.settleDate.startsWith(options.period)
    )
      continue;
    const key = keyOf(record.kind, record.order);
    const list = expected.get(key);
    if (list === undefined) expected.set(key, [record]);
    else list.push(record);
  }

  const matched: Reconciliation['matched'][number][] = [];
  const mismatched: Reconciliation['mismatched'][number][] = [];
  const missingFromRecords: ReportedTransaction[] = [];
  const invalidLines: ReportLineFailure[] = [];
  let invalidLineCount = 0;
  const sums = { payment: { count: 0, cents: 0n }, refund: { count: 0, cents: 0n } };

  for await (const line of lines) {
    if (!line.ok) {
      invalidLineCount += 1;
      if (invalidLines.length < maxInvalid) invalidLines.push(line);
      continue;
    }
    const row = line.row as Record<string, string>;
    const seen = reported(format, line.line, row);
    sums[seen.kind].count += 1;
    sums[seen.kind].cents += signedCents(row[format.reconcile.amount]) ?? 0n;
    // A refund row may carry the original order in the transaction column instead (E403).
    let candidates = expected.get(keyOf(seen.kind, seen.order));
    if (
      (candidates === undefined || candidates.length === 0) &&
      seen.kind === 'refund' &&
      seen.transaction !== undefined
    )
      candidates = expected.get(keyOf(seen.kind, seen.transaction));
    if (candidates === undefined || candidates.length === 0) {
      missingFromRecords.push(seen);
      continue;
    }
    const same = candidates.findIndex((r) => signedCents(r.amount) === signedCents(seen.amount));
    const [record] = candidates.splice(same === -1 ? 0 : same, 1) as [MerchantTransaction];
    const found = differences(seen, record);
    if (found.length === 0) matched.push({ line: line.line, record });
    else mismatched.push({ line: line.line, record, differences: found });
  }

  const missingFromReport = [...expected.values()].flat();
  const totals = {
    payment: { count: sums.payment.count, amount: formatCents(sums.payment.cents) },
    refund: { count: sums.refund.count, amount: formatCents(sums.refund.cents) },
  };
  const summary = options.summary === undefined ? undefined : checkSummary(options.summary, sums);
  return {
    ok:
      mismatched.length === 0 &&
      missingFromReport.length === 0 &&
      missingFromRecords.length === 0 &&
      invalidLineCount === 0 &&
      (summary === undefined || summary.length === 0),
    matched,
    mismatched,
    missingFromReport,
    missingFromRecords,
    invalidLines,
    invalidLineCount,
    totals,
    ...(summary === undefined ? {} : { summary }),
  };
}

function checkSummary(
  given: NonNullable<ReconcileOptions['summary']>,
  sums: Record<'payment' | 'refund', { count: number; cents: bigint }>,
): { field: string; summary: string; report: string }[] {
  const columns = given.format.totals;
  if (columns === undefined) {
    throw new ReportError(
      'REPORT_NOT_RECONCILABLE',
      `the ${given.format.id} report has no totals`,
      'summary',
    );
  }
  const { row } = given;
  const found: { field: string; summary: string; report: string }[] = [];
  const compare = (field: string, summary: string, report: string) => {
    if (summary !== report) found.push({ field, summary, report });
  };
  // An empty amount stands for nothing (the page's own example leaves zero totals empty, E408).
  const amountOf = (column: string) => formatCents(signedCents(row[column]) ?? 0n);
  const countOf = (column: string) => row[column] ?? '0';
  for (const kind of ['payment', 'refund'] as const) {
    compare(columns[kind].count, countOf(columns[kind].count), String(sums[kind].count));
    compare(columns[kind].amount, amountOf(columns[kind].amount), formatCents(sums[kind].cents));
  }
  const other = columns.other === undefined ? 0 : Number(countOf(columns.other.count));
  compare(
    columns.count,
    countOf(columns.count),
    String(sums.payment.count + sums.refund.count + other),
  );
  return found;
}
