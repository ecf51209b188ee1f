import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  signSource,
  signSourceOrdered,
  signValue,
} from '../../generated/src/runtime/crypto/canonical.js';
import { SignSourceError } from '../../generated/src/runtime/shared/errors.js';

const RUNS = { numRuns: 10_000 };

function thrown(action: () => unknown): SignSourceError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(SignSourceError);
    return error as SignSourceError;
  }
  throw new Error('expected a SignSourceError');
}

describe('signSource', () => {
  it('sorts keys, drops sign and empty values and joins key=value with &', () => {
    const source = signSource({
      sign_type: 'RSA',
      oid_partner: '201408071000001543',
      card_no: '403392******1234',
      sign: 'ignored',
      info_order: '',
      name_goods: null,
      valid_order: undefined,
    });
    expect(source).toBe('card_no=403392******1234&oid_partner=201408071000001543&sign_type=RSA');
  });

  it('uses values exactly as given: no URL encoding, no trimming, & and = kept', () => {
    const source = signSource({
      notify_url: 'http://example.com/notify?a=1&b%3D%20',
      name_goods: ' 机票 & hotel = x&=y& z=',
      zero: '0',
    });
    expect(source).toBe(
      'name_goods= 机票 & hotel = x&=y& z=&notify_url=http://example.com/notify?a=1&b%3D%20&zero=0',
    );
  });

  it('signs risk_item as the JSON text it is sent as', () => {
    const riskItem = '{"frms_ware_category":"4007","user_info_mercht_userno":"u1"}';
    expect(signSource({ risk_item: riskItem, api_version: '1.0' })).toBe(
      `api_version=1.0&risk_item=${riskItem}`,
    );
  });

  it('renders finite numbers as their decimal text, -0 as 0 like JSON.stringify', () => {
    expect(signSource({ a: 1, b: 0.5, c: -12.25, d: -0, e: 0 })).toBe('a=1&b=0.5&c=-12.25&d=0&e=0');
    expect(JSON.stringify({ d: -0 })).toBe('{"d":0}');
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an exponent form (1e21)', 1e21],
    ['an exponent form (1e-7)', 1e-7],
    ['an integer beyond 2^53 (an 18-digit oid_partner)', 201606221000921503],
  ])('rejects %s with SIGN_SOURCE_NUMBER naming the field', (_name, value) => {
    const error = thrown(() => signSource({ money_order: value }));
    expect(error.code).toBe('SIGN_SOURCE_NUMBER');
    expect(error.field).toBe('money_order');
  });

  it('rejects an object where a string is expected and says to serialise it once', () => {
    const error = thrown(() => signSource({ risk_item: { frms_ware_category: '4007' } }));
    expect(error.code).toBe('SIGN_SOURCE_NESTED');
    expect(error.field).toBe('risk_item');
    expect(error.message).toContain('JSON.stringify');
    expect(thrown(() => signSource({ list: ['a'] })).code).toBe('SIGN_SOURCE_NESTED');
  });

  it.each([
    ['boolean', true],
    ['bigint', 10n],
    ['function', () => 'x'],
    ['symbol', Symbol('x')],
  ])('rejects a %s with SIGN_SOURCE_TYPE naming the field', (type, value) => {
    const error = thrown(() => signSource({ flag: value }));
    expect(error.code).toBe('SIGN_SOURCE_TYPE');
    expect(error.field).toBe('flag');
    expect(error.message).toContain(type);
  });

  it('rejects a lone surrogate, which has no UTF-8 encoding both sides agree on', () => {
    expect(thrown(() => signSource({ name_goods: 'a\ud800b' })).code).toBe('SIGN_SOURCE_ENCODING');
    expect(signSource({ name_goods: '😀' })).toBe('name_goods=😀');
  });

  it.each([
    ['non-ASCII', { 名字: 'x' }],
    ['empty', { '': 'x' }],
    ['containing =', { 'a=b': 'x' }],
    ['containing &', { 'a&b': 'x' }],
    ['containing a space', { 'a b': 'x' }],
    ['containing -', { 'a-b': 'x' }],
    ['containing .', { 'a.b': 'x' }],
    ['containing ~', { 'a~': 'x' }],
  ])('rejects a %s key', (_name, params) => {
    expect(thrown(() => signSource(params)).code).toBe('SIGN_SOURCE_KEY');
  });

  it('rejects keys whose byte order and case-insensitive (Java SDK) order disagree', () => {
    const error = thrown(() => signSource({ B: '1', a: '2' }));
    expect(error.code).toBe('SIGN_SOURCE_KEY_ORDER');
    expect(thrown(() => signSource({ A: '1', a: '2' })).code).toBe('SIGN_SOURCE_KEY_ORDER');
    expect(signSource({ Ab: '1', b: '2' })).toBe('Ab=1&b=2');
  });

  it.each([null, [], 'a=b', 3])('rejects %j as parameters', (params) => {
    expect(thrown(() => signSource(params as never)).code).toBe('SIGN_SOURCE_NOT_OBJECT');
  });

  it('reports empty values as left out', () => {
    expect(signValue('x', '')).toBeUndefined();
    expect(signValue('x', null)).toBeUndefined();
    expect(signValue('x', ' ')).toBe(' ');
  });
});

