import { plainText } from '../seeds/text.js';
import type { DocParameterRow, DocSection, DocTable, ExtractedDoc } from './types.js';

/** The message a table describes; `code` for "returned only when ret_code=8888", `field` for the items of a list. */
export interface TableSection {
  section: DocSection;
  code?: string;
  field?: string;
}

const PARAMETER_HEADER = ['Name', 'Required', 'Type', 'Description'];
const TYPE_CELL = /^(?:String(?:\((\d+)(?:~(\d+))?\))?|(Int)|(List))$/;

/** A table of message fields: `Name | Required | Type | Description`. */
export function isParameterTable(table: DocTable): boolean {
  return (
    table.header.length === PARAMETER_HEADER.length &&
    table.header.every((cell, i) => cell === PARAMETER_HEADER[i])
  );
}

export class DocRowError extends Error {
  constructor(
    readonly where: string,
    message: string,
  ) {
    super(`${where}: ${message}`);
    this.name = 'DocRowError';
  }
}

/**
 * Values a description lists one per line, `<br>`-separated: `SUCCESS - paid`, `0: debit card`,
 * `1 - credit card`. Only upper-case words and numbers count as values, so prose that happens to
 * contain a dash is not mistaken for a list.
 */
export function statedValues(description: string): string[] {
  const values: string[] = [];
  const pieces = description.split(/<br\s*\/?>/i);
  if (pieces.length < 2) return values;
  for (const piece of pieces.slice(1)) {
    const match = /^\s*`*([A-Z][A-Z0-9_]*|[0-9]+)`*\s*(?:[-:：=]|\uFF0D)/.exec(plainText(piece));
    const value = match?.[1];
    if (value !== undefined && !values.includes(value)) values.push(value);
  }
  return values;
}

/**
 * A parameter table's rows as read. A line holding two rows run together
 * (`|…|…|…|…||…|…|…|…|`, 9 cells with an empty fifth: Unified-direct-api.md) is read as the two
 * rows it plainly is.
 */
export function parameterRows(table: DocTable, file: string): DocParameterRow[] {
  return table.rows.flatMap((cells, i) => {
    const where = `${file}:${table.line + 2 + i}`;
    if (cells.length === 9 && cells[4] === '') {
      return [parameterRow(cells.slice(0, 4), where), parameterRow(cells.slice(5), where)];
    }
    return [parameterRow(cells, where)];
  });
}

/** One row of a parameter table, read; `where` names it in errors. */
export function parameterRow(cells: readonly string[], where: string): DocParameterRow {
  if (cells.length !== 4) throw new DocRowError(where, `expected 4 cells, found ${cells.length}`);
  const [name = '', requiredness = '', typeCell = '', description = ''] = cells;
  const type = TYPE_CELL.exec(typeCell);
  if (!type) throw new DocRowError(where, `unknown type cell "${typeCell}"`);
  const row: DocParameterRow = {
    name: plainText(name),
    required: requiredness === 'Required',
    type: type[3] ? 'integer' : type[4] ? 'array' : 'string',
    description: plainText(description.replace(/<br\s*\/?>/gi, ' ')),
    statedValues: statedValues(description),
  };
  if (requiredness !== 'Required' && requiredness !== 'Optional') row.condition = requiredness;
  if (type[2] !== undefined) {
    row.minLength = Number(type[1]);
    row.maxLength = Number(type[2]);
  } else if (type[1] !== undefined) row.maxLength = Number(type[1]);
  return row;
}

/**
 * Which message a parameter table describes, from the page title, the headings above it and
 * its lead sentence: a notification page or section describes the notification; "returned only
 * when ret_code=0000" (or result_pay=SUCCESS) the success (or paid) answers; a `Response`
 * heading every answer; a `Request` heading the request.
 */
export function tableSection(doc: ExtractedDoc, table: DocTable): TableSection {
  if (!isParameterTable(table)) return { section: 'other' };
  const headings = table.heading;
  if (headings.some((h) => /notification/i.test(h)) || /notification/i.test(doc.title)) {
    return { section: 'notification' };
  }
  const code = /returned only when\s*ret_code\s*=\s*([0-9]{4})/i.exec(table.lead)?.[1];
  if (code === '0000') return { section: 'response-success' };
  if (code !== undefined) return { section: 'response-code', code };
  if (/returned only when\s*result_pay\s*=\s*SUCCESS/i.test(table.lead)) {
    return { section: 'response-paid' };
  }
  const list = /included in\s*([a-z][a-z0-9_]*)/i.exec(table.lead)?.[1];
  if (list !== undefined) return { section: 'response-items', field: list };
  if (headings.some((h) => /^response/i.test(h))) return { section: 'response' };
  if (headings.some((h) => /request/i.test(h))) return { section: 'request' };
  return { section: 'other' };
}
