import type { components } from './types.js';
import type { ReportFileName, ReportFormat } from './runtime/reports/format.js';
import { type ReportLine, type ReportParseOptions } from './runtime/reports/parse.js';
import { type MerchantTransaction, type ReconcileOptions, type Reconciliation } from './runtime/reports/reconcile.js';
import { type ReportSource } from './runtime/reports/source.js';
/** The row type of each report file format. */
export interface LianLianReports {
    /** Daily transaction detail report (JYMX_201301221000001001_20130313.txt). */
    dailyDetail: components['schemas']['TransactionReportRow'];
    /** Monthly transaction detail report (JYMX_201301221000001001_201304.txt). */
    monthlyDetail: components['schemas']['TransactionReportRow'];
    /** Daily summary report (JYMXSUM_201301221000001001_20130313.txt). */
    dailySummary: components['schemas']['TransactionReportSummary'];
}
/** Name of a report format: `dailyDetail`, `monthlyDetail`, `dailySummary`. */
export type LianLianReportName = keyof LianLianReports;
/** What the spec says about each report file: name pattern, columns, separator, encodings. */
export declare const reportFormats: {
    readonly [K in LianLianReportName]: ReportFormat<LianLianReports[K]>;
};
/**
 * Streams the lines of a `report` file: every data line as a typed row, or as a failure naming
 * its line number and each broken rule; reading never stops at a bad line. Constant memory.
 */
export declare function parseTransactionReport<K extends LianLianReportName>(report: K, source: ReportSource, options?: ReportParseOptions): AsyncGenerator<ReportLine<LianLianReports[K]>>;
/** A report file opened by path: its format and file name fields, and its lines as a stream. */
export interface OpenedTransactionReport<K extends LianLianReportName = LianLianReportName> extends ReportFileName<K> {
    readonly lines: AsyncGenerator<ReportLine<LianLianReports[K]>>;
}
/**
 * Opens the report file at `path`, recognising its format from its name, and streams its lines;
 * every row is also checked against the merchant number and period in the name.
 * @throws {ReportError} `REPORT_FILE_NAME` when the name is not a LianLian report's.
 */
export declare function openTransactionReport(path: string, options?: Omit<ReportParseOptions, 'fileNameGroups'>): OpenedTransactionReport;
/**
 * Reconciles a detail report with the merchant's recorded payments and refunds (and the day's
 * summary row, when given): matched, missing on either side, and mismatched amounts or fees.
 */
export declare function reconcileTransactionReport(report: LianLianReportName, lines: AsyncIterable<ReportLine<unknown>>, records: Iterable<MerchantTransaction>, options?: ReconcileOptions): Promise<Reconciliation>;
