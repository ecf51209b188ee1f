/**
 * `timestamp` must be within `maxSkewMinutes` of `now`: LianLian rejects requests outside that
 * window, and a stale form usually means a page was cached or reopened.
 * @throws {WebPaymentError} `WEB_PAYMENT_CLOCK_SKEW` (or `WEB_PAYMENT_INVALID` when unreadable).
 */
export declare function checkWebPaymentTimestamp(timestamp: string, now: Date, maxSkewMinutes: number): void;
/**
 * Rules on the optional card fields: a card number is 12 to 19 digits (no spaces), and an identity
 * number is only meaningful together with its document type (and the reverse).
 * @throws {WebPaymentError} `WEB_PAYMENT_CARD_FIELDS`.
 */
export declare function checkWebPaymentCardFields(params: Readonly<Record<string, unknown>>): void;
/**
 * Every value must reach LianLian exactly as signed.
 * @throws {WebPaymentError} `WEB_PAYMENT_UNSAFE_VALUE` for line breaks and other control characters.
 */
export declare function checkWebPaymentSubmittable(fields: readonly (readonly [string, string])[]): void;
