// `lianlian diagnose`: the built executable (generated/dist/lianlian.js) run as a
// child process on files holding real mistakes, checking the printed report, the exit status and
// masking.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signSource } from '../../generated/src/runtime/crypto/canonical.js';
import { DIAGNOSE_MAX_RECOMPUTATIONS } from '../../generated/src/runtime/diagnose/diagnose.js';
import { signParams, signString } from '../../generated/src/runtime/crypto/sign.js';
import { cliCommand, runCli, tempDir, type ToolResult } from '../support/crypto-tools.js';
import {
  pemBody,
  rsaKeyPair,
  writeKeyFiles,
  type KeyFiles,
  type TestKeyPair,
} from '../support/keys.js';

const temp = tempDir('lianlian-diagnose');
let current: TestKeyPair;
let next: TestKeyPair;
let currentFiles: KeyFiles;
let nextFiles: KeyFiles;

const ID = '110101199003071234';
const notification = {
  oid_partner: '201103171000000000',
  sign_type: 'RSA',
  no_order: '20231111000001',
  money_order: '10.00',
  result_pay: 'SUCCESS',
  id_no: ID,
  info_order: '',
};

beforeAll(async () => {
  cliCommand();
  // LianLian's current key and the next one (a rotation from 1024 to 2048 bits).
  [current, next] = await Promise.all([rsaKeyPair(1024), rsaKeyPair(2048)]);
  currentFiles = writeKeyFiles(temp.dir, 'current', current);
  nextFiles = writeKeyFiles(temp.dir, 'next', next);
});

afterAll(() => temp.remove());

function file(name: string, contents: string): string {
  const target = path.join(temp.dir, name);
  writeFileSync(target, contents);
  return target;
}

const out = (result: ToolResult) => result.stdout.toString('utf8');

function expectNoSecrets(result: ToolResult): void {
  const text = `${out(result)}${result.stderr.toString()}`;
  expect(text).not.toContain(ID);
  for (const pair of [current, next]) {
    const body = pemBody(pair.pkcs1Pem);
    for (let i = 0; i + 16 <= body.length; i += 64)
      expect(text).not.toContain(body.slice(i, i + 16));
  }
}

