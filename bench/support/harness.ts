/**
 * Interleaved timing of a subject against its baseline in one process.
 *
 * Both run in alternating timed batches (baseline first in even rounds, subject first in odd
 * ones), so drift from other work on the machine, CPU frequency and GC hits both alike. Each
 * round yields one per-operation time for each and their ratio; rounds continue until the 95%
 * relative margin of error of the paired ratios falls below the target (or the time budget is
 * spent, which is reported). The figures reported are medians.
 */
import { performance } from 'node:perf_hooks';
import { median, relativeMarginOfError } from './stats.js';

export type Operation = () => unknown;
export type AsyncOperation = () => Promise<unknown>;

export interface CompareOptions {
  /** Target duration of one timed batch. */
  batchMs?: number;
  warmupMs?: number;
  minRounds?: number;
  maxRounds?: number;
  /** Stop once the relative margin of error of the paired ratios is below this. */
  targetRme?: number;
  /** Give up refining after this long; the result is then marked unstable if rme > 2%. */
  budgetMs?: number;
}

export interface Comparison {
  /** Median time of one subject operation, in nanoseconds. */
  subjectNs: number;
  /** Median time of one baseline operation, in nanoseconds. */
  baselineNs: number;
  /** Median of the per-round ratios subject / baseline. */
  ratio: number;
  /** 95% relative margin of error of the mean paired ratio. */
  rme: number;
  rounds: number;
  /** Operations per timed batch (subject, baseline). */
  batch: [number, number];
  stable: boolean;
}

const DEFAULTS: Required<CompareOptions> = {
  batchMs: 20,
  warmupMs: 400,
  minRounds: 15,
  maxRounds: 400,
  targetRme: 0.01,
  budgetMs: 12_000,
};

/** Keeps results observable so the JIT cannot drop the work. */
let sink: unknown;
export function consume(value: unknown): void {
  sink = value;
}
export function lastConsumed(): unknown {
  return sink;
}

function timeSync(op: Operation, n: number): number {
  const start = performance.now();
  for (let i = 0; i < n; i += 1) sink = op();
  return performance.now() - start;
}

async function timeAsync(op: AsyncOperation, n: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i += 1) sink = await op();
  return performance.now() - start;
}

async function timeBatch(op: Operation | AsyncOperation, n: number, isAsync: boolean) {
  return isAsync ? timeAsync(op as AsyncOperation, n) : timeSync(op as Operation, n);
}

/**
 * Operations per batch so that one batch takes about `batchMs`: grow the batch during warm-up,
 * then size it from the median of a few timed batches (one slow batch must not skew it).
 */
async function calibrate(
  op: Operation | AsyncOperation,
  isAsync: boolean,
  warmupMs: number,
  batchMs: number,
): Promise<number> {
  let n = 1;
  let spent = 0;
  while (spent < warmupMs) {
    const ms = await timeBatch(op, n, isAsync);
    spent += ms;
    if (ms < batchMs / 4) n *= 2;
  }
  const perOp: number[] = [];
  for (let i = 0; i < 5; i += 1) perOp.push((await timeBatch(op, n, isAsync)) / n);
  return Math.max(1, Math.round(batchMs / median(perOp)));
}

export async function compare(
  subject: Operation | AsyncOperation,
  baseline: Operation | AsyncOperation,
  options: CompareOptions & { async?: boolean } = {},
): Promise<Comparison> {
  const o = { ...DEFAULTS, ...options };
  const isAsync = options.async === true;
  // Warm both up in turn, twice, so neither gets the JIT's or the caches' first attention.
  let nSubject = 1;
  let nBaseline = 1;
  for (let pass = 0; pass < 2; pass += 1) {
    nBaseline = await calibrate(baseline, isAsync, o.warmupMs / 2, o.batchMs);
    nSubject = await calibrate(subject, isAsync, o.warmupMs / 2, o.batchMs);
  }
  const subjectTimes: number[] = [];
  const baselineTimes: number[] = [];
  const ratios: number[] = [];
  const started = performance.now();
  let rme = Number.POSITIVE_INFINITY;
  for (let round = 0; round < o.maxRounds; round += 1) {
    let s: number;
    let b: number;
    if (round % 2 === 0) {
      b = (await timeBatch(baseline, nBaseline, isAsync)) / nBaseline;
      s = (await timeBatch(subject, nSubject, isAsync)) / nSubject;
    } else {
      s = (await timeBatch(subject, nSubject, isAsync)) / nSubject;
      b = (await timeBatch(baseline, nBaseline, isAsync)) / nBaseline;
    }
    subjectTimes.push(s);
    baselineTimes.push(b);
    ratios.push(s / b);
    if (ratios.length >= o.minRounds) {
      rme = relativeMarginOfError(ratios);
      if (rme < o.targetRme) break;
      if (performance.now() - started > o.budgetMs) break;
    }
  }
  return {
    subjectNs: median(subjectTimes) * 1e6,
    baselineNs: median(baselineTimes) * 1e6,
    ratio: median(ratios),
    rme,
    rounds: ratios.length,
    batch: [nSubject, nBaseline],
    stable: rme < 0.02,
  };
}

/** The `method` text of a result from an interleaved comparison. */
export function describeComparison(c: Comparison): string {
  return (
    `${c.rounds} interleaved rounds of ${c.batch[0]}/${c.batch[1]} ops (subject/baseline), ` +
    `ratio = median of paired ratios, rme ${(c.rme * 100).toFixed(2)}%`
  );
}
