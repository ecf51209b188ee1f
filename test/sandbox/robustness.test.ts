// The sandbox under malformed HTTP: raw request lines, headers and bodies written to a node:net
// socket (fetch would refuse to send most of them). After every one the sandbox must still answer
// a good request, and nothing it does may become an unhandled rejection or a 5xx. The same is
// checked on the `lianlian-sandbox` executable, where an unhandled rejection ends the process.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxBinUrl, spawnSandboxBin } from '../support/sandbox-bin.js';
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import {
  MERCHANT,
  startTestSandbox,
  type TestSandbox,
} from '../support/e2e-sandbox.js';

/** Writes `request` to host:port, half-closes, and returns every byte answered (at most ~2 s). */
function rawExchange(port: number, request: Buffer): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1');
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    const timer = setTimeout(finish, 2_000);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', finish);
    socket.on('close', finish);
    socket.on('connect', () => socket.end(request));
  });
}

const statusOf = (answer: string): number | undefined => {
  const match = /^HTTP\/1\.[01] (\d{3}) /.exec(answer);
  return match === null ? undefined : Number(match[1]);
};

const jsonPaths = sandboxCatalogue.jsonOperations.map((op) => op.path);
const knownPaths = [
  '/',
  '/sandbox',
  ...jsonPaths,
  ...sandboxCatalogue.forms.map((op) => op.path),
  '/sandbox/tokens',
  '/sandbox/payouts',
  '/sandbox/cashier/00000000-0000-0000-0000-000000000000/pay',
];

// Request targets that break URL parsers: the reported `//[`, bracketed hosts, bad escapes.
const hostileTargets = [
  '//[',
  '//[::1',
  '//[/x',
  'http://[',
  'http://[::1/',
  '//a:b@[',
  '//%',
  '/%',
  '/%zz',
  '/?a=%',
  '*',
  '//',
  '///',
  '//x:99999/',
  'http://sandbox/',
  'http://sandbox:0/v1/bankcardprepay',
  '\\\\[',
  '/\u00ff\u00fe',
];

const token = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,12}$/);
const method = fc.oneof(
  fc.constantFrom('GET', 'POST', 'PUT', 'HEAD', 'OPTIONS', 'DELETE', 'PATCH', 'TRACE', 'CONNECT'),
  token,
);
const target = fc.oneof(
  fc.constantFrom(...hostileTargets, ...knownPaths),
  fc
    .tuple(fc.constantFrom(...hostileTargets, ...knownPaths), fc.string({ maxLength: 12 }))
    .map(([a, b]) => a + b),
  fc.string({ unit: 'binary-ascii', maxLength: 24 }),
);
const version = fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1 x', 'HTTX/1.1', '');

