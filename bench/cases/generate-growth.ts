/**
 * The second half of case 7 (issue 15): how `npm run generate -- --no-cache` grows with the
 * number of operations. bench/support/synthetic-spec.ts makes specs with 10 and 30 times the
 * operations of the real one (renamed copies of its paths, webhooks, schemas and examples); a
 * child process generates each in memory (every generator and its spec checks, prettier, the
 * compile; the Redocly bundle is the input, so it is not part of the figure) under GNU time.
 *
 * How linearity is judged: time and memory are a fixed cost plus a per-operation cost when they
 * grow linearly, so going from 10x to 30x may multiply them by at most 30/10 = 3; more than 3
 * means the cost per operation itself grows. Time is CPU time (user + system): on a shared
 * machine wall time also counts the others' load. The slope (CPU seconds per operation) is the
 * least-squares fit over the three sizes.
 */
import path from 'node:path';
import { measureSpawn } from '../support/spawn.js';
import { repoRoot } from '../support/spec.js';
import { significant } from '../support/stats.js';
import type { CaseResult } from '../support/types.js';

const FACTORS = [1, 10, 30] as const;

interface Point {
  factor: number;
  operations: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
}

async function measure(factor: number): Promise<Point> {
  const m = await measureSpawn(
    path.join(repoRoot, 'node_modules/.bin/tsx'),
    ['bench/support/growth-child.ts', String(factor)],
    { cwd: repoRoot },
  );
  if (m.code !== 0) throw new Error(`generate at ${factor}x failed: ${m.stderr.slice(-500)}`);
  if (m.cpuMs === undefined || m.maxRssKiB === undefined) {
    throw new Error('the growth curve needs GNU time (/usr/bin/time) for CPU time and peak RSS');
  }
  const { operations } = JSON.parse(m.stdout) as { operations: number };
  return {
    factor,
    operations,
    wallSeconds: significant(m.wallMs / 1000, 3),
    cpuSeconds: significant(m.cpuMs / 1000, 3),
    peakRssMiB: significant(m.maxRssKiB / 1024, 3),
  };
}

/** Least-squares line y = a + b x. */
function fit(xs: readonly number[], ys: readonly number[]): { fixed: number; slope: number } {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i += 1) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  const slope = sxy / sxx;
  return { fixed: my - slope * mx, slope };
}

export async function run(): Promise<CaseResult[]> {
  const points: Point[] = [];
  for (const factor of FACTORS) points.push(await measure(factor));
  const at = (factor: number) => points.find((p) => p.factor === factor)!;
  const ops = points.map((p) => p.operations);
  const time = fit(
    ops,
    points.map((p) => p.cpuSeconds),
  );
  const memory = fit(
    ops,
    points.map((p) => p.peakRssMiB),
  );
  const details = {
    points,
    cpuSecondsPerOperation: significant(time.slope, 3),
    cpuSecondsFixed: significant(time.fixed, 3),
    peakRssMiBPerOperation: significant(memory.slope, 3),
    peakRssMiBFixed: significant(memory.fixed, 3),
  };
  const method =
    `one spawned run per size (${FACTORS.join('x, ')}x: ${ops.join(', ')} operations); ` +
    `least-squares slope ${significant(time.slope * 1000, 3)} ms CPU and ` +
    `${significant(memory.slope, 3)} MiB per operation`;
  const row = (
    name: string,
    unit: string,
    value: (p: Point) => number,
    what: string,
  ): CaseResult => {
    const ratio = value(at(30)) / value(at(10));
    return {
      name,
      subject: `${what}, spec grown 30x (${at(30).operations} operations)`,
      baselineName: `the same, spec grown 10x (${at(10).operations} operations)`,
      unit,
      value: value(at(30)),
      baseline: value(at(10)),
      ratio: significant(ratio, 3),
      goal: 'ratio <= 3 (no faster than linear: 30/10 operations)',
      goalRatio: 3,
      met: ratio <= 3,
      method,
      details,
    };
  };
  return [
    row('generate-growth/cpu-30x-vs-10x', 's', (p) => p.cpuSeconds, 'generate --no-cache CPU time'),
    row(
      'generate-growth/rss-30x-vs-10x',
      'MiB',
      (p) => p.peakRssMiB,
      'generate --no-cache peak RSS',
    ),
  ];
}
