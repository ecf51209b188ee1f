import { type SandboxRequestNote, type SandboxContext } from './context.js';
import { type SandboxFormOperation } from './catalogue.js';
/** An HTML answer. `nonce` is set when the page carries an inline script. */
export interface SandboxHtmlAnswer {
    /** HTTP status (default 200). */
    readonly status?: number;
    readonly html: string;
    readonly nonce?: string;
    readonly note: SandboxRequestNote;
}
/** Path prefix of the cashier's own pages. */
export declare const SANDBOX_CASHIER_PATH = "/sandbox/cashier/";
/** Handles the merchant's form post to a browser-form operation's path. */
export declare function handleSandboxForm(ctx: SandboxContext, spec: SandboxFormOperation, raw: Buffer): SandboxHtmlAnswer;
/** Handles "pay" on a cashier page. */
export declare function handleSandboxCashierPay(ctx: SandboxContext, sessionId: string, raw?: Buffer): SandboxHtmlAnswer;
