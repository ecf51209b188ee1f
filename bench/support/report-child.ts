/**
 * Child process of the report-parse case: reads one report file either with the package's
 * `openTransactionReport` (decode, split, validate, check against the file name) or with the
 * plain baseline (`readline` over a read stream and `split('|')`), and prints what it counted and
 * how long the reading took, as JSON. Peak RSS is measured by the parent around this process.
 */
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [mode, file, root] = process.argv.slice(2) as [string, string, string];

async function viaPackage(): Promise<{ rows: number; failures: number }> {
  const reports = (await import(
    pathToFileURL(path.join(root, 'generated/dist/reports.js')).href
  )) as typeof import('../../generated/dist/reports.js');
  let rows = 0;
  let failures = 0;
  for await (const line of reports.openTransactionReport(file).lines) {
    if (line.ok) rows += 1;
    else failures += 1;
  }
  return { rows, failures };
}

async function viaReadline(): Promise<{ rows: number; failures: number }> {
  let rows = 0;
  let failures = 0;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.split('|').length >= 19) rows += 1;
    else failures += 1;
  }
  return { rows, failures };
}

const started = performance.now();
const counted = mode === 'package' ? await viaPackage() : await viaReadline();
process.stdout.write(JSON.stringify({ ...counted, ms: performance.now() - started }));
