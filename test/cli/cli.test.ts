// Runs the real `lianlian` executable (generated/dist/lianlian.js) as a child process.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signSource } from '../../generated/src/runtime/crypto/canonical.js';
import { decryptPayload } from '../../generated/src/runtime/crypto/envelope.js';
import { signParams, signString } from '../../generated/src/runtime/crypto/sign.js';
import { builtCli, cliCommand, runCli, tempDir, type ToolResult } from '../support/crypto-tools.js';
import {
  pemBody,
  rsaKeyPair,
  writeKeyFiles,
  type KeyFiles,
  type TestKeyPair,
} from '../support/keys.js';

const temp = tempDir('lianlian-cli');
let merchant: TestKeyPair;
let merchantFiles: KeyFiles;
let lianlian: TestKeyPair;
let lianlianFiles: KeyFiles;

const request = {
  api_version: '1.0',
  confirm_code: '137007',
  no_order: '20170208165924',
  notify_url: 'http://192.168.110.13:8080/test/tradepayapi/receiveNotify.htm?a=1',
  oid_partner: '201606221000921503',
  name_goods: '机票',
  info_order: '',
};

beforeAll(async () => {
  cliCommand(); // Fails clearly when the executable has not been built.
  [merchant, lianlian] = await Promise.all([rsaKeyPair(1024), rsaKeyPair(2048)]);
  merchantFiles = writeKeyFiles(temp.dir, 'merchant', merchant);
  lianlianFiles = writeKeyFiles(temp.dir, 'lianlian', lianlian);
});

afterAll(() => temp.remove());

function file(name: string, contents: string | object): string {
  const target = path.join(temp.dir, name);
  writeFileSync(target, typeof contents === 'string' ? contents : JSON.stringify(contents));
  return target;
}

const out = (result: ToolResult) => result.stdout.toString('utf8');

/** Exit code 2 and exactly one stderr line: no stack trace, no key material. */
function expectUserError(result: ToolResult, pattern: RegExp, secrets: string[] = []): void {
  expect(result.status).toBe(2);
  expect(out(result)).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  for (const secret of secrets) {
    for (let i = 0; i + 16 <= secret.length; i += 16) {
      expect(result.stderr).not.toContain(secret.slice(i, i + 16));
    }
  }
}

