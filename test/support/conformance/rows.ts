import { propertyFacts, schemaName, type JsonObject, type ObjectView } from '../spec.js';

/**
 * What a documented table row says about a field, whether it comes from a seed page or a docs
 * page: the seed and docs conformance checks share these row checks and the errata rule.
 */
export interface RowClaim {
  name: string;
  required: boolean;
  type: string;
  maxLength?: number;
}

/** A difference between one row and one schema; `errata` are the ids cited on the way to it. */
export interface RowFinding {
  row: string;
  schema: string;
  problem: string;
  errata: string[];
}

export interface RowCheck {
  problems: string[];
  errata: string[];
  /** String(n) agrees only because every allowed value (const/enum) is at most n long. */
  bounded: boolean;
}

/**
 * Checks one row against one object schema: the field exists, Required/Optional agrees, the type
 * agrees, and String(n) equals maxLength (or every const/enum value is at most n long). `source`
 * names the document kind in the messages.
 */
export function rowProblems(
  spec: JsonObject,
  row: RowClaim,
  view: ObjectView,
  source: 'seed' | 'doc',
): RowCheck {
  const location = view.properties.get(row.name);
  if (!location) return { problems: ['property missing'], errata: view.errata, bounded: false };
  const facts = propertyFacts(spec, location.pointer);
  const errata = [...new Set([...facts.errata, ...location.holderErrata])];
  const problems: string[] = [];
  const required = view.required.has(row.name);
  if (row.required !== required) {
    problems.push(
      row.required
        ? `${source}: Required, schema: not required`
        : `${source}: Optional, schema: required`,
    );
  }
  if (!facts.types.includes(row.type)) {
    problems.push(`${source} type ${row.type}, schema type ${facts.types.join('|') || 'none'}`);
  }
  let bounded = false;
  if (row.maxLength !== undefined && facts.maxLength !== row.maxLength) {
    const values = facts.values;
    bounded =
      facts.maxLength === undefined &&
      values !== undefined &&
      values.every((value) => typeof value === 'string' && value.length <= (row.maxLength ?? 0));
    if (!bounded) {
      problems.push(
        `${source} String(${row.maxLength}), schema maxLength ${facts.maxLength ?? 'none'}`,
      );
    }
  }
  return { problems, errata, bounded };
}

/**
 * The values a row's description lists that none of `views` allows: a table that describes
 * several branches (success and paid) states values across them, so one branch per value will
 * do. Undefined when every value is allowed (or none is listed, or no view has the field). The
 * errata are those of the field in every view that has it.
 */
export function statedValueProblem(
  spec: JsonObject,
  row: { name: string; statedValues: readonly string[] },
  views: readonly ObjectView[],
  source: 'seed' | 'doc',
): { problem: string; errata: string[]; schema: string } | undefined {
  if (row.statedValues.length === 0) return undefined;
  const holders = views.filter((view) => view.properties.has(row.name));
  if (holders.length === 0) return undefined;
  const allowed = new Set<unknown>();
  const errata = new Set<string>();
  let open = false;
  for (const view of holders) {
    const location = view.properties.get(row.name);
    if (!location) continue;
    const facts = propertyFacts(spec, location.pointer);
    if (facts.values === undefined) open = true;
    for (const value of facts.values ?? []) allowed.add(value);
    for (const id of [...facts.errata, ...location.holderErrata]) errata.add(id);
  }
  const missing = row.statedValues.filter((value) => !allowed.has(value));
  if (missing.length === 0) return undefined;
  return {
    problem: open
      ? `${source} states values ${row.statedValues.join('/')}, schema has no enum/const`
      : `${source} states ${missing.join('/')}, no schema's enum/const allows it`,
    errata: [...errata],
    schema: holders.map((view) => schemaName(view.pointer)).join(' '),
  };
}

/**
 * Whether the errata excuse a finding: it cites ids that all exist in spec/errata.md, and one of
 * the cited entries names the row's field. Otherwise the note to append to the problem.
 */
export function errataVerdict(
  finding: Pick<RowFinding, 'row' | 'errata'>,
  errata: ReadonlyMap<string, string>,
): { excused: true } | { excused: false; note: string } {
  const unknown = finding.errata.filter((id) => !errata.has(id));
  const relevant = finding.errata.some((id) => errata.get(id)?.includes(finding.row));
  if (finding.errata.length > 0 && unknown.length === 0 && relevant) return { excused: true };
  const note =
    finding.errata.length === 0
      ? ''
      : unknown.length > 0
        ? ` (cites ${unknown.join(', ')}, not in errata.md)`
        : ` (no cited errata mentions ${finding.row})`;
  return { excused: false, note };
}