describe('signSourceOrdered', () => {
  const ordering = Object.freeze(['api_version', 'no_order', 'oid_partner', 'sign_type']);

  it('equals the sorted sign source when every field is in the ordering', () => {
    const params = { sign_type: 'RSA', oid_partner: '1', no_order: 'n', api_version: '' };
    expect(signSourceOrdered(params, ordering)).toBe(signSource(params));
    expect(signSourceOrdered(params, ordering)).toBe('no_order=n&oid_partner=1&sign_type=RSA');
  });

  it('signs a field missing from the ordering instead of dropping it', () => {
    const params = { oid_partner: '1', sign_type: 'RSA', extra: 'x' };
    expect(signSourceOrdered(params, ordering)).toBe('extra=x&oid_partner=1&sign_type=RSA');
  });

  it('rejects a field missing from the ordering when asked to', () => {
    const error = thrown(() =>
      signSourceOrdered({ oid_partner: '1', extra: 'x' }, ordering, { unknownFields: 'reject' }),
    );
    expect(error.code).toBe('SIGN_SOURCE_UNKNOWN_FIELD');
    expect(error.field).toBe('extra');
  });

  it('cannot be fooled by a non-enumerable known field hiding an unknown one', () => {
    const params: Record<string, unknown> = { oid_partner: '1', extra: 'x' };
    Object.defineProperty(params, 'no_order', { value: 'hidden', enumerable: false });
    expect(signSourceOrdered(params, ordering)).toBe('extra=x&oid_partner=1');
    expect(JSON.parse(JSON.stringify(params))).toEqual({ oid_partner: '1', extra: 'x' });
  });

  it.each([
    ['unsorted', ['b', 'a']],
    ['duplicated', ['a', 'a']],
    ['listing sign', ['a', 'sign']],
  ])('rejects an ordering that is %s', (_name, fields) => {
    expect(thrown(() => signSourceOrdered({ a: '1' }, fields)).code).toBe('SIGN_SOURCE_ORDERING');
  });

  it('applies the same value rules as signSource', () => {
    const error = thrown(() => signSourceOrdered({ oid_partner: { id: 1 } }, ordering));
    expect(error.code).toBe('SIGN_SOURCE_NESTED');
    expect(error.field).toBe('oid_partner');
  });
});

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,15}$/);
// Values a signer accepts: no `&name=` (test/crypto/sign-source-splice-properties.test.ts covers the rest).
const presentValue = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1 }),
    fc.stringMatching(/^[a-z=&]{1,8}$/),
    fc.integer(),
  )
  .filter((v) => typeof v !== 'string' || !/&[A-Za-z0-9_]+=/.test(v));
const emptyValue = fc.constantFrom('', null, undefined);
const params = fc.dictionary(key, fc.oneof(presentValue, emptyValue), { maxKeys: 12 });

describe('signSource properties', () => {
  it('does not depend on the order the keys were inserted in', () => {
    fc.assert(
      fc.property(
        params.chain((p) =>
          fc.tuple(
            fc.constant(p),
            fc.shuffledSubarray(Object.keys(p), {
              minLength: Object.keys(p).length,
            }),
          ),
        ),
        ([p, shuffled]) => {
          const reordered = Object.fromEntries(shuffled.map((k) => [k, p[k]]));
          expect(signSource(reordered)).toBe(signSource(p));
        },
      ),
      RUNS,
    );
  });

  it('ignores sign and every null, undefined or empty-string parameter', () => {
    fc.assert(
      fc.property(
        params,
        fc.dictionary(key, emptyValue, { maxKeys: 4 }),
        fc.string(),
        (p, empties, sign) => {
          const withoutEmpty = Object.fromEntries(
            Object.entries(p).filter(([, v]) => v !== '' && v !== null && v !== undefined),
          );
          const padded = { ...empties, ...p, sign };
          expect(signSource(padded)).toBe(signSource(withoutEmpty));
        },
      ),
      RUNS,
    );
  });

  it('lists every non-empty parameter once, as key=value, in ascending key order', () => {
    fc.assert(
      fc.property(params, (p) => {
        const kept = Object.keys(p)
          .filter((k) => p[k] !== '' && p[k] !== null && p[k] !== undefined)
          .sort();
        expect(signSource(p)).toBe(kept.map((k) => `${k}=${String(p[k])}`).join('&'));
      }),
      RUNS,
    );
  });

  it('gives the same string with a precomputed ordering of any subset of the keys', () => {
    fc.assert(
      fc.property(
        params.chain((p) => fc.tuple(fc.constant(p), fc.subarray(Object.keys(p)), fc.array(key))),
        ([p, subset, extra]) => {
          const ordering = [...new Set([...subset, ...extra])].filter((k) => k !== 'sign').sort();
          expect(signSourceOrdered(p, ordering)).toBe(signSource(p));
        },
      ),
      RUNS,
    );
  });
});
