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
    readonly matched: readonly {
        readonly line: number;
        readonly record: MerchantTransaction;
    }[];
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
    readonly totals: {
        readonly payment: ReconcileTotals;
        readonly refund: ReconcileTotals;
    };
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
/**
 * Reconciles the lines of a detail report (as {@link parseReportLines} yields them) with the
 * merchant's records.
 * @throws {ReportError} `REPORT_NOT_RECONCILABLE` for a format without reconcile columns,
 * `RECORD_INVALID` for a record whose amount is not a positive two-decimal amount.
 */
export declare function reconcileReport(format: ReportFormat<unknown>, lines: AsyncIterable<ReportLine<unknown>>, records: Iterable<MerchantTransaction>, options?: ReconcileOptions): Promise<Reconciliation>;
