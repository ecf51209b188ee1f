/**
 * The sandbox's payout ledger: every payout (Instant payment) it knows, held or paid, and each
 * merchant's account (available balance, unsettled amount, whether payouts are enabled). The
 * apply, confirm, result query and balance query behaviours read and change it; nothing else does.
 *
 * Published rules (the payout guide states them):
 * - a payout to a card that already received a payout of the same merchant within the last
 *   `duplicatePayoutHours` (default 24, as LianLian's docs state; 0 turns the check off) is held
 *   as a suspected duplicate (4002) until confirmed with its confirm_code;
 * - a payout to a card whose first payout in the sandbox (of any merchant) named another
 *   acct_name is held because name and card do not match (4003), or 4004 when it is also a
 *   suspected duplicate: the sandbox learns a card's holder from the first payout to it;
 * - a held payout not confirmed within 24 hours is closed (result_pay CLOSED; confirm answers 4001);
 * - a payout larger than the available balance is refused (5006); a payout that goes ahead takes
 *   its amount from the balance, and one that fails (above the amount limit) gives it back;
 * - a merchant whose payouts were disabled (`Sandbox.setMerchantAccount`) is refused (4005).
 */
import { randomInt } from 'node:crypto';
import { amountInCents } from '../../shared/amount.js';
import { formatChinaTime } from '../../shared/china-time.js';

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

interface Account {
  balance: bigint;
  unsettled: bigint;
  payouts: boolean;
}

/** How long a held payout waits for its confirmation (LianLian: 24 hours). */
const CONFIRM_WINDOW_MS = 24 * 3_600_000;

export class SandboxPayoutLedger {
  private readonly records = new Map<string, SandboxPayoutRecord>();
  private readonly accounts = new Map<string, Account>();

  constructor(
    /** The opening balance of every merchant, decimal text. */
    private readonly openingBalance: string,
    private readonly now: () => Date,
  ) {
    if (amountInCents(openingBalance) === undefined)
      throw new TypeError('the merchant balance must be an amount with at most two decimals');
  }

  /** Changes a merchant's account; fields left out keep their value. */
  setAccount(change: SandboxMerchantAccount): void {
    const account = this.account(change.oidPartner);
    if (change.balance !== undefined) account.balance = cents(change.balance, 'balance');
    if (change.unsettled !== undefined) account.unsettled = cents(change.unsettled, 'unsettled');
    if (change.payouts !== undefined) account.payouts = change.payouts;
  }

  /** Available and unsettled amounts of a merchant, as decimal text with two decimals. */
  balances(oidPartner: string): { balance: string; unsettled: string } {
    const account = this.account(oidPartner);
    return { balance: decimal(account.balance), unsettled: decimal(account.unsettled) };
  }

  /** Whether the merchant may use Instant payment. */
  payoutsEnabled(oidPartner: string): boolean {
    return this.account(oidPartner).payouts;
  }

  /** Whether `moneyOrder` exceeds the merchant's available balance. */
  exceedsBalance(oidPartner: string, moneyOrder: string): boolean {
    const amount = amountInCents(moneyOrder);
    return amount === undefined || amount > this.account(oidPartner).balance;
  }

  /** The payout of this merchant and order number (closing it first if its window passed). */
  byOrder(
    oidPartner: string | undefined,
    noOrder: string | undefined,
  ): SandboxPayoutRecord | undefined {
    const record = this.records.get(key(oidPartner, noOrder));
    if (record !== undefined) this.expire(record);
    return record;
  }

  /** The payout of this merchant with LianLian's transaction number. */
  byPaybill(
    oidPartner: string | undefined,
    oidPaybill: string | undefined,
  ): SandboxPayoutRecord | undefined {
    for (const record of this.records.values()) {
      if (record.oidPartner === oidPartner && record.oidPaybill === oidPaybill) return record;
    }
    return undefined;
  }

  /** Whether a payout of this merchant to `card` was made within `hours` of now. */
  recentPayoutTo(oidPartner: string, card: string, hours: number): boolean {
    if (hours <= 0) return false;
    const since = this.now().getTime() - hours * 3_600_000;
    for (const record of this.records.values()) {
      if (record.oidPartner === oidPartner && record.card === card && record.createdAt >= since)
        return true;
    }
    return false;
  }

  /**
   * Whether `acctName` is not the name of the first payout (of any merchant) to `card`: the
   * sandbox's stand-in for the bank's check that name and card belong together.
   */
  nameMismatch(card: string, acctName: string): boolean {
    for (const record of this.records.values()) {
      // Records keep their insertion order: the first one for the card names its holder.
      if (record.card === card && record.acctName !== undefined)
        return record.acctName !== acctName;
    }
    return false;
  }

  /** Records a payout, held (with a new confirm code) or going ahead (PROCESSING). */
  add(
    payout: Omit<SandboxPayoutRecord, 'createdAt' | 'status' | 'dtOrder'> & { dtOrder?: string },
    held: boolean,
  ): SandboxPayoutRecord {
    const now = this.now();
    const record: SandboxPayoutRecord = {
      ...payout,
      dtOrder: payout.dtOrder ?? formatChinaTime(now),
      createdAt: now.getTime(),
      status: held ? 'CHECK' : 'PROCESSING',
      ...(held ? { confirmCode: String(randomInt(100000, 1000000)) } : {}),
    };
    this.records.set(key(payout.oidPartner, payout.noOrder), record);
    return record;
  }

  /**
   * Ends a payout that went ahead: SUCCESS takes its amount from the balance, FAILURE leaves the
   * balance as it was.
   */
  settle(
    record: SandboxPayoutRecord,
    oidPaybill: string,
    failed: boolean,
    settleDate: string,
  ): void {
    record.oidPaybill = oidPaybill;
    delete record.confirmCode;
    if (failed) {
      record.status = 'FAILURE';
      return;
    }
    record.status = 'SUCCESS';
    record.settleDate = settleDate;
    const account = this.account(record.oidPartner);
    account.balance -= amountInCents(record.moneyOrder) ?? 0n;
  }

  private expire(record: SandboxPayoutRecord): void {
    if (record.status === 'CHECK' && this.now().getTime() - record.createdAt > CONFIRM_WINDOW_MS) {
      record.status = 'CLOSED';
      delete record.confirmCode;
    }
  }

  private account(oidPartner: string): Account {
    let account = this.accounts.get(oidPartner);
    if (account === undefined) {
      account = { balance: cents(this.openingBalance, 'balance'), unsettled: 0n, payouts: true };
      this.accounts.set(oidPartner, account);
    }
    return account;
  }
}

function cents(value: string, name: string): bigint {
  const amount = amountInCents(value);
  if (amount === undefined)
    throw new TypeError(`${name} must be an amount with at most two decimals`);
  return amount;
}

function decimal(amount: bigint): string {
  const sign = amount < 0n ? '-' : '';
  const abs = amount < 0n ? -amount : amount;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

function key(oidPartner: string | undefined, noOrder: string | undefined): string {
  return `${oidPartner ?? ''}\u0000${noOrder ?? ''}`;
}