describe('lianlian diagnose', () => {
  it('states its bound in --help and is listed in the global help', () => {
    const help = runCli(['diagnose', '--help']);
    expect(help.status).toBe(0);
    expect(out(help)).toContain('Usage: lianlian diagnose request FILE --key PRIVATE');
    expect(out(help)).toContain(`at most ${DIAGNOSE_MAX_RECOMPUTATIONS} recomputations`);
    expect(out(runCli(['--help']))).toMatch(/diagnose +explain why/);
  });

  it('prints "valid" and exits 0 for a genuine notification', () => {
    const message = JSON.stringify(signParams(notification, { privateKey: current.privateKey }));
    const result = runCli([
      'diagnose',
      'notification',
      file('valid.json', message),
      '--public-key',
      currentFiles.publicPem,
    ]);
    expect(out(result)).toMatch(
      /^valid: the signature verifies with LianLian key 1 \(MD5withRSA\)/,
    );
    expect(result.status).toBe(0);
  });

  it('names a field added after signing, exit 1', () => {
    const signed = signParams(notification, { privateKey: current.privateKey });
    const result = runCli([
      'diagnose',
      'notification',
      file('added.json', JSON.stringify({ ...signed, memo: 'gift' })),
      '--public-key',
      currentFiles.publicBase64,
    ]);
    expect(result.status).toBe(1);
    expect(out(result)).toContain(
      '1. [field-added-after-signing] the signature verifies if "memo" is left out',
    );
    expect(out(result)).toContain(
      'proof: crypto.verify with LianLian key 1 and MD5withRSA accepts the signature given: memo left out',
    );
    expectNoSecrets(result);
  });

  it("finds LianLian's other key after a rotation, reading stdin", () => {
    const message = JSON.stringify(signParams(notification, { privateKey: next.privateKey }));
    const result = runCli(
      [
        'diagnose',
        'notification',
        '--public-key',
        currentFiles.publicPem,
        '--public-key',
        nextFiles.publicPem,
      ],
      message,
    );
    expect(result.status).toBe(1);
    expect(out(result)).toContain('1. [other-key] it verifies with LianLian key 2, not with key 1');
  });

  it('proves a key mismatch and a sign_type naming another algorithm in request mode', () => {
    const request = { ...notification, sign_type: 'SHA256withRSA' };
    // Signed with MD5withRSA although sign_type says SHA256withRSA.
    const message = JSON.stringify({
      ...request,
      sign: signString(signSource(request), { privateKey: current.privateKey, signType: 'RSA' }),
    });
    const result = runCli([
      'diagnose',
      'request',
      file('request.json', message),
      '--key',
      currentFiles.privatePem,
      '--public-key',
      nextFiles.publicPem,
    ]);
    expect(result.status).toBe(1);
    const lines = out(result).split('\n');
    expect(lines[0]).toMatch(/^invalid: 2 causes together explain it/);
    expect(lines[1]).toMatch(
      /^1\. \[key-mismatch\] your public key does not belong to this private key/,
    );
    expect(lines[2]).toMatch(
      /^2\. \[sign-type-mismatch\] the signature was made with MD5withRSA while sign_type "SHA256withRSA" says SHA256withRSA/,
    );
    expectNoSecrets(result);
  });

  it('reads an HTTP dump: a "+" sent unencoded in a form and a merged query string', () => {
    let signed: Record<string, string>;
    for (let i = 0; ; i += 1) {
      signed = signParams(
        { ...notification, no_order: `2023111100${i}` },
        { privateKey: current.privateKey },
      );
      if (signed.sign?.includes('+')) break;
    }
    const body = Object.entries(signed)
      .map(([k, v]) => (k === 'sign' ? `sign=${v}` : `${k}=${encodeURIComponent(v)}`))
      .join('&');
    const dump = `POST /return?from=cashier HTTP/1.1\r\nHost: shop.example\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n${body}`;
    const result = runCli([
      'diagnose',
      'notification',
      file('return.http', dump),
      '--public-key',
      currentFiles.publicPem,
    ]);
    expect(result.status).toBe(1);
    expect(out(result)).toContain('1. [sign-plus-became-space]');
    expect(out(result)).toContain(
      '2. [query-merged] the signature verifies over the body alone: "from" came from the query string',
    );
  });

  it('shows the sign source byte by byte when nothing explains it', () => {
    const signed = signParams(notification, { privateKey: current.privateKey });
    const message = JSON.stringify({ ...signed, no_order: '20231111000001\u00a0' });
    const result = runCli([
      'diagnose',
      'notification',
      file('nbsp.json', message),
      '--public-key',
      currentFiles.publicPem,
    ]);
    expect(result.status).toBe(1);
    expect(out(result)).toMatch(/^invalid: nothing explains it/);
    expect(out(result)).toContain(
      '  no_order=**********0001[U+00A0 c2 a0]    <- trailing whitespace, invisible U+00A0',
    );
    expect(out(result)).toContain(`  id_no=${'*'.repeat(ID.length - 4)}${ID.slice(-4)}`);
    expectNoSecrets(result);
  });

  it('reports usage and input errors on one line with exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['diagnose', 'request', file('x.json', '{}')], /--key PRIVATE is required/],
      [['diagnose', 'notification', file('y.json', '{}')], /--public-key LIANLIAN is required/],
      [['diagnose', 'sideways', 'x'], /expected "request" or "notification"/],
      [
        ['diagnose', 'notification', file('z.json', '{"a":"1"}'), '-p', currentFiles.publicPem],
        /no sign to diagnose \[DIAGNOSE_NO_SIGN\]/,
      ],
      [['diagnose', 'request', file('k.json', '{}'), '--key', currentFiles.publicPem], /KEY_/],
    ];
    for (const [args, pattern] of cases) {
      const result = runCli(args);
      expect(result.status).toBe(2);
      expect(out(result)).toBe('');
      expect(result.stderr.toString().trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr.toString()).toMatch(pattern);
      expectNoSecrets(result);
    }
  });
});
