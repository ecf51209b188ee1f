/**
 * What the MPAY and Easypay Direct behaviours share (apply.ts, verify.ts, query.ts): signed
 * answers with the spec's ret_code for a branch, and the product's asynchronous notification of a
 * paid order, checked against the webhook schema before it is sent.
 */
import { type SandboxJsonAnswer, type SandboxVerifiedRequest } from '../behaviour.js';
import { type SandboxContext } from '../context.js';
import type { SandboxDirectOrder } from '../state/direct-payments.js';
/**
 * A signed answer of the operation's `branch` (`success`, `paid`) with the ret_code the spec gives
 * that branch; fields the spec says LianLian leaves unsigned are added after signing.
 */
export declare function sandboxBranchAnswer(ctx: SandboxContext, request: SandboxVerifiedRequest, branch: string, fields: Record<string, string>, outcome: string): SandboxJsonAnswer;
/** The notification of a paid Direct order, signed, checked and sent to its notify_url. */
export declare function notifyDirectPayment(ctx: SandboxContext, webhook: string, order: SandboxDirectOrder): boolean;
/** The masked card number LianLian's query shows (first six, last four), or undefined. */
export declare function maskedCardNumber(card: string | undefined): string | undefined;
/** Amount text one cent above `limit` (both decimal text with two decimals). */
export declare function oneCentAbove(limit: string): string;
