/**
 * Writes report files in the formats the parser reads (`reportFormats`, from the spec's
 * `x-lianlian-reports`): the same columns, separator and header names, so a file written here
 * parses back to the rows it was written from. The sandbox uses it for the day's files.
 */
import { ReportError } from '../shared/errors.js';
import type { ReportFormat } from './format.js';

/**
 * One line of `format` for `row` (no line break): the columns in file order, an absent property (or
 * an empty string) as an empty cell. The row must satisfy the format's row schema, and no cell may hold a line break
 * or, but in the last `rest` column, the separator: a line that would read back otherwise is
 * refused, naming the field.
 */
export function renderReportLine<Row>(
  format: ReportFormat<Row>,
  row: Readonly<Record<string, string>>,
): string {
  // An empty cell is an absent property, as the parser reads it.
  const check = format.validate(
    Object.fromEntries(Object.entries(row).filter(([, v]) => v !== '')),
  );
  if (!check.ok) {
    const issue = check.issues[0];
    throw new ReportError(
      'RECORD_INVALID',
      `${format.id} row: ${issue?.message ?? 'does not match the row schema'}`,
      issue?.path || undefined,
    );
  }
  return format.columns
    .map((column) => {
      const cell = row[column.name] ?? '';
      if (/[\r\n]/.test(cell) || (!column.rest && cell.includes(format.separator))) {
        throw new ReportError(
          'RECORD_INVALID',
          `${format.id} row: ${column.name} holds a line break or the separator`,
          column.name,
        );
      }
      return cell;
    })
    .join(format.separator);
}

/** A whole file of `format`: the header line (as LianLian prints the names) unless the format has none, then one line per row, each ended by CRLF. */
export function renderReport<Row>(
  format: ReportFormat<Row>,
  rows: Iterable<Readonly<Record<string, string>>>,
): string {
  const lines =
    format.header === 'none' ? [] : [format.columns.map((c) => c.printed).join(format.separator)];
  for (const row of rows) lines.push(renderReportLine(format, row));
  return lines.map((line) => `${line}\r\n`).join('');
}

/**
 * The file name of `format` for the given name fields (`{ oid_partner, settle_date }`): its
 * example name with each of the example's named groups replaced by the given value, checked
 * against the name pattern.
 */
export function reportFileName<Row>(
  format: ReportFormat<Row>,
  groups: Readonly<Record<string, string>>,
): string {
  const example = format.fileName.exec(format.fileNameExample);
  let name = format.fileNameExample;
  // Replace from the last group to the first, so earlier positions stay valid.
  const spans = Object.entries(example?.groups ?? {})
    .map(([group, value]) => ({ group, value, at: format.fileNameExample.indexOf(value) }))
    .sort((a, b) => b.at - a.at);
  for (const { group, value, at } of spans) {
    const given = groups[group];
    if (given === undefined || at < 0) {
      throw new ReportError('REPORT_FILE_NAME', `${format.id}: no value for ${group}`, group);
    }
    name = name.slice(0, at) + given + name.slice(at + value.length);
  }
  if (!format.fileName.test(name)) {
    throw new ReportError(
      'REPORT_FILE_NAME',
      `${format.id}: ${name} is not a valid name`,
      'groups',
    );
  }
  return name;
}
