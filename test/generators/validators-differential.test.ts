import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../generators/framework/paths.js';
import * as generated from '../../generated/src/validators.js';
import { SchemaArbitraries } from '../support/validators-arbitraries.js';
import { buildValidators, type BuiltValidators } from '../support/validators-build.js';
import { compareWithAjv, type DifferentialCounts } from '../support/validators-differential.js';
import { fixtureSpec } from '../support/validators-fixture.js';
import { Oracle } from '../support/validators-oracle.js';

// At least 2,000 inputs per schema: 1,000 generated valid values and 1,000 single mutations.
const RUNS = { valid: 1000, nearValid: 1000 };

function expectAgreement(counts: DifferentialCounts): void {
  const line =
    `${counts.schema.padEnd(30)} valid ${counts.valid}  near-valid ${counts.nearValid} ` +
    `(accepted ${counts.nearValidAccepted}, rejected ${counts.nearValidRejected})  disagreements ${counts.disagreements.length}`;
  // One line per schema: a table a passing run need not print.
  if (process.env.LIANLIAN_TEST_VERBOSE === '1') console.log(line);
  expect(counts.valid).toBe(RUNS.valid);
  expect(counts.nearValid).toBe(RUNS.nearValid);
  expect(
    counts.invalidGenerated.slice(0, 3),
    'the valid arbitrary produced values Ajv rejects',
  ).toEqual([]);
  expect(counts.disagreements.slice(0, 3), 'verdicts differ from Ajv').toEqual([]);
  expect(counts.inconsistencies.slice(0, 3), 'validate<Schema> and is<Schema> disagree').toEqual(
    [],
  );
  // Mutations must yield both verdicts in numbers, or the near-valid set tests nothing.
  expect(counts.nearValidRejected, 'near-valid inputs rejected').toBeGreaterThanOrEqual(
    counts.nearValid * 0.2,
  );
  expect(counts.nearValidAccepted, 'near-valid inputs accepted').toBeGreaterThanOrEqual(
    counts.nearValid * 0.03,
  );
}

function run(spec: Record<string, any>, module: Record<string, any>, schemas: string[]) {
  const oracle = new Oracle(spec);
  const shared = { oracle, arbitraries: new SchemaArbitraries(spec, oracle) };
  schemas.forEach((schema, i) => {
    it(`${schema}: generated validator agrees with Ajv on ${RUNS.valid + RUNS.nearValid} inputs`, () => {
      expectAgreement(compareWithAjv(spec, module, schema, { ...RUNS, seed: 4242 + i }, shared));
    });
  });
}

describe('differential: LianLian spec (generated/src/validators.ts) vs Ajv 2020', async () => {
  const spec = JSON.parse(await readFile(path.join(repoRoot, 'generated/openapi.json'), 'utf8'));
  run(spec, generated, Object.keys(generated.validatorsBySchema));
});

describe('differential: keyword fixture vs Ajv 2020', async () => {
  const spec = fixtureSpec() as Record<string, any>;
  let built: BuiltValidators | undefined;
  const module: Record<string, any> = {};
  beforeAll(async () => {
    built = await buildValidators(fixtureSpec());
    Object.assign(module, built.module);
  });
  it('the fixture module compiles under strict + noUncheckedIndexedAccess', () => {
    expect(built!.diagnostics).toEqual([]);
  });
  run(
    spec,
    module,
    Object.keys(spec.components.schemas).filter((n) => !['Amount', 'Code', 'CardNo'].includes(n)),
  );
});
