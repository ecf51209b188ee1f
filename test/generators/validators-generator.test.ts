import { beforeAll, describe, expect, it } from 'vitest';
import { GenerateError } from '../../generators/framework/errors.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { FORMATS } from '../../generators/validators/formats.js';
import { renderValidators } from '../../generators/validators/render.js';
import { Oracle } from '../support/validators-oracle.js';
import {
  codePointLength,
  maskText,
  showValue,
} from '../../generated/src/runtime/shared/validation.js';
import { buildValidators, type BuiltValidators } from '../support/validators-build.js';
import { fixtureSpec } from '../support/validators-fixture.js';

type Json = Record<string, any>;

/** The fixture with one schema changed. */
function specWith(change: (schemas: Json) => void): BundledSpec {
  const spec = fixtureSpec() as Json;
  change(spec.components.schemas);
  return spec as BundledSpec;
}

async function generationError(spec: BundledSpec): Promise<GenerateError> {
  const error = await renderValidators(spec).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GenerateError);
  return error as GenerateError;
}

describe('generation fails loudly on what it would otherwise ignore', () => {
  it('names the schema and the unknown keyword', async () => {
    const error = await generationError(
      specWith((s) => (s.OrderRequest.properties.holder.maxlength = 8)),
    );
    expect(error.code).toBe('SPEC_INVALID');
    expect(error.message).toMatch(
      /^components\/schemas\/OrderRequest\/properties\/holder: unknown keyword "maxlength"/,
    );
  });
  it('also in schemas no message uses', async () => {
    const error = await generationError(
      specWith((s) => (s.Unused = { type: 'string', minimun: 1 })),
    );
    expect(error.message).toMatch(/^components\/schemas\/Unused: unknown keyword "minimun"/);
  });
  it('explains OpenAPI 3.0 nullable', async () => {
    const error = await generationError(specWith((s) => (s.Code.nullable = true)));
    expect(error.message).toContain('components/schemas/Code: OpenAPI 3.0 `nullable`');
  });
  it('rejects formats it has no check for, and bad sensitivity markers', async () => {
    expect((await generationError(specWith((s) => (s.Code.format = 'email')))).message).toMatch(
      /^components\/schemas\/Code: format "email" has no validator; supported: uri$/,
    );
    expect(
      (await generationError(specWith((s) => (s.CardNo['x-lianlian-sensitive'] = 'pan')))).message,
    ).toMatch(/^components\/schemas\/CardNo: x-lianlian-sensitive must be true or one of/);
  });
  it('rejects a pattern that is not a Unicode regular expression', async () => {
    const error = await generationError(specWith((s) => (s.Code.pattern = '^\\d{4$')));
    expect(error.message).toMatch(
      /^components\/schemas\/Code: pattern "\^\\\\d\{4\$" is not a valid Unicode regular expression/,
    );
  });
  it('accepts x- extensions and annotations', async () => {
    const text = await renderValidators(
      specWith((s) =>
        Object.assign(s.Code, {
          'x-anything': [1],
          examples: ['0000'],
          deprecated: false,
          title: 'Code',
        }),
      ),
    );
    expect(text).toContain('function checkCode(v: unknown): boolean');
  });
});

