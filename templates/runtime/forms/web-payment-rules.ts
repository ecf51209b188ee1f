/**
 * Checks of WEB Payment fields that a JSON Schema cannot express: the request timestamp against
 * the clock, the card fields taken together, and values a hidden input cannot carry unchanged.
 * The schema's own rules (lengths, patterns, enums) are the generated validator's job.
 */
import { clockSkewSeconds } from '../shared/china-time.js';
import { WebPaymentError } from './web-payment-errors.js';
import { survivesFormSubmission } from '../shared/html.js';

const CARD_DIGITS = /^[0-9]{12,19}$/;

/**
 * `timestamp` must be within `maxSkewMinutes` of `now`: LianLian rejects requests outside that
 * window, and a stale form usually means a page was cached or reopened.
 * @throws {WebPaymentError} `WEB_PAYMENT_CLOCK_SKEW` (or `WEB_PAYMENT_INVALID` when unreadable).
 */
export function checkWebPaymentTimestamp(
  timestamp: string,
  now: Date,
  maxSkewMinutes: number,
): void {
  const skew = clockSkewSeconds(timestamp, now);
  if (skew === undefined) {
    throw new WebPaymentError(
      'WEB_PAYMENT_INVALID',
      'timestamp must be a real yyyyMMddHHmmss time (UTC+8)',
      'timestamp',
    );
  }
  if (Math.abs(skew) > maxSkewMinutes * 60) {
    const direction = skew > 0 ? 'ahead of' : 'behind';
    throw new WebPaymentError(
      'WEB_PAYMENT_CLOCK_SKEW',
      `timestamp is ${Math.round(Math.abs(skew) / 60)} minutes ${direction} the clock (UTC+8); LianLian accepts at most ${maxSkewMinutes}`,
      'timestamp',
    );
  }
}

/**
 * Rules on the optional card fields: a card number is 12 to 19 digits (no spaces), and an identity
 * number is only meaningful together with its document type (and the reverse).
 * @throws {WebPaymentError} `WEB_PAYMENT_CARD_FIELDS`.
 */
export function checkWebPaymentCardFields(params: Readonly<Record<string, unknown>>): void {
  const cardNo = params.card_no;
  if (typeof cardNo === 'string' && cardNo !== '' && !CARD_DIGITS.test(cardNo)) {
    throw new WebPaymentError(
      'WEB_PAYMENT_CARD_FIELDS',
      'card_no must be 12 to 19 digits without spaces',
      'card_no',
    );
  }
  const hasIdNo = typeof params.id_no === 'string' && params.id_no !== '';
  const hasIdType = typeof params.id_type === 'string' && params.id_type !== '';
  if (hasIdNo && !hasIdType) {
    throw new WebPaymentError(
      'WEB_PAYMENT_CARD_FIELDS',
      'id_no needs id_type, the kind of document it belongs to',
      'id_type',
    );
  }
  if (hasIdType && !hasIdNo) {
    throw new WebPaymentError('WEB_PAYMENT_CARD_FIELDS', 'id_type is given without id_no', 'id_no');
  }
}

/**
 * Every value must reach LianLian exactly as signed.
 * @throws {WebPaymentError} `WEB_PAYMENT_UNSAFE_VALUE` for line breaks and other control characters.
 */
export function checkWebPaymentSubmittable(fields: readonly (readonly [string, string])[]): void {
  for (const [name, value] of fields) {
    if (!survivesFormSubmission(value)) {
      throw new WebPaymentError(
        'WEB_PAYMENT_UNSAFE_VALUE',
        `${name} contains a line break or control character, which the browser would change before submitting`,
        name,
      );
    }
  }
}
