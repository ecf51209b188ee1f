/**
 * Child process of the sandbox-load case (run with --expose-gc): a sandbox and 64 keep-alive
 * connections to it in this process; prints heapUsed and RSS after full GCs at 10,000 and at
 * 100,000 Balance Query requests, and how many answers were wrong, as JSON on stdout.
 */
import { Agent } from 'node:http';
import { balanceQuery, benchSandbox } from '../cases/sandbox-load.js';
import { benchKeys } from './keys.js';
import { LOAD_CONNECTIONS as CONNECTIONS } from './load.js';
import { send } from './load-send.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');

function settled(): { heap: number; rss: number } {
  // Several passes: weak references and finalizers need more than one to be collected.
  for (let i = 0; i < 4; i += 1) gc!();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
}

const keys = benchKeys(1024);
const { request, isAnswer } = balanceQuery(keys);
const sandbox = await benchSandbox(keys);
const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
const url = new URL(sandbox.url);
let sent = 0;
let failed = 0;

async function requests(until: number): Promise<void> {
  const worker = async () => {
    while (sent < until) {
      sent += 1;
      const [status, body] = await send(agent, url, request);
      // Checking every 100th answer in full keeps the client's own work small.
      if (status !== 200 || (sent % 100 === 0 && !isAnswer(body))) failed += 1;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
}

await requests(1_000);
settled();
await requests(10_000);
const at10k = settled();
await requests(100_000);
const at100k = settled();
agent.destroy();
await sandbox.close();
process.stdout.write(JSON.stringify({ at10k, at100k, requests: sent, failed }));
