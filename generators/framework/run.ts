import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { bundleSpec } from './bundle.js';
import { hashOf, packageVersion, StepCache } from './cache.js';
import { inputFingerprint } from './inputs.js';
import { GenerateError } from './errors.js';
import { FormatWorker } from './format.js';
import { apiModel } from '../model/index.js';
import { syncGenerated, type SyncResult } from './sync.js';
import type { BundledSpec, Generator } from './types.js';

export interface RunSummary extends SyncResult {
  files: number;
  operations: number;
  webhooks: number;
  schemas: number;
  milliseconds: number;
}

const executables = new Set(['dist/lianlian.js', 'dist/sandbox.js']);

/**
 * Produces every generated file from the spec in memory: generate, format, compile. Formatting
 * and compiling are the slow steps, so they run at the same time: prettier on a worker thread, the
 * compile of the generators' unformatted sources on this one (esbuild and TypeScript print their
 * own layout either way). With `useCache` their results are reused when their inputs are
 * unchanged (keys hash the inputs and tool versions, so the output is the same either way). A
 * `formatter` given by the caller stays the caller's to close.
 */
export async function produce(
  spec: BundledSpec,
  generators: Generator[],
  useCache = false,
  progress: (phase: string) => void = () => {},
  formatter?: FormatWorker,
): Promise<Map<string, { contents: string; executable?: boolean }>> {
  if (formatter) return produceWith(spec, generators, useCache, progress, formatter);
  const own = new FormatWorker();
  try {
    return await produceWith(spec, generators, useCache, progress, own);
  } finally {
    await own.close();
  }
}

async function produceWith(
  spec: BundledSpec,
  generators: Generator[],
  useCache: boolean,
  progress: (phase: string) => void,
  formatter: FormatWorker,
): Promise<Map<string, { contents: string; executable?: boolean }>> {
  const formatCache = new StepCache<string>('format', useCache);
  const compileCache = new StepCache<Record<string, string>>('compile', useCache);
  await Promise.all([formatCache.load(), compileCache.load()]);
  const sources = new Map<string, string>();
  const formatted = new Map<string, Promise<string>>();
  progress(`generating (${generators.length} generators), formatting alongside`);
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
      sources.set(file.path, file.contents);
      const text = file.formatted
        ? Promise.resolve(file.contents)
        : file.statements
          ? formatter.formatStatements(file.path, file.statements, formatCache)
          : formatter.format(file.path, file.contents, formatCache);
      text.catch(() => {}); // awaited below; a failure must not go unhandled meanwhile
      formatted.set(file.path, text);
    }
  }
  // The key holds everything the compile's output depends on: the two compilers' versions, the
  // compile step's own code, and the sources (tsconfig.json among them). Compiled file by file, the
  // output no longer reads installed packages' types, so the lockfile is not part of it.
  const compileKey = hashOf(
    await packageVersion('typescript'),
    await packageVersion('esbuild'),
    await readFile(new URL('./compile.ts', import.meta.url), 'utf8'),
    ...[...sources].sort(([a], [b]) => (a < b ? -1 : 1)).flat(),
  );
  let compiled = compileCache.get(compileKey);
  if (!compiled) {
    progress('compiling generated/src to dist/ while prettier formats');
    const { compileGenerated } = await import('./compile.js'); // TypeScript loads slowly
    compiled = Object.fromEntries(await compileGenerated(sources));
    compileCache.set(compileKey, compiled);
  }
  const all = new Map<string, { contents: string; executable?: boolean }>();
  for (const [path, text] of formatted) all.set(path, { contents: await text });
  await Promise.all([formatCache.save(), compileCache.save()]);
  for (const [path, contents] of Object.entries(compiled)) {
    all.set(path, { contents, executable: executables.has(path) });
  }
  return all;
}

type Produced = Record<string, { contents: string; executable?: boolean }>;
interface Counts {
  operations: number;
  webhooks: number;
  schemas: number;
}

/**
 * Bundles, generates, formats and compiles, then makes generated/ match (or, with `check`,
 * reports where it does not). With the cache on, a run whose inputs (spec, generators,
 * templates, settings, lockfile) are byte-for-byte those of an earlier run reuses that run's
 * output without loading the toolchain; `test/generators/determinism.test.ts` holds every path to
 * the same bytes.
 */
export async function run(options: {
  check: boolean;
  cache: boolean;
  /** Called as each slow phase starts; an up-to-date run has none. */
  progress?: (phase: string) => void;
}): Promise<RunSummary> {
  const progress = options.progress ?? (() => {});
  const started = performance.now();
  const outputs = new StepCache<{ files: Produced; counts: Counts }>('outputs', options.cache);
  const [fingerprint] = await Promise.all([inputFingerprint(), outputs.load()]);
  let result = outputs.get(fingerprint);
  if (!result) {
    // Started first: the worker loads prettier while this thread bundles.
    const formatter = new FormatWorker();
    try {
      progress('bundling spec/ with Redocly');
      // The generators pull in TypeScript, ts-morph and openapi-typescript, which an up-to-date
      // run never needs: loaded here, while Redocly bundles in its own process.
      const [spec, { generators }] = await Promise.all([bundleSpec(), import('../registry.js')]);
      const model = apiModel(spec);
      result = {
        files: Object.fromEntries(
          await produce(spec, generators, options.cache, progress, formatter),
        ),
        counts: {
          operations: model.operations.length,
          webhooks: model.webhooks.length,
          schemas: Object.keys(spec.components?.schemas ?? {}).length,
        },
      };
    } finally {
      await formatter.close();
    }
    outputs.set(fingerprint, result);
    await outputs.save();
  }
  const files = new Map(Object.entries(result.files));
  const sync = await syncGenerated(files, options.check);
  return {
    ...sync,
    ...result.counts,
    files: files.size,
    milliseconds: Math.round(performance.now() - started),
  };
}
