/**
 * Reads the root extension `x-lianlian-reports` (LianLian's report files: name, separator,
 * columns and the row schema) into the model. Malformed entries fail the generation here, naming
 * the place, so the report generator and the runtime can trust every field.
 */
import { GenerateError } from '../framework/errors.js';
import type { BundledSpec } from '../framework/types.js';
import { componentName, resolvePointer, type Json } from './pointer.js';
import type { ApiReport, ApiReportColumn, ApiReportReconcile, ApiReportTotals } from './types.js';

const PLACE = '#/x-lianlian-reports';
const ENCODINGS = new Set(['UTF-8', 'GBK']);

function fail(at: string, message: string): never {
  throw new GenerateError('SPEC_INVALID', at, message);
}

function text(node: Json, key: string, at: string): string {
  const value = node[key];
  if (typeof value !== 'string' || value === '') fail(`${at}/${key}`, 'must be a non-empty string');
  return value;
}

function column(entry: unknown, at: string): ApiReportColumn {
  if (typeof entry === 'string') return { name: entry, printed: entry, rest: false };
  if (typeof entry !== 'object' || entry === null) fail(at, 'must be a column name or { name }');
  const node = entry as Json;
  const name = text(node, 'name', at);
  const printed = node.printed === undefined ? name : text(node, 'printed', at);
  return { name, printed, rest: node.rest === true };
}

function report(spec: BundledSpec, node: Json, at: string): ApiReport {
  const schemaPointer = text(node, 'schema', at);
  const schemaName = componentName(schemaPointer);
  let schema: unknown;
  try {
    schema = schemaName === undefined ? undefined : resolvePointer(spec, schemaPointer);
  } catch {
    schema = undefined;
  }
  if (schemaName === undefined || typeof schema !== 'object' || schema === null)
    fail(`${at}/schema`, `must point to a schema under components/schemas, got ${schemaPointer}`);
  const properties = Object.keys(((schema as Json).properties ?? {}) as Json);
  const columns = ((node.columns ?? []) as unknown[]).map((c, i) =>
    column(c, `${at}/columns/${i}`),
  );
  if (columns.length === 0) fail(`${at}/columns`, 'must list the columns in file order');
  columns.forEach((c, i) => {
    if (!properties.includes(c.name))
      fail(`${at}/columns/${i}`, `${c.name} is not a property of ${schemaName}`);
    if (c.rest && i !== columns.length - 1)
      fail(`${at}/columns/${i}`, 'only the last column can take the rest of the line');
  });
  const missing = properties.filter((p) => !columns.some((c) => c.name === p));
  if (missing.length > 0)
    fail(`${at}/columns`, `${schemaName} properties without a column: ${missing.join(', ')}`);
  const separator = text(node, 'separator', at);
  if ([...separator].length !== 1) fail(`${at}/separator`, 'must be one character');
  const fileName = (node.fileName ?? {}) as Json;
  const pattern = text(fileName, 'pattern', `${at}/fileName`);
  let compiled: RegExp;
  try {
    compiled = new RegExp(pattern, 'u');
  } catch (error) {
    fail(`${at}/fileName/pattern`, (error as Error).message);
  }
  const example = text(fileName, 'example', `${at}/fileName`);
  if (!compiled.test(example))
    fail(`${at}/fileName/example`, `${example} does not match the pattern`);
  const groups = [...pattern.matchAll(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g)].map(
    (m) => m[1] as string,
  );
  const periodGroup = text(fileName, 'periodGroup', `${at}/fileName`);
  if (!groups.includes(periodGroup))
    fail(`${at}/fileName/periodGroup`, `${periodGroup} is not a named group of the pattern`);
  const rowsNode = (fileName.rows ?? {}) as Json;
  const fileNameRows: Record<string, 'equal' | 'prefix'> = {};
  for (const [name, match] of Object.entries(rowsNode)) {
    if (!groups.includes(name))
      fail(`${at}/fileName/rows/${name}`, 'is not a group of the pattern');
    if (!columns.some((c) => c.name === name))
      fail(`${at}/fileName/rows/${name}`, 'is not a column');
    if (match !== 'equal' && match !== 'prefix')
      fail(`${at}/fileName/rows/${name}`, 'must be equal or prefix');
    fileNameRows[name] = match;
  }
  const encodings = (node.encodings ?? []) as unknown[];
  if (encodings.length === 0 || !encodings.every((e) => typeof e === 'string' && ENCODINGS.has(e)))
    fail(`${at}/encodings`, `must list encodings among ${[...ENCODINGS].join(', ')}`);
  const period = node.period;
  if (period !== 'day' && period !== 'month') fail(`${at}/period`, 'must be day or month');
  const header = node.header;
  if (header !== 'optional' && header !== 'required' && header !== 'none')
    fail(`${at}/header`, 'must be optional, required or none');
  return {
    id: text(node, 'id', at),
    title: text(node, 'title', at),
    source: text(node, 'source', at),
    period,
    fileNamePattern: pattern,
    fileNameExample: example,
    fileNameRows,
    fileNamePeriodGroup: periodGroup,
    separator,
    header,
    encodings: encodings as ApiReport['encodings'],
    schemaName,
    schemaPointer,
    columns,
    reconcile:
      node.reconcile === undefined
        ? undefined
        : reconcile(node.reconcile as Json, `${at}/reconcile`, columns),
    totals:
      node.totals === undefined ? undefined : totals(node.totals as Json, `${at}/totals`, columns),
    errata: ((node['x-lianlian-errata'] ?? []) as string[]).slice(),
  };
}

