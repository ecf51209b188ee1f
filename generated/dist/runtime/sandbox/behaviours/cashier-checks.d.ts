import type { SandboxContext } from '../context.js';
import type { SandboxRule } from '../rule-table.js';
import { type SandboxOutcome } from '../rules.js';
export declare const SANDBOX_CASHIER_FORM_RULES: readonly SandboxRule[];
/** The refusal of the first of SANDBOX_CASHIER_FORM_RULES that applies, or undefined. */
export declare function sandboxCashierFormRefusal(ctx: SandboxContext, fields: Readonly<Record<string, string | undefined>>): SandboxOutcome | undefined;
