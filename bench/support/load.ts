/**
 * Loopback load: a server in this process against the load generator in a child (load-child.ts),
 * and the throughput comparison of a subject server with a baseline server in the same run.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { verify as rsaVerify, type KeyObject } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { validatorsBySchema } from '../../generated/dist/index.js';
import { loadModel } from '../../generators/model/index.js';
import { handSignSource } from './client-request.js';
import { repoRoot } from './spec.js';
import { median, significant } from './stats.js';
import type { CaseResult } from './types.js';

export interface LoadRequest {
  path: string;
  contentType: string;
  bytes: Buffer;
  /** Index of the request whose answer must have arrived before this one is sent. */
  after?: number;
}

export interface LoadPlan {
  requests: LoadRequest[];
}

export interface LoadReport {
  elapsedMs: number;
  /** Per request, in plan order: HTTP status, answer text, latency in ms. */
  status: number[];
  body: string[];
  latency: number[];
}

export interface LoadGenerator {
  run(url: string, connections: number): Promise<LoadReport>;
  close(): void;
}

/** Forks the load generator and hands it the plan once; each `run` sends the whole plan. */
export async function startLoadGenerator(plan: LoadPlan): Promise<LoadGenerator> {
  const child: ChildProcess = fork(path.join(repoRoot, 'bench/support/load-child.ts'), [], {
    execArgv: ['--import', 'tsx'],
    cwd: repoRoot,
    serialization: 'advanced',
  });
  const next = () =>
    new Promise<{ ready?: boolean; report?: LoadReport; error?: string }>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`load generator exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (m) => {
        child.off('exit', onExit);
        resolve(m as { ready?: boolean; report?: LoadReport; error?: string });
      });
    });
  const wire = {
    requests: plan.requests.map((r) => ({ ...r, bytes: r.bytes.toString('base64') })),
  };
  const ready = next();
  child.send({ plan: wire });
  await ready;
  return {
    async run(url, connections) {
      const answer = next();
      child.send({ run: url, connections });
      const m = await answer;
      if (m.error !== undefined || m.report === undefined)
        throw new Error(`load generator failed: ${m.error}`);
      return m.report;
    },
    close: () => {
      child.kill();
    },
  };
}

/**
 * Whether a value is the 200 answer the spec declares for an operation or webhook (`id`), by the
 * generated validator of that answer's schema.
 */
export function declaredAnswer(id: string): (value: unknown) => boolean {
  const op = loadModel().all.find((o) => o.id === id);
  const schema = op?.responses.find((r) => r.status === '200')?.media[0]?.schema;
  const validate = (validatorsBySchema as Record<string, (v: unknown) => { ok: boolean }>)[
    schema ?? ''
  ];
  if (validate === undefined) throw new Error(`${id} declares no validated 200 answer`);
  return (value) => validate(value).ok;
}

/**
 * The baseline servers' one job: a bare node:http server that reads the body, `JSON.parse`s it and
 * `crypto.verify`s its `sign` (MD5withRSA, sign source by sort-and-join) with `publicKey`, then
 * answers 200 with `answer()` or 400.
 */
export function bareVerifyingServer(publicKey: KeyObject, answer: () => string) {
  return listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let ok = false;
      try {
        const fields = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, string>;
        ok = rsaVerify(
          'md5',
          Buffer.from(handSignSource(fields), 'utf8'),
          publicKey,
          Buffer.from(fields.sign ?? '', 'base64'),
        );
      } catch {
        ok = false;
      }
      res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json;charset=utf-8' });
      res.end(ok ? answer() : '{"ret_code":"9999","ret_msg":"bad signature"}');
    });
  });
}

/** A node:http server on 127.0.0.1 for one listener; `close` ends its keep-alive connections. */
export async function listen(
  listener: RequestListener,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(listener);
  // The generator keeps its connections open between requests of one run.
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The `q` quantile (0..1) of `values`, by the nearest-rank method. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

export interface ThroughputSide {
  /** A fresh server for one run (fresh state), checked by `check` after it. */
  start(): Promise<{ url: string; close(): Promise<void> }>;
  /** Throws when the run's answers or side effects are wrong: the bench run then fails. */
  check(report: LoadReport): void;
}

export interface ThroughputComparison {
  /** Requests per second, median over rounds. */
  subjectRps: number;
  baselineRps: number;
  /** Median of the per-round ratios subject rps / baseline rps. */
  ratio: number;
  /**
   * Server CPU time (user + system, this process: the load generator runs in its child) per
   * request in µs, median over rounds: unlike wall time, other work on the machine barely moves it.
   */
  subjectCpuUs: number;
  baselineCpuUs: number;
  /** Median of the per-round ratios baseline CPU / subject CPU: the capacity ratio when CPU-bound. */
  cpuRatio: number;
  subjectP50: number;
  subjectP99: number;
  baselineP50: number;
  baselineP99: number;
  rounds: number;
  requests: number;
  connections: number;
}

/** The load every case runs at: keep-alive connections, and measured rounds per side. */
export const LOAD_CONNECTIONS = 64;
export const LOAD_ROUNDS = 5;

/**
 * Sends `plan` (from a load generator child started for the comparison and ended after it) to
 * subject and baseline in alternating order (baseline first in even rounds), a warm-up run of each
 * first; every run is checked. Latency quantiles are medians over rounds.
 */
export async function compareThroughput(
  plan: readonly LoadRequest[],
  subject: ThroughputSide,
  baseline: ThroughputSide,
  options = { rounds: LOAD_ROUNDS, connections: LOAD_CONNECTIONS },
): Promise<ThroughputComparison> {
  const generator = await startLoadGenerator({ requests: [...plan] });
  try {
    return await compareRounds(generator, plan.length, subject, baseline, options);
  } finally {
    generator.close();
  }
}

async function compareRounds(
  generator: LoadGenerator,
  requests: number,
  subject: ThroughputSide,
  baseline: ThroughputSide,
  options: { rounds: number; connections: number },
): Promise<ThroughputComparison> {
  const once = async (side: ThroughputSide) => {
    const server = await side.start();
    try {
      const cpu = process.cpuUsage();
      const report = await generator.run(server.url, options.connections);
      const used = process.cpuUsage(cpu);
      side.check(report);
      return {
        rps: (requests / report.elapsedMs) * 1000,
        cpu: (used.user + used.system) / requests,
        p50: quantile(report.latency, 0.5),
        p99: quantile(report.latency, 0.99),
      };
    } finally {
      await server.close();
    }
  };
  await once(baseline);
  await once(subject);
  const s: { rps: number; cpu: number; p50: number; p99: number }[] = [];
  const b: typeof s = [];
  for (let round = 0; round < options.rounds; round += 1) {
    if (round % 2 === 0) {
      b.push(await once(baseline));
      s.push(await once(subject));
    } else {
      s.push(await once(subject));
      b.push(await once(baseline));
    }
  }
  const med = (xs: typeof s, k: 'rps' | 'cpu' | 'p50' | 'p99') =>
    significant(median(xs.map((x) => x[k])));
  return {
    subjectRps: med(s, 'rps'),
    baselineRps: med(b, 'rps'),
    ratio: significant(median(s.map((x, i) => x.rps / b[i]!.rps))),
    subjectCpuUs: med(s, 'cpu'),
    baselineCpuUs: med(b, 'cpu'),
    cpuRatio: significant(median(s.map((x, i) => b[i]!.cpu / x.cpu))),
    subjectP50: med(s, 'p50'),
    subjectP99: med(s, 'p99'),
    baselineP50: med(b, 'p50'),
    baselineP99: med(b, 'p99'),
    rounds: options.rounds,
    requests,
    connections: options.connections,
  };
}

/** What a result row names: the row, what was measured and what it was measured against. */
export type RowNames = Pick<CaseResult, 'name' | 'subject' | 'baselineName'>;

/**
 * The result rows of a comparison of `what` (`deliveries`, `balanceQuery requests`): requests per
 * second and server CPU time per request, each met when its ratio is `goal` or above; and the
 * method they state, for the case's further rows.
 */
export function loadRows(
  c: ThroughputComparison,
  what: string,
  goal: number,
  throughput: RowNames & Pick<CaseResult, 'details'>,
  cpu: RowNames,
): { method: string; rows: CaseResult[] } {
  const method =
    `${c.rounds} alternating runs of ${c.requests} ${what} each over ${c.connections} keep-alive ` +
    `connections from a child process, after one warm-up run each; medians; 1024-bit keys`;
  const atLeast = (ratio: number) => ({ ratio, goalRatio: goal, met: ratio >= goal });
  return {
    method,
    rows: [
      {
        ...throughput,
        unit: 'req/s',
        value: c.subjectRps,
        baseline: c.baselineRps,
        ...atLeast(c.ratio),
        goal: `ratio >= ${goal} (throughput)`,
        method,
      },
      {
        ...cpu,
        unit: 'µs CPU/req',
        value: c.subjectCpuUs,
        baseline: c.baselineCpuUs,
        ...atLeast(c.cpuRatio),
        goal: `ratio >= ${goal} (baseline CPU / ours: capacity when CPU-bound)`,
        method: `${method}; server process CPU time (user + system) per request`,
      },
    ],
  };
}
