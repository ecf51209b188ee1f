/**
 * Amounts are decimal text (`55.40`), compared as whole fen (cents) so `55.4` equals `55.40`
 * without binary floating point.
 */
const PLAIN_DECIMAL = /^(0|[1-9][0-9]*)(?:\.([0-9]{1,2}))?$/;

/** The amount in fen of plain decimal text with at most two decimals, else `undefined`. */
export function amountInCents(value: unknown): bigint | undefined {
  if (typeof value !== 'string') return undefined;
  const match = PLAIN_DECIMAL.exec(value);
  if (match === null) return undefined;
  return BigInt(match[1] as string) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/**
 * Whether two texts are the same amount (`55.4` and `55.40`); text that is not a plain decimal
 * with at most two decimals never matches. Compares text, with no BigInt: the same text needs only
 * the pattern, and otherwise the integer part has no leading zeros, so equal amounts are equal
 * text once the decimals are padded to two.
 */
export function sameAmount(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  if (a === b) return PLAIN_DECIMAL.test(a);
  const x = PLAIN_DECIMAL.exec(a);
  if (x === null) return false;
  const y = PLAIN_DECIMAL.exec(b);
  return y !== null && x[1] === y[1] && (x[2] ?? '').padEnd(2, '0') === (y[2] ?? '').padEnd(2, '0');
}
