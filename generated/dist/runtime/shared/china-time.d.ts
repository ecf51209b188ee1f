/**
 * LianLian's times: `yyyyMMddHHmmss` in China Standard Time (UTC+8, no daylight saving), and the
 * 30-minute window a request `timestamp` must fall into around LianLian's clock.
 */
/** How far a request timestamp may be from LianLian's clock. */
export declare const MAX_CLOCK_SKEW_MINUTES = 30;
/** `date` as `yyyyMMddHHmmss` in UTC+8. */
export declare function formatChinaTime(date: Date): string;
/** `yyyyMMdd` in UTC+8 (a settle_date). */
export declare function formatChinaDate(date: Date): string;
/** Parses `yyyyMMddHHmmss` (UTC+8); `undefined` unless it is a real calendar time. */
export declare function parseChinaTime(text: string): Date | undefined;
/**
 * How many whole seconds `timestamp` lies from `now` (positive: in the future), or `undefined`
 * when it is not a valid `yyyyMMddHHmmss` time.
 */
export declare function clockSkewSeconds(timestamp: string, now: Date): number | undefined;
