/**
 * Child process of the generate-growth case: `tsx bench/support/growth-child.ts <factor>` grows
 * generated/openapi.json (the bundle) `factor` times and runs the whole generation on it in
 * memory, as `npm run generate -- --no-cache` does after bundling: every generator with its spec
 * checks, prettier, the compile. Writes nothing; prints the counts and the size of the output.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { produce } from '../../generators/framework/run.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { apiModel } from '../../generators/model/index.js';
import { generators } from '../../generators/registry.js';
import { repoRoot } from './spec.js';
import { syntheticSpec } from './synthetic-spec.js';

const factor = Number(process.argv[2]);
const bundle = JSON.parse(
  await readFile(path.join(repoRoot, 'generated/openapi.json'), 'utf8'),
) as BundledSpec;
const spec = syntheticSpec(bundle, factor);
const model = apiModel(spec);
const files = await produce(spec, generators, false);
let bytes = 0;
for (const file of files.values()) bytes += Buffer.byteLength(file.contents);
process.stdout.write(
  JSON.stringify({
    operations: model.operations.length,
    webhooks: model.webhooks.length,
    files: files.size,
    bytes,
  }),
);
