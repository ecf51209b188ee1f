/**
 * The sandbox's record of MPAY and Easypay Direct payments: each order an Apply created (or a
 * Verify paid with a token issued without one), what its notification and query answer need, and
 * the agreement numbers (no_agree) a paid order bound, which later Apply requests may send instead
 * of the card fields. Hooked into SandboxState as `directPayments`.
 */
/** Where a Direct order stands, in the query API's result_pay terms. */
export type SandboxDirectStatus = 'WAITING' | 'SUCCESS';
/** One Direct order as the sandbox keeps it. */
export interface SandboxDirectOrder {
    /** `x-lianlian-product` of the operations that handle it (`mpay`, `easypay`). */
    readonly product: string;
    readonly oidPartner: string;
    readonly noOrder: string;
    readonly dtOrder: string;
    readonly moneyOrder: string;
    readonly oidPaybill: string;
    readonly userId?: string;
    readonly infoOrder?: string;
    readonly notifyUrl?: string;
    readonly payType?: string;
    readonly bankCode?: string;
    /** The card number masked as LianLian's query shows it (first six, last four digits). */
    readonly cardMasked?: string;
    status: SandboxDirectStatus;
    settleDate?: string;
    noAgree?: string;
}
/** What an Apply (or a Verify without one) records. */
export type SandboxDirectOrderInput = Omit<SandboxDirectOrder, 'status' | 'settleDate' | 'noAgree'>;
/** A Direct order set up directly, as `Sandbox.recordDirectOrder` takes it. */
export interface SandboxDirectOrderRegistration {
    /** An operation of the order's product (its `x-lianlian-product`), e.g. `mpayQuery`. */
    readonly operationId: string;
    readonly oidPartner: string;
    readonly noOrder: string;
    readonly moneyOrder: string;
    /** `yyyyMMddHHmmss` (default: now, UTC+8). */
    readonly dtOrder?: string;
    readonly infoOrder?: string;
    /** Whether the order was paid (default: waiting for its Verify). */
    readonly paid?: boolean;
}
/** A card bound by a paid Direct order: the agreement a later Apply may name. */
export interface SandboxAgreement {
    readonly oidPartner: string;
    readonly userId?: string;
    readonly bankCode?: string;
    readonly cardMasked?: string;
}
export declare class SandboxDirectPayments {
    private readonly orders;
    private readonly agreements;
    /** Records an order applied for (replacing an unpaid one of the same number). */
    record(input: SandboxDirectOrderInput): SandboxDirectOrder;
    /** The order by the merchant's number, or undefined. */
    /** Every order recorded, paid or not, in the order they were applied (the report files read them). */
    all(): IterableIterator<SandboxDirectOrder>;
    byOrder(oidPartner: unknown, noOrder: unknown): SandboxDirectOrder | undefined;
    /** The order by LianLian's transaction number, or undefined. */
    byPaybill(oidPartner: unknown, oidPaybill: unknown): SandboxDirectOrder | undefined;
    /** Marks an order paid and binds its card under a new agreement number. */
    pay(order: SandboxDirectOrder, settleDate: string, noAgree: string): void;
    /** The agreement a paid order of this merchant bound under `noAgree`, or undefined. */
    agreement(oidPartner: unknown, noAgree: unknown): SandboxAgreement | undefined;
}
