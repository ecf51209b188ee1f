/**
 * Aggregate (WeChat Pay / Alipay) payments of one sandbox: opened by `Sandbox.openWalletPayment`,
 * paid when the payer "scans" the pay link (a POST to it), read by the result query. Kept beside
 * SandboxState, one store per state, so the shared class stays as it is.
 */
import type { SandboxState } from '../rules.js';
/** A wallet payment as it was opened. */
export interface SandboxWalletPayment {
    readonly oidPartner: string;
    readonly noOrder: string;
    readonly dtOrder: string;
    readonly moneyOrder: string;
    /** The requested pay type: I, L, Y or W. */
    readonly payType: string;
    readonly notifyUrl: string;
    readonly infoOrder?: string;
    readonly oidPaybill: string;
    /** The settlement date, once paid. */
    settleDate?: string;
}
/** The wallet payments of one sandbox state. */
export declare class SandboxWalletPayments {
    private readonly state;
    private readonly byOrder;
    private readonly byPaybill;
    constructor(state: SandboxState);
    /** Registers a new payment; undefined when the order number was used already. */
    create(payment: Omit<SandboxWalletPayment, 'oidPaybill'>): SandboxWalletPayment | undefined;
    /** A merchant's payment by order number or transaction number (both must agree when given). */
    find(oidPartner: string | undefined, noOrder: string | undefined, oidPaybill: string | undefined): SandboxWalletPayment | undefined;
    /** The payment whose payLoad link carries this transaction number. */
    byTransaction(oidPaybill: string): SandboxWalletPayment | undefined;
}
/** The wallet payment store of a sandbox state (made on first use). */
export declare function sandboxWalletPayments(state: SandboxState): SandboxWalletPayments;
