import { constants, generateKeyPairSync, privateDecrypt, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildEnvelopeBody,
  decryptPayload,
  encryptPayload,
  ENVELOPE_VERSION,
  openEnvelopeBody,
  parseEnvelope,
} from '../../generated/src/runtime/crypto/envelope.js';
import { EnvelopeError } from '../../generated/src/runtime/shared/errors.js';
import { loadPublicKey } from '../../generated/src/runtime/crypto/keys.js';
import { signParams } from '../../generated/src/runtime/crypto/sign.js';
import { verifyParams } from '../../generated/src/runtime/crypto/verify.js';
import { craftEnvelope } from '../support/crypto-envelope.js';
import { extractSeed003, readSeed003Fixture, seedsPresent } from '../support/crypto-seed.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';

// LianLian's published production public key (protocol-facts §5), bare base64 SPKI.
const LIANLIAN_PUBLIC_KEY =
  'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCSS/DiwdCf/aZsxxcacDnooGph3d2JOj5GXWi+q3gznZauZjkNP8SKl3J2liP0O6rU/Y/29+IUe+GTMhMOFJuZm1htAtKiu5ekW0GlBMWxf4FPkYlQkPE0FtaoMP3gYfh+OwI+fIRrpW3ySn3mScnc6Z700nU/VYrRkfcSCbSnRwIDAQAB';

let recipient: TestKeyPair;
let other: KeyObject;
let merchant: TestKeyPair;

beforeAll(async () => {
  [recipient, merchant] = await Promise.all([rsaKeyPair(1024), rsaKeyPair(2048)]);
  other = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
});

function envelopeError(action: () => unknown): EnvelopeError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(EnvelopeError);
    return error as EnvelopeError;
  }
  throw new Error('expected an EnvelopeError');
}

const unwrapKey = (key: KeyObject, wrapped: Buffer) =>
  privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, wrapped);

describe('seed 003 sample envelope', () => {
  // A user's clone has only the committed fixture; where the seeds exist, they must agree.
  it.runIf(seedsPresent())('matches what seed 003 prints (re-extracted)', () => {
    expect(readSeed003Fixture()).toEqual(extractSeed003());
  });

  it('parses into six fields with the properties of protocol-facts §4', () => {
    const { body, plaintext } = readSeed003Fixture();
    const outer = JSON.parse(body) as { oid_partner: string; pay_load: string };
    const request = JSON.parse(plaintext) as Record<string, string>;
    expect(outer.oid_partner).toBe(request.oid_partner);
    expect(outer.pay_load.split('$')).toHaveLength(6);
    expect(outer.pay_load.startsWith(`${ENVELOPE_VERSION}$`)).toBe(true);

    const parts = parseEnvelope(outer.pay_load);
    expect(parts.nonce.toString('ascii')).toBe('EB22C44K');
    expect(parts.wrappedHmacKey).toHaveLength(128);
    expect(parts.wrappedAesKey).toHaveLength(128);
    expect(parts.mac).toHaveLength(32);
    expect(parts.ciphertext).toHaveLength(385);
    expect(Buffer.byteLength(JSON.stringify(request), 'utf8')).toBe(385);
    // The MAC covers the fields as transmitted, with the Java encoder's CRLF line breaks.
    expect(parts.macInput).toContain('\r\n');
    expect(parts.macInput.startsWith('RUIyMkM0NEs=$tfXbWbTWnzseVnnu')).toBe(true);
    for (const line of outer.pay_load.split('$').slice(1).join('\r\n').split('\r\n')) {
      expect(line.length).toBeLessThanOrEqual(76);
    }
  });

  it('was made for a 1024-bit key like LianLian published; ours cannot unwrap it', () => {
    expect(loadPublicKey(LIANLIAN_PUBLIC_KEY).asymmetricKeyDetails?.modulusLength).toBe(1024);
    const { body } = readSeed003Fixture();
    const { pay_load: envelope } = JSON.parse(body) as { pay_load: string };
    expect(envelopeError(() => decryptPayload(envelope, recipient.privateKey)).code).toBe(
      'ENVELOPE_KEY_UNWRAP',
    );
    expect(envelopeError(() => decryptPayload(envelope, merchant.privateKey)).code).toBe(
      'ENVELOPE_KEY_UNWRAP',
    );
  });
});

