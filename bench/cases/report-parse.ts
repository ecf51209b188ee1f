/**
 * Reading a LianLian detail report: `openTransactionReport` (generated dist: UTF-8/GBK decoding,
 * column split, the row schema's validator, file-name checks) against a plain `readline` +
 * `split('|')` that checks nothing, over the same generated file (1 GiB unless
 * LIANLIAN_BENCH_REPORT_MIB says otherwise), each in its own process so peak RSS is its own.
 * Rows are realistic: payments and refunds, CNY and foreign currencies, Chinese info_order.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measureSpawn } from '../support/spawn.js';
import { repoRoot } from '../support/spec.js';
import { median, significant } from '../support/stats.js';
import type { CaseResult } from '../support/types.js';

const OID_PARTNER = '201301221000001001';
const SETTLE_DATE = '20130313';
const ROUNDS = 2;

function row(i: number): string {
  const refund = i % 10 === 9;
  const foreign = i % 7 === 3;
  const sign = refund ? '-' : '';
  const amount = `${sign}${(i % 99_999) + 1}.${String(i % 100).padStart(2, '0')}`;
  const currency = foreign ? 'USD' : 'CNY';
  const info = i % 3 === 0 ? `订单${i}|机票` : '';
  return [
    `ORD${i}`,
    OID_PARTNER,
    `${SETTLE_DATE} 10:${String(i % 60).padStart(2, '0')}:00`,
    '101001',
    `2013031300${String(i).padStart(8, '0')}`,
    SETTLE_DATE,
    currency,
    amount,
    currency,
    amount,
    'CNY',
    amount,
    foreign ? '6.6600' : '',
    refund ? '5' : '0',
    `${SETTLE_DATE} 11:00:00`,
    `${sign}0.10`,
    '1',
    'D',
    info,
  ].join('|');
}

async function writeReport(file: string, bytes: number): Promise<number> {
  const out = createWriteStream(file);
  let written = 0;
  let i = 0;
  while (written < bytes) {
    const lines: string[] = [];
    for (let k = 0; k < 5_000; k += 1, i += 1) lines.push(row(i));
    const chunk = `${lines.join('\n')}\n`;
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  return i;
}

interface ChildReport {
  rows: number;
  failures: number;
  ms: number;
}

export async function run(): Promise<CaseResult[]> {
  const mib = Number(process.env.LIANLIAN_BENCH_REPORT_MIB ?? 1024);
  const dir = mkdtempSync(path.join(tmpdir(), 'lianlian-report-bench-'));
  const file = path.join(dir, `JYMX_${OID_PARTNER}_${SETTLE_DATE}.txt`);
  try {
    const lines = await writeReport(file, mib * 1024 * 1024);
    const size = statSync(file).size;
    const child = path.join('bench', 'support', 'report-child.ts');
    const timings = { package: [] as number[], readline: [] as number[] };
    const rss = { package: [] as number[], readline: [] as number[] };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const mode of ['readline', 'package'] as const) {
        const m = await measureSpawn(
          process.execPath,
          ['--import', 'tsx', child, mode, file, repoRoot],
          { cwd: repoRoot },
        );
        if (m.code !== 0) throw new Error(`report child (${mode}) failed: ${m.stderr.slice(-500)}`);
        const report = JSON.parse(m.stdout) as ChildReport;
        if (report.rows !== lines || report.failures !== 0)
          throw new Error(
            `${mode} read ${report.rows} rows and ${report.failures} failures of ${lines}`,
          );
        timings[mode].push(report.ms);
        if (m.maxRssKiB !== undefined) rss[mode].push(m.maxRssKiB / 1024);
      }
    }
    const mbps = (ms: number) => significant(size / 1e6 / (ms / 1000), 4);
    const ours = median(timings.package);
    const plain = median(timings.readline);
    const method = `${ROUNDS} alternating runs each in its own process over one ${significant(size / 2 ** 20, 4)} MiB file of ${lines} lines; figures are medians`;
    const results: CaseResult[] = [
      {
        name: 'report-parse/throughput',
        subject: 'openTransactionReport: decode, split, validate every row (MB/s)',
        baselineName: 'readline + split("|"), no checks (MB/s)',
        unit: 'MB/s',
        value: mbps(ours),
        baseline: mbps(plain),
        ratio: significant(ours / plain, 4),
        goal: 'time ratio <= 3 (every row validated against its schema)',
        goalRatio: 3,
        met: ours / plain <= 3,
        method,
        details: {
          packageMs: timings.package.map(Math.round),
          readlineMs: timings.readline.map(Math.round),
        },
      },
    ];
    if (rss.package.length > 0 && rss.readline.length > 0) {
      const peak = Math.max(...rss.package);
      const base = Math.max(...rss.readline);
      results.push({
        name: 'report-parse/peak-rss',
        subject: 'peak RSS of the process reading with openTransactionReport',
        baselineName: 'peak RSS of the readline + split process',
        unit: 'MiB',
        value: significant(peak, 4),
        baseline: significant(base, 4),
        ratio: significant(peak / base, 4),
        goal: 'ratio <= 1.5 (constant memory, whatever the file size)',
        goalRatio: 1.5,
        met: peak / base <= 1.5,
        method: `${method}; GNU time's maximum resident set size, highest of the runs`,
        details: { fileMiB: significant(size / 2 ** 20, 4) },
      });
    }
    // Constant memory, shown rather than inferred from RSS (V8 grows its heap when it may): the
    // same reading with the old generation capped at 32 MiB must get through the whole file.
    const capped = await measureSpawn(
      process.execPath,
      ['--max-old-space-size=32', '--import', 'tsx', child, 'package', file, repoRoot],
      { cwd: repoRoot },
    );
    const cappedReport = capped.code === 0 ? (JSON.parse(capped.stdout) as ChildReport) : undefined;
    const completed = cappedReport?.rows === lines;
    results.push({
      name: 'report-parse/heap-capped-32mib',
      subject: 'openTransactionReport with --max-old-space-size=32 (peak RSS)',
      baselineName: 'peak RSS of the readline + split process, uncapped',
      unit: 'MiB',
      value: significant((capped.maxRssKiB ?? 0) / 1024, 4),
      baseline: significant(Math.max(...rss.readline, 0), 4),
      ratio: significant((capped.maxRssKiB ?? 0) / 1024 / Math.max(...rss.readline, 1), 4),
      goal: 'reads every line of the file with a 32 MiB old generation',
      goalRatio: null,
      met: completed,
      method: `one run over the same file; ${completed ? 'read every line' : `failed: ${capped.stderr.slice(-200)}`}${cappedReport ? ` in ${Math.round(cappedReport.ms)} ms` : ''}`,
    });
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