describe('emitted module', () => {
  let built: BuiltValidators;
  let M: Record<string, any>;
  beforeAll(async () => {
    built = await buildValidators(fixtureSpec());
    M = built.module;
  });

  it('is deterministic and compiles under strict + noUncheckedIndexedAccess', async () => {
    expect(await renderValidators(fixtureSpec())).toBe(await renderValidators(fixtureSpec()));
    expect(built.diagnostics).toEqual([]);
  });
  it('is straight-line code: patterns compiled once at module level with the u flag', () => {
    expect(built.source).toMatch(/^const PATTERN_\d+ = new RegExp\('\^\[0-9\]\{4\}\$', 'u'\);$/m);
    expect(built.source).not.toMatch(/new RegExp\([^)]*\)\.test/);
    expect(built.source).not.toContain('ajv');
  });

  const good = {
    amount: '10.00',
    currency: 'CNY',
    card_no: '6222021234567890',
    holder: '张三',
    sign: 'abc=',
    details: '{"bind_phone":"13800001234","category":"0101"}',
    name: 'Zoë',
  };
  const cases: [keyword: string, change: Json, messages: string[]][] = [
    ['type', { quantity: '3' }, ['quantity: must be an integer, got "3"']],
    ['type (integer)', { quantity: 1.5 }, ['quantity: must be an integer, got 1.5']],
    [
      'type (array of types)',
      { coupon: 5, discount: 1 },
      ['coupon: must be a string or null, got 5'],
    ],
    ['minimum', { quantity: 0 }, ['quantity: must be >= 1, got 0']],
    ['maximum', { quantity: 100 }, ['quantity: must be <= 99, got 100']],
    ['exclusiveMinimum', { ratio: 0 }, ['ratio: must be > 0, got 0']],
    ['exclusiveMaximum', { ratio: 1 }, ['ratio: must be < 1, got 1']],
    ['multipleOf', { step: 0.25 }, ['step: must be a multiple of 0.5, got 0.25']],
    ['dependentRequired', { coupon: 'X' }, ['discount: is required when coupon is present']],
    ['enum (mixed)', { channel: 8 }, ['channel: must be one of "10", "13", "16", 7, null, got 8']],
    ['const', { currency: 'USD' }, ['currency: must be "CNY", got "USD"']],
    ['const (object)', { fixed: { a: [1, 3] } }, ['fixed: must be {"a":[1,2]}, got object']],
    [
      'format uri',
      { callback: 'not a uri' },
      ['callback: must be an absolute URI (RFC 3986), got "not a uri"'],
    ],
    [
      'items, uniqueItems',
      { tags: ['a', 'a', 'abcd'] },
      [
        'tags[2]: must be at most 3 characters long, got 4',
        'tags: must not contain the same item twice',
      ],
    ],
    ['minItems', { tags: [] }, ['tags: must have at least 1 item, got 0']],
    [
      'prefixItems, items: false',
      { pair: [1, 'x', 3] },
      ['pair[1]: must be a boolean, got "x"', 'pair[2]: is not allowed, got 3'],
    ],
    [
      'maxContains',
      { flags: ['urgent', 'urgent'] },
      ['flags: must contain at most 1 matching item, got 2'],
    ],
    ['contains', { flags: ['x'] }, ['flags: must contain at least 1 matching item, got 0']],
    [
      'propertyNames, patternProperties, additionalProperties',
      { meta: { x_a: 'toolong', TooLongName: 1, b: 'x' } },
      [
        'meta.x_a: must match ^[a-z]{1,6}$, got "x_a"',
        'meta.x_a: must be at most 4 characters long, got 7',
        'meta.TooLongName: must match ^[a-z]{1,6}$, got "TooLongName"',
        'meta.b: must be an integer, got "x"',
      ],
    ],
    ['minProperties', { meta: {} }, ['meta: must have at least 1 field, got 0']],
    [
      'contentSchema',
      { details: '{"bind_phone":13800001234}' },
      ['details.bind_phone: must be a string, got "*******1234"', 'details.category: is required'],
    ],
    [
      'contentMediaType',
      { details: 'nope' },
      [
        'details: must hold JSON text (contentMediaType application/json), got 4 characters that do not parse',
      ],
    ],
    ['false schema', { nothing: 1 }, ['nothing: is not allowed, got 1']],
    [
      'dependentSchemas',
      { payer: { id_no: '11010519491231002Y' } },
      [
        'payer.id_no: must match ^[0-9]{17}[0-9X]$, got "**************002Y"',
        'payer.id_type: is required',
      ],
    ],
    [
      'maxLength in code points',
      { name: '😀😀😀😀😀😀' },
      [
        'name: must be at most 5 characters long, got 6',
        'name: must match ^\\p{L}+$, got "😀😀😀😀😀😀"',
      ],
    ],
    [
      'minLength',
      { card_no: '62220212345' },
      ['card_no: must be at least 12 characters long, got 11'],
    ],
    [
      'pattern on a card number',
      { card_no: '6222-0212-3456-7890' },
      ['card_no: must match ^[0-9]+$, got "6222-0*********7890"'],
    ],
    ['x-lianlian-rule', { amount: '10.5' }, ['amount: must have exactly two decimals, got "10.5"']],
    ['additionalProperties: false', { 'a b': 1 }, ['"a b": is not allowed (unknown field)']],
  ];
  for (const [keyword, change, messages] of cases) {
    it(`${keyword}: ${messages[0]}`, () => {
      const result = M.validateOrderRequest({ ...good, ...change });
      expect(result.ok ? [] : result.issues.map((i: Json) => i.message)).toEqual(messages);
    });
  }
  it('accepts the valid fixture request, counting lengths in code points', () => {
    expect(M.validateOrderRequest(good).ok).toBe(true);
    expect(M.validateOrderRequest({ ...good, name: '𝒵𝒵𝒵𝒵𝒵' }).ok).toBe(true); // 5 code points, 10 UTF-16 units
  });
  it('oneOf reports the branch, or the closest branch and its issues', () => {
    expect(M.validateOrderResponse({ ret_code: '1001', ret_msg: 'x' })).toMatchObject({
      ok: true,
      branch: 'failure',
      schema: 'OrderFailure',
    });
    expect(M.validateOrderResponse({ ret_code: '0000', order_id: 'A1' })).toMatchObject({
      ok: true,
      branch: 'success',
    });
    expect(
      M.validateOrderResponse({
        ret_code: '0000',
        order_id: 'A1',
        result: 'SUCCESS',
        settle_date: '20240101',
      }).issues.map((i: Json) => i.message),
    ).toEqual([
      'OrderResponse: must match exactly one of OrderFailure, OrderSuccess, OrderPaid, matched none (closest: OrderPaid)',
      'paid_at: is required',
    ]);
  });
  it('anyOf, allOf, if/then/else and recursive $ref', () => {
    const notes = (v: unknown) =>
      M.validateOrderNotification(v).issues?.map((i: Json) => i.message);
    expect(notes({ order_id: 'A', state: 'PAID' })).toEqual([
      'OrderNotification: must match at least one of anyOf[0], anyOf[1], matched none (closest: anyOf[0])',
      'paid_amount: is required',
    ]);
    expect(notes({ order_id: 'A', state: 'PAID', paid_amount: '1.00' })).toBeUndefined();
    expect(M.validateShape({ kind: 'circle' }).issues.map((i: Json) => i.message)).toEqual([
      'radius: is required',
    ]);
    expect(M.validateShape({ kind: 'square', side: 2 }).ok).toBe(true);
    expect(
      M.validateTree({
        label: 'a',
        children: [{ label: 'b', children: [{ label: 'toolong' }] }],
      }).issues.map((i: Json) => i.message),
    ).toEqual(['children[0].children[0].label: must be at most 4 characters long, got 7']);
  });
  it('lookups by schema and by operation', () => {
    expect(Object.keys(M.validatorsBySchema)).toEqual([
      'OrderRequest',
      'OrderResponse',
      'Shape',
      'Tree',
      'OrderNotification',
      'OrderFailure',
      'OrderSuccess',
      'OrderPaid',
      'Details',
    ]);
    expect(M.validatorsByOperation.orderNotify.notification).toBe(M.validateOrderNotification);
    expect(M.validatorsByOperation.placeOrder.response).toBe(M.validateOrderResponse);
  });
});