describe('encryptPayload / decryptPayload', () => {
  it('round-trips UTF-8 text, unwrapped by default and wrapped like Java on request', () => {
    const plaintext = '{"name_goods":"机票 ✈ & hotel","money_order":"0.01","emoji":"😀"}';
    const plain = encryptPayload(plaintext, recipient.spkiBase64);
    expect(plain).not.toMatch(/[\r\n]/);
    expect(decryptPayload(plain, recipient.pkcs8Base64)).toBe(plaintext);

    const long = plaintext.repeat(5);
    const wrapped = encryptPayload(long, recipient.publicKey, { wrapBase64: true });
    const fields = wrapped.split('$');
    expect(fields).toHaveLength(6);
    for (const field of fields) {
      for (const line of field.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    }
    expect(fields[4]).toContain('\r\n');
    expect(wrapped.replace(/\r\n/g, '')).not.toContain('\n');
    expect(decryptPayload(wrapped, recipient.pkcs1Pem)).toBe(long);
  });

  it('accepts LF-wrapped fields whose MAC covers them as sent', () => {
    const envelope = craftEnvelope({
      publicKey: recipient.publicKey,
      hmacKey: 'H'.repeat(32),
      aesKey: 'A1'.repeat(16),
      nonce: '0123ABCD',
      plaintext: Buffer.from('x'.repeat(200)),
      lineBreak: '\n',
    });
    expect(envelope).toContain('\n');
    expect(decryptPayload(envelope, recipient.privateKey)).toBe('x'.repeat(200));
    // Converting the line breaks changes the text the MAC covers.
    expect(
      envelopeError(() => decryptPayload(envelope.replace(/\n/g, '\r\n'), recipient.privateKey))
        .code,
    ).toBe('ENVELOPE_MAC_MISMATCH');
  });

  it('draws 32-character keys and an 8-character nonce from 0-9A-Z, fresh every time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20; i += 1) {
      const parts = parseEnvelope(encryptPayload('{}', recipient.publicKey));
      const hmacKey = unwrapKey(recipient.privateKey, parts.wrappedHmacKey).toString('latin1');
      const aesKey = unwrapKey(recipient.privateKey, parts.wrappedAesKey).toString('latin1');
      expect(hmacKey).toMatch(/^[0-9A-Z]{32}$/);
      expect(aesKey).toMatch(/^[0-9A-Z]{32}$/);
      expect(parts.nonce.toString('latin1')).toMatch(/^[0-9A-Z]{8}$/);
      for (const value of [hmacKey, aesKey, parts.nonce.toString('latin1')]) seen.add(value);
    }
    expect(seen.size).toBe(60);
  });

  it('decrypts an empty plaintext', () => {
    expect(decryptPayload(encryptPayload('', recipient.publicKey), recipient.privateKey)).toBe('');
  });
});

