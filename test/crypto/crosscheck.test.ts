// Cross-checks the runtime against implementations we did not write: the openssl command line
// and the JDK (test/java/LianPayEnvelope.java). A missing openssl or java fails these tests.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signSource } from '../../generated/src/runtime/crypto/canonical.js';
import {
  decryptPayload,
  encryptPayload,
  parseEnvelope,
} from '../../generated/src/runtime/crypto/envelope.js';
import { signParams, signString } from '../../generated/src/runtime/crypto/sign.js';
import { verifyParams } from '../../generated/src/runtime/crypto/verify.js';
import { runJava, runOk, tempDir } from '../support/crypto-tools.js';
import { rsaKeyPair, writeKeyFiles, type KeyFiles, type TestKeyPair } from '../support/keys.js';

const temp = tempDir('lianlian-crosscheck');
const keys = new Map<number, { pair: TestKeyPair; files: KeyFiles }>();

beforeAll(async () => {
  for (const pair of await Promise.all([rsaKeyPair(1024), rsaKeyPair(2048)])) {
    keys.set(pair.bits, { pair, files: writeKeyFiles(temp.dir, `rsa${pair.bits}`, pair) });
  }
});

afterAll(() => temp.remove());

function key(bits: number) {
  const found = keys.get(bits);
  if (found === undefined) throw new Error(`no ${bits}-bit key`);
  return found;
}

let fileCount = 0;
function tempFile(contents: string | Buffer): string {
  fileCount += 1;
  const file = path.join(temp.dir, `data-${fileCount}`);
  writeFileSync(file, contents);
  return file;
}

const message = {
  oid_partner: '201606221000921503',
  no_order: '20170208165924',
  money_order: '12.50',
  name_goods: '机票 ✈ & 酒店 = 😀',
  notify_url: 'http://m.example/notify?a=1&%20b',
  risk_item: '{"frms_ware_category":"4007","user_info_mercht_userno":"u-1"}',
  info_order: '',
};

describe.each([1024, 2048])('signatures with a %i-bit key', (bits) => {
  it.each([
    ['RSA', '-md5', 'MD5withRSA'],
    ['SHA256withRSA', '-sha256', 'SHA256withRSA'],
  ] as const)(
    'sign_type %s equals `openssl dgst %s -sign` and the JDK, byte for byte',
    (signType, digest, jca) => {
      const { pair, files } = key(bits);
      const source = signSource({ ...message, sign_type: signType });
      const sourceFile = tempFile(source);

      const ours = Buffer.from(
        signString(source, { privateKey: pair.pkcs1Pem, signType }),
        'base64',
      );
      const openssl = runOk('openssl', ['dgst', digest, '-sign', files.privatePem, sourceFile]);
      expect(ours.equals(openssl)).toBe(true);

      const java = runJava(['sign', files.privateBase64, jca, sourceFile]);
      expect(java.stderr).toBe('');
      expect(java.stdout.toString('ascii')).toBe(ours.toString('base64'));

      // Our verifier accepts openssl's signature on the message...
      const received = { ...message, sign_type: signType, sign: openssl.toString('base64') };
      expect(verifyParams(received, { publicKeys: readFileSync(files.publicPem) })).toMatchObject({
        ok: true,
      });
      // ...and openssl and the JDK accept ours.
      const signed = signParams(message, { privateKey: pair.privateKey, signType });
      const signatureFile = tempFile(Buffer.from(signed.sign, 'base64'));
      const verified = runOk('openssl', [
        'dgst',
        digest,
        '-verify',
        files.publicPem,
        '-signature',
        signatureFile,
        sourceFile,
      ]);
      expect(verified.toString('ascii').trim()).toBe('Verified OK');
      const javaVerdict = runJava(['verify', files.publicBase64, jca, sourceFile, signed.sign]);
      expect(javaVerdict.stdout.toString('ascii')).toBe('true');
    },
  );
});

