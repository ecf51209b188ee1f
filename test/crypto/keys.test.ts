import {
  createPrivateKey,
  createSecretKey,
  generateKeyPairSync,
  verify,
  type KeyObject,
} from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyFormatError } from '../../generated/src/runtime/shared/errors.js';
import {
  loadPrivateKey,
  loadPublicKey,
  type KeyInput,
} from '../../generated/src/runtime/crypto/keys.js';
import { signString } from '../../generated/src/runtime/crypto/sign.js';
import { runOk, tempDir } from '../support/crypto-tools.js';
import { pemBody, rsaKeyPair, type TestKeyPair } from '../support/keys.js';

const SIZES = [1024, 2048, 4096] as const;
const pairs = new Map<number, TestKeyPair>();
const certificates = new Map<number, string>();
const temp = tempDir('lianlian-keys');

beforeAll(async () => {
  for (const pair of await Promise.all(SIZES.map((bits) => rsaKeyPair(bits)))) {
    pairs.set(pair.bits, pair);
    const keyFile = path.join(temp.dir, `${pair.bits}.pem`);
    writeFileSync(keyFile, pair.pkcs8Pem, { mode: 0o600 });
    const cert = runOk('openssl', [
      'req',
      '-x509',
      '-new',
      '-key',
      keyFile,
      '-subj',
      '/CN=lianlian-test',
      '-days',
      '2',
    ]);
    certificates.set(pair.bits, cert.toString('utf8'));
  }
});

afterAll(() => temp.remove());

function pair(bits: number): TestKeyPair {
  const found = pairs.get(bits);
  if (found === undefined) throw new Error(`no ${bits}-bit key`);
  return found;
}

const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const wrapped = (base64: string) => base64.replace(/(.{64})/g, '$1\r\n');

const privateFormats: [string, (p: TestKeyPair) => KeyInput][] = [
  ['PEM PKCS#1', (p) => p.pkcs1Pem],
  ['PEM PKCS#8', (p) => p.pkcs8Pem],
  ['bare base64 PKCS#8', (p) => p.pkcs8Base64],
  ['DER PKCS#8 bytes', (p) => p.pkcs8Der],
  ['KeyObject', (p) => p.privateKey],
  ['PEM PKCS#1 with CRLF and surrounding blanks', (p) => `\r\n  ${crlf(p.pkcs1Pem)}\r\n`],
  ['bare base64 PKCS#8 wrapped with CRLF', (p) => wrapped(p.pkcs8Base64)],
  ['PEM with literal \\n escapes (environment variable)', (p) => p.pkcs8Pem.replace(/\n/g, '\\n')],
  ['PEM PKCS#8 as a Buffer', (p) => Buffer.from(p.pkcs8Pem)],
];

const publicFormats: [string, (p: TestKeyPair) => KeyInput][] = [
  ['PEM SPKI', (p) => p.spkiPem],
  ['PEM PKCS#1 public', (p) => p.pkcs1PublicPem],
  ['bare base64 SPKI', (p) => p.spkiBase64],
  ['DER SPKI bytes', (p) => p.spkiDer],
  ['KeyObject', (p) => p.publicKey],
  ['X.509 certificate PEM', (p) => certificates.get(p.bits) as string],
  ['PEM SPKI with CRLF', (p) => crlf(p.spkiPem)],
  ['bare base64 SPKI wrapped with CRLF', (p) => wrapped(p.spkiBase64)],
];

describe.each(SIZES)('%i-bit RSA keys', (bits) => {
  it.each(privateFormats)('loads a private key from %s and signs with it', (_name, format) => {
    const key = loadPrivateKey(format(pair(bits)));
    expect(key.type).toBe('private');
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(bits);
    const sign = signString('oid_partner=1&sign_type=RSA', { privateKey: key, signType: 'RSA' });
    const signature = Buffer.from(sign, 'base64');
    expect(signature).toHaveLength(bits / 8);
    expect(
      verify('md5', Buffer.from('oid_partner=1&sign_type=RSA'), pair(bits).publicKey, signature),
    ).toBe(true);
  });

  it.each(publicFormats)('loads a public key from %s that verifies', (_name, format) => {
    const key = loadPublicKey(format(pair(bits)));
    expect(key.type).toBe('public');
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(bits);
    const sign = signString('a=1', {
      privateKey: pair(bits).privateKey,
      signType: 'SHA256withRSA',
    });
    expect(verify('sha256', Buffer.from('a=1'), key, Buffer.from(sign, 'base64'))).toBe(true);
  });
});

