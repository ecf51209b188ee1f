/**
 * Reads a LianLian report file line by line: decodes each line (UTF-8, else GBK), recognises an
 * optional header line, splits the columns, checks them against the file name and validates the
 * row with the spec's generated validator. Every bad line is reported with its number and the
 * rule it breaks, and reading goes on: one bad line never hides the next.
 */
import { ConfigurationError } from '../shared/errors.js';
import { maskDigits, type ValidationIssue } from '../shared/validation.js';
import type { ReportEncoding, ReportFormat } from './format.js';
import { splitLines } from './lines.js';

/** Lines longer than this are reported, not read (a day's row is a few hundred bytes). */
export const DEFAULT_MAX_REPORT_LINE_BYTES = 64 * 1024;

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
const headerName = (cell: string) => cell.replace(/\(.*\)$/s, '').trim();

function isHeader(cells: readonly string[], format: ReportFormat<unknown>): boolean {
  return (
    cells.length === format.columns.length &&
    format.columns.every((column, i) => {
      const name = headerName(cells[i] as string);
      return name === column.name || name === column.printed;
    })
  );
}

function splitCells(text: string, format: ReportFormat<unknown>): string[] {
  const cells = text.split(format.separator);
  const last = format.columns[format.columns.length - 1];
  if (last?.rest === true && cells.length > format.columns.length) {
    const tail = cells.splice(format.columns.length - 1).join(format.separator);
    cells.push(tail);
  }
  return cells.map((cell) => cell.trim());
}

function fileNameIssues(
  row: Record<string, string>,
  format: ReportFormat<unknown>,
  groups: Readonly<Record<string, string>> | undefined,
): ValidationIssue[] {
  if (groups === undefined) return [];
  const issues: ValidationIssue[] = [];
  for (const [column, match] of Object.entries(format.fileNameRows)) {
    const expected = groups[column];
    const value = row[column];
    if (expected === undefined || value === undefined) continue;
    const agrees = match === 'equal' ? value === expected : value.startsWith(expected);
    if (!agrees) {
      issues.push(
        issue(
          column,
          'fileName',
          match,
          `${column}: ${match === 'equal' ? 'must equal' : 'must start with'} the file name's ${JSON.stringify(expected)}, got ${JSON.stringify(value)}`,
        ),
      );
    }
  }
  return issues;
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
  let first = true;
  for await (const raw of splitLines(chunks, maxLineBytes)) {
    const isFirst = first;
    first = false;
    if (raw.tooLong !== undefined) {
      yield {
        ok: false,
        line: raw.number,
        issues: [
          issue(
            '',
            'maxLineBytes',
            maxLineBytes,
            `line of ${raw.tooLong} bytes is longer than ${maxLineBytes} bytes`,
          ),
        ],
      };
      continue;
    }
    let bytes = raw.bytes;
    if (isFirst && BOM.every((b, i) => bytes[i] === b)) bytes = bytes.subarray(BOM.length);
    const decoded = decode(bytes, format.encodings);
    if (decoded === undefined) {
      yield {
        ok: false,
        line: raw.number,
        issues: [
          issue(
            '',
            'encoding',
            format.encodings,
            `line is not valid ${format.encodings.join(' or ')}`,
          ),
        ],
      };
      continue;
    }
    if (decoded.text.trim() === '') continue;
    const cells = splitCells(decoded.text, format as ReportFormat<unknown>);
    if (isFirst && format.header !== 'none' && isHeader(cells, format as ReportFormat<unknown>))
      continue;
    if (isFirst && format.header === 'required') {
      yield {
        ok: false,
        line: raw.number,
        issues: [
          issue(
            '',
            'header',
            format.columns.map((c) => c.printed),
            'the first line must be the header line',
          ),
        ],
      };
      continue;
    }
    if (cells.length !== format.columns.length) {
      yield {
        ok: false,
        line: raw.number,
        issues: [
          issue(
            '',
            'columns',
            format.columns.length,
            `must have ${format.columns.length} columns separated by ${JSON.stringify(format.separator)}, got ${cells.length}`,
          ),
        ],
      };
      continue;
    }
    const row: Record<string, string> = {};
    format.columns.forEach((column, i) => {
      const cell = cells[i] as string;
      if (cell !== '') row[column.name] = cell;
    });
    const checked = format.validate(row);
    const issues = [
      ...(checked.ok ? [] : checked.issues),
      ...fileNameIssues(row, format as ReportFormat<unknown>, options.fileNameGroups),
    ];
    yield issues.length === 0
      ? { ok: true, line: raw.number, row: row as Row, encoding: decoded.encoding }
      : { ok: false, line: raw.number, issues };
  }
}
