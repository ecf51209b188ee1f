/**
 * The sandbox's refund state: the payments it completed (what can be refunded) and the refunds
 * applied to them. Rules: only a paid order can be refunded (5002 otherwise); all refunds of a
 * payment together may not exceed what was paid (5007); a refund number is used once (1002).
 */
import { amountInCents } from '../../shared/amount.js';
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

export class SandboxRefunds {
  private readonly payments = new Map<string, SandboxPayment>();
  private readonly paybills = new Map<string, SandboxPayment>();
  private readonly refunds = new Map<string, SandboxRefund>();
  /** Cents refunded so far per payment (by oid_paybill). */
  private readonly refunded = new Map<string, bigint>();
  private counter = 0;

  /** Records a completed payment, which refunds may then name. */
  recordPayment(payment: SandboxPayment): void {
    this.payments.set(key(payment.oidPartner, payment.noOrder), payment);
    this.paybills.set(key(payment.oidPartner, payment.oidPaybill), payment);
  }

  /** The payment an order number or LianLian transaction number names, or undefined. */
  payment(oidPartner: string, noOrder?: string, oidPaybill?: string): SandboxPayment | undefined {
    const byOrder = noOrder === undefined ? undefined : this.payments.get(key(oidPartner, noOrder));
    const byPaybill =
      oidPaybill === undefined ? undefined : this.paybills.get(key(oidPartner, oidPaybill));
    // Both given: they must name the same payment.
    if (noOrder !== undefined && oidPaybill !== undefined)
      return byOrder === byPaybill ? byOrder : undefined;
    return byOrder ?? byPaybill;
  }

  /** A refund by the merchant's refund number, or undefined. */
  /** Every refund accepted, in the order they were applied (the report files list them). */
  all(): IterableIterator<SandboxRefund> {
    return this.refunds.values();
  }

  refund(oidPartner: string | undefined, noRefund: string | undefined): SandboxRefund | undefined {
    return this.refunds.get(key(oidPartner ?? '', noRefund ?? ''));
  }

  /** Decides a refund request and records it when accepted. */
  apply(
    request: SandboxRefundRequest,
    today: string,
    prefix: string,
  ): SandboxOutcome & { refund?: SandboxRefund } {
    if (this.refunds.has(key(request.oidPartner, request.noRefund)))
      return { retCode: '1002', field: 'no_refund' };
    const payment = this.payment(request.oidPartner, request.noOrder, request.oidPaybill);
    if (payment === undefined)
      return { retCode: '5002', field: request.noOrder === undefined ? 'oid_paybill' : 'no_order' };
    if (request.dtOrder !== undefined && request.dtOrder !== payment.dtOrder)
      return { retCode: '5002', field: 'dt_order' };
    const paid = amountInCents(payment.moneyOrder);
    const asked = amountInCents(request.moneyRefund);
    const before = this.refunded.get(payment.oidPaybill) ?? 0n;
    if (paid === undefined || asked === undefined || before + asked > paid)
      return { retCode: '5007', field: 'money_refund' };
    this.refunded.set(payment.oidPaybill, before + asked);
    this.counter += 1;
    const refund: SandboxRefund = {
      oidPartner: request.oidPartner,
      noRefund: request.noRefund,
      dtRefund: request.dtRefund,
      moneyRefund: request.moneyRefund,
      // 16 characters, as the pages bound oid_refundno: the date and a counter.
      oidRefundno: prefix + String(this.counter).padStart(16 - prefix.length, '0'),
      payment,
      staRefund: '2',
      settleDate: today,
    };
    this.refunds.set(key(request.oidPartner, request.noRefund), refund);
    return { retCode: '0000', refund };
  }
}

function key(oidPartner: string, id: string): string {
  return `${oidPartner}\u0000${id}`;
}
