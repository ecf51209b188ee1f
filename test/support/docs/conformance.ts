import {
  errataVerdict,
  rowProblems,
  statedValueProblem,
  type RowFinding,
} from '../conformance/rows.js';
import {
  allOperations,
  branchPointers,
  child,
  errataOf,
  follow,
  isObject,
  objectView,
  onlyMediaSchema,
  propertyFacts,
  requestMessagePointer,
  responseSchemaPointer,
  schemaName,
  schemaParts,
  type JsonObject,
  type ObjectView,
  type OperationRef,
} from '../spec.js';
import {
  DocRowError,
  isParameterTable,
  parameterRows,
  tableSection,
  type TableSection,
} from './params.js';
import type { DocParameterRow, ExtractedDoc } from './types.js';

export interface DocFinding extends RowFinding {
  file: string;
  /** `table 2 (response-success)`, or '-' for a page-level finding. */
  table: string;
  /** The operation or webhook the row was checked for. */
  operation: string;
}

export interface DocsConformanceReport {
  misses: DocFinding[];
  deviations: DocFinding[];
  /** Pages some operation or webhook claims, that exist in the fixture. */
  pages: string[];
  /** Parameter tables on claimed pages. */
  tables: number;
  /** Rows of those tables, each counted once. */
  rowsChecked: number;
  /** (row, schema) pairs checked. */
  comparisons: number;
  /** Rows per claimed page, for the per-page test rows. */
  rowsPerPage: Map<string, number>;
}

/** Every operation and webhook with the pages it claims in `x-lianlian-source`. */
export function claims(spec: JsonObject): { operation: OperationRef; file: string }[] {
  return allOperations(spec).flatMap((operation) =>
    operation.sources.map((file) => ({ operation, file })),
  );
}

/** The URL an operation posts to: its server and its path, without the fragment naming the API. */
export function operationUrl(operation: OperationRef): string {
  return `${operation.serverUrl ?? ''}${operation.key.replace(/#.*$/, '')}`;
}

function views(spec: JsonObject, pointers: readonly string[]): ObjectView[] {
  return pointers.map((pointer) => objectView(spec, follow(spec, pointer).pointer));
}

/** The `items` object schemas of the array property `field` in any of `holders`. */
function itemViews(spec: JsonObject, holders: readonly ObjectView[], field: string): ObjectView[] {
  const found: ObjectView[] = [];
  for (const holder of holders) {
    const location = holder.properties.get(field);
    if (!location) continue;
    for (const { pointer, node } of schemaParts(spec, follow(spec, location.pointer).pointer)) {
      if (isObject(node.items))
        found.push(objectView(spec, follow(spec, child(pointer, 'items')).pointer));
    }
  }
  return found.filter(
    (view, i) => found.findIndex((other) => other.pointer === view.pointer) === i,
  );
}

/** The schemas a table of `section` describes for `operation`, each flattened. */
export function docTargets(
  spec: JsonObject,
  operation: OperationRef,
  section: TableSection,
): ObjectView[] {
  if (section.section === 'notification') {
    const body = onlyMediaSchema(operation.request, child(operation.pointer, 'requestBody'));
    return views(spec, branchPointers(spec, body));
  }
  if (section.section === 'request') return views(spec, [requestMessagePointer(operation)]);
  const responses = views(spec, branchPointers(spec, responseSchemaPointer(operation)));
  switch (section.section) {
    case 'response':
      return responses;
    case 'response-success':
      return responses.filter((view) => view.branch === 'success' || view.branch === 'paid');
    case 'response-paid':
      return responses.filter((view) => view.branch === 'paid');
    case 'response-code':
      // The branches whose ret_code allows exactly this code.
      return responses.filter((view) => {
        const location = view.properties.get('ret_code');
        const values = location ? propertyFacts(spec, location.pointer).values : undefined;
        return values?.includes(section.code ?? '') ?? false;
      });
    case 'response-items':
      return itemViews(spec, responses, section.field ?? '');
    default:
      return [];
  }
}

/** Whether a table of this section describes this kind of message (a notification or not). */
function describes(operation: OperationRef, section: TableSection): boolean {
  return (section.section === 'notification') === (operation.location === 'webhook');
}

const sectionLabel = (index: number, section: TableSection) =>
  `table ${index} (${section.section}${section.code ? ` ${section.code}` : ''}${section.field ? ` ${section.field}` : ''})`;

