/**
 * `npm run bench`: how close the toolkit comes to the physical limit, as ratios measured in one
 * run. Every case measures its subject against a baseline in the same run; the table is printed
 * and bench/results.json written (the lead commits the latest).
 *
 *   npm run bench                    every case, writes bench/results.json
 *   npm run bench -- --only sign     cases whose file name starts with "sign"; prints only
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as clientRoundtrip from './cases/client-roundtrip.js';
import * as diagnose from './cases/diagnose.js';
import * as envelope from './cases/envelope.js';
import * as generate from './cases/generate.js';
import * as generateGrowth from './cases/generate-growth.js';
import * as memory from './cases/memory.js';
import * as notifyLoad from './cases/notify-load.js';
import * as packageCase from './cases/package.js';
import * as reportParse from './cases/report-parse.js';
import * as sandboxLoad from './cases/sandbox-load.js';
import * as signRequest from './cases/sign-request.js';
import * as validators from './cases/validators.js';
import * as verifyResponse from './cases/verify-response.js';
import { describeMachine } from './support/machine.js';
import { repoRoot } from './support/spec.js';
import { formatTable } from './support/table.js';
import type { BenchReport, CaseResult } from './support/types.js';

const cases: { file: string; run: () => Promise<CaseResult[]> }[] = [
  { file: 'sign-request', run: signRequest.run },
  { file: 'verify-response', run: verifyResponse.run },
  { file: 'validators', run: validators.run },
  { file: 'envelope', run: envelope.run },
  { file: 'client-roundtrip', run: clientRoundtrip.run },
  { file: 'diagnose', run: diagnose.run },
  { file: 'generate', run: generate.run },
  { file: 'generate-growth', run: generateGrowth.run },
  { file: 'memory', run: memory.run },
  { file: 'notify-load', run: notifyLoad.run },
  { file: 'sandbox-load', run: sandboxLoad.run },
  { file: 'package', run: packageCase.run },
  { file: 'report-parse', run: reportParse.run },
];

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { only: { type: 'string', multiple: true } } });
  const only = values.only ?? [];
  const selected = cases.filter((c) => only.length === 0 || only.some((p) => c.file.startsWith(p)));
  if (selected.length === 0) {
    console.error(
      `no case matches ${only.join(', ')}; cases: ${cases.map((c) => c.file).join(', ')}`,
    );
    return 2;
  }
  const machine = describeMachine();
  console.log(
    `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverage.join(' ')}`,
  );
  const started = Date.now();
  const results: CaseResult[] = [];
  for (const c of selected) {
    const t = Date.now();
    process.stderr.write(`running ${c.file} ...`);
    results.push(...(await c.run()));
    process.stderr.write(` ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  }
  console.log(formatTable(results));
  for (const r of results) {
    const floor = r.details?.handWrittenFloor as { what: string; ratio: number } | undefined;
    if (floor !== undefined) {
      console.log(
        `${r.name}: a hand-written path (${floor.what}) runs at ratio ${floor.ratio.toFixed(3)}`,
      );
    }
  }
  for (const r of results) {
    const phases = r.details?.phasesMs as Record<string, number> | undefined;
    if (phases === undefined) continue;
    console.log(`\nWhere ${r.subject} spends its time (one run, ms):`);
    for (const [phase, ms] of Object.entries(phases).sort((a, b) => b[1] - a[1])) {
      console.log(`  ${String(ms).padStart(6)}  ${phase}`);
    }
  }
  const unmet = results.filter((r) => r.met === false).map((r) => r.name);
  console.log(
    `\n${results.filter((r) => r.met === true).length} goals met, ${unmet.length} missed` +
      `${unmet.length > 0 ? ` (${unmet.join(', ')})` : ''}; ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
  if (only.length === 0) {
    const report: BenchReport = { machine, cases: results };
    const file = path.join(repoRoot, 'bench/results.json');
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote ${path.relative(repoRoot, file)}`);
  }
  // A missed goal is a finding, not a failure of the run.
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench failed: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
