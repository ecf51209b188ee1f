import { generateKeyPairSync, sign as rsaSign } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { signSource } from '../../generated/src/runtime/crypto/canonical.js';
import {
  ConfigurationError,
  KeyFormatError,
  SignatureError,
} from '../../generated/src/runtime/shared/errors.js';
import { signParams, signString } from '../../generated/src/runtime/crypto/sign.js';
import { parseSignType, toSignType } from '../../generated/src/runtime/crypto/sign-type.js';
import {
  createVerifier,
  verifyParams,
  type Verifier,
  type VerifyResult,
} from '../../generated/src/runtime/crypto/verify.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';

const RUNS = { numRuns: 10_000 };
/** The detail of the verifier's catch-all (crypto/verify.ts). */
const SWALLOWED = 'the message could not be read';

let merchant: TestKeyPair;
let lianlian: TestKeyPair;
let rotated: TestKeyPair;
let verifier: Verifier;

beforeAll(async () => {
  [merchant, lianlian, rotated] = await Promise.all([
    rsaKeyPair(1024),
    rsaKeyPair(2048),
    rsaKeyPair(4096),
  ]);
  verifier = createVerifier({ publicKeys: merchant.publicKey });
});

const notification = {
  oid_partner: '201606020000150062',
  dt_order: '20240101120000',
  no_order: '2016081814228',
  oid_paybill: '2016081847411984',
  money_order: '0.01',
  result_pay: 'SUCCESS',
  settle_date: '20240101',
  info_order: '',
};

function failure(result: VerifyResult): string {
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.reason;
}

describe('sign types', () => {
  it.each([
    ['RSA', 'RSA'],
    ['rsa', 'RSA'],
    ['SHA256withRSA', 'SHA256withRSA'],
    ['SHA256WITHRSA', 'SHA256withRSA'],
    ['sha256withrsa', 'SHA256withRSA'],
  ])('reads %s as %s', (input, canonical) => {
    expect(parseSignType(input)).toBe(canonical);
    expect(toSignType(input)).toBe(canonical);
  });

  it.each(['MD5', 'RSA2', ' RSA', 'SHA1withRSA', '', 1, null])('refuses %j', (input) => {
    expect(parseSignType(input)).toBeUndefined();
    expect(() => toSignType(input)).toThrowError(SignatureError);
  });
});

describe('signParams', () => {
  it('adds sign_type and a base64 sign over the sorted non-empty fields', () => {
    const signed = signParams(notification, { privateKey: merchant.pkcs8Base64, signType: 'RSA' });
    expect(signed.sign_type).toBe('RSA');
    expect(signed.sign).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    const expected = rsaSign(
      'md5',
      Buffer.from(
        'dt_order=20240101120000&money_order=0.01&no_order=2016081814228&oid_partner=201606020000150062' +
          '&oid_paybill=2016081847411984&result_pay=SUCCESS&settle_date=20240101&sign_type=RSA',
      ),
      merchant.privateKey,
    );
    expect(signed.sign).toBe(expected.toString('base64'));
    expect(Object.keys(signed).slice(-2)).toEqual(['sign_type', 'sign']);
  });

  it('keeps the sign_type spelling already in the message, which is part of what is signed', () => {
    const signed = signParams(
      { ...notification, sign_type: 'sha256withrsa' },
      { privateKey: merchant.privateKey },
    );
    expect(signed.sign_type).toBe('sha256withrsa');
    const source = signSource({ ...notification, sign_type: 'sha256withrsa' });
    expect(signed.sign).toBe(
      signString(source, { privateKey: merchant.privateKey, signType: 'SHA256withRSA' }),
    );
    expect(verifier(signed)).toEqual({ ok: true, keyIndex: 0, signType: 'SHA256withRSA' });
  });

  it('replaces an existing sign rather than signing over it', () => {
    const once = signParams(notification, { privateKey: merchant.privateKey, signType: 'RSA' });
    const again = signParams(
      { ...once, sign: 'stale' },
      { privateKey: merchant.privateKey, signType: 'rsa' },
    );
    expect(again.sign).toBe(once.sign);
  });

  it('refuses a missing, unknown or contradicting sign type', () => {
    const codes = [
      () => signParams(notification, { privateKey: merchant.privateKey }),
      () => signParams(notification, { privateKey: merchant.privateKey, signType: 'MD5' }),
      () =>
        signParams(
          { ...notification, sign_type: 'RSA' },
          { privateKey: merchant.privateKey, signType: 'SHA256withRSA' },
        ),
    ].map((action) => {
      try {
        action();
      } catch (error) {
        expect(error).toBeInstanceOf(SignatureError);
        return (error as SignatureError).code;
      }
      return 'no error';
    });
    expect(codes).toEqual(['SIGN_TYPE_MISSING', 'SIGN_TYPE_UNKNOWN', 'SIGN_TYPE_CONFLICT']);
  });

  it('refuses a public key as the signing key', () => {
    expect(() =>
      signParams(notification, { privateKey: merchant.spkiPem, signType: 'RSA' }),
    ).toThrowError(KeyFormatError);
  });
});

