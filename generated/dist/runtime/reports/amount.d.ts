/** Fen of `-12.34`-style text with exactly two decimals, else undefined. */
export declare function signedCents(text: string | undefined): bigint | undefined;
/** `-1234n` → `-12.34`. */
export declare function formatCents(cents: bigint): string;
