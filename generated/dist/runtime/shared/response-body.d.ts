/** Default cap of a response body: LianLian's answers are under 2 KiB. */
export declare const DEFAULT_MAX_RESPONSE_BYTES: number;
/** Largest cap an option may set (1 GiB): beyond it a cap protects nothing. */
export declare const MAX_BYTE_LIMIT: number;
/** Whether `value` can be a byte cap: a whole number from 1 to {@link MAX_BYTE_LIMIT}. */
export declare function isByteLimit(value: unknown): value is number;
/**
 * A byte-cap option, or its default when absent. NaN or Infinity would silently mean "no cap".
 * @throws {ConfigurationError} `LIMIT_INVALID` naming the option.
 */
export declare function byteLimitOption(value: unknown, fallback: number, field: string): number;
/** The body's bytes, or `undefined` when it is longer than `limit` (reading then stopped). */
export declare function readBodyUpTo(response: Response, limit: number): Promise<Uint8Array | undefined>;
