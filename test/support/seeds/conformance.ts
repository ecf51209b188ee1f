import {
  branchPointers,
  child,
  follow,
  objectView,
  onlyMediaSchema,
  operations,
  requestMessagePointer,
  responseSchemaPointer,
  schemaName,
  webhookOperation,
  type JsonObject,
  type ObjectView,
  type OperationRef,
} from '../spec.js';
import { errataVerdict, rowProblems } from '../conformance/rows.js';
import type { ExtractedSeed, SeedSection } from './types.js';

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
    const verdict = errataVerdict(finding, errata);
    if (verdict.excused) report.deviations.push(finding);
    else report.misses.push({ ...finding, problem: finding.problem + verdict.note });
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
          const { problems, errata, bounded } = rowProblems(spec, row, view, 'seed');
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
