import { performance } from 'node:perf_hooks';
import { bundleSpec } from './bundle.js';
import { hashOf, packageVersion, StepCache } from './cache.js';
import { compileGenerated } from './compile.js';
import { GenerateError } from './errors.js';
import { formatFile } from './format.js';
import { operations } from './spec-walk.js';
import { syncGenerated, type SyncResult } from './sync.js';
import type { BundledSpec, Generator } from './types.js';

export interface RunSummary extends SyncResult {
  files: number;
  operations: number;
  webhooks: number;
  schemas: number;
  milliseconds: number;
}

const executables = new Set(['dist/runtime/cli.js', 'dist/sandbox.js']);

/**
 * Produces every generated file from the spec in memory: generate, format, compile. Formatting
 * and compiling are the slow steps; with `useCache` their results are reused when their inputs
 * are unchanged (keys hash the inputs and tool versions, so the output is the same either way).
 */
export async function produce(
  spec: BundledSpec,
  generators: Generator[],
  useCache = false,
): Promise<Map<string, { contents: string; executable?: boolean }>> {
  const formatCache = new StepCache<string>('format', useCache);
  const compileCache = new StepCache<Record<string, string>>('compile', useCache);
  await Promise.all([formatCache.load(), compileCache.load()]);
  const sources = new Map<string, string>();
  for (const generator of generators) {
    let files;
    try {
      files = await generator.generate(spec);
    } catch (error) {
      if (error instanceof GenerateError) throw error;
      throw new GenerateError(
        'GENERATOR_FAILED',
        `generator "${generator.name}"`,
        (error as Error).message,
      );
    }
    for (const file of files) {
      if (sources.has(file.path)) {
        throw new GenerateError(
          'GENERATOR_FAILED',
          `generator "${generator.name}"`,
          `${file.path} is written twice`,
        );
      }
      sources.set(file.path, await formatFile(file.path, file.contents, formatCache));
    }
  }
  const compileKey = hashOf(
    await packageVersion('typescript'),
    ...[...sources].sort(([a], [b]) => (a < b ? -1 : 1)).flat(),
  );
  let compiled = compileCache.get(compileKey);
  if (!compiled) {
    compiled = Object.fromEntries(compileGenerated(sources));
    compileCache.set(compileKey, compiled);
  }
  await Promise.all([formatCache.save(), compileCache.save()]);

  const all = new Map<string, { contents: string; executable?: boolean }>();
  for (const [path, contents] of sources) all.set(path, { contents });
  for (const [path, contents] of Object.entries(compiled)) {
    all.set(path, { contents, executable: executables.has(path) });
  }
  return all;
}

export async function run(
  generators: Generator[],
  options: { check: boolean; cache: boolean },
): Promise<RunSummary> {
  const started = performance.now();
  const spec = await bundleSpec();
  const files = await produce(spec, generators, options.cache);
  const sync = await syncGenerated(files, options.check);
  const ops = operations(spec);
  return {
    ...sync,
    files: files.size,
    operations: ops.filter((o) => o.kind === 'operation').length,
    webhooks: ops.filter((o) => o.kind === 'webhook').length,
    schemas: Object.keys(spec.components?.schemas ?? {}).length,
    milliseconds: Math.round(performance.now() - started),
  };
}