function rejection(load: () => KeyObject, secret?: string): KeyFormatError {
  let caught: unknown;
  try {
    load();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(KeyFormatError);
  const error = caught as KeyFormatError;
  expect(error.cause).toBeUndefined();
  expect(['privateKey', 'publicKey']).toContain(error.field);
  if (secret !== undefined) {
    // Neither the whole body nor any 16-character piece of it may leak.
    for (const text of [error.message, error.stack ?? '', String(error)]) {
      expect(text).not.toContain(secret);
      for (let i = 0; i + 16 <= secret.length; i += 16) {
        expect(text).not.toContain(secret.slice(i, i + 16));
      }
    }
  }
  return error;
}

describe('rejected keys', () => {
  it('rejects every public key format where a private key is needed', () => {
    const p = pair(1024);
    for (const [, format] of publicFormats) {
      const input = format(p);
      const secret = typeof input === 'string' ? pemBody(input) : undefined;
      expect(rejection(() => loadPrivateKey(input), secret).code).toBe('KEY_KIND');
    }
  });

  it('rejects every private key format where a public key is needed, without echoing it', () => {
    const p = pair(1024);
    for (const [, format] of privateFormats) {
      const input = format(p);
      const secret = typeof input === 'string' ? pemBody(input.replace(/\\n/g, '\n')) : undefined;
      expect(rejection(() => loadPublicKey(input), secret).code).toBe('KEY_KIND');
    }
  });

  it.each([512, 3072])('rejects %i-bit RSA keys with KEY_SIZE', (bits) => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
    const error = rejection(() => loadPrivateKey(pem), pemBody(pem));
    expect(error.code).toBe('KEY_SIZE');
    expect(error.message).toContain(String(bits));
    const spki = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    expect(rejection(() => loadPublicKey(spki), spki).code).toBe('KEY_SIZE');
  });

  it('rejects EC, Ed25519 and RSA-PSS keys with KEY_TYPE', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const ecSec1 = ec.privateKey.export({ type: 'sec1', format: 'pem' }) as string;
    const ecPkcs8 = ec.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    const ecSpki = ec.publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(rejection(() => loadPrivateKey(ecSec1), pemBody(ecSec1)).code).toBe('KEY_TYPE');
    expect(rejection(() => loadPrivateKey(ecPkcs8), ecPkcs8).code).toBe('KEY_TYPE');
    expect(rejection(() => loadPublicKey(ecSpki), pemBody(ecSpki)).code).toBe('KEY_TYPE');
    expect(rejection(() => loadPrivateKey(createSecretKey(Buffer.alloc(32)))).code).toBe(
      'KEY_TYPE',
    );
    const ed = generateKeyPairSync('ed25519');
    expect(rejection(() => loadPrivateKey(ed.privateKey)).code).toBe('KEY_TYPE');
    const pss = generateKeyPairSync('rsa-pss', { modulusLength: 1024 });
    const pssPem = pss.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    expect(rejection(() => loadPrivateKey(pssPem), pemBody(pssPem)).code).toBe('KEY_TYPE');
  });

  it('rejects a passphrase-protected key with KEY_ENCRYPTED', () => {
    const pem = pair(1024).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
      cipher: 'aes-256-cbc',
      passphrase: 'secret-passphrase',
    }) as string;
    expect(rejection(() => loadPrivateKey(pem), pemBody(pem)).code).toBe('KEY_ENCRYPTED');
    const traditional = pair(1024).privateKey.export({
      type: 'pkcs1',
      format: 'pem',
      cipher: 'aes-128-cbc',
      passphrase: 'secret-passphrase',
    }) as string;
    expect(traditional).toContain('Proc-Type: 4,ENCRYPTED');
    const body = traditional.split(/\n\n/)[1] as string;
    expect(rejection(() => loadPrivateKey(traditional), pemBody(body)).code).toBe('KEY_ENCRYPTED');
  });

  it('rejects damaged keys without echoing any of their content', () => {
    const p = pair(2048);
    const body = pemBody(p.pkcs8Pem);
    const truncated = body.slice(0, 800);
    const corrupted = `-----BEGIN PRIVATE KEY-----\n${truncated}\n-----END PRIVATE KEY-----\n`;
    expect(rejection(() => loadPrivateKey(corrupted), truncated).code).toBe('KEY_PARSE');
    expect(rejection(() => loadPrivateKey(truncated), truncated).code).toBe('KEY_PARSE');
    const unterminated = p.pkcs8Pem.replace('-----END PRIVATE KEY-----', '');
    expect(rejection(() => loadPrivateKey(unterminated), body).code).toBe('KEY_FORMAT');
    const publicBody = pemBody(p.spkiPem);
    const mislabelled = `-----BEGIN PRIVATE KEY-----\n${publicBody}\n-----END PRIVATE KEY-----`;
    expect(rejection(() => loadPrivateKey(mislabelled), publicBody).code).toBe('KEY_PARSE');
    const notBase64 = `${body.slice(0, 100)}!${body.slice(101)}`;
    expect(rejection(() => loadPrivateKey(notBase64), body.slice(0, 100)).code).toBe('KEY_FORMAT');
    const twoKeys = `${p.pkcs8Pem}${pair(1024).pkcs8Pem}`;
    expect(rejection(() => loadPrivateKey(twoKeys), body).code).toBe('KEY_FORMAT');
    const unknownLabel = p.pkcs8Pem.replace(/PRIVATE KEY/g, 'OPENSSH PRIVATE KEY');
    expect(rejection(() => loadPrivateKey(unknownLabel), body).code).toBe('KEY_FORMAT');
  });

  it.each([
    ['an empty string', ''],
    ['plain text', 'not a key at all'],
    ['a short base64 string', 'AAAA'],
    ['random DER-looking bytes', Buffer.from([0x30, 0x03, 0x02, 0x01, 0x00])],
  ])('rejects %s', (_name, input) => {
    const error = rejection(() => loadPrivateKey(input));
    expect(['KEY_FORMAT', 'KEY_PARSE']).toContain(error.code);
    expect(['KEY_FORMAT', 'KEY_PARSE']).toContain(rejection(() => loadPublicKey(input)).code);
  });

  it.each([null, undefined, 42, {}])('rejects %j as key input with KEY_INPUT', (input) => {
    expect(rejection(() => loadPrivateKey(input as never)).code).toBe('KEY_INPUT');
  });

  it('loads the bare base64 PKCS#1 a PHP integration strips of its PEM lines', () => {
    const p = pair(1024);
    const key = loadPrivateKey(pemBody(p.pkcs1Pem));
    expect(key.export({ type: 'pkcs8', format: 'der' })).toEqual(p.pkcs8Der);
    expect(createPrivateKey(p.pkcs1Pem).asymmetricKeyType).toBe('rsa');
  });
});
