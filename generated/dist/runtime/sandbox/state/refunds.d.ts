import type { SandboxOutcome } from '../rules.js';
/** A completed payment, as the Verify behaviours (or `Sandbox.payOrder`) record it. */
export interface SandboxPayment {
    readonly oidPartner: string;
    readonly noOrder: string;
    readonly oidPaybill: string;
    readonly moneyOrder: string;
    readonly dtOrder: string;
}
/** A refund the sandbox accepted. */
export interface SandboxRefund {
    readonly oidPartner: string;
    readonly noRefund: string;
    readonly dtRefund: string;
    readonly moneyRefund: string;
    readonly oidRefundno: string;
    readonly payment: SandboxPayment;
    /** sta_refund: the sandbox's refunds succeed at once (2). */
    readonly staRefund: string;
    readonly settleDate: string;
}
/** A refund request as the Refund Apply API carries it. */
export interface SandboxRefundRequest {
    readonly oidPartner: string;
    readonly noRefund: string;
    readonly dtRefund: string;
    readonly moneyRefund: string;
    readonly noOrder?: string;
    readonly oidPaybill?: string;
    readonly dtOrder?: string;
}
export declare class SandboxRefunds {
    private readonly payments;
    private readonly paybills;
    private readonly refunds;
    /** Cents refunded so far per payment (by oid_paybill). */
    private readonly refunded;
    private counter;
    /** Records a completed payment, which refunds may then name. */
    recordPayment(payment: SandboxPayment): void;
    /** The payment an order number or LianLian transaction number names, or undefined. */
    payment(oidPartner: string, noOrder?: string, oidPaybill?: string): SandboxPayment | undefined;
    /** A refund by the merchant's refund number, or undefined. */
    /** Every refund accepted, in the order they were applied (the report files list them). */
    all(): IterableIterator<SandboxRefund>;
    refund(oidPartner: string | undefined, noRefund: string | undefined): SandboxRefund | undefined;
    /** Decides a refund request and records it when accepted. */
    apply(request: SandboxRefundRequest, today: string, prefix: string): SandboxOutcome & {
        refund?: SandboxRefund;
    };
}
