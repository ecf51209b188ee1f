/**
 * What ties an answer or a notification to the request it is about. A genuine signature only
 * proves LianLian said something, not that it said it about this call or this order: a signed
 * answer or notification about another order can be replayed. The spec names, per operation and
 * per webhook, the fields that must carry the request's (or the merchant's) value
 * (`x-lianlian-correlation`); the generator turns that into tables, and this module compares.
 */
import { amountInCents } from './amount.js';
/** Whether `received` is `expected` under `match`; a value that is not a string never matches. */
export function sameValue(match, received, expected) {
    if (typeof received !== 'string' || typeof expected !== 'string')
        return false;
    if (match === 'exact')
        return received === expected;
    const a = amountInCents(received);
    return a !== undefined && a === amountInCents(expected);
}
/**
 * Every correlation field `received` lacks (absent or empty) or carries with a value other than
 * `expected`'s, in table order. Empty when the message is tied to `expected`.
 */
export function correlationMismatches(fields, received, expected) {
    const out = [];
    for (const { field, match } of fields) {
        const value = Object.hasOwn(received, field) ? received[field] : undefined;
        if (value === undefined || value === null || value === '')
            out.push({ field, missing: true });
        else if (!sameValue(match, value, Object.hasOwn(expected, field) ? expected[field] : undefined))
            out.push({ field, missing: false });
    }
    return out;
}
