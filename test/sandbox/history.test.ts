// The sandbox's records (form submissions, notification deliveries) stay at their bound however
// long it runs, the newest kept, so a merchant's load test holds memory flat.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../generated/src/index.js';
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import {
  DEFAULT_SANDBOX_HISTORY,
  historyLimitOption,
  keepRecent,
} from '../../generated/src/runtime/sandbox/history.js';
import { SandboxNotifier } from '../../generated/src/runtime/sandbox/notify.js';
import { startTestSandbox } from '../support/e2e-sandbox.js';
import { sandboxBinUrl } from '../support/sandbox-bin.js';

describe('keepRecent', () => {
  it('holds the last `limit` entries in order, never more', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 20 }), (entries, limit) => {
        const list: number[] = [];
        for (const entry of entries) {
          keepRecent(list, entry, limit);
          expect(list.length).toBeLessThanOrEqual(limit);
        }
        expect(list).toEqual(entries.slice(Math.max(0, entries.length - limit)));
      }),
    );
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses historyLimit %s with a typed error naming the option',
    (value) => {
      const error = (() => {
        try {
          historyLimitOption(value);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).toMatchObject({ code: 'LIMIT_INVALID', field: 'historyLimit' });
    },
  );

  it('defaults to DEFAULT_SANDBOX_HISTORY', () => {
    expect(historyLimitOption(undefined)).toBe(DEFAULT_SANDBOX_HISTORY);
    expect(historyLimitOption(7)).toBe(7);
  });
});

describe('the sandbox past its history limit', () => {
  it('keeps the newest form submissions, at most historyLimit', async () => {
    const env = await startTestSandbox({ historyLimit: 3 });
    try {
      // A plain field form: each post is recorded, refused for its missing fields (1004).
      const form = sandboxCatalogue.forms.find(
        (f) => f.jsonField === undefined && f.signMessage.charset === undefined,
      )!;
      for (let i = 1; i <= 8; i += 1) {
        const answer = await fetch(env.sandbox.url + form.path, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `no_order=H${i}`,
        });
        expect(answer.status).toBe(200);
        await answer.text();
      }
      expect(env.sandbox.webPaymentSubmissions.map((s) => s.fields.no_order)).toEqual([
        'H6',
        'H7',
        'H8',
      ]);
    } finally {
      await env.sandbox.close();
    }
  }, 30_000);
});

describe('SandboxNotifier past its history limit', () => {
  let server: Server;
  let base: string;
  const held: (() => void)[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const ack = () => res.end(JSON.stringify({ ret_code: '0000', ret_msg: '交易成功' }));
      // /slow is answered only when the test releases it: a delivery still retrying.
      if (req.url === '/slow') held.push(ack);
      else ack();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('keeps the newest deliveries, and still waits for one dropped from the list', async () => {
    const notifier = new SandboxNotifier({
      retryIntervalMs: 10,
      maxAttempts: 1,
      copies: 1,
      timeoutMs: 5_000,
      historyLimit: 2,
      log: undefined,
      orderKeys: { instantPayNotify: 'no_order' },
    });
    const slow = notifier.send('instantPayNotify', `${base}/slow`, { no_order: 'N0' });
    for (let i = 1; i <= 5; i += 1)
      notifier.send('instantPayNotify', `${base}/ok`, { no_order: `N${i}` });
    expect(notifier.deliveries.map((d) => d.order)).toEqual(['N4', 'N5']);
    let settled = false;
    const idle = notifier.idle().then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    // N0 left the list but is unacknowledged: idle() must not resolve yet.
    expect(settled).toBe(false);
    expect(slow.finished).toBe(false);
    await expect.poll(() => held.length).toBe(1);
    held[0]!();
    await idle;
    expect(slow.acknowledged).toBe(true);
    expect(notifier.deliveries.map((d) => d.order)).toEqual(['N4', 'N5']);
    await notifier.close();
  }, 10_000);
});

describe.each([
  ['--history', 'historyLimit must be a whole number of records, at least 1'],
  ['--sessions', 'sessionLimit must be a whole number of cashier pages, at least 1'],
])('lianlian-sandbox %s', (flag, refusal) => {
  it('starts with a limit, and refuses 0 with the option named', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lianlian-sandbox-'));
    const cwd = path.resolve(import.meta.dirname, '../..');
    const args = ['generated/dist/sandbox.js', '--port', '0', '--keys-dir', dir];
    try {
      const child = spawn(process.execPath, [...args, flag, '5'], { cwd });
      await sandboxBinUrl(child);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;

      const bad = spawn(process.execPath, [...args, flag, '0'], { cwd });
      let errors = '';
      bad.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      const code = await new Promise((resolve) => bad.once('exit', resolve));
      expect(code).toBe(2);
      expect(errors).toContain(refusal);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
