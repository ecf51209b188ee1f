// Signed report amounts as whole fen (cents): exact sums over millions of rows, no floating point.
const SIGNED_DECIMAL = /^(-?)(0|[1-9][0-9]*)\.([0-9]{2})$/;

/** Fen of `-12.34`-style text with exactly two decimals, else undefined. */
export function signedCents(text: string | undefined): bigint | undefined {
  if (text === undefined) return undefined;
  const match = SIGNED_DECIMAL.exec(text);
  if (match === null) return undefined;
  const cents = BigInt(match[2] as string) * 100n + BigInt(match[3] as string);
  return match[1] === '-' ? -cents : cents;
}

/** `-1234n` → `-12.34`. */
export function formatCents(cents: bigint): string {
  const negative = cents < 0n;
  const magnitude = negative ? -cents : cents;
  const whole = magnitude / 100n;
  const fraction = (magnitude % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}
