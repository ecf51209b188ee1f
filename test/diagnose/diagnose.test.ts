// diagnoseSignature: one case per cause, each a genuine signature (keys generated here) plus the
// one mistake; cases that must be "valid" and "nothing explains it"; masking, bounds, errors.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { signSource } from '../../generated/src/runtime/crypto/canonical.js';
import {
  DIAGNOSE_MAX_MESSAGE_BYTES,
  DIAGNOSE_MAX_MESSAGE_FIELDS,
  DIAGNOSE_MAX_RECOMPUTATIONS,
  DiagnoseError,
  diagnoseSignature,
  formatDiagnosis,
  type DiagnoseCauseKind,
  type DiagnoseOptions,
  type Diagnosis,
} from '../../generated/src/runtime/diagnose/diagnose.js';
import { readDiagnoseInput } from '../../generated/src/runtime/diagnose/input.js';
import {
  jsonRenderings,
  twoDecimalRendering,
} from '../../generated/src/runtime/diagnose/renderings.js';
import { signString } from '../../generated/src/runtime/crypto/sign.js';
import type { SignType } from '../../generated/src/runtime/crypto/sign-type.js';

interface Pair {
  privateKey: KeyObject;
  publicKey: KeyObject;
  pem: string;
}

let a: Pair;
let b: Pair;

const CARD = '6222021234567890123';
const ID = '110101199003071234';
const PHONE = '13812345678';

function pair(): Pair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  return {
    privateKey,
    publicKey,
    pem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  };
}

beforeAll(() => {
  a = pair();
  b = pair();
});

/** A WEB Payment style notification with sensitive values, as LianLian's fields look. */
function fields(extra: Record<string, string> = {}): Record<string, string> {
  return {
    oid_partner: '201103171000000000',
    sign_type: 'RSA',
    no_order: '20231111000001',
    dt_order: '20231111120000',
    money_order: '10.00',
    oid_paybill: '2023111112345678',
    result_pay: 'SUCCESS',
    settle_date: '20231111',
    info_order: '',
    card_no: CARD,
    id_no: ID,
    risk_item: JSON.stringify({
      user_info_bind_phone: PHONE,
      user_info_full_name: '张三',
      frms_ware_category: '2009',
    }),
    ...extra,
  };
}

/** Signs `source` itself (so a test can sign exactly the mistaken string). */
function signed(
  params: Record<string, string>,
  options: { key?: Pair; source?: string; algorithm?: SignType } = {},
): Record<string, string> {
  const key = options.key ?? a;
  const source = options.source ?? signSource(params);
  const algorithm = options.algorithm ?? (params.sign_type === 'RSA' ? 'RSA' : 'SHA256withRSA');
  return {
    ...params,
    sign: signString(source, { privateKey: key.privateKey, signType: algorithm }),
  };
}

/** A signature that contains "+", found by varying no_order deterministically. */
function signedWithPlus(): Record<string, string> {
  for (let i = 0; ; i += 1) {
    const message = signed(fields({ no_order: `2023111100${String(i).padStart(4, '0')}` }));
    if (message.sign?.includes('+')) return message;
  }
}

const notification = (...keys: Pair[]): DiagnoseOptions => ({
  mode: 'notification',
  publicKeys: keys.map((k) => k.publicKey),
});

