/**
 * What ties an answer or a notification to the request it is about. A genuine signature only
 * proves LianLian said something, not that it said it about this call or this order: a signed
 * answer or notification about another order can be replayed. The spec names, per operation and
 * per webhook, the fields that must carry the request's (or the merchant's) value
 * (`x-lianlian-correlation`); the generator turns that into tables, and this module compares.
 */
import { sameAmount } from './amount.js';

/**
 * How a correlation field is compared: as text, as an amount (`55.4` equals `55.40`), or as the
 * last four characters of the request's value (`last4`: answers that show a card number only by
 * its last four digits).
 */
export type CorrelationMatch = 'exact' | 'amount' | 'last4';

/** One field that must carry the value of the request or of the merchant's order. */
export interface CorrelationField {
  readonly field: string;
  readonly match: CorrelationMatch;
  /** Compared only when the request carried the field (`echoWhenSent`). */
  readonly whenSent?: boolean;
}

/** The `x-lianlian-correlation` of a webhook. */
export interface NotificationCorrelation {
  /** The field the merchant's order is looked up by (`findOrder`), e.g. `no_order`. */
  readonly orderKey: string;
  /** The field a notification is handled once per, e.g. `oid_paybill` or a refund number. */
  readonly idempotencyKey: string;
  /** Fields that must equal the merchant's record of the order. */
  readonly match: readonly CorrelationField[];
}

/** Why a message is not tied to its request: a correlation field is absent, or has another value. */
export interface CorrelationMismatch {
  readonly field: string;
  readonly missing: boolean;
}

/** Whether `received` is `expected` under `match`; a value that is not a string never matches. */
export function sameValue(match: CorrelationMatch, received: unknown, expected: unknown): boolean {
  if (typeof received !== 'string' || typeof expected !== 'string') return false;
  if (match === 'exact') return received === expected;
  if (match === 'last4') return expected.length >= 4 && received === expected.slice(-4);
  return sameAmount(received, expected);
}

/**
 * Every correlation field `received` lacks (absent or empty) or carries with a value other than
 * `expected`'s, in table order. Empty when the message is tied to `expected`.
 */
export function correlationMismatches(
  fields: readonly CorrelationField[],
  received: Readonly<Record<string, unknown>>,
  expected: Readonly<Record<string, unknown>>,
): CorrelationMismatch[] {
  const out: CorrelationMismatch[] = [];
  for (const { field, match, whenSent } of fields) {
    if (whenSent === true && !Object.hasOwn(expected, field)) continue;
    const value = Object.hasOwn(received, field) ? received[field] : undefined;
    if (value === undefined || value === null || value === '') out.push({ field, missing: true });
    else if (!sameValue(match, value, Object.hasOwn(expected, field) ? expected[field] : undefined))
      out.push({ field, missing: false });
  }
  return out;
}