describe('rejected envelopes', () => {
  let envelope: string;
  let fields: string[];
  beforeAll(() => {
    envelope = encryptPayload('{"oid_partner":"201606221000921503"}', recipient.publicKey);
    fields = envelope.split('$');
  });
  const withField = (index: number, value: string) =>
    fields.map((field, i) => (i === index ? value : field)).join('$');

  it.each([
    ['another version tag', () => withField(0, 'lianpay1_0_2'), 'ENVELOPE_VERSION'],
    ['plain text', () => 'hello', 'ENVELOPE_VERSION'],
    ['five fields', () => fields.slice(0, 5).join('$'), 'ENVELOPE_FIELD_COUNT'],
    ['seven fields', () => `${envelope}$AAAA`, 'ENVELOPE_FIELD_COUNT'],
    ['a non-base64 character', () => withField(4, `${fields[4]}!`), 'ENVELOPE_BASE64'],
    ['an empty key field', () => withField(1, ''), 'ENVELOPE_BASE64'],
    [
      'a 7-byte nonce',
      () => withField(3, Buffer.from('ABCDEFG').toString('base64')),
      'ENVELOPE_NONCE',
    ],
    [
      'a truncated key field',
      () => withField(2, (fields[2] as string).slice(0, 100)),
      'ENVELOPE_KEY_UNWRAP',
    ],
    [
      'swapped key fields',
      () => [fields[0], fields[2], fields[1], ...fields.slice(3)].join('$'),
      'ENVELOPE_MAC_MISMATCH',
    ],
    [
      'another nonce',
      () => withField(3, Buffer.from('ZZZZZZZZ').toString('base64')),
      'ENVELOPE_MAC_MISMATCH',
    ],
    [
      'an altered ciphertext',
      () => withField(4, Buffer.from('x'.repeat(37)).toString('base64')),
      'ENVELOPE_MAC_MISMATCH',
    ],
    [
      'a 16-byte MAC',
      () => withField(5, Buffer.alloc(16).toString('base64')),
      'ENVELOPE_MAC_MISMATCH',
    ],
    [
      'an altered MAC',
      () => withField(5, Buffer.alloc(32).toString('base64')),
      'ENVELOPE_MAC_MISMATCH',
    ],
  ])('rejects %s', (_name, build, code) => {
    expect(envelopeError(() => decryptPayload(build(), recipient.privateKey)).code).toBe(code);
  });

  it('rejects a private key that is not the recipient', () => {
    const error = envelopeError(() => decryptPayload(envelope, other));
    expect(error.code).toBe('ENVELOPE_KEY_UNWRAP');
    expect(error.field).toBe('hmac_key');
    expect(envelopeError(() => decryptPayload(envelope, merchant.privateKey)).code).toBe(
      'ENVELOPE_KEY_UNWRAP',
    );
  });

  it('rejects a non-string envelope', () => {
    expect(envelopeError(() => decryptPayload(42 as never, recipient.privateKey)).code).toBe(
      'ENVELOPE_INPUT',
    );
  });

  it('authenticates before decrypting and never names the keys or the plaintext', () => {
    const recipe = {
      publicKey: recipient.publicKey,
      hmacKey: 'HMACKEY0123456789ABCDEFGHIJKLMNO',
      aesKey: 'AESKEY0123456789ABCDEFGHIJKLMNOP',
      nonce: 'NONCE123',
      plaintext: Buffer.from([0xff, 0xfe, 0x80, 0x41]),
    };
    const invalidUtf8 = craftEnvelope(recipe);
    const error = envelopeError(() => decryptPayload(invalidUtf8, recipient.privateKey));
    expect(error.code).toBe('ENVELOPE_UTF8');
    // The same bytes under a bad MAC are never decrypted: the MAC error comes first.
    const parts = invalidUtf8.split('$');
    parts[5] = Buffer.alloc(32, 7).toString('base64');
    const mac = envelopeError(() => decryptPayload(parts.join('$'), recipient.privateKey));
    expect(mac.code).toBe('ENVELOPE_MAC_MISMATCH');
    for (const text of [error.message, error.stack ?? '', mac.message, mac.stack ?? '']) {
      expect(text).not.toContain(recipe.hmacKey);
      expect(text).not.toContain(recipe.aesKey);
    }
  });
});

