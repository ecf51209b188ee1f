import { performance } from 'node:perf_hooks';
import { bundleSpec } from './bundle.js';
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

/** Produces every generated file from the spec in memory: generate, format, compile. */
export async function produce(
  spec: BundledSpec,
  generators: Generator[],
): Promise<Map<string, { contents: string; executable?: boolean }>> {
  const sources = new Map<string, string>();
  for (const generator of generators) {
    let files;
    try {
      files = await generator.generate(spec);
    } catch (error) {
      if (error instanceof GenerateError) throw error;
      throw new GenerateError('GENERATOR_FAILED', `generator "${generator.name}"`, (error as Error).message);
    }
    for (const file of files) {
      if (sources.has(file.path)) {
        throw new GenerateError('GENERATOR_FAILED', `generator "${generator.name}"`, `${file.path} is written twice`);
      }
      sources.set(file.path, await formatFile(file.path, file.contents));
    }
  }
  const all = new Map<string, { contents: string; executable?: boolean }>();
  for (const [path, contents] of sources) all.set(path, { contents });
  for (const [path, contents] of compileGenerated(sources)) {
    all.set(path, { contents, executable: executables.has(path) });
  }
  return all;
}

export async function run(generators: Generator[], check: boolean): Promise<RunSummary> {
  const started = performance.now();
  const spec = await bundleSpec();
  const files = await produce(spec, generators);
  const sync = await syncGenerated(files, check);
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
