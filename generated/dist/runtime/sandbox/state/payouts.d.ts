/** LianLian's result_pay of a payout, as the result query reports it. */
export type SandboxPayoutStatus = 'CHECK' | 'PROCESSING' | 'SUCCESS' | 'FAILURE' | 'CLOSED';
/** One payout the sandbox knows. */
export interface SandboxPayoutRecord {
    readonly oidPartner: string;
    readonly noOrder: string;
    readonly moneyOrder: string;
    readonly dtOrder: string;
    readonly infoOrder?: string;
    /** The payee's card or account number, only to spot suspected duplicates; never logged. */
    readonly card?: string;
    /** The payee's name as the payout named it (acct_name); never logged. */
    readonly acctName?: string;
    /** Sandbox clock when the payout was created, ms. */
    readonly createdAt: number;
    status: SandboxPayoutStatus;
    /** Set while the payout is held (CHECK). */
    confirmCode?: string;
    /** LianLian's transaction number, once the payout went ahead. */
    oidPaybill?: string;
    /** Accounting date, yyyyMMdd, once the payout succeeded. */
    settleDate?: string;
}
/** A merchant account as `Sandbox.setMerchantAccount` changes it. */
export interface SandboxMerchantAccount {
    readonly oidPartner: string;
    /** The available balance payouts are taken from (decimal text, two decimals at most). */
    readonly balance?: string;
    /** The amount collected but not settled yet, which the balance query reports. */
    readonly unsettled?: string;
    /** Whether the merchant may use Instant payment (false: apply answers 4005). */
    readonly payouts?: boolean;
}
export declare class SandboxPayoutLedger {
    /** The opening balance of every merchant, decimal text. */
    private readonly openingBalance;
    private readonly now;
    private readonly records;
    private readonly accounts;
    constructor(
    /** The opening balance of every merchant, decimal text. */
    openingBalance: string, now: () => Date);
    /** Changes a merchant's account; fields left out keep their value. */
    setAccount(change: SandboxMerchantAccount): void;
    /** Available and unsettled amounts of a merchant, as decimal text with two decimals. */
    balances(oidPartner: string): {
        balance: string;
        unsettled: string;
    };
    /** Whether the merchant may use Instant payment. */
    payoutsEnabled(oidPartner: string): boolean;
    /** Whether `moneyOrder` exceeds the merchant's available balance. */
    exceedsBalance(oidPartner: string, moneyOrder: string): boolean;
    /** The payout of this merchant and order number (closing it first if its window passed). */
    byOrder(oidPartner: string | undefined, noOrder: string | undefined): SandboxPayoutRecord | undefined;
    /** The payout of this merchant with LianLian's transaction number. */
    byPaybill(oidPartner: string | undefined, oidPaybill: string | undefined): SandboxPayoutRecord | undefined;
    /** Whether a payout of this merchant to `card` was made within `hours` of now. */
    recentPayoutTo(oidPartner: string, card: string, hours: number): boolean;
    /**
     * Whether `acctName` is not the name of the first payout (of any merchant) to `card`: the
     * sandbox's stand-in for the bank's check that name and card belong together.
     */
    nameMismatch(card: string, acctName: string): boolean;
    /** Records a payout, held (with a new confirm code) or going ahead (PROCESSING). */
    add(payout: Omit<SandboxPayoutRecord, 'createdAt' | 'status' | 'dtOrder'> & {
        dtOrder?: string;
    }, held: boolean): SandboxPayoutRecord;
    /**
     * Ends a payout that went ahead: SUCCESS takes its amount from the balance, FAILURE leaves the
     * balance as it was.
     */
    settle(record: SandboxPayoutRecord, oidPaybill: string, failed: boolean, settleDate: string): void;
    private expire;
    private account;
}