const fieldName = fc.constantFrom(
  'oid_partner',
  'no_order',
  'money_order',
  'sign_type',
  'sign',
  'token',
  'verify_code',
  'pay_load',
  'confirm_code',
  'api_version',
  'notify_url',
  'dt_order',
  'info_order',
  'card_no',
  '__proto__',
  'constructor',
);
const fieldValue = fc.oneof(
  fc.constantFrom(MERCHANT, 'RSA', 'SHA256withRSA', '55.40', '20240101120000', ''),
  fc.constantFrom('lianpay1_0_1$', 'lianpay1_0_1$a$b$c$d$e', 'lianpay1_0_1$AAAA$AAAA$AAAA$$AAAA'),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
);
const jsonBody = fc.dictionary(fieldName, fieldValue).map((o) => JSON.stringify(o));
const formBody = fc
  .array(fc.tuple(fieldName, fc.string({ maxLength: 30 })), { maxLength: 8 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
const body = fc.oneof(
  fc.constant(''),
  jsonBody,
  formBody,
  jsonBody.map((text) => text.replace(/\}$/, ',"oid_partner":"1"}')),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.integer({ min: 60_000, max: 70_000 }).map((n) => 'x'.repeat(n)),
);

const headerLine = fc.oneof(
  fc.constantFrom(
    'Content-Type: application/json',
    'Content-Type: application/x-www-form-urlencoded',
    'Content-Type: text/json;charset=GBK',
    'Content-Length: 0',
    'Content-Length: 5',
    'Content-Length: 99999999',
    'Content-Length: -1',
    'Content-Length: abc',
    'Transfer-Encoding: chunked',
    'Transfer-Encoding: gzip',
    'Content-Encoding: gzip',
    'Expect: 100-continue',
    'Connection: close',
    'Host:',
    'Host: [',
    ': no name',
    'X-Bad\u0000: y',
  ),
  fc.tuple(token, fc.string({ unit: 'binary-ascii', maxLength: 20 })).map(([n, v]) => `${n}: ${v}`),
);

const request = fc
  .record({
    method,
    target,
    version,
    headers: fc.array(headerLine, { maxLength: 4 }),
    withLength: fc.boolean(),
    body,
  })
  .map(({ method, target, version, headers, withLength, body }) => {
    const bytes = Buffer.from(body, 'utf8');
    const lines = [`${method} ${target} ${version}`, 'Host: 127.0.0.1', ...headers];
    if (withLength) lines.push(`Content-Length: ${bytes.length}`);
    return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8'), bytes]);
  });

describe('the sandbox under malformed requests', () => {
  let env: TestSandbox;
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', record);
    env = await startTestSandbox();
  });

  afterAll(async () => {
    process.off('unhandledRejection', record);
    await env?.sandbox.close();
  });

  it('answers GET //[ with 400 and keeps serving', async () => {
    const answer = await rawExchange(
      env.sandbox.port,
      Buffer.from('GET //[ HTTP/1.1\r\nHost: x\r\n\r\n'),
    );
    expect(statusOf(answer)).toBe(400);
    const good = await fetch(`${env.sandbox.url}/`);
    expect(good.status).toBe(200);
    expect(unhandled).toEqual([]);
    expect(env.logs.at(-2)).toMatch(/^sandbox GET \? - → 400 \(malformed request target\)/);
  });

  it('answers every fuzzed request line, header set and body with HTTP, never 5xx, and keeps serving', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (raw) => {
        const answer = await rawExchange(env.sandbox.port, raw);
        // Node's parser closes the connection on some garbage without a word; anything that is
        // answered is answered in HTTP.
        if (answer !== '') expect(answer).toMatch(/^HTTP\/1\.[01] \d{3} /);
        const status = statusOf(answer);
        if (status !== undefined) expect(status).toBeLessThan(500);
        const good = await fetch(`${env.sandbox.url}/`);
        expect(good.status).toBe(200);
        await good.arrayBuffer();
        expect(unhandled).toEqual([]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  }, 120_000);
});

describe('the lianlian-sandbox executable under a malformed request', () => {
  let dir: string;
  let child: ChildProcessWithoutNullStreams;
  let output = '';
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'lianlian-sandbox-fuzz-'));
    child = spawnSandboxBin(dir);
    let errors = '';
    let printed = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
      output = printed + errors;
    });
    url = await sandboxBinUrl(child, (text) => {
      printed = text;
      output = printed + errors;
    });
  }, 30_000);

  afterAll(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  });

  it('survives GET //[ and other bad targets, answering each with 400', async () => {
    const port = Number(new URL(url).port);
    for (const bad of ['//[', 'http://[', '//[::1', '//%']) {
      const answer = await rawExchange(port, Buffer.from(`GET ${bad} HTTP/1.1\r\nHost: x\r\n\r\n`));
      expect(statusOf(answer), bad).toBe(400);
    }
    // Give a crash time to happen before checking that none did.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(child.exitCode).toBeNull();
    const good = await fetch(`${url}/`);
    expect(good.status).toBe(200);
    expect(output).not.toMatch(/\n\s+at /);
    expect(output).not.toContain('Invalid URL');
  });
});

describe('the lianlian-sandbox executable whose log reader goes away', () => {
  it('keeps serving after its stdout pipe is closed (`lianlian-sandbox | head -1`)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lianlian-sandbox-pipe-'));
    const child = spawnSandboxBin(dir);
    try {
      const url = await sandboxBinUrl(child);
      child.stdout.destroy();
      // Each request logs a line into the closed pipe.
      for (let i = 0; i < 5; i += 1) {
        const answer = await fetch(`${url}/`);
        expect(answer.status).toBe(200);
        await answer.arrayBuffer();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(child.exitCode).toBeNull();
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
