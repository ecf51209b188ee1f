import { type SandboxBehaviour, type SandboxRefundSetup } from '../behaviour.js';
import type { SandboxContext } from '../context.js';
import type { SandboxRefund } from '../state/refunds.js';
export declare const refundApply: SandboxBehaviour;
/** The fields the answers, queries and the notification report for a refund. */
export declare function refundFields(refund: SandboxRefund): Record<string, string>;
/**
 * `Sandbox.refundOrder`: a refund recorded as the Refund Apply API would, without a notification.
 * @throws {ConfigurationError} `SANDBOX_REFUND` naming the field the refund rules refuse.
 */
export declare function sandboxRefundOrder(ctx: SandboxContext, refund: SandboxRefundSetup): {
    oid_refundno: string;
};
