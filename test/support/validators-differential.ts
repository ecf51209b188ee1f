import fc from 'fast-check';
import { SchemaArbitraries } from './validators-arbitraries.js';
import { Oracle } from './validators-oracle.js';

export interface DifferentialCounts {
  schema: string;
  valid: number;
  nearValid: number;
  nearValidAccepted: number;
  nearValidRejected: number;
  disagreements: { value: unknown; mutation: string; ours: boolean; ajv: boolean }[];
  /** validate<Schema>().ok disagreeing with is<Schema>(), or a failure without issues. */
  inconsistencies: unknown[];
  /** Values of the valid arbitrary that Ajv rejects (a broken arbitrary, not a validator bug). */
  invalidGenerated: unknown[];
}

/**
 * Runs one schema through the differential comparison: `valid` generated values and `nearValid`
 * single mutations, each judged by the generated validator and by Ajv.
 */
export function compareWithAjv(
  spec: Record<string, any>,
  module: Record<string, any>,
  schema: string,
  runs: { valid: number; nearValid: number; seed: number },
  shared?: { oracle: Oracle; arbitraries: SchemaArbitraries },
): DifferentialCounts {
  const oracle = shared?.oracle ?? new Oracle(spec);
  const arbitraries = shared?.arbitraries ?? new SchemaArbitraries(spec, oracle);
  const validate = module[`validate${schema}`] as (v: unknown) => {
    ok: boolean;
    issues?: unknown[];
  };
  const is = module[`is${schema}`] as (v: unknown) => boolean;
  const node = arbitraries.schema(schema);
  const counts: DifferentialCounts = {
    schema,
    valid: 0,
    nearValid: 0,
    nearValidAccepted: 0,
    nearValidRejected: 0,
    disagreements: [],
    inconsistencies: [],
    invalidGenerated: [],
  };
  const judge = (value: unknown, mutation: string): boolean => {
    const result = validate(value);
    if (result.ok !== is(value) || (!result.ok && !(result.issues && result.issues.length > 0))) {
      counts.inconsistencies.push(value);
    }
    const ajv = oracle.schema(schema, value);
    if (result.ok !== ajv) counts.disagreements.push({ value, mutation, ours: result.ok, ajv });
    return ajv;
  };
  for (const value of fc.sample(arbitraries.valid(node), {
    numRuns: runs.valid,
    seed: runs.seed,
  })) {
    counts.valid++;
    if (!judge(value, 'none')) counts.invalidGenerated.push(value);
  }
  for (const { value, mutation } of fc.sample(arbitraries.nearValid(node), {
    numRuns: runs.nearValid,
    seed: runs.seed + 1,
  })) {
    counts.nearValid++;
    if (judge(value, mutation)) counts.nearValidAccepted++;
    else counts.nearValidRejected++;
  }
  return counts;
}