describe('verifyParams', () => {
  const signedBy = (pair: TestKeyPair, signType = 'RSA', params: object = notification) =>
    signParams(params as Record<string, unknown>, { privateKey: pair.privateKey, signType });

  it('accepts a genuine message and reports the key and type used', () => {
    expect(verifyParams(signedBy(merchant), { publicKeys: merchant.spkiBase64 })).toEqual({
      ok: true,
      keyIndex: 0,
      signType: 'RSA',
    });
  });

  it('covers fields the spec does not know and values exactly as received', () => {
    const received = signedBy(merchant, 'RSA', {
      ...notification,
      new_field_2030: 'x',
      notify_url: 'http://m.example/n?a=%20&+b',
    });
    expect(verifier(received).ok).toBe(true);
    expect(failure(verifier({ ...received, new_field_2030: 'y' }))).toBe('bad-signature');
    expect(
      failure(
        verifier({ ...received, notify_url: decodeURIComponent(String(received.notify_url)) }),
      ),
    ).toBe('bad-signature');
  });

  it('tries every configured key during a rotation', () => {
    const options = { publicKeys: [lianlian.spkiPem, rotated.spkiPem, merchant.spkiPem] };
    expect(verifyParams(signedBy(merchant), options)).toMatchObject({ ok: true, keyIndex: 2 });
    expect(verifyParams(signedBy(rotated), options)).toMatchObject({ ok: true, keyIndex: 1 });
    expect(failure(verifyParams(signedBy(merchant), { publicKeys: [lianlian.spkiPem] }))).toBe(
      'malformed-sign',
    );
    const shorter = signParams(notification, { privateKey: lianlian.privateKey, signType: 'RSA' });
    expect(failure(verifyParams(shorter, { publicKeys: rotated.publicKey }))).toBe(
      'malformed-sign',
    );
  });

  it('rejects a genuine signature under the wrong key of the same size', () => {
    const other = signParams(notification, {
      privateKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey,
      signType: 'RSA',
    });
    expect(failure(verifyParams(other, { publicKeys: lianlian.publicKey }))).toBe('bad-signature');
    const forged = { ...signedBy(lianlian), sign: signedBy(merchant).sign };
    expect(failure(verifyParams(forged, { publicKeys: lianlian.publicKey }))).toBe(
      'malformed-sign',
    );
  });

  it('takes the algorithm from the allowed list, never from the message alone', () => {
    const md5 = signedBy(merchant, 'RSA');
    const sha = signedBy(merchant, 'SHA256WITHRSA');
    const onlySha = createVerifier({
      publicKeys: merchant.publicKey,
      allowedSignTypes: ['SHA256withRSA'],
    });
    expect(failure(onlySha(md5))).toBe('sign-type-not-allowed');
    expect(onlySha(sha)).toEqual({ ok: true, keyIndex: 0, signType: 'SHA256withRSA' });
    expect(failure(verifier({ ...md5, sign_type: 'SHA256withRSA' }))).toBe('bad-signature');
    expect(failure(verifier({ ...md5, sign_type: 'MD5' }))).toBe('unknown-sign-type');
    const { sign_type: _dropped, ...withoutType } = md5;
    expect(failure(verifier(withoutType))).toBe('missing-sign-type');
  });

  it.each([
    ['no sign', (m: Record<string, unknown>) => ({ ...m, sign: undefined }), 'missing-sign'],
    ['an empty sign', (m: Record<string, unknown>) => ({ ...m, sign: '' }), 'missing-sign'],
    ['a numeric sign', (m: Record<string, unknown>) => ({ ...m, sign: 12 }), 'malformed-sign'],
    ['an array sign', (m: Record<string, unknown>) => ({ ...m, sign: [m.sign] }), 'malformed-sign'],
    [
      'a sign with a multi-byte character',
      (m: Record<string, unknown>) => ({ ...m, sign: `${String(m.sign).slice(0, -4)}é===` }),
      'malformed-sign',
    ],
    [
      'a sign with line breaks',
      (m: Record<string, unknown>) => ({ ...m, sign: String(m.sign).replace(/(.{64})/, '$1\n') }),
      'malformed-sign',
    ],
    [
      'a base64 sign of the wrong length',
      (m: Record<string, unknown>) => ({ ...m, sign: Buffer.alloc(64, 1).toString('base64') }),
      'malformed-sign',
    ],
    [
      'a nested object among the fields',
      (m: Record<string, unknown>) => ({ ...m, risk_item: { a: 1 } }),
      'unsignable-params',
    ],
  ])('returns a failure, without throwing, for %s', (_name, mutate, reason) => {
    expect(failure(verifier(mutate(signedBy(merchant))))).toBe(reason);
  });

  it('explains a "+" that URL-decoding turned into a space', () => {
    let signed = signedBy(merchant);
    for (let i = 0; !signed.sign.includes('+'); i += 1) {
      signed = signedBy(merchant, 'RSA', { ...notification, no_order: String(i) });
    }
    const result = verifier({ ...signed, sign: signed.sign.replace(/\+/g, ' ') });
    expect(result).toMatchObject({ ok: false, reason: 'malformed-sign' });
    expect(result.ok ? '' : result.detail).toContain('"+"');
  });

  it.each([null, undefined, 'sign=abc', 42, [], [{ sign: 'x' }]])(
    'returns not-an-object for %j',
    (received) => {
      expect(failure(verifier(received))).toBe('not-an-object');
    },
  );

  it('survives objects whose properties throw when read', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor() {
          throw new Error('boom');
        },
      },
    );
    expect(failure(verifier(hostile))).toBe('unsignable-params');
  });

  it('throws only for configuration mistakes', () => {
    expect(() => createVerifier({ publicKeys: [] })).toThrowError(ConfigurationError);
    expect(() =>
      createVerifier({ publicKeys: merchant.publicKey, allowedSignTypes: ['MD5'] }),
    ).toThrowError(ConfigurationError);
    expect(() =>
      createVerifier({ publicKeys: merchant.publicKey, allowedSignTypes: [] }),
    ).toThrowError(ConfigurationError);
    expect(() => createVerifier({ publicKeys: merchant.pkcs8Pem })).toThrowError(KeyFormatError);
  });
});

