import { type SandboxBehaviour } from '../behaviour.js';
import type { SandboxContext, SandboxRequestNote } from '../context.js';
/** Where the payLoad links point: POST `<prefix><oid_paybill>` pays. */
export declare const SANDBOX_WALLET_PATH = "/sandbox/wallet/";
export declare const aggregateQuery: SandboxBehaviour;
/**
 * A POST to a payLoad link: the payer scanned the code and paid. Marks the payment paid and sends
 * the aggregate notification; answers a small page either way.
 */
export declare function handleSandboxWalletPay(ctx: SandboxContext, oidPaybill: string): {
    status: number;
    text: string;
    note: SandboxRequestNote;
};
/**
 * Registers an unpaid wallet payment, as `Sandbox.openWalletPayment` offers it: its transaction
 * number and the link whose POST pays it. Undefined when the order was paid or exists already.
 */
export declare function openSandboxWalletPayment(ctx: SandboxContext, order: SandboxWalletRegistration): {
    oid_paybill: string;
    pay_url: string;
} | undefined;
/** A wallet payment to open, as `Sandbox.openWalletPayment` takes it. */
export interface SandboxWalletRegistration {
    readonly oidPartner: string;
    readonly noOrder: string;
    readonly moneyOrder: string;
    /** `yyyyMMddHHmmss` (default: now, UTC+8). */
    readonly dtOrder?: string;
    readonly infoOrder?: string;
    /** combinepay's pay type: I, L (default), Y or W. */
    readonly payType?: string;
    /** Where the aggregate notification goes once paid; none is sent without it. */
    readonly notifyUrl?: string;
}