function dump(target: string, contentType: string, body: string): string {
  return `POST ${target} HTTP/1.1\r\nHost: merchant.example\r\nContent-Type: ${contentType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

const form = (message: Record<string, string>) =>
  Object.entries(message)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');

interface Case {
  name: string;
  build: () => { message: string; options: DiagnoseOptions };
  /** Expected cause kinds, most likely first; undefined for "valid". */
  causes?: DiagnoseCauseKind[];
  /** The field the first cause names. */
  field?: string;
}

/** The sign source without the package's checks, as another integration would build it. */
function rawSignSource(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k !== 'sign' && params[k] !== '')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
}

const cases: Case[] = [
  {
    name: 'a genuine signature over a remark that holds &name= (its sign source has a second reading)',
    build: () => {
      const params = fields({ info_order: 'x&money_order=9999.00' });
      return {
        message: JSON.stringify(signed(params, { source: rawSignSource(params) })),
        options: notification(a),
      };
    },
    causes: ['ambiguous-sign-source'],
    field: 'info_order',
  },
  {
    name: 'valid JSON notification',
    build: () => ({ message: JSON.stringify(signed(fields())), options: notification(a) }),
  },
  {
    name: 'valid form-encoded notification in an HTTP dump',
    build: () => ({
      message: dump('/return', 'application/x-www-form-urlencoded', form(signed(fields()))),
      options: notification(a),
    }),
  },
  {
    name: 'valid request, both keys given and matching',
    build: () => ({
      message: JSON.stringify(signed(fields())),
      options: { mode: 'request', privateKey: a.pem, publicKey: a.publicKey },
    }),
  },
  {
    name: 'a field added after signing',
    build: () => ({
      message: JSON.stringify({ ...signed(fields()), memo: 'added later' }),
      options: notification(a),
    }),
    causes: ['field-added-after-signing'],
    field: 'memo',
  },
  {
    name: 'sign_type names another algorithm than the one used',
    build: () => ({
      // sign_type RSA (MD5withRSA) is signed, but with SHA256withRSA.
      message: JSON.stringify(signed(fields(), { algorithm: 'SHA256withRSA' })),
      options: notification(a),
    }),
    causes: ['sign-type-mismatch'],
    field: 'sign_type',
  },
  {
    name: '"+" in sign turned into a space (URL-decoded twice)',
    build: () => {
      const message = signedWithPlus();
      return {
        message: JSON.stringify({ ...message, sign: (message.sign as string).replace(/\+/g, ' ') }),
        options: notification(a),
      };
    },
    causes: ['sign-plus-became-space'],
    field: 'sign',
  },
  {
    name: '"+" sent unencoded in a form body (decoded into a space)',
    build: () => {
      const message = signedWithPlus();
      // The sender percent-encoded every field but left "+" in sign as it is.
      const body = form(message).replace(/sign=[^&]*/, `sign=${message.sign}`);
      return {
        message: dump('/return', 'application/x-www-form-urlencoded', body),
        options: notification(a),
      };
    },
    causes: ['sign-plus-became-space'],
  },
  {
    name: 'the public key does not belong to the private key',
    build: () => ({
      message: JSON.stringify(signed(fields())),
      options: { mode: 'request', privateKey: a.pem, publicKey: b.publicKey },
    }),
    causes: ['key-mismatch'],
  },
  {
    name: 'an amount re-rendered by a JSON library (10.00 sent as 10)',
    build: () => ({
      message: JSON.stringify(signed(fields())).replace(
        '"money_order":"10.00"',
        '"money_order":10',
      ),
      options: notification(a),
    }),
    causes: ['number-re-rendered'],
    field: 'money_order',
  },
  {
    name: 'an empty value included in the signed string',
    build: () => {
      const params = fields();
      const source = signSource({ ...params, info_order: 'x' }).replace(
        'info_order=x',
        'info_order=',
      );
      return {
        message: JSON.stringify(signed(params, { source })),
        options: { mode: 'request', privateKey: a.pem },
      };
    },
    causes: ['empty-value-signed'],
    field: 'info_order',
  },
  {
    name: 'risk_item re-serialised with other spacing',
    build: () => {
      const message = signed(fields());
      const spaced = JSON.stringify(JSON.parse(message.risk_item as string))
        .replace(/":/g, '": ')
        .replace(/,"/g, ', "');
      return {
        message: JSON.stringify({ ...message, risk_item: spaced }),
        options: notification(a),
      };
    },
    causes: ['json-re-serialised'],
    field: 'risk_item',
  },
  {
    name: "a signature by LianLian's other (rotated) key",
    build: () => ({
      message: JSON.stringify(signed(fields(), { key: b })),
      options: notification(a, b),
    }),
    causes: ['other-key'],
  },
  {
    name: 'framework merged extra query-string fields into a notification',
    build: () => ({
      message: dump(
        '/notify?channel=app&from=menu',
        'text/json;charset=UTF-8',
        JSON.stringify(signed(fields())),
      ),
      options: notification(a),
    }),
    causes: ['query-merged'],
  },
  {
    name: "framework let the query string's value of a field override the body's",
    build: () => ({
      message: dump(
        '/notify?no_order=20230101000009',
        'text/json',
        JSON.stringify(signed(fields())),
      ),
      options: notification(a),
    }),
    causes: ['query-merged'],
    field: 'no_order',
  },
  {
    name: 'request signed with a field that only the query string carries',
    build: () => {
      const body = fields();
      const message = signed({ ...body, user_id: 'u1' });
      delete message.user_id;
      return {
        message: dump('/v1/pay?user_id=u1', 'application/json', JSON.stringify(message)),
        options: { mode: 'request', privateKey: a.pem },
      };
    },
    causes: ['query-merged'],
    field: 'user_id',
  },
  {
    name: 'request signed with the query value of a field the body carries too',
    build: () => {
      const message = signed(fields({ no_order: 'Q1' }));
      return {
        message: dump(
          '/v1/pay?no_order=Q1',
          'application/json',
          JSON.stringify({ ...message, no_order: 'B1' }),
        ),
        options: { mode: 'request', privateKey: a.pem },
      };
    },
    causes: ['query-merged'],
    field: 'no_order',
  },
  {
    name: 'two mistakes at once: other key and "+" became a space',
    build: () => {
      for (let i = 0; ; i += 1) {
        const message = signed(fields({ no_order: `2023111100${String(i).padStart(4, '0')}` }), {
          key: b,
        });
        if (!message.sign?.includes('+')) continue;
        return {
          message: JSON.stringify({
            ...message,
            sign: (message.sign as string).replace(/\+/g, ' '),
          }),
          options: notification(a, b),
        };
      }
    },
    causes: ['sign-plus-became-space', 'other-key'],
  },
];

const secrets = () => [
  CARD,
  ID,
  PHONE,
  a.pem.split('\n')[2] as string,
  b.pem.split('\n')[2] as string,
];

function expectMasked(diagnosis: Diagnosis, message: string): void {
  const text = `${JSON.stringify(diagnosis)}\n${formatDiagnosis(diagnosis)}`;
  for (const secret of secrets()) expect(text).not.toContain(secret);
  const sign = /"sign":"([^"]+)"/.exec(message)?.[1];
  if (sign !== undefined) expect(text).not.toContain(sign.slice(0, 24));
}

describe('diagnoseSignature, one case per cause', () => {
  it.each(cases)('$name', ({ build, causes, field }) => {
    const { message, options } = build();
    const diagnosis = diagnoseSignature(message, options);
    expectMasked(diagnosis, message);
    // ok is the package's one result discriminant; status tells the failures apart.
    if (causes === undefined) {
      expect(diagnosis).toMatchObject({ ok: true, status: 'valid' });
      return;
    }
    expect(diagnosis).toMatchObject({ ok: false, status: 'explained' });
    if (diagnosis.status !== 'explained') return;
    expect(diagnosis.causes.map((c) => c.kind)).toEqual(causes);
    if (field !== undefined) expect(diagnosis.causes[0]?.field).toBe(field);
    expect(diagnosis.proof.changes).toHaveLength(causes.length);
    expect(diagnosis.work.recomputations).toBeGreaterThan(0);
    expect(diagnosis.work.recomputations).toBeLessThanOrEqual(DIAGNOSE_MAX_RECOMPUTATIONS);
  });

  it('names the algorithm that was used and the one sign_type claims', () => {
    const diagnosis = diagnoseSignature(
      JSON.stringify(signed(fields(), { algorithm: 'SHA256withRSA' })),
      notification(a),
    );
    expect(formatDiagnosis(diagnosis)).toMatch(
      /made with SHA256withRSA while sign_type "RSA" says MD5withRSA/,
    );
  });

  it('reports an amount re-rendering with both texts', () => {
    const message = JSON.stringify(signed(fields())).replace(
      '"money_order":"10.00"',
      '"money_order":10',
    );
    const text = formatDiagnosis(diagnoseSignature(message, notification(a)));
    expect(text).toContain('money_order="10.00" while the message carries "10"');
  });
});

describe('nothing explains it', () => {
  it('shows the sign source byte by byte, with hex of invisible and non-ASCII characters, masked', () => {
    const params = fields({ no_order: '2023111100001' });
    // Signed without the zero-width space that the message now carries.
    const message = JSON.stringify({ ...signed(params), no_order: '2023111100001\u200b' });
    const diagnosis = diagnoseSignature(message, notification(a));
    expect(diagnosis).toMatchObject({ ok: false, status: 'unexplained' });
    if (diagnosis.status !== 'unexplained') return;
    expectMasked(diagnosis, message);
    const byField = Object.fromEntries(diagnosis.signSource.fields.map((f) => [f.field, f]));
    expect(byField.no_order?.shown).toBe('*********0001[U+200B e2 80 8b]');
    expect(byField.no_order?.notes).toEqual(['invisible U+200B']);
    expect(byField.risk_item?.shown).toContain('张[U+5F20 e5 bc a0]三[U+4E09 e4 b8 89]');
    expect(byField.card_no?.shown).toBe(`${'*'.repeat(CARD.length - 4)}${CARD.slice(-4)}`);
    expect(diagnosis.signSource.bytes).toBe(
      Buffer.byteLength(signSource(JSON.parse(message)), 'utf8'),
    );
    expect(diagnosis.findings[0]).toMatch(/opens under LianLian key 1 with MD5withRSA/);
  });

  it('says when the signature was made with another key altogether', () => {
    const diagnosis = diagnoseSignature(
      JSON.stringify(signed(fields(), { key: b })),
      notification(a),
    );
    expect(diagnosis.status).toBe('unexplained');
    if (diagnosis.status !== 'unexplained') return;
    expect(diagnosis.findings).toEqual([
      'the signature does not open under LianLian key 1: it was made with another private key, or altered',
    ]);
  });

  it('still reports a key mismatch it proved when the message is not explained', () => {
    const message = JSON.stringify({ ...signed(fields()), no_order: 'changed' });
    const diagnosis = diagnoseSignature(message, {
      mode: 'request',
      privateKey: a.pem,
      publicKey: b.publicKey,
    });
    expect(diagnosis.status).toBe('unexplained');
    if (diagnosis.status !== 'unexplained') return;
    expect(diagnosis.findings[0]).toMatch(/your public key does not belong to this private key/);
  });
});

describe('bounds', () => {
  it('stays within the bound for a message of 240 JSON, amount and empty fields', () => {
    const many: Record<string, string> = { sign_type: 'RSA' };
    for (let i = 0; i < 80; i += 1) {
      many[`j${String(i).padStart(3, '0')}`] = JSON.stringify({ a: i, b: [1, 2] });
      many[`m${String(i).padStart(3, '0')}`] = String(i);
      many[`e${String(i).padStart(3, '0')}`] = '';
    }
    const message = JSON.stringify({ ...signed(many), extra: 'x', j000: '{"a":0}' });
    const diagnosis = diagnoseSignature(message, notification(a, b));
    expect(diagnosis.status).toBe('unexplained');
    expect(diagnosis.work.recomputations).toBeLessThanOrEqual(DIAGNOSE_MAX_RECOMPUTATIONS);
    expect(diagnosis.work.rsaOperations).toBeLessThanOrEqual(33);
  });

  it('tries every field of a message within the limits, not only the first ones', () => {
    const wide: Record<string, string> = { sign_type: 'RSA' };
    for (let i = 0; i < 200; i += 1) wide[`f${String(i).padStart(3, '0')}`] = `v${i}`;
    const message = JSON.stringify({ ...signed(wide), zz_memo: 'added', f199: '10' });
    const diagnosis = diagnoseSignature(
      JSON.stringify({ ...signed(wide), zz_memo: 'added' }),
      notification(a),
    );
    expect(diagnosis.status === 'explained' && diagnosis.causes[0]?.field).toBe('zz_memo');
    // Two changes at once are not searched: that one is left unexplained, within the bound.
    expect(diagnoseSignature(message, notification(a)).status).toBe('unexplained');
  });

  it('refuses messages beyond the size and field limits, which bound each recomputation', () => {
    const wide = Object.fromEntries(
      Array.from({ length: DIAGNOSE_MAX_MESSAGE_FIELDS }, (_, i) => [`f${i}`, 'v']),
    );
    const message = JSON.stringify({ ...wide, sign: 'AAAA' });
    expect(() => diagnoseSignature(message, notification(a))).toThrow(
      expect.objectContaining({
        code: 'DIAGNOSE_MESSAGE',
        message: expect.stringMatching(/more than 256 fields/),
      }),
    );
    const large = JSON.stringify({ sign: 'AAAA', memo: 'x'.repeat(DIAGNOSE_MAX_MESSAGE_BYTES) });
    expect(() => diagnoseSignature(large, notification(a))).toThrow(
      expect.objectContaining({
        code: 'DIAGNOSE_MESSAGE',
        message: expect.stringMatching(/larger than 65536 bytes/),
      }),
    );
  });
});

describe('properties', () => {
  const name = fc
    .stringMatching(/^[a-z][a-z0-9_]{0,10}$/)
    .filter((k) => k !== 'sign' && k !== 'sign_type');
  const value = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 });

  it('a genuine signature over any fields is valid; one field added after signing is named', () => {
    fc.assert(
      fc.property(
        fc.dictionary(name, value, { maxKeys: 8 }),
        name,
        value,
        (params, extraName, extra) => {
          fc.pre(!Object.hasOwn(params, extraName));
          const message = signed({ ...params, sign_type: 'RSA' });
          expect(diagnoseSignature(JSON.stringify(message), notification(a)).status).toBe('valid');
          const added = diagnoseSignature(
            JSON.stringify({ ...message, [extraName]: extra }),
            notification(a),
          );
          expect(added.status).toBe('explained');
          if (added.status === 'explained') {
            expect(added.causes.map((c) => [c.kind, c.field])).toEqual([
              ['field-added-after-signing', extraName],
            ]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throws anything but DiagnoseError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        try {
          diagnoseSignature(text, notification(a));
        } catch (error) {
          expect(error).toBeInstanceOf(DiagnoseError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('input errors', () => {
  it.each([
    ['{"a":', 'DIAGNOSE_MESSAGE', undefined],
    ['{"no_order":"1"}', 'DIAGNOSE_NO_SIGN', 'sign'],
    [
      'POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello',
      'DIAGNOSE_MESSAGE',
      undefined,
    ],
    ['POST /x HTTP/1.1\r\nHost: a\r\n\r\n', 'DIAGNOSE_MESSAGE', undefined],
  ])('%j is a DiagnoseError %s', (text, code, field) => {
    const error = (() => {
      try {
        diagnoseSignature(text, notification(a));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DiagnoseError);
    expect((error as DiagnoseError).code).toBe(code);
    expect((error as DiagnoseError).field).toBe(field);
  });

  it('refuses no keys, too many keys and an unknown mode', () => {
    const message = JSON.stringify(signed(fields()));
    expect(() => diagnoseSignature(message, { mode: 'notification', publicKeys: [] })).toThrow(
      expect.objectContaining({ code: 'DIAGNOSE_KEYS', field: 'publicKeys' }),
    );
    const nine = Array.from({ length: 9 }, () => a.publicKey);
    expect(() => diagnoseSignature(message, { mode: 'notification', publicKeys: nine })).toThrow(
      expect.objectContaining({ code: 'DIAGNOSE_KEYS' }),
    );
    expect(() => diagnoseSignature(message, { mode: 'x' } as unknown as DiagnoseOptions)).toThrow(
      expect.objectContaining({ code: 'DIAGNOSE_OPTIONS', field: 'mode' }),
    );
  });

  it('reads a parsed object, keeping numbers as they print', () => {
    const message: Record<string, unknown> = { ...signed(fields()), money_order: 10 };
    const diagnosis = diagnoseSignature(message, notification(a));
    expect(diagnosis.status === 'explained' && diagnosis.causes[0]?.kind).toBe(
      'number-re-rendered',
    );
  });
});

describe('reading and re-rendering, as properties', () => {
  const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);
  const text = fc.string({ unit: 'grapheme', maxLength: 30 });

  it('a form or JSON body reads to the same fields bare and inside an HTTP dump with a query', () => {
    fc.assert(
      fc.property(
        fc.dictionary(name, text, { minKeys: 1, maxKeys: 10 }),
        fc.boolean(),
        fc.dictionary(name, text, { maxKeys: 3 }),
        (body, asJson, query) => {
          const bodyText = asJson ? JSON.stringify(body) : form(body);
          const type = asJson ? 'application/json' : 'application/x-www-form-urlencoded';
          const bare = readDiagnoseInput(bodyText, type);
          expect(bare.body).toEqual(body);
          const target = Object.keys(query).length === 0 ? '/n' : `/n?${form(query)}`;
          const read = readDiagnoseInput(dump(target, type, bodyText));
          expect(read.body).toEqual(body);
          expect(read.query).toEqual(Object.keys(query).length === 0 ? undefined : query);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every JSON re-rendering parses back to the same value and differs from the input', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const original = JSON.stringify(value);
        for (const { text: rendered } of jsonRenderings(original)) {
          expect(JSON.parse(rendered)).toEqual(JSON.parse(original));
          expect(rendered).not.toBe(original);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the two-decimal rendering keeps the amount and has exactly two decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: -1, max: 9 }),
        (whole, tenth) => {
          const sent = tenth < 0 ? String(whole) : `${whole}.${tenth}`;
          const rendered = twoDecimalRendering(sent);
          expect(rendered).toMatch(/^\d+\.\d{2}$/);
          expect(Number(rendered)).toBe(Number(sent));
        },
      ),
    );
    expect(twoDecimalRendering('201103171000000000')).toBeUndefined();
    expect(twoDecimalRendering('10.00')).toBeUndefined();
  });
});