const fieldName = fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/).filter((k) => k !== 'sign');
// Values a signer accepts: no `&name=` (test/crypto/sign-source-splice-properties.test.ts covers the rest).
const fieldValue = fc
  .oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.stringMatching(/^[a-z0-9&=%+ ]{0,12}$/),
    fc.constant(''),
  )
  .filter((v) => !/&[A-Za-z0-9_]+=/.test(v));
const message = fc
  .dictionary(fieldName, fieldValue, { maxKeys: 10 })
  .map(({ sign_type: _ignored, ...rest }) => rest);
const signType = fc.constantFrom('RSA', 'SHA256withRSA', 'sha256withrsa', 'SHA256WITHRSA');

describe('signature properties (1024-bit key)', () => {
  it('verifies every message it signs', () => {
    fc.assert(
      fc.property(message, signType, (params, type) => {
        const signed = signParams(params, { privateKey: merchant.privateKey, signType: type });
        expect(verifier(signed)).toEqual({ ok: true, keyIndex: 0, signType: toSignType(type) });
        expect(verifier(JSON.parse(JSON.stringify(signed)))).toMatchObject({ ok: true });
      }),
      RUNS,
    );
  });

  type Tamper =
    | { kind: 'change'; pick: number; value: string }
    | { kind: 'add'; key: string; value: string }
    | { kind: 'drop'; pick: number };

  const tamper: fc.Arbitrary<Tamper> = fc.oneof(
    fc.record({ kind: fc.constant('change' as const), pick: fc.nat(), value: fieldValue }),
    fc.record({ kind: fc.constant('add' as const), key: fieldName, value: fieldValue }),
    fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  );

  it('fails once any field is changed, added or dropped', () => {
    fc.assert(
      fc.property(message, signType, tamper, (params, type, change) => {
        const signed: Record<string, unknown> = signParams(params, {
          privateKey: merchant.privateKey,
          signType: type,
        });
        const present = Object.keys(signed).filter((k) => k !== 'sign' && signed[k] !== '');
        const forged = { ...signed };
        if (change.kind === 'add') {
          fc.pre(!Object.hasOwn(signed, change.key) && change.value !== '');
          forged[change.key] = change.value;
        } else {
          const key = present[change.pick % present.length] as string;
          if (change.kind === 'drop') {
            delete forged[key];
          } else {
            fc.pre(change.value !== '' && change.value !== signed[key]);
            forged[key] = change.value;
          }
        }
        expect(verifier(forged).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('fails once the signature itself is altered', () => {
    const signed = signParams(notification, { privateKey: merchant.privateKey, signType: 'RSA' });
    const bytes = Buffer.from(signed.sign, 'base64');
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), (at, xor) => {
        const altered = Buffer.from(bytes);
        altered[at] = (altered[at] as number) ^ xor;
        expect(failure(verifier({ ...signed, sign: altered.toString('base64') }))).toBe(
          'bad-signature',
        );
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (received) => {
        const result = verifier(received);
        expect(typeof result.ok).toBe('boolean');
        // The verifier's last-resort catch is for proxies and throwing getters only; plain data
        // must be refused for a reason, not by an internal exception that was swallowed.
        if (!result.ok) expect(result.detail).not.toBe(SWALLOWED);
      }),
      RUNS,
    );
  });

  it('never throws on messages with arbitrary sign and sign_type', () => {
    fc.assert(
      fc.property(
        message,
        fc.oneof(fc.string({ unit: 'binary' }), fc.base64String(), fc.anything()),
        fc.oneof(signType, fc.string(), fc.anything()),
        (params, sign, type) => {
          const result = verifier({ ...params, sign, sign_type: type });
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.detail).not.toBe(SWALLOWED);
        },
      ),
      RUNS,
    );
  });
});
