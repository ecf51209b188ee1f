// Without a log sink the sandbox builds no log line: the masker and the one-line formatter, which
// every line passes, are never called. Counted, not timed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SandboxNotifier } from '../../generated/src/runtime/sandbox/notify.js';
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import { startTestSandbox } from '../support/e2e-sandbox.js';

const calls = vi.hoisted(() => ({ maskDigits: 0, oneLine: 0 }));
vi.mock('../../generated/src/runtime/shared/validation.js', async (importOriginal) => {
  const actual = await importOriginal<Record<string, (...args: never[]) => unknown>>();
  return {
    ...actual,
    maskDigits: (...args: never[]) => ((calls.maskDigits += 1), actual.maskDigits!(...args)),
    oneLine: (...args: never[]) => ((calls.oneLine += 1), actual.oneLine!(...args)),
  };
});

beforeEach(() => {
  calls.maskDigits = 0;
  calls.oneLine = 0;
});

// Requests every sandbox logs, at a JSON operation's path: unsigned, a GET, not JSON.
async function traffic(url: string): Promise<void> {
  const path = sandboxCatalogue.jsonOperations[0]!.path;
  for (const [method, body] of [
    ['POST', '{"no_order":"6222020000000000001"}'],
    ['GET', undefined],
    ['POST', 'not json'],
  ] as const) {
    const answer = await fetch(url + path, { method, body });
    await answer.text();
  }
}

describe('the sandbox log line', () => {
  it.each([
    ['a sink', (lines: string[]) => (line: string) => void lines.push(line), true],
    ['log: false', () => false as const, false],
  ])(
    'with %s',
    async (_name, makeLog, logs) => {
      const lines: string[] = [];
      const env = await startTestSandbox({ log: makeLog(lines) });
      try {
        await traffic(env.sandbox.url);
        if (logs) {
          expect(lines).toHaveLength(3);
          expect(calls.maskDigits).toBeGreaterThanOrEqual(3);
          expect(calls.oneLine).toBeGreaterThanOrEqual(3);
        } else {
          expect(lines).toHaveLength(0);
          expect(calls).toEqual({ maskDigits: 0, oneLine: 0 });
        }
      } finally {
        await env.sandbox.close();
      }
    },
    30_000,
  );
});

describe('the notifier log line', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    // A refusal whose body the log line would summarise (masked): not acknowledged.
    server = createServer((_req, res) => {
      res.statusCode = 500;
      res.end('{"ret_code":"9999","ret_msg":"card 6222020000000000001"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    ['a sink', true],
    ['no sink', false],
  ])(
    'with %s',
    async (_name, withSink) => {
      const lines: string[] = [];
      const notifier = new SandboxNotifier({
        retryIntervalMs: 10,
        maxAttempts: 2,
        copies: 1,
        timeoutMs: 5_000,
        log: withSink ? (line) => lines.push(line) : undefined,
        orderKeys: { instantPayNotify: 'no_order' },
      });
      const delivery = notifier.send('instantPayNotify', base, { no_order: 'N1' });
      await notifier.idle();
      await notifier.close();
      expect(delivery).toMatchObject({ attempts: 2, acknowledged: false, finished: true });
      if (withSink) {
        expect(lines).toHaveLength(2);
        expect(calls.maskDigits).toBe(2);
      } else {
        expect(calls).toEqual({ maskDigits: 0, oneLine: 0 });
      }
    },
    10_000,
  );
});
