/** The amount in fen of plain decimal text with at most two decimals, else `undefined`. */
export declare function amountInCents(value: unknown): bigint | undefined;
