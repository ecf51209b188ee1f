/**
 * A report file format as the spec's `x-lianlian-reports` declares it (generated into
 * src/reports.ts). The parser and the reconciler read only this: no column or file name is
 * written into the runtime.
 */
import type { ValidationResult } from '../shared/validation.js';
export interface ReportColumn {
    /** The row's property. */
    readonly name: string;
    /** The name as LianLian's header line prints it. */
    readonly printed: string;
    /** The last column takes the rest of the line, separators included. */
    readonly rest: boolean;
}
export interface ReportFormat<Row> {
    readonly id: string;
    readonly title: string;
    readonly period: 'day' | 'month';
    /** Matches the file's base name; its named groups are the merchant and the period. */
    readonly fileName: RegExp;
    /** A name the pattern matches, for messages. */
    readonly fileNameExample: string;
    /** Row columns that must agree with the file name's group of the same name. */
    readonly fileNameRows: Readonly<Record<string, 'equal' | 'prefix'>>;
    /** The file name group holding the period (settle date or month) the file covers. */
    readonly fileNamePeriodGroup: string;
    readonly separator: string;
    readonly header: 'optional' | 'required' | 'none';
    readonly encodings: readonly ReportEncoding[];
    readonly columns: readonly ReportColumn[];
    /**
     * The row object of a line's cells: each cell trimmed, empty ones left out. Generated with the
     * column names written out, which V8 turns into fast fixed-shape stores (a loop over the names
     * made every row a dictionary and the parser several times slower).
     */
    readonly row: (cells: readonly string[]) => Record<string, string>;
    /** The row schema's generated validator. */
    readonly validate: (value: unknown) => ValidationResult<Row>;
    /** Detail reports: the columns reconciliation reads. */
    readonly reconcile?: ReportReconcileColumns;
    /** Summary reports: the count and amount columns. */
    readonly totals?: ReportTotalsColumns;
}
export interface ReportReconcileColumns {
    readonly order: string;
    readonly transaction?: string;
    readonly amount: string;
    readonly currency?: string;
    readonly fee?: string;
    readonly status: string;
    readonly kinds: Readonly<Record<string, 'payment' | 'refund'>>;
}
export interface ReportTotalsColumns {
    readonly currency: string;
    readonly count: string;
    readonly payment: {
        readonly count: string;
        readonly amount: string;
    };
    readonly refund: {
        readonly count: string;
        readonly amount: string;
    };
    readonly other?: {
        readonly count: string;
        readonly amount: string;
    };
}
export type ReportEncoding = 'UTF-8' | 'GBK';
/** What a file's name says: its format, merchant and period. */
export interface ReportFileName<Id extends string = string> {
    readonly report: Id;
    readonly groups: Readonly<Record<string, string>>;
}
/** The format whose file name pattern `baseName` matches, with the name's groups. */
export declare function reportOfFileName<Id extends string>(formats: Readonly<Record<Id, ReportFormat<unknown>>>, baseName: string): ReportFileName<Id> | undefined;
