// The small runtime helpers that several modules share instead of keeping copies: amounts in
// fen (notification order check, sandbox amount limit) and one-line text (validation messages,
// sandbox log lines).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInCents, sameAmount } from '../../generated/src/runtime/shared/amount.js';
import { checkNotificationOrder } from '../../generated/src/runtime/notifications/order.js';
import { sandboxAboveLimit } from '../../generated/src/runtime/sandbox/rules.js';
import { oneLine } from '../../generated/src/runtime/shared/validation.js';

// A payment webhook's x-lianlian-correlation, as the generator tables it.
const PAYMENT_CORRELATION = {
  orderKey: 'no_order',
  idempotencyKey: 'oid_paybill',
  match: [
    { field: 'oid_partner', match: 'exact' },
    { field: 'no_order', match: 'exact' },
    { field: 'money_order', match: 'amount' },
  ],
} as const;

const fen = fc.bigInt({ min: 0n, max: 10n ** 12n });
const asText = (value: bigint, decimals: 0 | 1 | 2): string => {
  const whole = (value / 100n).toString();
  const part = (value % 100n).toString().padStart(2, '0');
  return decimals === 0 ? whole : `${whole}.${part.slice(0, decimals)}`;
};

describe('amountInCents', () => {
  it('reads two-, one- and no-decimal text as the same number of fen', () => {
    fc.assert(
      fc.property(fen, (value) => {
        expect(amountInCents(asText(value, 2))).toBe(value);
        const tens = value - (value % 10n);
        expect(amountInCents(asText(tens, 1))).toBe(tens);
        const whole = value - (value % 100n);
        expect(amountInCents(asText(whole, 0))).toBe(whole);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses anything but plain decimal text', () => {
    for (const bad of [
      '',
      '.5',
      '1.',
      '1.234',
      '01.00',
      '-1.00',
      '1e3',
      ' 1.00',
      '1,00',
      '１.00',
    ]) {
      expect(amountInCents(bad), bad).toBeUndefined();
    }
    for (const bad of [1, 1n, null, undefined, ['1.00']])
      expect(amountInCents(bad)).toBeUndefined();
  });

  it('is what the notification check and the sandbox limit compare', () => {
    fc.assert(
      fc.property(fen, fen, (a, b) => {
        const order = { oid_partner: '1', no_order: 'n', money_order: asText(a, 2) };
        const check = checkNotificationOrder(
          { ...order, money_order: asText(b, 2) },
          { order, correlation: PAYMENT_CORRELATION },
        );
        expect(check.ok).toBe(a === b);
        expect(sandboxAboveLimit(asText(a, 2), asText(b, 2))).toBe(a > b);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('sameAmount', () => {
  // Amount-like text (leading zeros, 0 to 3 decimals, stray characters) and any other string.
  const amountish = fc.oneof(
    fc
      .tuple(
        fc.stringMatching(/^[0-9]{1,4}$/),
        fc.constantFrom('', '.'),
        fc.stringMatching(/^[0-9]{0,3}$/),
      )
      .map(([whole, dot, part]) => `${whole}${dot}${part}`),
    fen.chain((v) => fc.constantFrom(asText(v, 0), asText(v, 1), asText(v, 2))),
    fc.string({ maxLength: 8 }),
  );

  it('is equality of amountInCents, with text that is no amount never matching', () => {
    fc.assert(
      fc.property(amountish, amountish, (a, b) => {
        const x = amountInCents(a);
        const same = x !== undefined && x === amountInCents(b);
        expect(sameAmount(a, b)).toBe(same);
        expect(sameAmount(a, a)).toBe(x !== undefined);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fen, fen, (v, w) => {
        const tens = v - (v % 10n);
        expect(sameAmount(asText(tens, 1), asText(tens, 2))).toBe(true);
        expect(sameAmount(asText(v, 2), asText(w, 2))).toBe(v === w);
      }),
    );
    expect(sameAmount('55.4', '55.40')).toBe(true);
    expect(sameAmount('55', '55.00')).toBe(true);
    expect(sameAmount('055.40', '55.40')).toBe(false);
    expect(sameAmount(55.4, '55.40')).toBe(false);
  });
});

describe('oneLine', () => {
  const breaks = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

  it('leaves no control or line-separator character and cuts at the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.integer({ min: 1, max: 250 }),
        (text, max) => {
          const line = oneLine(text, max);
          expect(line).not.toMatch(breaks);
          expect([...line.replace(/…$/, '')].length).toBeLessThanOrEqual(max + 1);
          if (!breaks.test(text) && text.length <= max) expect(line).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps 200 characters by default', () => {
    expect(oneLine('a'.repeat(201))).toBe(`${'a'.repeat(200)}…`);
    expect(oneLine('a\r\nb\u2028c')).toBe('a b c');
  });
});
