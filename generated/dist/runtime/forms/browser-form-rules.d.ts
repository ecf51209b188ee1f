/**
 * `timestamp` must be within `maxSkewMinutes` of `now`: LianLian rejects requests outside that
 * window, and a stale form usually means a page was cached or reopened.
 * @throws {BrowserFormError} `BROWSER_FORM_CLOCK_SKEW` (or `BROWSER_FORM_INVALID` when unreadable).
 */
export declare function checkClockField(timestamp: string, now: Date, maxSkewMinutes: number, field?: string): void;
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
/**
 * Applies the form's declared checks in order (for WEB Payment, the card fields: a card number is
 * 12 to 19 digits, an identity number needs its document type and the reverse).
 * @throws {BrowserFormError} `BROWSER_FORM_CARD_FIELDS` for the first check that fails.
 */
export declare function checkFormFields(params: Readonly<Record<string, unknown>>, checks: readonly FormFieldCheck[]): void;
/**
 * Every value must reach LianLian exactly as signed.
 * @throws {BrowserFormError} `BROWSER_FORM_UNSAFE_VALUE` for line breaks and other control characters.
 */
export declare function checkSubmittable(fields: readonly (readonly [string, string])[]): void;