describe('request bodies', () => {
  const request = {
    api_version: '1.0',
    confirm_code: '137007',
    no_order: '20170208165924',
    notify_url: 'http://192.168.110.13:8080/test/tradepayapi/receiveNotify.htm',
    oid_partner: '201606221000921503',
  };

  it('wraps the compact JSON of the signed request and opens it again', () => {
    const signed = signParams(request, { privateKey: merchant.privateKey, signType: 'RSA' });
    const body = buildEnvelopeBody(signed, recipient.spkiPem);
    expect(Object.keys(body)).toEqual(['oid_partner', 'pay_load']);
    expect(body.oid_partner).toBe(request.oid_partner);
    expect(decryptPayload(body.pay_load, recipient.privateKey)).toBe(JSON.stringify(signed));
    const opened = openEnvelopeBody(JSON.parse(JSON.stringify(body)), recipient.privateKey);
    expect(opened).toEqual(signed);
    expect(verifyParams(opened, { publicKeys: merchant.publicKey })).toMatchObject({
      ok: true,
    });
  });

  it('opens the field the operation declares, not a fixed pay_load', () => {
    // A made-up field name, as a spec's x-lianlian-envelope `field` may declare it.
    const field = 'sealed_request';
    const signed = signParams(request, { privateKey: merchant.privateKey, signType: 'RSA' });
    const body = buildEnvelopeBody(signed, recipient.spkiPem, { field });
    expect(Object.keys(body)).toEqual(['oid_partner', field]);
    expect(openEnvelopeBody(body, recipient.privateKey, { field })).toEqual(signed);
    const missing = envelopeError(() => openEnvelopeBody(body, recipient.privateKey));
    expect(missing).toMatchObject({ code: 'ENVELOPE_INPUT', field: 'pay_load' });
    const moved = { oid_partner: body.oid_partner, pay_load: body[field] };
    const wrongField = envelopeError(() =>
      openEnvelopeBody(moved, recipient.privateKey, { field }),
    );
    expect(wrongField).toMatchObject({ code: 'ENVELOPE_INPUT', field });
    // An inherited member is not a field of the body.
    const inherited = Object.assign(Object.create({ [field]: body[field] }) as object, {
      oid_partner: body.oid_partner,
    });
    expect(
      envelopeError(() => openEnvelopeBody(inherited, recipient.privateKey, { field })).code,
    ).toBe('ENVELOPE_INPUT');
  });

  it('refuses to encrypt an unsigned request or one without oid_partner', () => {
    expect(envelopeError(() => buildEnvelopeBody(request, recipient.publicKey)).code).toBe(
      'ENVELOPE_UNSIGNED',
    );
    const { oid_partner: _omitted, ...noPartner } = request;
    expect(
      envelopeError(() => buildEnvelopeBody({ ...noPartner, sign: 'x' }, recipient.publicKey)).code,
    ).toBe('ENVELOPE_PARTNER');
  });

  it('refuses a body whose outer oid_partner differs from the inner one', () => {
    const body = buildEnvelopeBody({ ...request, sign: 'x' }, recipient.publicKey);
    const error = envelopeError(() =>
      openEnvelopeBody({ ...body, oid_partner: '201606221000000000' }, recipient.privateKey),
    );
    expect(error.code).toBe('ENVELOPE_PARTNER');
  });

  it('refuses a payload that is not a JSON object', () => {
    for (const text of ['not json', '[1,2]']) {
      const body = { oid_partner: '1', pay_load: encryptPayload(text, recipient.publicKey) };
      expect(envelopeError(() => openEnvelopeBody(body, recipient.privateKey)).code).toBe(
        'ENVELOPE_JSON',
      );
    }
    expect(envelopeError(() => openEnvelopeBody('x', recipient.privateKey)).code).toBe(
      'ENVELOPE_INPUT',
    );
  });
});

describe('envelope properties (1024-bit key)', () => {
  it('round-trips any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (text, wrap) => {
        const envelope = encryptPayload(text, recipient.publicKey, { wrapBase64: wrap });
        expect(decryptPayload(envelope, recipient.privateKey)).toBe(text);
      }),
      { numRuns: 10_000 },
    );
  });

  it('never yields another plaintext, nor a non-EnvelopeError, for an altered envelope', () => {
    const text = '{"oid_partner":"201606221000921503","sign":"abc"}';
    const envelope = encryptPayload(text, recipient.publicKey, { wrapBase64: true });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=$\r\n!é';
    fc.assert(
      fc.property(
        fc.nat(envelope.length - 1),
        fc.constantFrom(...alphabet),
        fc.constantFrom('replace', 'insert', 'delete'),
        (at, char, edit) => {
          const altered =
            envelope.slice(0, at) +
            (edit === 'delete' ? '' : char) +
            envelope.slice(edit === 'insert' ? at : at + 1);
          try {
            expect(decryptPayload(altered, recipient.privateKey)).toBe(text);
          } catch (error) {
            expect(error).toBeInstanceOf(EnvelopeError);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
