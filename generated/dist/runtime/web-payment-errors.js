/**
 * Errors of the WEB Payment form builder. Like every runtime error they carry a stable `code` and
 * the offending `field`, and their messages name the rule, never the value (card, ID and phone
 * numbers travel in these forms).
 */
import { LianLianError } from './errors.js';
/** A WEB Payment form could not be built: nothing was signed. */
export class WebPaymentError extends LianLianError {
    /** The validator's issues (values masked) for `WEB_PAYMENT_INVALID`; empty otherwise. */
    issues;
    constructor(code, message, field, issues = []) {
        super(code, message, field);
        this.issues = issues;
    }
}
