import { type SandboxRequestNote, type SandboxContext } from './context.js';
/** An HTML answer. `nonce` is set when the page carries an inline script. */
export interface SandboxHtmlAnswer {
    readonly html: string;
    readonly nonce?: string;
    readonly note: SandboxRequestNote;
}
/** Path prefix of the cashier's own pages. */
export declare const SANDBOX_CASHIER_PATH = "/sandbox/cashier/";
/** Handles the merchant's form post to the WEB Payment path. */
export declare function handleSandboxWebPaymentForm(ctx: SandboxContext, raw: Buffer): SandboxHtmlAnswer;
/** Handles "pay" on a cashier page. */
export declare function handleSandboxCashierPay(ctx: SandboxContext, sessionId: string): SandboxHtmlAnswer;
