/** The values the rules use; each can be changed when starting the sandbox. */
export interface SandboxRuleSettings {
    /** Amounts above this fail with 1019 (payouts: result_pay FAILURE). */
    readonly amountLimit: string;
    /** The verify_code that is always wrong (1900). */
    readonly wrongSmsCode: string;
    /** Lifetime of issued tokens in minutes. */
    readonly tokenMinutes: number;
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
}
/** A payout held back until the merchant confirms it. */
export interface SandboxHeldPayout {
    readonly moneyOrder: string;
    readonly dtOrder: string;
    readonly confirmCode: string;
    readonly infoOrder?: string;
}
/** An order to issue a payment token for, as POST /sandbox/tokens takes it. */
export interface SandboxTokenOrder {
    readonly oidPartner: string;
    readonly noOrder: string;
    readonly moneyOrder: string;
    /** The order time the Verify call must repeat, `yyyyMMddHHmmss` (default: now, UTC+8). */
    readonly dtOrder?: string;
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
/**
 * In-memory state of one sandbox: tokens, held payouts, paid orders. The behaviours (behaviours/)
 * decide outcomes from it.
 */
export declare class SandboxState {
    readonly rules: SandboxRuleSettings;
    private readonly now;
    private readonly tokens;
    private readonly payouts;
    private readonly paid;
    private counter;
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
    /** An issued token by its value, or undefined. */
    token(value: string | undefined): SandboxIssuedToken | undefined;
    /** The payout held for this order, or undefined. */
    heldPayout(oidPartner: string | undefined, noOrder: string | undefined): SandboxHeldPayout | undefined;
    /** Whether this order was paid (or its payout confirmed). */
    isPaid(oidPartner: string | undefined, noOrder: string | undefined): boolean;
    /** Whether a WEB Payment form may open the cashier. */
    decideWebPayment(fields: Readonly<Record<string, string>>): SandboxOutcome;
    /** Marks a WEB payment paid; false when the order was paid meanwhile (another tab). */
    markPaid(oidPartner: string, noOrder: string): boolean;
    /** A new 16-digit LianLian transaction number (oid_paybill). */
    nextPaybill(): string;
    /** A new agreement number (no_agree) for a bound card. */
    nextAgreement(): string;
}
/** Whether amount text `value` is above `limit` (both decimal text; unreadable counts as above). */
export declare function sandboxAboveLimit(value: string, limit: string): boolean;
