/**
 * Case: the sandbox under load, and its memory over 100,000 requests.
 *
 * Subject: `startSandbox` (the generated catalogue) answering the Balance Query, a plain signed
 * JSON query. Baseline: a bare node:http server that reads the body, `JSON.parse`s it,
 * `crypto.verify`s the merchant's signature by a hand-built sign source, and answers the same
 * fields signed with `crypto.sign`. Load: the child load generator, 64 keep-alive connections, a
 * fixed number of signed requests per run; every answer of both is checked (HTTP 200, LianLian's
 * signature, the operation's response schema, `ret_code` 0000) and a wrong one fails the bench run.
 * Memory: a child process with --expose-gc (sandbox-heap-child.ts) sends 100,000 requests to a
 * sandbox in its own process and reads heapUsed and RSS after 10,000 and after 100,000.
 */
import { sign as rsaSign, verify as rsaVerify } from 'node:crypto';
import path from 'node:path';
import { sandboxCatalogue, startSandbox } from '../../generated/dist/index.js';
import { loadModel } from '../../generators/model/index.js';
import { handSignSource, OID_PARTNER } from '../support/client-request.js';
import { benchKeys, type BenchKeys } from '../support/keys.js';
import {
  bareVerifyingServer,
  compareThroughput,
  declaredAnswer,
  LOAD_CONNECTIONS,
  loadRows,
  type LoadReport,
  type LoadRequest,
} from '../support/load.js';
import { measureSpawn } from '../support/spawn.js';
import { example, repoRoot } from '../support/spec.js';
import { significant } from '../support/stats.js';
import type { CaseResult } from '../support/types.js';

const OPERATION = 'balanceQuery';
const REQUESTS = 4000;

type Fields = Record<string, string>;

/** The query's path, its signed request and the validator of its answer, from the model. */
export function balanceQuery(keys: BenchKeys): {
  request: LoadRequest;
  isAnswer: (text: string) => boolean;
} {
  const op = loadModel().operations.find((o) => o.id === OPERATION);
  if (op === undefined) throw new Error(`no ${OPERATION} in the model`);
  const declared = declaredAnswer(OPERATION);
  const { sign: _sign, ...fields } = example('doc-balance-query-request') as Fields;
  fields.oid_partner = OID_PARTNER;
  const sign = rsaSign('md5', Buffer.from(handSignSource(fields)), keys.merchant.privateKey);
  const isAnswer = (text: string) => {
    try {
      const answer = JSON.parse(text) as Fields;
      return (
        answer.ret_code === '0000' &&
        declared(answer) &&
        rsaVerify(
          'md5',
          Buffer.from(handSignSource(answer)),
          keys.lianlian.publicKey,
          Buffer.from(answer.sign ?? '', 'base64'),
        )
      );
    } catch {
      return false;
    }
  };
  return {
    request: {
      path: op.requestPath,
      contentType: 'application/json;charset=utf-8',
      bytes: Buffer.from(JSON.stringify({ ...fields, sign: sign.toString('base64') })),
    },
    isAnswer,
  };
}

/** A sandbox for the bench's keys; it logs nothing (a merchant's load test would log to a file). */
export function benchSandbox(keys: BenchKeys) {
  return startSandbox({
    catalogue: sandboxCatalogue,
    merchants: [{ oidPartner: OID_PARTNER, publicKey: keys.merchant.publicKey }],
    lianlianPrivateKey: keys.lianlian.privateKey,
    log: false,
  });
}

function checkAll(who: string, report: LoadReport, isAnswer: (text: string) => boolean): void {
  report.status.forEach((status, i) => {
    if (status !== 200 || !isAnswer(report.body[i]!)) {
      throw new Error(`${who}: answer ${i} is HTTP ${status} ${report.body[i]!.slice(0, 80)}`);
    }
  });
}

interface HeapReport {
  at10k: { heap: number; rss: number };
  at100k: { heap: number; rss: number };
  requests: number;
  failed: number;
}

