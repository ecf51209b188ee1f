/**
 * Child process of the generate case: runs the pipeline of `npm run generate -- --check` step by
 * step with the framework's own functions and prints how long each step took, as JSON on stdout.
 * Writes nothing to generated/.
 */
import { performance } from 'node:perf_hooks';
import { bundleSpec } from '../../generators/framework/bundle.js';
import { compileGenerated } from '../../generators/framework/compile.js';
import { formatFile } from '../../generators/framework/format.js';
import { generators } from '../../generators/registry.js';

const phases: Record<string, number> = {};
const add = (name: string, ms: number) => (phases[name] = (phases[name] ?? 0) + ms);

let t = performance.now();
const spec = await bundleSpec();
add('bundle (redocly child process)', performance.now() - t);

const sources = new Map<string, string>();
for (const generator of generators) {
  t = performance.now();
  const files = await generator.generate(spec);
  add(`generator ${generator.name}`, performance.now() - t);
  t = performance.now();
  for (const file of files) {
    sources.set(
      file.path,
      file.formatted ? file.contents : await formatFile(file.path, file.contents),
    );
  }
  add('prettier (files not already formatted)', performance.now() - t);
}
t = performance.now();
await compileGenerated(sources);
add('compile of generated/src (esbuild JS + TypeScript declarations, file by file)', performance.now() - t);

process.stdout.write(JSON.stringify(phases));