describe('masking', () => {
  it('keeps at most the first 6 and last 4 digits of a card number', () => {
    expect(maskText('6222021234567890', 'card')).toBe('"622202******7890"');
    expect(maskText('6222021234567890123', 'card')).toBe('"622202*********0123"');
    expect(maskText('62220212', 'card')).toBe('"******12"');
  });
  it('keeps the last 4 characters of long ID and phone numbers, the first of a name', () => {
    expect(maskText('110105194912310021', 'id')).toBe('"**************0021"');
    expect(maskText('13800001234', 'phone')).toBe('"*******1234"');
    expect(maskText('1380000', 'phone')).toBe('"*******"');
    expect(maskText('张三丰', 'name')).toBe('"张**"');
  });
  it('shows only the length of secrets, JSON contents and long masked values', () => {
    expect(maskText('s3cr3t', 'secret')).toBe('(6 characters, hidden)');
    expect(maskText('{"a":1}', 'content')).toBe('(7 characters, hidden)');
    expect(maskText('1'.repeat(41), 'card')).toBe('(41 characters, hidden)');
  });
  it('shows the first 8 characters of a signature, and cuts any long value', () => {
    expect(maskText('A'.repeat(172), 'signature')).toBe(`"${'A'.repeat(8)}"... (172 characters)`);
    expect(maskText('abc', 'signature')).toBe('(3 characters, hidden)');
    expect(maskText('x'.repeat(65), 'none')).toBe(`"${'x'.repeat(32)}"... (65 characters)`);
    expect(showValue(6222021234567890, 'card')).toBe('"622202******7890"');
    expect(showValue({ a: 1 }, 'none')).toBe('object');
  });
  it('counts code points', () => {
    expect(codePointLength('a😀b')).toBe(3);
    expect(codePointLength('\ud800x')).toBe(2); // a lone surrogate counts as one
  });
});

describe('format uri follows RFC 3986', () => {
  const ours = new RegExp(FORMATS.uri!.source, 'u');
  const oracle = new Oracle({
    components: { schemas: { Uri: { type: 'string', format: 'uri' } } },
  });
  const ajv = (s: string) => oracle.schema('Uri', s);
  it('agrees with ajv-formats on ordinary absolute URIs and non-URIs', () => {
    const samples = [
      'http://192.168.110.13:8080/test/tradepayapi/receiveNotify.htm',
      'https://shop.example.com/a?b=c#d',
      'mailto:a@b.c',
      'urn:isbn:123',
      'http://[::1]:80/',
      'http://[v1.x]/',
      'http://a/%41',
      'http://a b',
      'http://a/%zz',
      '/relative',
      'http://例子.cn',
      '1a:b',
    ];
    expect(samples.map((s) => ours.test(s))).toEqual(samples.map(ajv));
  });
  it('differs from ajv-formats exactly where ajv-formats departs from the RFC (documented)', () => {
    // An empty hier-part is a URI by RFC 3986; ajv-formats rejects it.
    expect([ours.test('http:'), ajv('http:')]).toEqual([true, false]);
    // After "scheme:/" the RFC allows only a path, where "[" is not allowed; ajv-formats reads an authority.
    expect([ours.test('http:/[::1]'), ajv('http:/[::1]')]).toEqual([false, true]);
  });
});
