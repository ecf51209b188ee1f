import type { ReportFormat } from './format.js';
/**
 * One line of `format` for `row` (no line break): the columns in file order, an absent property (or
 * an empty string) as an empty cell. The row must satisfy the format's row schema, and no cell may hold a line break
 * or, but in the last `rest` column, the separator: a line that would read back otherwise is
 * refused, naming the field.
 */
export declare function renderReportLine<Row>(format: ReportFormat<Row>, row: Readonly<Record<string, string>>): string;
/** A whole file of `format`: the header line (as LianLian prints the names) unless the format has none, then one line per row, each ended by CRLF. */
export declare function renderReport<Row>(format: ReportFormat<Row>, rows: Iterable<Readonly<Record<string, string>>>): string;
/**
 * The file name of `format` for the given name fields (`{ oid_partner, settle_date }`): its
 * example name with each of the example's named groups replaced by the given value, checked
 * against the name pattern.
 */
export declare function reportFileName<Row>(format: ReportFormat<Row>, groups: Readonly<Record<string, string>>): string;
