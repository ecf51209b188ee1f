/** The amount in fen of plain decimal text with at most two decimals, else `undefined`. */
export declare function amountInCents(value: unknown): bigint | undefined;
/**
 * Whether two texts are the same amount (`55.4` and `55.40`); text that is not a plain decimal
 * with at most two decimals never matches. Compares text, with no BigInt: the same text needs only
 * the pattern, and otherwise the integer part has no leading zeros, so equal amounts are equal
 * text once the decimals are padded to two.
 */
export declare function sameAmount(a: unknown, b: unknown): boolean;
