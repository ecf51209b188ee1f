import { type ValidationIssue } from '../shared/validation.js';
import type { ReportEncoding, ReportFormat } from './format.js';
/** Lines longer than this are reported, not read (a day's row is a few hundred bytes). */
export declare const DEFAULT_MAX_REPORT_LINE_BYTES: number;
/** A data line that matched the row schema. */
export interface ReportRowLine<Row> {
    readonly ok: true;
    readonly line: number;
    readonly row: Row;
    /** The encoding the line was read in. */
    readonly encoding: ReportEncoding;
}
/** A line that could not be read as a row; `issues` is never empty. */
export interface ReportLineFailure {
    readonly ok: false;
    readonly line: number;
    readonly issues: readonly ValidationIssue[];
}
export type ReportLine<Row> = ReportRowLine<Row> | ReportLineFailure;
export interface ReportParseOptions {
    /** The file name's groups (`oid_partner`, `settle_date`), checked against every row. */
    readonly fileNameGroups?: Readonly<Record<string, string>>;
    /** Default {@link DEFAULT_MAX_REPORT_LINE_BYTES}. */
    readonly maxLineBytes?: number;
}
/**
 * The cell without the spaces and tabs around it (the header is printed with ` | `); other
 * characters, ideographic spaces included, are data. Most cells have no padding and are returned
 * as they are.
 */
export declare function trimCell(cell: string): string;
/**
 * The lines of a report, in order: each data line as a typed row or as a failure with its line
 * number and every issue. A header line (the first line, when it names the columns) and blank
 * lines yield nothing.
 */
export declare function parseReportLines<Row>(format: ReportFormat<Row>, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options?: ReportParseOptions): AsyncGenerator<ReportLine<Row>>;
