/**
 * Exchange Payment transactions of one sandbox: created by the Apply API (which "sends" the SMS
 * code), paid by the Verify API, read by the result query. Kept beside SandboxState, one store per
 * state, so the shared class stays as it is. The sandbox's published exchange rules:
 *
 * - the payer always pays in CNY at the sandbox's fixed rates below (not LianLian's);
 * - currency_settle must equal currency_order (1004), as the Apply page says;
 * - Apply again for an unpaid order sends a new code: a new token, the old one stops working;
 * - an unpaid transaction is WAITING until its valid_order minutes (default 10080) run out, then
 *   FAILURE; a paid one is SUCCESS.
 */
import { amountInCents } from '../../shared/amount.js';
import { formatChinaTime } from '../../shared/china-time.js';
import type { SandboxState } from '../rules.js';

/** The sandbox's rates: CNY paid per unit of the order currency, as decimal text. */
export const SANDBOX_EXCHANGE_RATES: Readonly<Record<string, string>> = Object.freeze({
  AUD: '4.70',
  CNY: '1.00',
  DKK: '1.05',
  EUR: '7.80',
  GBP: '9.10',
  HKD: '0.92',
  JPY: '0.048',
  NZD: '4.30',
  SEK: '0.68',
  SGD: '5.35',
  USD: '7.20',
});

/** The currency Exchange Payment payers pay in. */
export const SANDBOX_PAYER_CURRENCY = 'CNY';

/** Default validity of an order in minutes, as the Apply page gives it (7 days). */
export const DEFAULT_VALID_MINUTES = 10080;

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
export class SandboxExchanges {
  private readonly byOrder = new Map<string, SandboxExchange>();

  constructor(
    private readonly state: SandboxState,
    private readonly now: () => Date,
  ) {}

  /**
   * Creates the transaction, or renews the token of the unpaid one for this order (a new SMS
   * code). Returns undefined when the order exists with other terms.
   */
  apply(registration: SandboxExchangeRegistration): SandboxExchange | undefined {
    const key = orderKey(registration.oidPartner, registration.noOrder);
    const existing = this.byOrder.get(key);
    if (existing !== undefined) {
      const before = existing.registration;
      if (
        before.moneyOrder !== registration.moneyOrder ||
        before.currencyOrder !== registration.currencyOrder
      )
        return undefined;
      existing.token = this.issue(registration, existing.dtOrder);
      return existing;
    }
    const now = this.now();
    const dtOrder = registration.dtOrder ?? formatChinaTime(now);
    const exchange: SandboxExchange = {
      registration,
      dtOrder,
      payType: registration.payType ?? 'M',
      oidPaybill: this.state.nextPaybill(),
      expiresAt: now.getTime() + (registration.validMinutes ?? DEFAULT_VALID_MINUTES) * 60_000,
      token: this.issue(registration, dtOrder),
    };
    this.byOrder.set(key, exchange);
    return exchange;
  }

  /** The transaction of an order, or undefined. */
  find(oidPartner: string | undefined, noOrder: string | undefined): SandboxExchange | undefined {
    return this.byOrder.get(orderKey(oidPartner, noOrder));
  }

  /** Marks the transaction paid at the sandbox's rate for its currency. */
  pay(exchange: SandboxExchange, settleDate: string): SandboxExchangePayment | undefined {
    const rate = SANDBOX_EXCHANGE_RATES[exchange.registration.currencyOrder];
    const moneyPay =
      rate === undefined ? undefined : convert(exchange.registration.moneyOrder, rate);
    if (rate === undefined || moneyPay === undefined) return undefined;
    exchange.paid = {
      settleDate,
      moneyPay,
      exchangeRate: rate,
      noAgree: this.state.nextAgreement(),
    };
    return exchange.paid;
  }

  /** The status the result query reports for the transaction now. */
  status(exchange: SandboxExchange): SandboxExchangeStatus {
    if (exchange.paid !== undefined) return 'SUCCESS';
    return this.now().getTime() > exchange.expiresAt ? 'FAILURE' : 'WAITING';
  }

  private issue(registration: SandboxExchangeRegistration, dtOrder: string): string {
    return this.state.issueToken({
      oidPartner: registration.oidPartner,
      noOrder: registration.noOrder,
      moneyOrder: registration.moneyOrder,
      dtOrder,
    }).token;
  }
}

const stores = new WeakMap<SandboxState, SandboxExchanges>();

/** The Exchange Payment store of a sandbox state (made on first use). */
export function sandboxExchanges(state: SandboxState, now: () => Date): SandboxExchanges {
  let store = stores.get(state);
  if (store === undefined) {
    store = new SandboxExchanges(state, now);
    stores.set(state, store);
  }
  return store;
}

// The largest amount an amount field holds, in cents.
export const MAX_CENTS = 10_000_000_000n;

/**
 * `amount` × `rate`, rounded half up to cents, as amount text; undefined when unreadable or out of
 * the range an amount field allows.
 */
export function convert(amount: string, rate: string): string | undefined {
  const cents = amountInCents(amount);
  const match = /^([0-9]+)(?:\.([0-9]+))?$/.exec(rate);
  if (cents === undefined || match === null) return undefined;
  const decimals = match[2] ?? '';
  const scale = 10n ** BigInt(decimals.length);
  const product = cents * BigInt(match[1] + decimals);
  const rounded = (product * 2n + scale) / (scale * 2n);
  if (rounded < 1n || rounded > MAX_CENTS) return undefined;
  return `${rounded / 100n}.${String(rounded % 100n).padStart(2, '0')}`;
}

function orderKey(oidPartner: string | undefined, noOrder: string | undefined): string {
  return `${oidPartner ?? ''}\u0000${noOrder ?? ''}`;
}
