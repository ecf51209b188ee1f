// Messages a developer meets first (issue 14, item 8): each says what went wrong and what to do,
// and none echoes a key or a long number.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClientConfigError,
  ClientError,
  KeyFormatError,
  createLianLianClient,
  loadPrivateKey,
} from '../../generated/src/index.js';
import { withoutNodeBanner } from '../../generators/redocly-cli.js';
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import { jsonErrorPosition } from '../../generated/src/runtime/shared/json-position.js';
import { SandboxNotifier } from '../../generated/src/runtime/sandbox/notify.js';
import { repoRoot, runCli, tempDir, type ToolResult } from '../support/crypto-tools.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';

const execute = promisify(execFile);
const sandboxBin = path.join(repoRoot, 'generated/dist/sandbox.js');
const temp = tempDir('lianlian-messages');
let merchant: TestKeyPair;

beforeAll(async () => {
  merchant = await rsaKeyPair(1024);
});
afterAll(() => temp.remove());

/** Exit code 2 and one stderr line matching `pattern`. */
function expectOneLine(result: ToolResult, pattern: RegExp): void {
  expect(result.status).toBe(2);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
}

describe('the lianlian CLI', () => {
  const write = (name: string, text: string) => {
    const file = path.join(temp.dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('gives the line and column of a JSON mistake, without quoting the input', () => {
    const file = write(
      'broken.json',
      '{\n  "no_order": "6222021234567890123",\n  "money_order": ,\n}',
    );
    const result = runCli(['sign-source', file]);
    expectOneLine(result, /the input is not valid JSON at line 3, column 18$/);
    expect(result.stderr).not.toContain('6222021234567890123');
    // verify reads the fields as sent with its own parser; the position is the same.
    const verify = runCli(['verify', '--public-key', write('k.pem', merchant.spkiPem), file]);
    expectOneLine(verify, /the input is not valid JSON at line 3, column 18$/);
  });

  it('calls an empty file empty, not "not a JSON object"', () => {
    const file = write('empty.json', '\n');
    expectOneLine(runCli(['sign-source', file]), new RegExp(`${file} is empty$`));
    expectOneLine(runCli(['sign-source'], ''), /stdin is empty$/);
    const verify = runCli(['verify', '--public-key', write('k2.pem', merchant.spkiPem), file]);
    expectOneLine(verify, new RegExp(`${file} is empty$`));
  });

  it('says why a file cannot be read', () => {
    expectOneLine(
      runCli(['sign-source', '/nope.json']),
      /cannot read \/nope\.json: no such file \(ENOENT\)$/,
    );
    expectOneLine(runCli(['sign-source', temp.dir]), /: it is a directory \(EISDIR\)$/);
    expectOneLine(
      runCli(['sign', '--key', '/nope.pem'], '{}'),
      /cannot read key file \/nope\.pem: no such file \(ENOENT\)$/,
    );
  });
});

describe('JSON error positions', () => {
  it('accepts exactly what JSON.parse accepts (fast-check, 10,000 runs)', () => {
    const parses = (text: string) => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    // Valid documents, and near-valid ones: a valid document with one character changed,
    // inserted or removed, which is what typing mistakes look like.
    const mutated = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom(...'{}[]",:0-.eE+tfn \n\\u'), fc.nat(2))
      .map(([text, at, char, how]) => {
        const i = at % (text.length + 1);
        if (how === 0) return text.slice(0, i) + char + text.slice(i);
        if (how === 1) return text.slice(0, i) + char + text.slice(i + 1);
        return text.slice(0, i) + text.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        const position = jsonErrorPosition(text);
        expect(position === undefined).toBe(parses(text));
        if (position !== undefined) {
          expect(position.offset).toBeGreaterThanOrEqual(0);
          expect(position.offset).toBeLessThanOrEqual(text.length);
          // Text before the mistake is never itself the cause: cutting there and closing
          // nothing still fails at or after the same place.
          const cut = jsonErrorPosition(text.slice(0, position.offset));
          expect(cut?.offset ?? Infinity).toBeGreaterThanOrEqual(position.offset);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it.each([
    ['{"a":}', 1, 6],
    ['{"a":1,}', 1, 8],
    ['{\n  "a": tru\n}', 2, 11],
    ['{"a":"x\ty"}', 1, 8],
    ['{"a":1} x', 1, 9],
    ['', 1, 1],
    ['{"a":01}', 1, 7],
  ])('places the mistake in %j at line %i, column %i', (text, line, column) => {
    expect(jsonErrorPosition(text)).toMatchObject({ line, column });
  });
});

describe('keys and client options', () => {
  it('suggests that a private key which looks like a path is a file name, without echoing it', () => {
    for (const input of [
      '/run/secrets/merchant.pem',
      './keys/merchant-private.pem',
      'C:\\keys\\m.pem',
    ]) {
      let thrown: unknown;
      try {
        loadPrivateKey(input);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(KeyFormatError);
      const message = (thrown as Error).message;
      expect(message).toMatch(/looks like a file path: pass the file's contents/);
      expect(message).not.toContain(input);
    }
    // Text that is not a path gets no such hint.
    expect(() => loadPrivateKey('not-a-key')).toThrow(/neither PEM nor base64-encoded DER$/);
  });

  const options = (signType: string) => ({
    oidPartner: '201304121000001004',
    privateKey: merchant.privateKey,
    lianlianPublicKey: merchant.publicKey,
    signType: signType as 'RSA',
  });

  it('refuses signType MD5 as a client configuration error that points to RSA', () => {
    let thrown: unknown;
    try {
      createLianLianClient(options('MD5'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ClientConfigError);
    expect(thrown).toMatchObject({ code: 'CLIENT_CONFIG', field: 'signType' });
    expect((thrown as Error).message).toBe(
      'createLianLianClient: signType must be "RSA" (MD5withRSA) or "SHA256withRSA", got "MD5" ' +
        '(LianLian calls MD5withRSA "RSA")',
    );
    // A value that may be something else pasted in the wrong place is not shown.
    expect(() => createLianLianClient(options(merchant.pkcs8Base64))).toThrow(
      /^createLianLianClient: signType must be "RSA" \(MD5withRSA\) or "SHA256withRSA"$/,
    );
  });

  it('makes ClientConfigError a ClientError, as its CLIENT_CONFIG code says', () => {
    let thrown: unknown;
    try {
      createLianLianClient({ ...options('RSA'), oidPartner: '' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ClientConfigError);
    expect(thrown).toBeInstanceOf(ClientError);
    expect(thrown).toMatchObject({ code: 'CLIENT_CONFIG', outcomeUnknown: false });
  });
});

describe('the sandbox', () => {
  it('names its own command in --help', async () => {
    const { stdout } = await execute(process.execPath, [sandboxBin, '--help']);
    expect(stdout.split('\n')[0]).toMatch(/^Usage: lianlian-sandbox \[options\]/);
    expect(stdout).not.toContain('lianlian sandbox');
  });

  it('explains a port clash and points to --port', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as AddressInfo).port;
    try {
      const failed = await execute(process.execPath, [
        sandboxBin,
        '--port',
        String(port),
        '--keys-dir',
        path.join(temp.dir, 'sandbox-keys'),
      ]).then(
        () => undefined,
        (error: { code?: number; stdout?: string }) => error,
      );
      expect(failed?.code).toBe(2);
      expect(failed?.stdout).toContain(
        `port ${port} on 127.0.0.1 is already in use (is another sandbox running?): ` +
          'stop it, or pick another port with --port <n> (--port 0 picks a free one)',
      );
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()));
    }
  }, 30_000);

  describe('says why a notification was not acknowledged', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((request, response) => {
        request.resume();
        if (request.url === '/error') {
          response.writeHead(500, { 'Content-Type': 'application/json' });
          response.end('{"ret_code":"9999","ret_msg":"card 6222021234567890123 unknown"}');
        } else if (request.url === '/text') {
          response.end('OK');
        } else {
          response.end('{"ret_code":"0000","ret_msg":"交易成功"}');
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    async function logOf(url: string): Promise<string> {
      const lines: string[] = [];
      const notifier = new SandboxNotifier({
        retryIntervalMs: 10,
        maxAttempts: 1,
        copies: 1,
        timeoutMs: 5_000,
        log: (line) => lines.push(line),
        orderKeys: sandboxCatalogue.orderKeys,
      });
      notifier.send('instantPayNotify', url, { no_order: 'N1' });
      await notifier.idle();
      await notifier.close();
      expect(lines).toHaveLength(1);
      return lines[0]!;
    }

    it.each([
      [
        '/error',
        'not acknowledged (HTTP 500, ret_code 9999: "{\\"ret_code\\":\\"9999\\",\\"ret_msg\\":\\"card ***************0123 unknown\\"}")',
      ],
      ['/text', 'not acknowledged (HTTP 200, body not JSON: "OK")'],
      ['/ok', 'acknowledged'],
    ])('%s', async (route, outcome) => {
      expect(await logOf(base + route)).toBe(
        `notify instantPayNotify no_order=N1 attempt 1: ${outcome}`,
      );
    });

    it('when nothing listens', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      expect(await logOf(`http://127.0.0.1:${port}/`)).toMatch(
        /attempt 1: not acknowledged \(no answer: ECONNREFUSED\)$/,
      );
    });
  });
});

describe('npm run lint', () => {
  const banner = [
    '',
    '    ╔═════════════════════════════════════════════╗',
    '    ║  Deprecation warning: Node.js 20 support is ending  ║',
    '    ║  You are using Node.js v20.20.2.            ║',
    '    ╚═════════════════════════════════════════════╝',
    '',
  ].join('\n');

  it("drops Redocly's Node.js 20 banner and keeps everything else, other boxes too", () => {
    const other = '╔══╗\n║ update available ║\n╚══╝';
    const problems = 'spec/openapi.yaml:3:1 error no-empty-servers\nValidation failed';
    expect(withoutNodeBanner(`${banner}\n${problems}\n${other}\n`)).toBe(`${problems}\n${other}\n`);
    expect(withoutNodeBanner(problems)).toBe(problems);
  });

  it('runs Redocly without the banner', async () => {
    const { stdout, stderr } = await execute(process.execPath, [
      path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'),
      path.join(repoRoot, 'generators/redocly-cli.ts'),
      '--version',
    ]);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(stderr).not.toMatch(/Node\.js 20|╔/);
  }, 60_000);
});