export async function run(): Promise<CaseResult[]> {
  const keys = benchKeys(1024);
  const { request, isAnswer } = balanceQuery(keys);
  // The baseline answers what the sandbox answers, field for field, signing it itself.
  const probe = await benchSandbox(keys);
  const { sign: _s, ...answerFields } = JSON.parse(
    await (
      await fetch(probe.url + request.path, {
        method: 'POST',
        headers: { 'content-type': request.contentType },
        body: request.bytes.toString('utf8'),
      })
    ).text(),
  ) as Fields;
  await probe.close();

  const subject = {
    async start() {
      const sandbox = await benchSandbox(keys);
      return { url: sandbox.url, close: () => sandbox.close() };
    },
    check: (report: LoadReport) => checkAll('sandbox', report, isAnswer),
  };
  const baseline = {
    start: () =>
      bareVerifyingServer(keys.merchant.publicKey, () => {
        const sign = rsaSign(
          'md5',
          Buffer.from(handSignSource(answerFields)),
          keys.lianlian.privateKey,
        ).toString('base64');
        return JSON.stringify({ ...answerFields, sign });
      }),
    check: (report: LoadReport) => checkAll('bare server', report, isAnswer),
  };
  const plan = Array.from({ length: REQUESTS }, () => request);
  const c = await compareThroughput(plan, subject, baseline);

  const m = await measureSpawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', path.join('bench', 'support', 'sandbox-heap-child.ts')],
    { cwd: repoRoot },
  );
  if (m.code !== 0) throw new Error(`sandbox heap child failed: ${m.stderr.slice(-500)}`);
  const heap = JSON.parse(m.stdout) as HeapReport;
  if (heap.failed !== 0) throw new Error(`sandbox heap child: ${heap.failed} wrong answers`);
  const kib = (bytes: number) => significant(bytes / 1024, 4);
  const heapRatio = significant(heap.at100k.heap / heap.at10k.heap, 4);
  const rssRatio = significant(heap.at100k.rss / heap.at10k.rss, 4);
  const heapMethod = `child process with --expose-gc running the sandbox and ${LOAD_CONNECTIONS} keep-alive connections to it; 4 GCs before each reading; every answer checked`;
  const { rows } = loadRows(
    c,
    `${OPERATION} requests`,
    0.7,
    {
      name: 'sandbox-load/throughput',
      subject: `startSandbox answering ${OPERATION}, requests/s`,
      baselineName: 'bare node:http: JSON.parse, crypto.verify, crypto.sign of the same answer',
      details: { p50ms: [c.subjectP50, c.baselineP50], p99ms: [c.subjectP99, c.baselineP99] },
    },
    {
      name: 'sandbox-load/cpu-per-request',
      subject: `startSandbox answering ${OPERATION}, server CPU per request`,
      baselineName: 'bare verify-and-sign server',
    },
  );
  return [
    ...rows,
    {
      name: 'sandbox-load/heap-100k-vs-10k',
      subject: `sandbox heapUsed after 100,000 ${OPERATION} requests (full GC)`,
      baselineName: 'heapUsed after 10,000, same process',
      unit: 'KiB',
      value: kib(heap.at100k.heap),
      baseline: kib(heap.at10k.heap),
      ratio: heapRatio,
      goal: 'ratio <= 1.05 (no growth beyond noise)',
      goalRatio: 1.05,
      met: heapRatio <= 1.05,
      method: heapMethod,
    },
    {
      name: 'sandbox-load/rss-100k-vs-10k',
      subject: 'the same process, RSS after 100,000 requests',
      baselineName: 'RSS after 10,000',
      unit: 'KiB',
      value: kib(heap.at100k.rss),
      baseline: kib(heap.at10k.rss),
      ratio: rssRatio,
      goal: 'ratio <= 1.1 (flat)',
      goalRatio: 1.1,
      met: rssRatio <= 1.1,
      method: heapMethod,
    },
  ];
}
