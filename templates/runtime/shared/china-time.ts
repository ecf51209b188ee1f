/**
 * LianLian's times: `yyyyMMddHHmmss` in China Standard Time (UTC+8, no daylight saving), and the
 * 30-minute window a request `timestamp` must fall into around LianLian's clock.
 */

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DATETIME14 = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/** How far a request timestamp may be from LianLian's clock. */
export const MAX_CLOCK_SKEW_MINUTES = 30;

/** `date` as `yyyyMMddHHmmss` in UTC+8. */
export function formatChinaTime(date: Date): string {
  const shifted = new Date(date.getTime() + CHINA_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    String(shifted.getUTCFullYear()).padStart(4, '0') +
    two(shifted.getUTCMonth() + 1) +
    two(shifted.getUTCDate()) +
    two(shifted.getUTCHours()) +
    two(shifted.getUTCMinutes()) +
    two(shifted.getUTCSeconds())
  );
}

/** `yyyyMMdd` in UTC+8 (a settle_date). */
export function formatChinaDate(date: Date): string {
  return formatChinaTime(date).slice(0, 8);
}

/** Parses `yyyyMMddHHmmss` (UTC+8); `undefined` unless it is a real calendar time. */
export function parseChinaTime(text: string): Date | undefined {
  const match = DATETIME14.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as number[];
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const date = new Date(utc - CHINA_OFFSET_MS);
  // Date.UTC rolls 31 February over into March; a round trip exposes that.
  return formatChinaTime(date) === text ? date : undefined;
}

/**
 * How many whole seconds `timestamp` lies from `now` (positive: in the future), or `undefined`
 * when it is not a valid `yyyyMMddHHmmss` time.
 */
export function clockSkewSeconds(timestamp: string, now: Date): number | undefined {
  const parsed = parseChinaTime(timestamp);
  return parsed === undefined ? undefined : Math.round((parsed.getTime() - now.getTime()) / 1000);
}
