/**
 * The load generator of the load cases, in a child process (forked with IPC) so that building and
 * sending requests does not run on the server's event loop. Bounded: each `run` sends a fixed list
 * of requests over `connections` keep-alive connections and stops once every one has its answer.
 *
 * A request may name an earlier one in `after`: it is sent only once that one's answer arrived
 * (a resent notification comes after LianLian saw the first answer, never alongside it).
 */
import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { LoadPlan, LoadReport } from './load.js';
import { send } from './load-send.js';

let plan: LoadPlan | undefined;

async function load(base: string, connections: number): Promise<LoadReport> {
  if (plan === undefined) throw new Error('no plan');
  const items = plan.requests;
  const url = new URL(base);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  // Requests whose prerequisite has not been answered yet wait in `held`, keyed by it.
  const held = new Map<number, number[]>();
  const ready: number[] = [];
  items.forEach((item, i) => {
    if (item.after === undefined) ready.push(i);
    else held.set(item.after, [...(held.get(item.after) ?? []), i]);
  });
  ready.reverse(); // taken from the end: in plan order
  const status = new Array<number>(items.length).fill(0);
  const body = new Array<string>(items.length).fill('');
  const latency = new Array<number>(items.length).fill(0);
  let wake: (() => void)[] = [];
  let inFlight = 0;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      const next = ready.pop();
      if (next === undefined) {
        if (inFlight === 0) return;
        await new Promise<void>((resolve) => wake.push(resolve));
        continue;
      }
      inFlight += 1;
      const [s, b, ms] = await send(agent, url, items[next]!);
      inFlight -= 1;
      status[next] = s;
      body[next] = b;
      latency[next] = ms;
      for (const waiting of held.get(next) ?? []) ready.unshift(waiting);
      const woken = wake;
      wake = [];
      for (const w of woken) w();
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { elapsedMs, status, body, latency };
}

process.on('message', (message: { plan?: LoadPlan; run?: string; connections?: number }) => {
  if (message.plan !== undefined) {
    plan = {
      requests: message.plan.requests.map((r) => ({
        ...r,
        bytes: Buffer.from(r.bytes as unknown as string, 'base64'),
      })),
    };
    process.send!({ ready: true });
    return;
  }
  if (message.run !== undefined) {
    load(message.run, message.connections ?? 64).then(
      (report) => process.send!({ report }),
      (error: unknown) => process.send!({ error: String((error as Error)?.stack ?? error) }),
    );
  }
});
