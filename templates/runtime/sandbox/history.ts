/**
 * The sandbox's records of what it received and sent (form submissions, notification deliveries),
 * kept to the most recent few so that a merchant's load test against a long-running sandbox holds
 * memory flat. The records stay a plain array, oldest first, so `length`, indexing, `at(-1)`,
 * `find` and `filter` read the recent entries as before; past the limit the oldest are dropped.
 */
import { ConfigurationError } from '../shared/errors.js';

/** Records kept per list by default: enough for any test to read back, small under load. */
export const DEFAULT_SANDBOX_HISTORY = 1000;

/** Appends `entry` to `list`, dropping the oldest entries beyond `limit`. */
export function keepRecent<T>(list: T[], entry: T, limit: number): void {
  list.push(entry);
  // One entry over at a time: shift is a cheap left trim, and memory never exceeds the limit + 1.
  while (list.length > limit) list.shift();
}

/**
 * A count option of the sandbox (`historyLimit`, `sessionLimit`): `fallback` when absent,
 * otherwise a whole number of `what`, at least 1.
 */
export function countOption(
  value: number | undefined,
  fallback: number,
  option: string,
  what: string,
): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1)
    throw new ConfigurationError(
      'LIMIT_INVALID',
      `${option} must be a whole number of ${what}, at least 1`,
      option,
    );
  return value;
}

/** The `historyLimit` option: a whole number of records, at least 1. */
export function historyLimitOption(value: number | undefined): number {
  return countOption(value, DEFAULT_SANDBOX_HISTORY, 'historyLimit', 'records');
}