/**
 * Checks every row of every parameter table of every claimed docs page against the message it
 * describes, for each operation or webhook that claims the page (`x-lianlian-source`). Request
 * and response tables belong to the page's path operations, notification tables to its webhooks.
 * A mismatch is a deviation only when the property, or a schema holding it, cites errata entries
 * that all exist and one of which names the field; otherwise it is a miss.
 */
export function checkDocsConformance(
  spec: JsonObject,
  docs: readonly ExtractedDoc[],
  errata: ReadonlyMap<string, string>,
): DocsConformanceReport {
  const report: DocsConformanceReport = {
    misses: [],
    deviations: [],
    pages: [],
    tables: 0,
    rowsChecked: 0,
    comparisons: 0,
    rowsPerPage: new Map(),
  };
  const byFile = new Map(docs.map((doc) => [doc.file, doc]));
  const claimed = new Map<string, OperationRef[]>();
  for (const { operation, file } of claims(spec)) {
    const doc = byFile.get(file);
    if (!doc) {
      report.misses.push({
        file,
        table: '-',
        operation: operation.id,
        row: '-',
        schema: '-',
        problem: 'x-lianlian-source names a page the docs fixture does not have',
        errata: [],
      });
      continue;
    }
    claimed.set(file, [...(claimed.get(file) ?? []), operation]);
  }
  const record = (finding: DocFinding) => {
    const verdict = errataVerdict(finding, errata);
    if (verdict.excused) report.deviations.push(finding);
    else report.misses.push({ ...finding, problem: finding.problem + verdict.note });
  };

  for (const [file, owners] of [...claimed].sort(([a], [b]) => a.localeCompare(b))) {
    const doc = byFile.get(file) as ExtractedDoc;
    report.pages.push(file);
    let pageRows = 0;
    /**
     * A finding about a whole table or the endpoint rather than a row. The operations' own
     * x-lianlian-errata may excuse it with an entry that names `subject` (the page for a table,
     * the operation's URL for an endpoint).
     */
    const page = (ops: readonly OperationRef[], problem: string, table: string, subject: string) =>
      record({
        file,
        table,
        operation: ops.map((operation) => operation.id).join(' '),
        row: subject,
        schema: '-',
        problem,
        errata: [...new Set(ops.flatMap((operation) => errataOf(operation.node as JsonObject)))],
      });

    // A path operation posts to one of the page's endpoints (when the page gives any).
    for (const operation of owners) {
      if (operation.location !== 'path' || doc.endpoints.length === 0) continue;
      const url = operationUrl(operation);
      if (!doc.endpoints.includes(url)) {
        page([operation], `endpoint ${url}, docs ${doc.endpoints.join(' ')}`, 'endpoint', url);
      }
    }

    for (const table of doc.tables) {
      if (!isParameterTable(table)) continue;
      const section = tableSection(doc, table);
      const label = sectionLabel(table.index, section);
      const applicable = owners.filter((operation) => describes(operation, section));
      report.tables++;
      let rows: DocParameterRow[];
      try {
        rows = parameterRows(table, file);
      } catch (error) {
        if (!(error instanceof DocRowError)) throw error;
        page(owners, error.message, label, file);
        continue;
      }
      report.rowsChecked += rows.length;
      pageRows += rows.length;
      if (applicable.length === 0) {
        page(
          owners,
          section.section === 'notification'
            ? 'no webhook claims this page for its notification table'
            : 'no path operation claims this page for its request/response table',
          label,
          file,
        );
        continue;
      }
      for (const operation of applicable) {
        let targets: ObjectView[] = [];
        try {
          targets = docTargets(spec, operation, section);
        } catch (error) {
          page([operation], String(error), label, file);
          continue;
        }
        if (targets.length === 0) {
          page([operation], 'no schema describes this table', label, file);
          continue;
        }
        for (const row of rows) {
          const values = statedValueProblem(spec, row, targets, 'doc');
          if (values) {
            record({ file, table: label, operation: operation.id, row: row.name, ...values });
          }
          for (const view of targets) {
            report.comparisons++;
            const { problems, errata: cited } = rowProblems(spec, row, view, 'doc');
            for (const problem of problems) {
              record({
                file,
                table: label,
                operation: operation.id,
                row: row.name,
                schema: schemaName(view.pointer),
                problem,
                errata: cited,
              });
            }
          }
        }
      }
    }
    report.rowsPerPage.set(file, pageRows);
  }
  return report;
}