describe('lianlian executable', () => {
  it.runIf(process.env.LIANLIAN_CLI_FROM_SOURCE !== '1')('is a node script with a shebang', () => {
    expect(readFileSync(builtCli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints global help with --help and usage with exit 2 without a command', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(out(help)).toContain('Usage: lianlian <command>');
    for (const command of ['sign-source', 'sign', 'verify', 'encrypt', 'decrypt']) {
      expect(out(help)).toContain(command);
    }
    const bare = runCli([]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('Usage: lianlian <command>');
  });

  it.each(['sign-source', 'sign', 'verify', 'encrypt', 'decrypt'])(
    'prints help for %s',
    (command) => {
      const result = runCli([command, '--help']);
      expect(result.status).toBe(0);
      expect(out(result)).toContain(`Usage: lianlian ${command}`);
      expect(result.stderr).toBe('');
    },
  );

  it('reports unknown commands and options on one line', () => {
    expectUserError(runCli(['frobnicate']), /unknown command "frobnicate"/);
    expectUserError(runCli(['sign', '--nope']), /lianlian sign: .*--nope/);
    expectUserError(runCli(['sign-source', 'a', 'b']), /at most one FILE/);
  });
});

describe('sign-source', () => {
  it('prints the sign source of a file and of stdin', () => {
    const expected = `${signSource(request)}\n`;
    const fromFile = runCli(['sign-source', file('request.json', request)]);
    expect(fromFile.status).toBe(0);
    expect(out(fromFile)).toBe(expected);
    expect(out(runCli(['sign-source'], JSON.stringify(request)))).toBe(expected);
  });

  it('names the field it cannot sign', () => {
    const result = runCli(['sign-source'], JSON.stringify({ risk_item: { a: '1' } }));
    expectUserError(result, /"risk_item".*JSON\.stringify.*\[SIGN_SOURCE_NESTED\]/);
  });

  it('does not echo input that is not JSON (it may be a key)', () => {
    const result = runCli(['sign-source', merchantFiles.privatePem]);
    expectUserError(result, /the input is not valid JSON/, [pemBody(merchant.pkcs1Pem)]);
  });
});

describe('sign and verify', () => {
  it.each([
    ['PEM PKCS#1', () => merchantFiles.privatePem],
    ['bare base64 PKCS#8', () => merchantFiles.privateBase64],
  ])('signs with a %s key file and the given sign type', (_name, keyFile) => {
    const result = runCli(
      ['sign', '--key', keyFile(), '--sign-type', 'sha256withrsa'],
      JSON.stringify(request),
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const signed = JSON.parse(out(result)) as Record<string, string>;
    expect(signed.sign_type).toBe('SHA256withRSA');
    const expected = signString(signSource(signed), {
      privateKey: merchant.privateKey,
      signType: 'SHA256withRSA',
    });
    expect(signed.sign).toBe(expected);
  });

  it("uses the message's own sign_type and refuses to guess one", () => {
    const withType = runCli(
      ['sign', '-k', merchantFiles.privatePem],
      JSON.stringify({ ...request, sign_type: 'RSA' }),
    );
    expect(withType.status).toBe(0);
    expect(JSON.parse(out(withType))).toEqual(
      signParams({ ...request, sign_type: 'RSA' }, { privateKey: merchant.privateKey }),
    );
    expectUserError(
      runCli(['sign', '--key', merchantFiles.privatePem], JSON.stringify(request)),
      /sign_type.*\[SIGN_TYPE_MISSING\]/,
    );
  });

  it('verifies with one or several public keys and explains failures', () => {
    const signed = signParams(request, { privateKey: merchant.privateKey, signType: 'RSA' });
    const signedFile = file('signed.json', signed);
    const valid = runCli(['verify', '--public-key', merchantFiles.publicBase64, signedFile]);
    expect(valid.status).toBe(0);
    expect(out(valid)).toBe('valid\n');

    const rotation = runCli(
      ['verify', '-p', lianlianFiles.publicPem, '-p', merchantFiles.publicPem],
      JSON.stringify(signed),
    );
    expect(out(rotation)).toBe('valid\n');

    const tampered = runCli(
      ['verify', '-p', merchantFiles.publicPem],
      JSON.stringify({ ...signed, no_order: 'x' }),
    );
    expect(tampered.status).toBe(1);
    expect(out(tampered)).toMatch(/^invalid: bad-signature: .+\n$/);

    const notAllowed = runCli([
      'verify',
      '-p',
      merchantFiles.publicPem,
      '--allow',
      'SHA256withRSA',
      signedFile,
    ]);
    expect(notAllowed.status).toBe(1);
    expect(out(notAllowed)).toMatch(/^invalid: sign-type-not-allowed: /);
  });

  it('refuses to sign, and flags on verify, a value holding "&name=" (the sign-source splice)', () => {
    const spliced = {
      ...request,
      notify_url: `${request.notify_url}&no_order=1`,
      sign_type: 'RSA',
    };
    expectUserError(
      runCli(['sign', '-k', merchantFiles.privatePem], JSON.stringify(spliced)),
      /"notify_url".*\[SIGN_SOURCE_AMBIGUOUS\]/,
    );
    // Signed as LianLian would, without the rule: verify names the reason, exit 1.
    const sign = signString(
      Object.keys(spliced)
        .filter((k) => spliced[k as keyof typeof spliced] !== '')
        .sort()
        .map((k) => `${k}=${spliced[k as keyof typeof spliced]}`)
        .join('&'),
      { privateKey: merchant.privateKey, signType: 'RSA' },
    );
    const result = runCli(
      ['verify', '-p', merchantFiles.publicPem],
      JSON.stringify({ ...spliced, sign }),
    );
    expect(result.status).toBe(1);
    expect(out(result)).toMatch(/^invalid: ambiguous-sign-source: parameter "notify_url" /);
  });

  it('verifies over values as sent: a number written 10.00 is signed as 10.00', () => {
    const fields = { ...request, sign_type: 'RSA', fee_rate: '10.00' };
    const sign = signString(signSource(fields), {
      privateKey: merchant.privateKey,
      signType: 'RSA',
    });
    const text = JSON.stringify({ ...fields, sign }).replace(
      '"fee_rate":"10.00"',
      '"fee_rate":10.00',
    );
    const result = runCli(['verify', '-p', merchantFiles.publicPem], text);
    expect(out(result)).toBe('valid\n');
    expectUserError(
      runCli(['verify', '-p', merchantFiles.publicPem], '{"a":"1","a":"2"}'),
      /the input is not valid JSON: the JSON member "a" appears more than once/,
    );
  });

  it('refuses a private key as --public-key without printing it', () => {
    const result = runCli(['verify', '--public-key', merchantFiles.privateBase64], '{}');
    expectUserError(result, /private key was given where a public key is needed \[KEY_KIND\]/, [
      merchant.pkcs8Base64,
    ]);
  });

  it('reports a missing key option or an unreadable key file on one line', () => {
    expectUserError(runCli(['sign'], '{}'), /--key is required/);
    expectUserError(runCli(['verify'], '{}'), /--public-key KEYFILE is required/);
    expectUserError(
      runCli(['sign', '--key', path.join(temp.dir, 'missing.pem')], '{}'),
      /cannot read key file/,
    );
  });
});

describe('encrypt and decrypt', () => {
  it('wraps a signed request into a body that decrypt opens, from a body or a bare envelope', () => {
    const signed = signParams(request, { privateKey: merchant.privateKey, signType: 'RSA' });
    const encrypted = runCli(
      ['encrypt', '--public-key', lianlianFiles.publicBase64],
      JSON.stringify(signed),
    );
    expect(encrypted.stderr).toBe('');
    expect(encrypted.status).toBe(0);
    const body = JSON.parse(out(encrypted)) as { oid_partner: string; pay_load: string };
    expect(body.oid_partner).toBe(request.oid_partner);
    expect(decryptPayload(body.pay_load, lianlian.privateKey)).toBe(JSON.stringify(signed));

    const fromBody = runCli([
      'decrypt',
      '--key',
      lianlianFiles.privateBase64,
      file('body.json', body),
    ]);
    expect(out(fromBody)).toBe(`${JSON.stringify(signed)}\n`);

    const bare = runCli(
      ['encrypt', '-p', lianlianFiles.publicPem, '--envelope-only', '--wrap'],
      JSON.stringify(signed),
    );
    const envelope = out(bare).trimEnd();
    expect(envelope).toMatch(/^lianpay1_0_1\$/);
    expect(envelope).toContain('\r\n');
    const fromEnvelope = runCli(['decrypt', '-k', lianlianFiles.privatePem], envelope);
    expect(out(fromEnvelope)).toBe(`${JSON.stringify(signed)}\n`);
  });

  it('puts the envelope in the field --field names and opens it from there', () => {
    const signed = signParams(request, { privateKey: merchant.privateKey, signType: 'RSA' });
    const field = 'sealed_request'; // made up, as an operation's x-lianlian-envelope may declare
    const body = JSON.parse(
      out(
        runCli(
          ['encrypt', '-p', lianlianFiles.publicPem, '--field', field],
          JSON.stringify(signed),
        ),
      ),
    ) as Record<string, string>;
    expect(Object.keys(body)).toEqual(['oid_partner', field]);
    const opened = runCli(
      ['decrypt', '-k', lianlianFiles.privatePem, '--field', field],
      JSON.stringify(body),
    );
    expect(out(opened)).toBe(`${JSON.stringify(signed)}\n`);
    expectUserError(
      runCli(['decrypt', '-k', lianlianFiles.privatePem], JSON.stringify(body)),
      /no "pay_load" string/,
    );
    expectUserError(
      runCli(['encrypt', '-p', lianlianFiles.publicPem, '--field', 'a=b'], JSON.stringify(signed)),
      /--field must be a field name/,
    );
  });

  it('refuses to encrypt an unsigned request', () => {
    expectUserError(
      runCli(['encrypt', '-p', lianlianFiles.publicPem], JSON.stringify(request)),
      /signed before it is encrypted \[ENVELOPE_UNSIGNED\]/,
    );
  });

  it('reports the wrong private key and a damaged envelope on one line', () => {
    const signed = signParams(request, { privateKey: merchant.privateKey, signType: 'RSA' });
    const body = JSON.parse(
      out(runCli(['encrypt', '-p', lianlianFiles.publicPem], JSON.stringify(signed))),
    ) as { pay_load: string };
    expectUserError(
      runCli(['decrypt', '--key', merchantFiles.privatePem], JSON.stringify(body)),
      /\[ENVELOPE_KEY_UNWRAP\]/,
      [pemBody(merchant.pkcs1Pem)],
    );
    expectUserError(
      runCli(
        ['decrypt', '--key', lianlianFiles.privatePem],
        body.pay_load.replace(/\$[^$]*$/, '$AAAA'),
      ),
      /\[ENVELOPE_MAC_MISMATCH\]/,
    );
    expectUserError(
      runCli(['decrypt', '--key', lianlianFiles.privatePem], '{"oid_partner":"1"}'),
      /pay_load/,
    );
  });
});

describe('a closed output pipe (`lianlian … | head -c1`)', () => {
  /**
   * Runs the CLI with its stdout a pipe whose reading end this process closes: right away, or
   * after the first chunk as `head -c1` does. Resolves with the exit code and everything on stderr.
   */
  function runClosingStdout(
    args: readonly string[],
    when: 'at-once' | 'after-first-chunk',
  ): Promise<{ status: number | null; stderr: string; received: number }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [...cliCommand(), ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      let received = 0;
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString('utf8');
      });
      if (when === 'at-once') child.stdout.destroy();
      else {
        child.stdout.once('data', (chunk: Buffer) => {
          received += chunk.length;
          child.stdout.destroy();
        });
      }
      child.once('error', reject);
      child.once('close', (status) => resolve({ status, stderr, received }));
    });
  }

  // Far more than a pipe buffer (64 KiB), so the writer is still writing when the reader leaves.
  const bigMessage = () => {
    const message: Record<string, string> = {};
    for (let i = 0; i < 20_000; i += 1) message[`k${String(i).padStart(5, '0')}`] = `v${i}`;
    return file('big.json', message);
  };

  it('exits 0 without a word when the reader stops after one chunk', async () => {
    const result = await runClosingStdout(['sign-source', bigMessage()], 'after-first-chunk');
    expect(result.received).toBeGreaterThan(0);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('keeps the code the command decided: 1 for an invalid signature, 0 for a valid one', async () => {
    const signed = signParams(request, { privateKey: merchant.privateKey, signType: 'RSA' });
    const tampered = file('tampered-pipe.json', { ...signed, no_order: 'x' });
    const valid = file('valid-pipe.json', signed);
    const args = ['verify', '-p', merchantFiles.publicPem];
    const [bad, good] = await Promise.all([
      runClosingStdout([...args, tampered], 'at-once'),
      runClosingStdout([...args, valid], 'at-once'),
    ]);
    expect(bad).toMatchObject({ status: 1, stderr: '' });
    expect(good).toMatchObject({ status: 0, stderr: '' });
  });
});
