/**
 * The sandbox's rule settings and state: tokens, held payouts, paid orders. The rules themselves
 * (how a request's outcome is decided, simple on purpose so tests can reach every documented
 * outcome) are written once, as data: the pipeline's in rule-table.ts, each behaviour's in its
 * `rules`; the guide's table and the sandbox's index page are rendered from them.
 * Payouts (Instant payment) and merchant balances live in the ledger, state/payouts.ts.
 */
import { randomInt } from 'node:crypto';
import { SandboxPayoutLedger } from './state/payouts.js';
import { amountInCents } from '../shared/amount.js';
import { SandboxPreauths, type SandboxPreauthRegistration } from './state/preauths.js';
import { SandboxRefunds } from './state/refunds.js';
import { formatChinaDate, formatChinaTime } from '../shared/china-time.js';
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

export const DEFAULT_SANDBOX_RULES: SandboxRuleSettings = Object.freeze({
  amountLimit: '10000.00',
  wrongSmsCode: '000000',
  tokenMinutes: 30,
  merchantBalance: '100000.00',
  duplicatePayoutHours: 24,
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
export class SandboxState {
  private readonly tokens = new Map<string, SandboxIssuedToken>();
  private readonly paid = new Set<string>();
  private counter = 0;
  /** Card bindings and their agreements (state/card-binds.ts). */
  readonly cardBinds: SandboxCardBinds;
  /** Payouts and merchant balances (Instant payment). */
  readonly payouts: SandboxPayoutLedger;
  /** Completed payments and their refunds (state/refunds.ts). */
  readonly refunds: SandboxRefunds = new SandboxRefunds();
  /** Easypay pre-authorisations (state/preauths.ts). */
  readonly preauths: SandboxPreauths = new SandboxPreauths();
  /** MPAY and Easypay Direct orders and the cards they bound (state/direct-payments.ts). */
  readonly directPayments: SandboxDirectPayments = new SandboxDirectPayments();

  constructor(
    readonly rules: SandboxRuleSettings,
    private readonly now: () => Date,
  ) {
    this.cardBinds = new SandboxCardBinds(rules, now, () => this.nextAgreement());
    this.payouts = new SandboxPayoutLedger(rules.merchantBalance, now);
  }

  /** Issues a token for a later Verify call (what the Apply APIs would do). */
  issueToken(order: SandboxTokenOrder): {
    token: string;
    no_order: string;
    money_order: string;
    expires_at: string;
  } {
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
  holdPayout(registration: SandboxPayoutRegistration): { no_order: string; confirm_code: string } {
    const record = this.payouts.add(
      {
        oidPartner: registration.oidPartner,
        noOrder: registration.noOrder,
        moneyOrder: registration.moneyOrder,
        ...(registration.dtOrder === undefined ? {} : { dtOrder: registration.dtOrder }),
        ...(registration.infoOrder === undefined ? {} : { infoOrder: registration.infoOrder }),
      },
      true,
    );
    return { no_order: registration.noOrder, confirm_code: record.confirmCode as string };
  }

  /**
   * Records the order as paid, as a Verify call would (what `Sandbox.payOrder` offers), so that it
   * can be refunded; returns LianLian's transaction number.
   */
  payOrder(order: SandboxTokenOrder): SandboxPaidOrder {
    const dtOrder = order.dtOrder ?? formatChinaTime(this.now());
    const oidPaybill = this.nextPaybill();
    this.paid.add(key(order.oidPartner, order.noOrder));
    this.refunds.recordPayment({
      oidPartner: order.oidPartner,
      noOrder: order.noOrder,
      oidPaybill,
      moneyOrder: order.moneyOrder,
      dtOrder,
    });
    return { no_order: order.noOrder, oid_paybill: oidPaybill, dt_order: dtOrder };
  }

  /**
   * Records an Easypay pre-authorisation (what the Easypay Apply and Verify APIs with pay_type F
   * would do; `Sandbox.holdPreauth` offers it) and returns its transaction number.
   */
  holdPreauth(registration: SandboxPreauthRegistration): SandboxPaidOrder {
    const dtOrder = registration.dtOrder ?? formatChinaTime(this.now());
    const oidPaybill = this.nextPaybill();
    this.preauths.hold(
      {
        oidPartner: registration.oidPartner,
        noOrder: registration.noOrder,
        dtOrder,
        moneyOrder: registration.moneyOrder,
        userId: registration.userId,
        oidPaybill,
      },
      registration.status,
    );
    return { no_order: registration.noOrder, oid_paybill: oidPaybill, dt_order: dtOrder };
  }

  /** An issued token by its value, or undefined. */
  token(value: string | undefined): SandboxIssuedToken | undefined {
    return this.tokens.get(value ?? '');
  }

  /**
   * LianLian's refusal of a request for an order that was paid already (1002, naming no_order),
   * the first check of every paying request; undefined when it may go ahead.
   */
  paidAlready(request: Readonly<Record<string, string>>): SandboxOutcome | undefined {
    return this.isPaid(request.oid_partner, request.no_order)
      ? { retCode: '1002', field: 'no_order' }
      : undefined;
  }

  /** Whether this order was paid (or its payout confirmed). */
  isPaid(oidPartner: string | undefined, noOrder: string | undefined): boolean {
    return this.paid.has(key(oidPartner, noOrder));
  }

  /** Marks an order paid; false when it was paid meanwhile (another tab, another call). */
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
