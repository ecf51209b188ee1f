/**
 * Errors of the WEB Payment form builder. Like every runtime error they carry a stable `code` and
 * the offending `field`, and their messages name the rule, never the value (card, ID and phone
 * numbers travel in these forms).
 */
import { LianLianError } from '../shared/errors.js';
import type { ValidationIssue } from '../shared/validation.js';

/** Codes of {@link WebPaymentError}. */
export type WebPaymentErrorCode =
  | 'WEB_PAYMENT_INVALID'
  | 'WEB_PAYMENT_CLOCK_SKEW'
  | 'WEB_PAYMENT_CARD_FIELDS'
  | 'WEB_PAYMENT_UNSAFE_VALUE'
  | 'WEB_PAYMENT_RISK_ITEM'
  | 'WEB_PAYMENT_OPTIONS'
  /** A value has characters the form's charset (`charset_name`) cannot carry unchanged. */
  | 'WEB_PAYMENT_CHARSET'
  /** The fields about to be submitted are not the ones signed: an internal fault, nothing signed. */
  | 'WEB_PAYMENT_SIGN_MISMATCH';

/** A WEB Payment form could not be built: nothing was signed. */
export class WebPaymentError extends LianLianError {
  declare readonly code: WebPaymentErrorCode;
  /** The validator's issues (values masked) for `WEB_PAYMENT_INVALID`; empty otherwise. */
  readonly issues: readonly ValidationIssue[];

  constructor(
    code: WebPaymentErrorCode,
    message: string,
    field?: string,
    issues: readonly ValidationIssue[] = [],
  ) {
    super(code, message, field);
    this.issues = issues;
  }
}
