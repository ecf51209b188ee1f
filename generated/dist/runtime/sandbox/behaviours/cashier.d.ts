import type { SandboxFormBehaviour } from '../behaviour.js';
import { type SandboxContext } from '../context.js';
export declare const SANDBOX_BANK_CODE = "01020000";
/** Where a notification goes: its webhook and the request field holding its address. */
export interface CashierNotification {
    readonly webhook: string;
    readonly urlField: string;
}
/** What differs between two cashiers. */
export interface CashierDefinition {
    readonly operationId: string;
    readonly label: string;
    /** The asynchronous result and its address; the synchronous return and the browser's. */
    readonly result: CashierNotification;
    readonly return: CashierNotification;
    /** The synchronous return's own fields besides the order's (`common`). */
    readonly synchronous: (ctx: SandboxContext, request: Readonly<Record<string, string>>) => Record<string, string>;
}
/**
 * The order fields every payment notification of a browser form carries: the order as the merchant
 * sent it, with a new LianLian transaction number and today's settlement date.
 */
export declare function sandboxPaidOrderFields(ctx: SandboxContext, request: Readonly<Record<string, string>>): Record<string, string>;
export declare function cashierBehaviour(definition: CashierDefinition): SandboxFormBehaviour;
