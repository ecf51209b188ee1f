// Property checks shared between objects (generators/validators/shared-properties.ts) change no
// verdict and no issue: the package's validators are compared with the same spec's validators
// emitted with every property check inline, on every spec example and on generated valid values
// and single mutations of them, schema by schema.
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../generators/framework/paths.js';
import { loadModel } from '../../generators/model/index.js';
import * as shared from '../../generated/src/validators.js';
import { SchemaArbitraries } from '../support/validators-arbitraries.js';
import { buildValidators } from '../support/validators-build.js';
import { Oracle } from '../support/validators-oracle.js';

const RUNS = 300;
const schemas = Object.keys(shared.validatorsBySchema);
type Validate = (v: unknown) => unknown;

describe('validators with shared property checks vs every check inline', async () => {
  const spec = JSON.parse(await readFile(path.join(repoRoot, 'generated/openapi.json'), 'utf8'));
  const arbitraries = new SchemaArbitraries(spec, new Oracle(spec));
  let inline: Record<string, any> = {};
  beforeAll(async () => {
    const built = await buildValidators(spec, { shareProperties: false });
    expect(built.diagnostics).toEqual([]);
    // The sharing is real: the inline module is the larger one.
    const ownSource = await readFile(path.join(repoRoot, 'generated/src/validators.ts'), 'utf8');
    expect(ownSource.length).toBeLessThan(built.source.length);
    inline = built.module;
  }, 300_000);

  it('every spec example gets the same result', () => {
    const examples = loadModel().all.flatMap((op) => op.examples);
    let compared = 0;
    for (const e of examples) {
      if (e.schema === undefined || !schemas.includes(e.schema)) continue;
      const name = `validate${e.schema}`;
      expect((shared as unknown as Record<string, Validate>)[name]!(e.value), `${e.ref}`).toEqual(
        (inline[name] as Validate)(e.value),
      );
      compared += 1;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it.each(schemas)('%s: same verdict and issues on generated and mutated values', (schema) => {
    const node = arbitraries.schema(schema);
    const ours = (shared as unknown as Record<string, Validate>)[`validate${schema}`]!;
    const theirs = inline[`validate${schema}`] as Validate;
    fc.assert(
      fc.property(
        fc.oneof(
          arbitraries.valid(node),
          arbitraries.nearValid(node).map((m: { value: unknown }) => m.value),
        ),
        (value) => {
          expect(ours(value)).toEqual(theirs(value));
        },
      ),
      { numRuns: RUNS, seed: 77 },
    );
  });
});
