/**
 * Case 7, second half: heap after 100,000 sign-and-verify cycles against the heap after 10,000.
 * A child process (node --expose-gc) runs the signing path of case 1 and the verification path
 * of case 2 with 1024-bit keys and reports heapUsed after repeated full GCs; growth beyond noise
 * would mean something keeps per-call state alive.
 */
import path from 'node:path';
import { measureSpawn } from '../support/spawn.js';
import { repoRoot } from '../support/spec.js';
import { significant } from '../support/stats.js';
import type { CaseResult } from '../support/types.js';

interface HeapReport {
  warm: number;
  at10k: number;
  at100k: number;
  rss: number;
  cycles: number;
}

export async function run(): Promise<CaseResult[]> {
  const m = await measureSpawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join('bench', 'support', 'heap-child.ts')],
    { cwd: repoRoot },
  );
  if (m.code !== 0) throw new Error(`heap child failed: ${m.stderr.slice(-500)}`);
  const report = JSON.parse(m.stdout) as HeapReport;
  const kib = (bytes: number) => significant(bytes / 1024, 4);
  const ratio = significant(report.at100k / report.at10k, 4);
  return [
    {
      name: 'memory/heap-100k-vs-10k',
      subject: 'heapUsed after 100,000 sign+verify cycles (full GC)',
      baselineName: 'heapUsed after 10,000 cycles, same process',
      unit: 'KiB',
      value: kib(report.at100k),
      baseline: kib(report.at10k),
      ratio,
      goal: 'ratio <= 1.05 (no growth beyond noise)',
      goalRatio: 1.05,
      met: ratio <= 1.05,
      method: `child process with --expose-gc, 4 GCs before each reading; heap after 1,000 warm-up cycles ${kib(report.warm)} KiB`,
      details: {
        growthKiB: kib(report.at100k - report.at10k),
        childPeakRssMiB: m.maxRssKiB === undefined ? undefined : significant(m.maxRssKiB / 1024, 3),
      },
    },
  ];
}
