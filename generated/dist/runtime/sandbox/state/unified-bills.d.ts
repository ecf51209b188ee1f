import type { SandboxState } from '../rules.js';
/** A created order as its payment page needs it. */
export interface SandboxUnifiedBill {
    readonly oidPartner: string;
    readonly noOrder: string;
    readonly dtOrder: string;
    readonly moneyOrder: string;
    readonly oidPaybill: string;
    /** The token its gateway_url carries. */
    readonly token: string;
    /** When the token lapses (ms since the epoch). */
    readonly expiresAt: number;
    /** Every field of the creation request, for the page and the notifications. */
    readonly request: Readonly<Record<string, string>>;
    /** The settlement date, once paid. */
    settleDate?: string;
}
/** The unified gateway orders of one sandbox state. */
export declare class SandboxUnifiedBills {
    private readonly state;
    private readonly byOrder;
    private readonly byToken;
    constructor(state: SandboxState);
    /** Whether the merchant created an order with this number already. */
    has(oidPartner: string | undefined, noOrder: string | undefined): boolean;
    /** Records a new order with a fresh token that lapses after `minutes`. */
    create(request: Readonly<Record<string, string>>, now: Date, minutes: number): SandboxUnifiedBill;
    /** The order whose payment page carries `token`, expired or not; undefined when unknown. */
    byPageToken(token: string | undefined): SandboxUnifiedBill | undefined;
}
/** The unified gateway order store of a sandbox state (made on first use). */
export declare function sandboxUnifiedBills(state: SandboxState): SandboxUnifiedBills;
