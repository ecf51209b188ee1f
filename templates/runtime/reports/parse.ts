/**
 * Reads a LianLian report file line by line: decodes each line (UTF-8, else GBK), recognises an
 * optional header line, splits the columns, checks them against the file name and validates the
 * row with the spec's generated validator. Every bad line is reported with its number and the
 * rule it breaks, and reading goes on: one bad line never hides the next.
 */
import { ConfigurationError } from '../shared/errors.js';
import { maskDigits, type ValidationIssue } from '../shared/validation.js';
import type { ReportEncoding, ReportFormat } from './format.js';
import { LineSplitter, type RawLine } from './lines.js';

/** Lines longer than this are reported, not read (a day's row is a few hundred bytes). */
export const DEFAULT_MAX_REPORT_LINE_BYTES: number = 64 * 1024;

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

const BOM = [0xef, 0xbb, 0xbf];
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const gbk = new TextDecoder('gb18030', { fatal: true });

function issue(path: string, keyword: string, limit: unknown, message: string): ValidationIssue {
  return { path, keyword, limit, message: maskDigits(message) };
}

function decode(
  bytes: Uint8Array,
  encodings: readonly ReportEncoding[],
): { text: string; encoding: ReportEncoding } | undefined {
  for (const encoding of encodings) {
    try {
      return { text: (encoding === 'UTF-8' ? utf8 : gbk).decode(bytes), encoding };
    } catch {
      // Not this encoding: try the next one.
    }
  }
  return undefined;
}

// A header cell may carry a parenthesised note (`..._summary(2 decimal places, in CNY)`).
const headerName = (cell: string) => trimCell(trimCell(cell).replace(/\(.*\)$/s, ''));

function isHeader(cells: readonly string[], format: ReportFormat<unknown>): boolean {
  return (
    cells.length === format.columns.length &&
    format.columns.every((column, i) => {
      const name = headerName(cells[i] as string);
      return name === column.name || name === column.printed;
    })
  );
}

function splitCells(text: string, separator: string, width: number, rest: boolean): string[] {
  const cells = text.split(separator);
  if (rest && cells.length > width) cells.push(cells.splice(width - 1).join(separator));
  return cells;
}

const isPad = (code: number) => code === 32 || code === 9;

/**
 * The cell without the spaces and tabs around it (the header is printed with ` | `); other
 * characters, ideographic spaces included, are data. Most cells have no padding and are returned
 * as they are.
 */
export function trimCell(cell: string): string {
  let start = 0;
  let end = cell.length;
  while (start < end && isPad(cell.charCodeAt(start))) start += 1;
  while (end > start && isPad(cell.charCodeAt(end - 1))) end -= 1;
  return start === 0 && end === cell.length ? cell : cell.slice(start, end);
}

/** A row column that must agree with the file name, resolved once per file. */
interface FileNameCheck {
  readonly column: string;
  readonly match: 'equal' | 'prefix';
  readonly expected: string;
}

function fileNameChecks(
  format: ReportFormat<unknown>,
  groups: Readonly<Record<string, string>> | undefined,
): FileNameCheck[] {
  if (groups === undefined) return [];
  return Object.entries(format.fileNameRows).flatMap(([column, match]) => {
    const expected = groups[column];
    return expected === undefined ? [] : [{ column, match, expected }];
  });
}

function fileNameIssues(
  row: Record<string, string>,
  checks: readonly FileNameCheck[],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { column, match, expected } of checks) {
    const value = row[column];
    if (value === undefined) continue;
    if (match === 'equal' ? value === expected : value.startsWith(expected)) continue;
    issues.push(
      issue(
        column,
        'fileName',
        match,
        `${column}: ${match === 'equal' ? 'must equal' : 'must start with'} the file name's ${JSON.stringify(expected)}, got ${JSON.stringify(value)}`,
      ),
    );
  }
  return issues;
}

