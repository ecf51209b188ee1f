// The synchronous notification carried in a query (`GET {url_return}?res_data={json}`): the
// generated verifier reads the one res_data parameter from the raw URL, decodes it once, keeps `+`,
// and verifies. Properties: a payer-controlled value (info_order) survives every encoding a browser
// or LianLian may use; nothing but the signed message can be read out of a URL carrying it.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLianLianNotificationVerifier, signParams } from '../../generated/src/index.js';
import { parseSignedQueryJson } from '../../generated/src/runtime/shared/signed-query.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';

let keys: TestKeyPair;
const makeVerifier = (publicKeys: string) =>
  createLianLianNotificationVerifier('easypayH5Return', { publicKeys });
let verify: ReturnType<typeof makeVerifier>;

beforeAll(async () => {
  keys = await rsaKeyPair(1024);
  verify = makeVerifier(keys.spkiPem);
});

const ORDER = {
  oid_partner: '201103171000000000',
  dt_order: '20130515094013',
  no_order: '2013051500001',
  oid_paybill: '2013051613121201',
  money_order: '210.97',
  result_pay: 'SUCCESS',
  settle_date: '20130516',
  sign_type: 'RSA',
};

/** A genuine signature over the order with this info_order, or undefined when the signer refuses it. */
function signed(infoOrder: string): Record<string, string> | undefined {
  try {
    return signParams({ ...ORDER, info_order: infoOrder }, { privateKey: keys.pkcs8Pem }) as Record<
      string,
      string
    >;
  } catch {
    return undefined; // `&name=` in free text: the signer refuses an ambiguous sign source.
  }
}

const encoded = (fields: object) => `res_data=${encodeURIComponent(JSON.stringify(fields))}`;

// Free text as a payer types it, biased towards what breaks query parsing.
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '+',
        '%2B',
        '%',
        '&',
        '=',
        '&x=',
        '#',
        '?',
        '"',
        "'",
        '\\',
        '{',
        '}',
        ' ',
        '😀',
        '𠀋',
        '中文',
        '<script>',
      ),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''))
  .filter((text) => Array.from(text).length <= 255 && !/[\u0000-\u001f\u007f]/u.test(text));

describe('the res_data query verifier', () => {
  it('verifies a genuine notification however the URL carries it: path, full URL or bare query', () => {
    const fields = signed('用户13958069593购买羽毛球3桶 a+b %2B & c')!;
    for (const url of [
      `/return?${encoded(fields)}`,
      `https://shop.example/return?${encoded(fields)}`,
      encoded(fields),
      `/return?lang=zh&${encoded(fields)}&x=1`,
    ]) {
      const result = verify(url);
      expect(result, url).toMatchObject({ ok: true, fields });
    }
  });

  it('keeps info_order exactly, percent-encoded or raw as the docs print it', () => {
    fc.assert(
      fc.property(hostileText, (info) => {
        const fields = signed(info);
        fc.pre(fields !== undefined);
        const json = JSON.stringify(fields);
        expect(verify(`/return?${encoded(fields!)}`)).toMatchObject({ ok: true, fields });
        // Raw JSON in the URL (the doc's sample): only a `%` would be read as an escape.
        if (!json.includes('%')) {
          expect(verify(`/return?res_data=${json}`)).toMatchObject({ ok: true, fields });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reads nothing but the signed message: appended or changed text is refused or ignored', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (info, suffix) => {
        const fields = signed(info);
        fc.pre(fields !== undefined);
        // Whatever follows the object after `&`: the same fields, or a refusal (another res_data).
        const extra = verify(`/return?${encoded(fields!)}&${suffix}`);
        if (extra.ok) expect(extra.fields).toEqual(fields);
        else expect(extra.reason).toBe('malformed-body');
        // Another info_order with the genuine sign never verifies.
        const other = { ...fields!, info_order: `${info}x` };
        expect(verify(`/return?${encoded(other)}`)).toMatchObject({
          ok: false,
          reason: 'bad-signature',
        });
      }),
      { numRuns: 100 },
    );
  });

  it('refuses two res_data parameters, in any spelling, and text glued to the object', () => {
    const fields = signed('remark')!;
    const one = encoded(fields);
    for (const url of [
      `/r?${one}&${one}`,
      `/r?${one}&res%5Fdata=${encodeURIComponent('{}')}`,
      `/r?res_data=${encodeURIComponent('{"a":"&res_data=x"}')}&${one}`,
    ]) {
      expect(verify(url), url).toMatchObject({ ok: false, reason: 'malformed-body' });
    }
    expect(parseSignedQueryJson(`${one}x`, 'res_data')).toMatchObject({ ok: false });
    expect(parseSignedQueryJson('/r?x=1', 'res_data')).toMatchObject({ ok: false });
    expect(parseSignedQueryJson('res_data=%E4%B8', 'res_data')).toMatchObject({ ok: false });
    expect(parseSignedQueryJson('res_data={"a":"b"', 'res_data')).toMatchObject({ ok: false });
  });

  it('finds the object end past raw `&`, `}` and escaped quotes inside strings, in linear time', () => {
    const text = '{"a":"x&y}\\"&z=","b":"+"}';
    expect(parseSignedQueryJson(`/r?res_data=${text}&after=1`, 'res_data')).toEqual({
      ok: true,
      format: 'json',
      fields: { a: 'x&y}"&z=', b: '+' },
    });
    // 20 000 `}&` inside one string: one pass, not one parse per `&`.
    const long = `{"a":"${'}&'.repeat(20_000)}"}`;
    const started = performance.now();
    expect(parseSignedQueryJson(`res_data=${long}`, 'res_data')).toMatchObject({ ok: true });
    expect(performance.now() - started).toBeLessThan(500);
  });
});