describe('envelopes with the JDK (RSA/ECB/OAEPWithSHA-1AndMGF1Padding, AES/CTR, HmacSHA256)', () => {
  const plaintext = JSON.stringify({ ...message, sign_type: 'RSA', sign: 'c2lnbg==' });

  it.each([
    ['unwrapped base64', false],
    ['base64 wrapped with CRLF', true],
  ])('opens an envelope we made with %s', (_name, wrapBase64) => {
    const { files } = key(1024);
    const envelope = encryptPayload(plaintext, readFileSync(files.publicPem), { wrapBase64 });
    const result = runJava(['decrypt', files.privateBase64, tempFile(envelope)]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.toString('utf8')).toBe(plaintext);
  });

  it('refuses our envelope once its ciphertext is altered (the JDK checks the MAC too)', () => {
    const { files } = key(1024);
    const fields = encryptPayload(plaintext, readFileSync(files.publicPem)).split('$');
    fields[4] = Buffer.from('tampered').toString('base64');
    const result = runJava(['decrypt', files.privateBase64, tempFile(fields.join('$'))]);
    expect(result.status).toBe(3);
    expect(result.stderr.trim()).toBe('MAC mismatch');
  });

  it('opens an envelope the JDK made, wrapped at 76 characters with CRLF like the seed sample', () => {
    const { files, pair } = key(2048);
    const made = runJava(['encrypt', files.publicBase64, tempFile(plaintext)]);
    expect(made.stderr).toBe('');
    const envelope = made.stdout.toString('ascii');
    expect(envelope).toContain('\r\n');
    expect(parseEnvelope(envelope).wrappedAesKey).toHaveLength(256);
    expect(decryptPayload(envelope, pair.pkcs1Pem)).toBe(plaintext);
  });
});

describe('envelopes with the openssl command line', () => {
  const plaintext = JSON.stringify({ oid_partner: '201606221000921503', name_goods: '机票' });
  const oaep = [
    '-pkeyopt',
    'rsa_padding_mode:oaep',
    '-pkeyopt',
    'rsa_oaep_md:sha1',
    '-pkeyopt',
    'rsa_mgf1_md:sha1',
  ];
  const counterIv = (nonce: Buffer) => `${nonce.toString('hex')}0000000000000001`;

  it('unwraps, authenticates and decrypts an envelope we made', () => {
    const { files } = key(1024);
    const envelope = encryptPayload(plaintext, readFileSync(files.publicPem), { wrapBase64: true });
    const parts = parseEnvelope(envelope);
    const unwrap = (wrapped: Buffer) =>
      runOk('openssl', [
        'pkeyutl',
        '-decrypt',
        '-inkey',
        files.privatePem,
        ...oaep,
        '-in',
        tempFile(wrapped),
      ]);
    const hmacKey = unwrap(parts.wrappedHmacKey);
    const aesKey = unwrap(parts.wrappedAesKey);
    const mac = runOk('openssl', [
      'dgst',
      '-sha256',
      '-mac',
      'HMAC',
      '-macopt',
      `hexkey:${hmacKey.toString('hex')}`,
      '-binary',
      tempFile(parts.macInput),
    ]);
    expect(mac.equals(parts.mac)).toBe(true);
    const decrypted = runOk('openssl', [
      'enc',
      '-d',
      '-aes-256-ctr',
      '-K',
      aesKey.toString('hex'),
      '-iv',
      counterIv(parts.nonce),
      '-in',
      tempFile(parts.ciphertext),
    ]);
    expect(decrypted.toString('utf8')).toBe(plaintext);
  });

  it('builds an envelope with openssl alone that we open', () => {
    const { files, pair } = key(2048);
    const hmacKey = 'Q7ZP0K4M2W9X1C8V3B6N5L0J7H2G4F9D';
    const aesKey = 'A0S9D8F7G6H5J4K3L2Z1X0C9V8B7N6M5';
    const nonce = Buffer.from('K3Y9N0CE', 'ascii');
    const wrap = (secret: string) =>
      runOk('openssl', [
        'pkeyutl',
        '-encrypt',
        '-pubin',
        '-inkey',
        files.publicPem,
        ...oaep,
        '-in',
        tempFile(secret),
      ]);
    const ciphertext = runOk('openssl', [
      'enc',
      '-aes-256-ctr',
      '-K',
      Buffer.from(aesKey).toString('hex'),
      '-iv',
      counterIv(nonce),
      '-in',
      tempFile(plaintext),
    ]);
    const macInput = `${nonce.toString('base64')}$${ciphertext.toString('base64')}`;
    const mac = runOk('openssl', [
      'dgst',
      '-sha256',
      '-hmac',
      hmacKey,
      '-binary',
      tempFile(macInput),
    ]);
    const envelope = [
      'lianpay1_0_1',
      wrap(hmacKey).toString('base64'),
      wrap(aesKey).toString('base64'),
      macInput,
      mac.toString('base64'),
    ].join('$');
    expect(decryptPayload(envelope, pair.privateKey)).toBe(plaintext);
  });
});
