import { SandboxPayoutLedger } from './state/payouts.js';
import { SandboxPreauths, type SandboxPreauthRegistration } from './state/preauths.js';
import { SandboxRefunds } from './state/refunds.js';
import { SandboxCardBinds } from './state/card-binds.js';
import { SandboxDirectPayments } from './state/direct-payments.js';
/** The values the rules use; each can be changed when starting the sandbox. */
export interface SandboxRuleSettings {
    /** Amounts above this fail with 1019 (payouts: result_pay FAILURE). */
    readonly amountLimit: string;
    /** The verify_code that is always wrong (1900). */
    readonly wrongSmsCode: string;
    /** Lifetime of issued tokens in minutes. */
    readonly tokenMinutes: number;
    /** Every merchant's opening balance, which payouts take from. */
    readonly merchantBalance: string;
    /** A payout to a card paid within this many hours is held as a suspected duplicate (0: never). */
    readonly duplicatePayoutHours: number;
}
export declare const DEFAULT_SANDBOX_RULES: SandboxRuleSettings;
/** A decided outcome: `0000`, or a documented failure code and the field it concerns. */
export interface SandboxOutcome {
    readonly retCode: string;
    readonly field?: string;
}
/** A token issued for a later Verify call. */
export interface SandboxIssuedToken {
    readonly oidPartner: string;
    readonly noOrder: string;
    readonly moneyOrder: string;
    readonly dtOrder: string;
    readonly expiresAt: number;
    /** Where the paid order's notification goes (an Apply's notify_url), when known. */
    readonly notifyUrl?: string;
    /** The order's pay_type, which its notification reports, when known. */
    readonly payType?: string;
}
/** An order to issue a payment token for, as POST /sandbox/tokens takes it. */
export interface SandboxTokenOrder {
    readonly oidPartner: string;
    readonly noOrder: string;
    readonly moneyOrder: string;
    /** The order time the Verify call must repeat, `yyyyMMddHHmmss` (default: now, UTC+8). */
    readonly dtOrder?: string;
    /**
     * Where the product's asynchronous notification goes once a Verify pays the order (what the
     * Apply request's notify_url says); without it no notification is sent.
     */
    readonly notifyUrl?: string;
    /** The pay_type the notification reports (the Apply request's); needed with notifyUrl. */
    readonly payType?: string;
}
/** Registration of a held payout, as POST /sandbox/payouts takes it. */
export interface SandboxPayoutRegistration {
    readonly oidPartner: string;
    readonly noOrder: string;
    readonly moneyOrder: string;
    /** The order time the payout's notification carries, `yyyyMMddHHmmss` (default: now, UTC+8). */
    readonly dtOrder?: string;
    /** The payout's purpose, signed into its notification. */
    readonly infoOrder?: string;
}
/** An order the setup calls recorded as paid (or held): its number, LianLian's, and the time. */
export interface SandboxPaidOrder {
    no_order: string;
    oid_paybill: string;
    dt_order: string;
}
/**
 * In-memory state of one sandbox: tokens, held payouts, paid orders. The behaviours (behaviours/)
 * decide outcomes from it.
 */
export declare class SandboxState {
    readonly rules: SandboxRuleSettings;
    private readonly now;
    private readonly tokens;
    private readonly paid;
    private counter;
    /** Card bindings and their agreements (state/card-binds.ts). */
    readonly cardBinds: SandboxCardBinds;
    /** Payouts and merchant balances (Instant payment). */
    readonly payouts: SandboxPayoutLedger;
    /** Completed payments and their refunds (state/refunds.ts). */
    readonly refunds: SandboxRefunds;
    /** Easypay pre-authorisations (state/preauths.ts). */
    readonly preauths: SandboxPreauths;
    /** MPAY and Easypay Direct orders and the cards they bound (state/direct-payments.ts). */
    readonly directPayments: SandboxDirectPayments;
    constructor(rules: SandboxRuleSettings, now: () => Date);
    /** Issues a token for a later Verify call (what the Apply APIs would do). */
    issueToken(order: SandboxTokenOrder): {
        token: string;
        no_order: string;
        money_order: string;
        expires_at: string;
    };
    /** Registers a payout LianLian held back and returns its confirm code. */
    holdPayout(registration: SandboxPayoutRegistration): {
        no_order: string;
        confirm_code: string;
    };
    /**
     * Records the order as paid, as a Verify call would (what `Sandbox.payOrder` offers), so that it
     * can be refunded; returns LianLian's transaction number.
     */
    payOrder(order: SandboxTokenOrder): SandboxPaidOrder;
    /**
     * Records an Easypay pre-authorisation (what the Easypay Apply and Verify APIs with pay_type F
     * would do; `Sandbox.holdPreauth` offers it) and returns its transaction number.
     */
    holdPreauth(registration: SandboxPreauthRegistration): SandboxPaidOrder;
    /** An issued token by its value, or undefined. */
    token(value: string | undefined): SandboxIssuedToken | undefined;
    /**
     * LianLian's refusal of a request for an order that was paid already (1002, naming no_order),
     * the first check of every paying request; undefined when it may go ahead.
     */
    paidAlready(request: Readonly<Record<string, string>>): SandboxOutcome | undefined;
    /** Whether this order was paid (or its payout confirmed). */
    isPaid(oidPartner: string | undefined, noOrder: string | undefined): boolean;
    /** Marks an order paid; false when it was paid meanwhile (another tab, another call). */
    markPaid(oidPartner: string, noOrder: string): boolean;
    /** A new 16-digit LianLian transaction number (oid_paybill). */
    nextPaybill(): string;
    /** A new agreement number (no_agree) for a bound card. */
    nextAgreement(): string;
}
/** Whether amount text `value` is above `limit` (both decimal text; unreadable counts as above). */
export declare function sandboxAboveLimit(value: string, limit: string): boolean;
