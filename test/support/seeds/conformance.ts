import {
  branchPointers,
  child,
  follow,
  objectView,
  onlyMediaSchema,
  operations,
  propertyFacts,
  requestMessagePointer,
  responseSchemaPointer,
  schemaName,
  webhookOperation,
  type JsonObject,
  type ObjectView,
  type OperationRef,
} from '../spec.js';
import type { ExtractedSeed, SeedRow, SeedSection } from './types.js';

/** The webhook that carries 004's synchronous notification. */
export const SYNC_NOTIFICATION_WEBHOOK = 'webPaymentReturn';

export interface Finding {
  file: string;
  section: SeedSection | '-';
  row: string;
  schema: string;
  problem: string;
  errata: string[];
}

export interface ConformanceReport {
  /** Mismatches without a valid errata entry. */
  misses: Finding[];
  /** Mismatches the spec records in its errata. */
  deviations: Finding[];
  /** Seed rows checked, each against every schema its section maps to. */
  rowsChecked: number;
  /** (row, schema) pairs checked. */
  comparisons: number;
  /** String(n) rows whose property has no maxLength but only allows values of at most n chars. */
  boundedByValues: Finding[];
}

const normaliseTitle = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

export function operationForTitle(spec: JsonObject, title: string): OperationRef | undefined {
  return operations(spec).find(
    (operation) =>
      operation.summary !== undefined &&
      normaliseTitle(operation.summary) === normaliseTitle(title),
  );
}

/** The schemas a seed section describes, each flattened. */
export function sectionTargets(
  spec: JsonObject,
  operation: OperationRef,
  section: SeedSection,
): ObjectView[] {
  const views = (pointers: string[]) =>
    pointers.map((pointer) => objectView(spec, follow(spec, pointer).pointer));
  const responses = () => views(branchPointers(spec, responseSchemaPointer(operation)));
  switch (section) {
    case 'request':
      return views([requestMessagePointer(operation)]);
    case 'response':
      return responses();
    case 'response-success':
      return responses().filter((view) => view.branch === 'success' || view.branch === 'paid');
    case 'response-paid':
      return responses().filter((view) => view.branch === 'paid');
    case 'sync-notification': {
      const webhook = webhookOperation(spec, SYNC_NOTIFICATION_WEBHOOK);
      const body = onlyMediaSchema(webhook.request, child(webhook.pointer, 'requestBody'));
      return views(branchPointers(spec, body));
    }
  }
}

function rowProblems(
  spec: JsonObject,
  row: SeedRow,
  view: ObjectView,
): { problems: string[]; errata: string[]; bounded: boolean } {
  const location = view.properties.get(row.name);
  if (!location) return { problems: ['property missing'], errata: view.errata, bounded: false };
  const facts = propertyFacts(spec, location.pointer);
  const errata = [...new Set([...facts.errata, ...location.holderErrata])];
  const problems: string[] = [];
  const required = view.required.has(row.name);
  if (row.required !== required) {
    problems.push(
      row.required ? 'seed: Required, schema: not required' : 'seed: Optional, schema: required',
    );
  }
  if (!facts.types.includes(row.type)) {
    problems.push(`seed type ${row.type}, schema type ${facts.types.join('|') || 'none'}`);
  }
  let bounded = false;
  if (row.maxLength !== undefined && facts.maxLength !== row.maxLength) {
    const values = facts.values;
    bounded =
      facts.maxLength === undefined &&
      values !== undefined &&
      values.every((value) => typeof value === 'string' && value.length <= (row.maxLength ?? 0));
    if (!bounded) {
      problems.push(`seed String(${row.maxLength}), schema maxLength ${facts.maxLength ?? 'none'}`);
    }
  }
  return { problems, errata, bounded };
}

/**
 * Checks every seed row against the spec. A mismatch counts as a deviation only when the
 * property or the schema holding it cites errata ids that all exist in spec/errata.md, and one
 * of the cited sections names the row's field.
 */
export function checkConformance(
  spec: JsonObject,
  seeds: readonly ExtractedSeed[],
  errata: ReadonlyMap<string, string>,
): ConformanceReport {
  const report: ConformanceReport = {
    misses: [],
    deviations: [],
    rowsChecked: 0,
    comparisons: 0,
    boundedByValues: [],
  };
  const record = (finding: Finding) => {
    const unknown = finding.errata.filter((id) => !errata.has(id));
    const relevant = finding.errata.some((id) => errata.get(id)?.includes(finding.row));
    if (finding.errata.length > 0 && unknown.length === 0 && relevant) {
      report.deviations.push(finding);
      return;
    }
    const note =
      finding.errata.length === 0
        ? ''
        : unknown.length > 0
          ? ` (cites ${unknown.join(', ')}, not in errata.md)`
          : ` (no cited errata mentions ${finding.row})`;
    report.misses.push({ ...finding, problem: finding.problem + note });
  };

  for (const seed of seeds) {
    const operation = operationForTitle(spec, seed.title);
    const base = { file: seed.file, section: '-' as const, row: '-', errata: [] };
    if (!operation) {
      report.misses.push({
        ...base,
        schema: '-',
        problem: `no operation has summary "${seed.title}"`,
      });
    } else if (seed.endpoint !== undefined) {
      const url = `${operation.serverUrl ?? ''}${operation.key}`;
      if (url !== seed.endpoint) {
        report.misses.push({
          ...base,
          schema: operation.id,
          problem: `endpoint ${url}, seed ${seed.endpoint}`,
        });
      }
    }
    for (const table of seed.tables) {
      let targets: ObjectView[] = [];
      try {
        if (operation) targets = sectionTargets(spec, operation, table.section);
      } catch (error) {
        report.misses.push({
          ...base,
          section: table.section,
          schema: '-',
          problem: String(error),
        });
      }
      if (operation && targets.length === 0) {
        report.misses.push({
          ...base,
          section: table.section,
          schema: '-',
          problem: 'no schema for this section',
        });
      }
      for (const row of table.rows) {
        report.rowsChecked++;
        for (const view of targets) {
          report.comparisons++;
          const { problems, errata, bounded } = rowProblems(spec, row, view);
          const finding = {
            file: seed.file,
            section: table.section,
            row: row.name,
            schema: schemaName(view.pointer),
            errata,
          };
          if (bounded)
            report.boundedByValues.push({ ...finding, problem: 'bounded by const/enum' });
          for (const problem of problems) record({ ...finding, problem });
        }
      }
    }
  }
  return report;
}
