/**
 * Errors of the browser-form builders (every `build<Op>Form`). Like every runtime error they carry a stable `code` and
 * the offending `field`, and their messages name the rule, never the value (card, ID and phone
 * numbers travel in these forms).
 */
import { LianLianError } from '../shared/errors.js';
import type { ValidationIssue } from '../shared/validation.js';

/** Codes of {@link BrowserFormError}. */
export type BrowserFormErrorCode =
  | 'BROWSER_FORM_INVALID'
  | 'BROWSER_FORM_CLOCK_SKEW'
  | 'BROWSER_FORM_CARD_FIELDS'
  | 'BROWSER_FORM_UNSAFE_VALUE'
  | 'BROWSER_FORM_JSON_TEXT'
  | 'BROWSER_FORM_OPTIONS'
  /** A value has characters the form's charset (`charset_name`) cannot carry unchanged. */
  | 'BROWSER_FORM_CHARSET'
  /** The fields about to be submitted are not the ones signed: an internal fault, nothing signed. */
  | 'BROWSER_FORM_SIGN_MISMATCH';

/** A browser form could not be built: nothing was signed. */
export class BrowserFormError extends LianLianError<BrowserFormErrorCode> {
  /** The validator's issues (values masked) for `BROWSER_FORM_INVALID`; empty otherwise. */
  readonly issues: readonly ValidationIssue[];

  constructor(
    code: BrowserFormErrorCode,
    message: string,
    field?: string,
    issues: readonly ValidationIssue[] = [],
  ) {
    super(code, message, field);
    this.issues = issues;
  }
}

/**
 * @deprecated Since the form path became generic: use {@link BrowserFormError} (the same class,
 * so `instanceof` holds either way).
 */
export const WebPaymentError: typeof BrowserFormError = BrowserFormError;
/** @deprecated Use {@link BrowserFormError}. */
export type WebPaymentError = BrowserFormError;
/** @deprecated Use {@link BrowserFormErrorCode}. */
export type WebPaymentErrorCode = BrowserFormErrorCode;
