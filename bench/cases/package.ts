/**
 * The generated package as a consumer gets it (issue 15): its size, the time to import it, and
 * what a bundler keeps of it.
 *
 * - Size: `npm pack --dry-run --json` in generated/ (the files package.json lists), packed and
 *   unpacked.
 * - Import: a fresh `node` that imports the package (ESM `import`, and CommonJS `require`, which
 *   Node 20.19+ allows for ES modules) against one that imports a one-line module the same way;
 *   both spawned, interleaved, medians.
 * - Tree-shaking: esbuild (a devDependency for this measurement and its test) bundles a consumer
 *   that calls one operation through its one-operation client (`create<Operation>Client`), one
 *   that calls it through `createLianLianClient` (which holds every operation), and one that uses
 *   every export; minified, for Node. Each operation table names its operation, so counting the
 *   other operations' ids in a bundle shows whether their code came along.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { loadModel } from '../../generators/model/index.js';
import { measureSpawn } from '../support/spawn.js';
import { repoRoot } from '../support/spec.js';
import { median, significant } from '../support/stats.js';
import type { CaseResult } from '../support/types.js';

const REPETITIONS = 10;

/** A row that gives scale only: the ratio and rounding computed here. */
const contextRow = (
  row: Pick<CaseResult, 'name' | 'subject' | 'baselineName' | 'unit' | 'value' | 'baseline'> &
    Pick<CaseResult, 'method' | 'details'>,
): CaseResult => ({
  ...row,
  value: significant(row.value, 3),
  baseline: significant(row.baseline, 3),
  ratio: significant(row.value / row.baseline, 3),
  goal: 'context',
  goalRatio: null,
  met: null,
});
const generatedDir = path.join(repoRoot, 'generated');
const entry = path.join(generatedDir, 'dist/index.js');

async function packedSize(): Promise<{ size: number; unpackedSize: number; entryCount: number }> {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json'], {
    cwd: generatedDir,
  });
  const [report] = JSON.parse(stdout) as {
    size: number;
    unpackedSize: number;
    entryCount: number;
  }[];
  return report!;
}

async function importTimes(tmp: string): Promise<CaseResult[]> {
  const trivial = path.join(tmp, 'trivial.mjs');
  await writeFile(trivial, 'export const one = 1;\n');
  const forms = [
    { kind: 'esm', code: (file: string) => `await import(${JSON.stringify(file)});` },
    { kind: 'cjs', code: (file: string) => `require(${JSON.stringify(file)});` },
  ];
  const results: CaseResult[] = [];
  for (const form of forms) {
    const args = (file: string) =>
      form.kind === 'esm'
        ? ['--input-type=module', '-e', form.code(file)]
        : ['--input-type=commonjs', '-e', form.code(file)];
    const subject: number[] = [];
    const baseline: number[] = [];
    for (let rep = -1; rep < REPETITIONS; rep += 1) {
      for (const [file, into] of [
        [entry, subject],
        [trivial, baseline],
      ] as const) {
        const m = await measureSpawn(process.execPath, args(file), { cwd: tmp });
        if (m.code !== 0) throw new Error(`import (${form.kind}) failed: ${m.stderr.slice(-300)}`);
        if (rep >= 0) into.push(m.wallMs);
      }
    }
    results.push(
      contextRow({
        name: `package/import-${form.kind}`,
        subject: `node -e '${form.kind === 'esm' ? 'await import' : 'require'}(lianlian-client)', whole process`,
        baselineName: 'the same importing a one-line module',
        unit: 'ms',
        value: median(subject),
        baseline: median(baseline),
        method: `${REPETITIONS} spawned runs each, interleaved, after one warm-up; medians`,
      }),
    );
  }
  return results;
}

/** Minified bundle of `source` (an ES module importing the package by path). */
async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    minify: true,
    write: false,
    logLevel: 'silent',
    // openapi-fetch is the package's one dependency; it is bundled too, as a consumer would.
  });
  return result.outputFiles[0]!.text;
}

async function treeShaking(): Promise<CaseResult[]> {
  const all = await bundle(`export * from ${JSON.stringify(entry)};\n`);
  // Strings survive minification: each operation table holds `operationId:"mpayApply"`.
  const named = (id: string, text: string) => text.includes(`operationId:${JSON.stringify(id)}`);
  const ids = loadModel()
    .operations.map((op) => op.id)
    .filter((id) => named(id, all));
  const chosen = ids[0]!;
  const factory = `create${chosen.charAt(0).toUpperCase()}${chosen.slice(1)}Client`;
  const one = await bundle(
    `import { ${factory} } from ${JSON.stringify(entry)};\n` +
      `export const call = (config, params) => ${factory}(config).${chosen}(params);\n`,
  );
  const whole = await bundle(
    `import { createLianLianClient } from ${JSON.stringify(entry)};\n` +
      `export const call = (config, params) => createLianLianClient(config).${chosen}(params);\n`,
  );
  const others = (text: string) => ids.filter((id) => id !== chosen && named(id, text)).length;
  // Goal: the one-operation bundle is the shared runtime plus about one operation's share.
  const goal = significant(1.5 / ids.length + 0.1, 2);
  const method = `esbuild ${(await import('esbuild')).version}, format esm, platform node, minify`;
  const row = (name: string, subject: string, text: string): CaseResult =>
    contextRow({
      name,
      subject,
      baselineName: 'esbuild bundle of every export (minified)',
      unit: 'KiB',
      value: text.length / 1024,
      baseline: all.length / 1024,
      method,
      details: { otherOperationsInBundle: others(text), of: ids.length - 1 },
    });
  return [
    {
      ...row(
        'package/one-operation-bundle',
        `esbuild bundle calling ${chosen} through ${factory} (minified)`,
        one,
      ),
      goal: `ratio <= ${goal} (shared runtime + 1.5 of ${ids.length} operations' share)`,
      goalRatio: goal,
      met: one.length / all.length <= goal && others(one) === 0,
    },
    row(
      'package/full-client-bundle',
      `esbuild bundle calling ${chosen} through createLianLianClient (minified)`,
      whole,
    ),
  ];
}

export async function run(): Promise<CaseResult[]> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'lianlian-bench-package-'));
  try {
    const size = await packedSize();
    const sizeRow = contextRow({
      name: 'package/size',
      subject: 'lianlian-client packed (npm pack)',
      baselineName: 'unpacked',
      unit: 'KiB',
      value: size.size / 1024,
      baseline: size.unpackedSize / 1024,
      method: `npm pack --dry-run --json in generated/; ${size.entryCount} files`,
    });
    return [sizeRow, ...(await importTimes(tmp)), ...(await treeShaking())];
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