const failure = (line: number, issues: ValidationIssue[]): ReportLineFailure => ({
  ok: false,
  line,
  issues,
});

/** Reads one line after another; holds only what the file's first line decides. */
class LineReader<Row> {
  private first = true;
  private readonly checks: readonly FileNameCheck[];
  private readonly width: number;
  private readonly rest: boolean;

  constructor(
    private readonly format: ReportFormat<Row>,
    private readonly maxLineBytes: number,
    groups: Readonly<Record<string, string>> | undefined,
  ) {
    this.checks = fileNameChecks(format as ReportFormat<unknown>, groups);
    this.width = format.columns.length;
    this.rest = format.columns[this.width - 1]?.rest === true;
  }

  /** The line's result, or undefined for a header or blank line. */
  read(raw: RawLine): ReportLine<Row> | undefined {
    const { format } = this;
    const isFirst = this.first;
    this.first = false;
    if (raw.tooLong !== undefined) {
      const limit = this.maxLineBytes;
      return failure(raw.number, [
        issue(
          '',
          'maxLineBytes',
          limit,
          `line of ${raw.tooLong} bytes is longer than ${limit} bytes`,
        ),
      ]);
    }
    let bytes = raw.bytes;
    if (isFirst && BOM.every((b, i) => bytes[i] === b)) bytes = bytes.subarray(BOM.length);
    const decoded = decode(bytes, format.encodings);
    if (decoded === undefined) {
      const names = format.encodings.join(' or ');
      return failure(raw.number, [
        issue('', 'encoding', format.encodings, `line is not valid ${names}`),
      ]);
    }
    if (trimCell(decoded.text) === '') return undefined;
    const cells = splitCells(decoded.text, format.separator, this.width, this.rest);
    if (isFirst && format.header !== 'none' && isHeader(cells, format as ReportFormat<unknown>))
      return undefined;
    if (isFirst && format.header === 'required') {
      const printed = format.columns.map((c) => c.printed);
      return failure(raw.number, [
        issue('', 'header', printed, 'the first line must be the header line'),
      ]);
    }
    const { width } = this;
    if (cells.length !== width) {
      const separator = JSON.stringify(format.separator);
      return failure(raw.number, [
        issue(
          '',
          'columns',
          width,
          `must have ${width} columns separated by ${separator}, got ${cells.length}`,
        ),
      ]);
    }
    const row = format.row(cells);
    const checked = format.validate(row);
    const issues = this.checks.length === 0 ? [] : fileNameIssues(row, this.checks);
    if (checked.ok && issues.length === 0)
      return { ok: true, line: raw.number, row: row as Row, encoding: decoded.encoding };
    return failure(raw.number, checked.ok ? issues : [...checked.issues, ...issues]);
  }
}

/**
 * The lines of a report, in order: each data line as a typed row or as a failure with its line
 * number and every issue. A header line (the first line, when it names the columns) and blank
 * lines yield nothing.
 */
export async function* parseReportLines<Row>(
  format: ReportFormat<Row>,
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: ReportParseOptions = {},
): AsyncGenerator<ReportLine<Row>> {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_REPORT_LINE_BYTES;
  if (!Number.isSafeInteger(maxLineBytes) || maxLineBytes < 1) {
    throw new ConfigurationError(
      'LIMIT_INVALID',
      'maxLineBytes must be a whole number of bytes above 0',
      'maxLineBytes',
    );
  }
  const reader = new LineReader(format, maxLineBytes, options.fileNameGroups);
  const splitter = new LineSplitter(maxLineBytes);
  // One async step per chunk (a per-line one costs more than the line's parsing), one line alive.
  for await (const chunk of chunks) {
    for (const raw of splitter.lines(chunk)) {
      const result = reader.read(raw);
      if (result !== undefined) yield result;
    }
  }
  const last = splitter.end();
  const result = last === undefined ? undefined : reader.read(last);
  if (result !== undefined) yield result;
}
