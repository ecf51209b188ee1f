import type { SandboxState } from '../rules.js';
/** The sandbox's rates: CNY paid per unit of the order currency, as decimal text. */
export declare const SANDBOX_EXCHANGE_RATES: Readonly<Record<string, string>>;
/** The currency Exchange Payment payers pay in. */
export declare const SANDBOX_PAYER_CURRENCY = "CNY";
/** Default validity of an order in minutes, as the Apply page gives it (7 days). */
export declare const DEFAULT_VALID_MINUTES = 10080;
/** An Exchange Payment order as the Apply API (or `Sandbox.openExchange`) registers it. */
export interface SandboxExchangeRegistration {
    readonly oidPartner: string;
    readonly noOrder: string;
    readonly moneyOrder: string;
    readonly currencyOrder: string;
    readonly userId: string;
    /** `yyyyMMddHHmmss` (default: now, UTC+8). */
    readonly dtOrder?: string;
    /** M, N or D (default M). */
    readonly payType?: string;
    readonly infoOrder?: string;
    /** Where the notification goes once paid; none is sent without it. */
    readonly notifyUrl?: string;
    /** Minutes the order stays payable (default 10080). */
    readonly validMinutes?: number;
}
/** One Exchange Payment transaction. */
export interface SandboxExchange {
    readonly registration: SandboxExchangeRegistration;
    readonly dtOrder: string;
    readonly payType: string;
    readonly oidPaybill: string;
    readonly expiresAt: number;
    /** The token of the latest SMS code; earlier ones no longer verify. */
    token: string;
    /** Set once paid. */
    paid?: SandboxExchangePayment;
}
/** What a paid transaction adds: the settlement and the payer's side. */
export interface SandboxExchangePayment {
    readonly settleDate: string;
    readonly moneyPay: string;
    readonly exchangeRate: string;
    readonly noAgree: string;
}
/** The transaction status the result query reports. */
export type SandboxExchangeStatus = 'SUCCESS' | 'WAITING' | 'FAILURE';
/** The Exchange Payment transactions of one sandbox state. */
export declare class SandboxExchanges {
    private readonly state;
    private readonly now;
    private readonly byOrder;
    constructor(state: SandboxState, now: () => Date);
    /**
     * Creates the transaction, or renews the token of the unpaid one for this order (a new SMS
     * code). Returns undefined when the order exists with other terms.
     */
    apply(registration: SandboxExchangeRegistration): SandboxExchange | undefined;
    /** The transaction of an order, or undefined. */
    find(oidPartner: string | undefined, noOrder: string | undefined): SandboxExchange | undefined;
    /** Marks the transaction paid at the sandbox's rate for its currency. */
    pay(exchange: SandboxExchange, settleDate: string): SandboxExchangePayment | undefined;
    /** The status the result query reports for the transaction now. */
    status(exchange: SandboxExchange): SandboxExchangeStatus;
    private issue;
}
/** The Exchange Payment store of a sandbox state (made on first use). */
export declare function sandboxExchanges(state: SandboxState, now: () => Date): SandboxExchanges;
export declare const MAX_CENTS = 10000000000n;
/**
 * `amount` × `rate`, rounded half up to cents, as amount text; undefined when unreadable or out of
 * the range an amount field allows.
 */
export declare function convert(amount: string, rate: string): string | undefined;
