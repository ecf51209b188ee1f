/**
 * Checks of form fields that a JSON Schema cannot express: the request timestamp against the
 * clock, the checks the spec declares (`x-lianlian-form.checks`: for WEB Payment, the card fields
 * taken together), and values a hidden input cannot carry unchanged.
 * The schema's own rules (lengths, patterns, enums) are the generated validator's job.
 */
import { clockSkewSeconds } from '../shared/china-time.js';
import { BrowserFormError } from './browser-form-errors.js';
import { survivesFormSubmission } from '../shared/html.js';

/**
 * `timestamp` must be within `maxSkewMinutes` of `now`: LianLian rejects requests outside that
 * window, and a stale form usually means a page was cached or reopened.
 * @throws {BrowserFormError} `BROWSER_FORM_CLOCK_SKEW` (or `BROWSER_FORM_INVALID` when unreadable).
 */
export function checkClockField(
  timestamp: string,
  now: Date,
  maxSkewMinutes: number,
  field = 'timestamp',
): void {
  const skew = clockSkewSeconds(timestamp, now);
  if (skew === undefined) {
    throw new BrowserFormError(
      'BROWSER_FORM_INVALID',
      `${field} must be a real yyyyMMddHHmmss time (UTC+8)`,
      field,
    );
  }
  if (Math.abs(skew) > maxSkewMinutes * 60) {
    const direction = skew > 0 ? 'ahead of' : 'behind';
    throw new BrowserFormError(
      'BROWSER_FORM_CLOCK_SKEW',
      `${field} is ${Math.round(Math.abs(skew) / 60)} minutes ${direction} the clock (UTC+8); LianLian accepts at most ${maxSkewMinutes}`,
      field,
    );
  }
}

/**
 * A check of a form's fields that its schema does not make (the spec's `x-lianlian-form.checks`):
 * a non-empty `field` must match `pattern`, or needs `requires` beside it.
 */
export interface FormFieldCheck {
  readonly field: string;
  /** The value must match it when present (compiled with the `u` flag). */
  readonly pattern?: RegExp;
  /** Another field that must be present whenever `field` is; the error names the missing one. */
  readonly requires?: string;
  /** The error message, naming the fields as the spec does. */
  readonly message: string;
}

const present = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * Applies the form's declared checks in order (for WEB Payment, the card fields: a card number is
 * 12 to 19 digits, an identity number needs its document type and the reverse).
 * @throws {BrowserFormError} `BROWSER_FORM_CARD_FIELDS` for the first check that fails.
 */
export function checkFormFields(
  params: Readonly<Record<string, unknown>>,
  checks: readonly FormFieldCheck[],
): void {
  for (const check of checks) {
    const value = params[check.field];
    if (!present(value)) continue;
    if (check.pattern !== undefined && !check.pattern.test(value)) {
      throw new BrowserFormError('BROWSER_FORM_CARD_FIELDS', check.message, check.field);
    }
    if (check.requires !== undefined && !present(params[check.requires])) {
      throw new BrowserFormError('BROWSER_FORM_CARD_FIELDS', check.message, check.requires);
    }
  }
}

/**
 * Every value must reach LianLian exactly as signed.
 * @throws {BrowserFormError} `BROWSER_FORM_UNSAFE_VALUE` for line breaks and other control characters.
 */
export function checkSubmittable(fields: readonly (readonly [string, string])[]): void {
  for (const [name, value] of fields) {
    if (!survivesFormSubmission(value)) {
      throw new BrowserFormError(
        'BROWSER_FORM_UNSAFE_VALUE',
        `${name} contains a line break or control character, which the browser would change before submitting`,
        name,
      );
    }
  }
}