/**
 * Pages listed in SUMMARY.md (or the docs/ copy of one) that have parameter tables describing a message (request, response
 * or notification) and that no operation or webhook claims yet. The lead turns this into an
 * assertion once every slice has landed.
 */
export function unclaimedPages(spec: JsonObject, docs: readonly ExtractedDoc[]): string[] {
  const claimedFiles = new Set(claims(spec).map(({ file }) => file));
  // SUMMARY.md links two pages at the top level whose fuller copies sit under docs/: those count.
  const listed = new Set(docs.filter((doc) => doc.listed).map((doc) => doc.file));
  return docs
    .filter(
      (doc) =>
        (doc.listed || listed.has(doc.file.replace(/^docs\//, ''))) &&
        !claimedFiles.has(doc.file) &&
        doc.tables.some((table) => tableSection(doc, table).section !== 'other'),
    )
    .map((doc) => doc.file);
}

/** Every example's `x-lianlian-doc` problems: unknown page, no such code block, page not claimed, unknown errata. */
export function exampleDocProblems(
  spec: JsonObject,
  docs: readonly ExtractedDoc[],
  errata: ReadonlyMap<string, string>,
): string[] {
  const byFile = new Map(docs.map((doc) => [doc.file, doc]));
  const problems: string[] = [];
  for (const operation of allOperations(spec)) {
    for (const example of operation.examples) {
      const raw = isObject(example.node)
        ? (example.node as JsonObject)['x-lianlian-doc']
        : undefined;
      if (raw === undefined) continue;
      const where = `${operation.id} ${example.name}`;
      const doc = example.doc;
      if (!doc) {
        problems.push(
          `${where}: x-lianlian-doc needs file (string), sample (number), errata (list)`,
        );
        continue;
      }
      const page = byFile.get(doc.file);
      if (!page) problems.push(`${where}: no docs page ${doc.file}`);
      else if (
        !Number.isInteger(doc.sample) ||
        doc.sample < 0 ||
        doc.sample >= page.codeBlocks.length
      ) {
        problems.push(
          `${where}: ${doc.file} has no code block ${doc.sample} (it has ${page.codeBlocks.length})`,
        );
      }
      if (!operation.sources.includes(doc.file)) {
        problems.push(`${where}: ${doc.file} is not in the operation's x-lianlian-source`);
      }
      for (const id of doc.errata)
        if (!errata.has(id)) problems.push(`${where}: errata ${id} not in errata.md`);
    }
  }
  return problems;
}

/**
 * The samples of claimed pages (fenced blocks holding a JSON object, a curl sample, or any block
 * under a `Sample …` heading, parseable or not) that no example of a claiming operation or webhook
 * cites in its `x-lianlian-doc`, as `page#index`, unless an errata entry the operation cites in
 * `x-lianlian-errata` says why it cannot be one, on a line `- No example: docs/page.md#index, …`.
 */
export function unexampledSamples(
  spec: JsonObject,
  docs: readonly ExtractedDoc[],
  errata: ReadonlyMap<string, string> = new Map(),
): string[] {
  const byFile = new Map(docs.map((doc) => [doc.file, doc]));
  const cited = new Set<string>();
  const claimedFiles = new Set<string>();
  for (const operation of allOperations(spec)) {
    for (const file of operation.sources) claimedFiles.add(file);
    for (const example of operation.examples) {
      if (example.doc) cited.add(`${example.doc.file}#${example.doc.sample}`);
    }
    const ids = operation.node['x-lianlian-errata'];
    for (const id of Array.isArray(ids) ? ids : []) {
      for (const sample of excusedSamples(errata.get(String(id)) ?? '')) {
        if (operation.sources.includes(sample.split('#')[0] ?? '')) cited.add(sample);
      }
    }
  }
  const missing: string[] = [];
  for (const file of [...claimedFiles].sort()) {
    for (const block of byFile.get(file)?.codeBlocks ?? []) {
      const sample =
        block.curl !== undefined ||
        block.text.trim().startsWith('{') ||
        /sample/i.test(block.heading[block.heading.length - 1] ?? '');
      if (sample && !cited.has(`${file}#${block.index}`)) missing.push(`${file}#${block.index}`);
    }
  }
  return missing;
}

/** The samples an errata entry's `- No example:` line names (`docs/page.md#index`). */
export function excusedSamples(entry: string): string[] {
  const line = /^- No example: (.+)$/m.exec(entry)?.[1] ?? '';
  return [...line.matchAll(/`?(docs\/[^`#\s,]+#\d+)`?/g)].map((m) => m[1] as string);
}
