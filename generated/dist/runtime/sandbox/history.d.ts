/** Records kept per list by default: enough for any test to read back, small under load. */
export declare const DEFAULT_SANDBOX_HISTORY = 1000;
/** Appends `entry` to `list`, dropping the oldest entries beyond `limit`. */
export declare function keepRecent<T>(list: T[], entry: T, limit: number): void;
/**
 * A count option of the sandbox (`historyLimit`, `sessionLimit`): `fallback` when absent,
 * otherwise a whole number of `what`, at least 1.
 */
export declare function countOption(value: number | undefined, fallback: number, option: string, what: string): number;
/** The `historyLimit` option: a whole number of records, at least 1. */
export declare function historyLimitOption(value: number | undefined): number;
