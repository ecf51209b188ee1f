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
