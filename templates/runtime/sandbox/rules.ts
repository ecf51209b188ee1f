/**
 * The sandbox's rule settings and state: tokens, held payouts, paid orders. The rules themselves
 * (how a request's outcome is decided, simple on purpose so tests can reach every documented
 * outcome) are written once, as data: the pipeline's in rule-table.ts, each behaviour's in its
 * `rules`; the guide's table and the sandbox's index page are rendered from them.
 */
import { randomInt } from 'node:crypto';
import { amountInCents } from '../shared/amount.js';
import {
  clockSkewSeconds,
  formatChinaDate,
  formatChinaTime,
  MAX_CLOCK_SKEW_MINUTES,
} from '../shared/china-time.js';
import { SandboxDirectPayments } from './state/direct-payments.js';

/** The values the rules use; each can be changed when starting the sandbox. */
export interface SandboxRuleSettings {
  /** Amounts above this fail with 1019 (payouts: result_pay FAILURE). */
  readonly amountLimit: string;
  /** The verify_code that is always wrong (1900). */
  readonly wrongSmsCode: string;
  /** Lifetime of issued tokens in minutes. */
  readonly tokenMinutes: number;
}

export const DEFAULT_SANDBOX_RULES: SandboxRuleSettings = Object.freeze({
  amountLimit: '10000.00',
  wrongSmsCode: '000000',
  tokenMinutes: 30,
});

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

/**
 * In-memory state of one sandbox: tokens, held payouts, paid orders. The behaviours (behaviours/)
 * decide outcomes from it.
 */
export class SandboxState {
  private readonly tokens = new Map<string, SandboxIssuedToken>();
  private readonly payouts = new Map<string, SandboxHeldPayout>();
  private readonly paid = new Set<string>();
  private counter = 0;
  /** MPAY and Easypay Direct orders and the cards they bound (state/direct-payments.ts). */
  readonly directPayments = new SandboxDirectPayments();

  constructor(
    readonly rules: SandboxRuleSettings,
    private readonly now: () => Date,
  ) {}

  /** Issues a token for a later Verify call (what the Apply APIs would do). */
  issueToken(order: SandboxTokenOrder) {
    const token = randomHex(32);
    const now = this.now();
    const expiresAt = now.getTime() + this.rules.tokenMinutes * 60_000;
    this.tokens.set(token, {
      oidPartner: order.oidPartner,
      noOrder: order.noOrder,
      moneyOrder: order.moneyOrder,
      dtOrder: order.dtOrder ?? formatChinaTime(now),
      expiresAt,
      ...(order.notifyUrl === undefined ? {} : { notifyUrl: order.notifyUrl }),
      ...(order.payType === undefined ? {} : { payType: order.payType }),
    });
    return {
      token,
      no_order: order.noOrder,
      money_order: order.moneyOrder,
      expires_at: formatChinaTime(new Date(expiresAt)),
    };
  }

  /** Registers a payout LianLian held back and returns its confirm code. */
  holdPayout(registration: SandboxPayoutRegistration) {
    const confirmCode = String(randomInt(100000, 1000000));
    this.payouts.set(key(registration.oidPartner, registration.noOrder), {
      moneyOrder: registration.moneyOrder,
      dtOrder: registration.dtOrder ?? formatChinaTime(this.now()),
      confirmCode,
      ...(registration.infoOrder === undefined ? {} : { infoOrder: registration.infoOrder }),
    });
    return { no_order: registration.noOrder, confirm_code: confirmCode };
  }

  /** An issued token by its value, or undefined. */
  token(value: string | undefined): SandboxIssuedToken | undefined {
    return this.tokens.get(value ?? '');
  }

  /** The payout held for this order, or undefined. */
  heldPayout(
    oidPartner: string | undefined,
    noOrder: string | undefined,
  ): SandboxHeldPayout | undefined {
    return this.payouts.get(key(oidPartner, noOrder));
  }

  /** Whether this order was paid (or its payout confirmed). */
  isPaid(oidPartner: string | undefined, noOrder: string | undefined): boolean {
    return this.paid.has(key(oidPartner, noOrder));
  }

  /** Whether a WEB Payment form may open the cashier. */
  decideWebPayment(fields: Readonly<Record<string, string>>): SandboxOutcome {
    if (this.paid.has(key(fields.oid_partner, fields.no_order)))
      return { retCode: '1002', field: 'no_order' };
    const skew = clockSkewSeconds(fields.timestamp ?? '', this.now());
    if (skew === undefined || Math.abs(skew) > MAX_CLOCK_SKEW_MINUTES * 60)
      return { retCode: '1004', field: 'timestamp' };
    if (sandboxAboveLimit(fields.money_order ?? '', this.rules.amountLimit))
      return { retCode: '1019', field: 'money_order' };
    return { retCode: '0000' };
  }

  /** Marks a WEB payment paid; false when the order was paid meanwhile (another tab). */
  markPaid(oidPartner: string, noOrder: string): boolean {
    const order = key(oidPartner, noOrder);
    if (this.paid.has(order)) return false;
    this.paid.add(order);
    return true;
  }

  /** A new 16-digit LianLian transaction number (oid_paybill). */
  nextPaybill(): string {
    this.counter += 1;
    return formatChinaDate(this.now()) + String(this.counter).padStart(8, '0');
  }

  /** A new agreement number (no_agree) for a bound card. */
  nextAgreement(): string {
    return formatChinaDate(this.now()) + String(randomInt(10_000_000, 100_000_000));
  }
}

/** Whether amount text `value` is above `limit` (both decimal text; unreadable counts as above). */
export function sandboxAboveLimit(value: string, limit: string): boolean {
  const a = amountInCents(value);
  const b = amountInCents(limit);
  return a === undefined || b === undefined || a > b;
}

function key(oidPartner: string | undefined, noOrder: string | undefined): string {
  return `${oidPartner ?? ''}\u0000${noOrder ?? ''}`;
}

function randomHex(length: number): string {
  let out = '';
  while (out.length < length) out += randomInt(0, 16).toString(16);
  return out;
}