function columnRef(
  node: Json,
  key: string,
  at: string,
  columns: readonly ApiReportColumn[],
): string {
  const name = text(node, key, at);
  if (!columns.some((c) => c.name === name)) fail(`${at}/${key}`, `${name} is not a column`);
  return name;
}

function optionalColumnRef(
  node: Json,
  key: string,
  at: string,
  columns: readonly ApiReportColumn[],
) {
  return node[key] === undefined ? undefined : columnRef(node, key, at, columns);
}

function reconcile(
  node: Json,
  at: string,
  columns: readonly ApiReportColumn[],
): ApiReportReconcile {
  const kinds = (node.kinds ?? {}) as Json;
  const entries = Object.entries(kinds);
  if (
    !entries.some(([, k]) => k === 'payment') ||
    !entries.every(([, k]) => k === 'payment' || k === 'refund')
  )
    fail(`${at}/kinds`, 'must map status values to payment or refund, with at least one payment');
  return {
    order: columnRef(node, 'order', at, columns),
    transaction: optionalColumnRef(node, 'transaction', at, columns),
    amount: columnRef(node, 'amount', at, columns),
    currency: optionalColumnRef(node, 'currency', at, columns),
    fee: optionalColumnRef(node, 'fee', at, columns),
    status: columnRef(node, 'status', at, columns),
    kinds: Object.fromEntries(entries) as Record<string, 'payment' | 'refund'>,
  };
}

function totals(node: Json, at: string, columns: readonly ApiReportColumn[]): ApiReportTotals {
  const pair = (key: string) => {
    const part = node[key] as Json | undefined;
    if (part === undefined) return undefined;
    return {
      count: columnRef(part, 'count', `${at}/${key}`, columns),
      amount: columnRef(part, 'amount', `${at}/${key}`, columns),
    };
  };
  const payment = pair('payment');
  const refund = pair('refund');
  if (payment === undefined || refund === undefined) fail(at, 'needs payment and refund totals');
  return {
    currency: text(node, 'currency', at),
    count: columnRef(node, 'count', at, columns),
    payment,
    refund,
    other: pair('other'),
  };
}

/** The report formats the spec declares, in document order (none when it declares none). */
export function readReports(spec: BundledSpec): ApiReport[] {
  const declared = (spec as Json)['x-lianlian-reports'];
  if (declared === undefined) return [];
  if (!Array.isArray(declared)) fail(PLACE, 'must be a list of report formats');
  const reports = declared.map((node, i) => report(spec, node as Json, `${PLACE}/${i}`));
  const ids = new Set<string>();
  for (const [i, r] of reports.entries()) {
    if (ids.has(r.id)) fail(`${PLACE}/${i}/id`, `duplicate report id ${r.id}`);
    ids.add(r.id);
  }
  return reports;
}
