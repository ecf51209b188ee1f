import type { SandboxContext } from '../context.js';
import type { SandboxPayoutRecord } from '../state/payouts.js';
/** The payout's result notification, and the request field with the merchant's address for it. */
export declare const PAYOUT_NOTIFICATION: {
    readonly webhook: "instantPayNotify";
    readonly urlField: "notify_url";
};
/**
 * Settles a payout that goes ahead and sends its notification to `notifyUrl`.
 * @returns LianLian's transaction number and whether the payout failed.
 */
export declare function settlePayout(ctx: SandboxContext, record: SandboxPayoutRecord, notifyUrl: string): {
    oidPaybill: string;
    failed: boolean;
};
