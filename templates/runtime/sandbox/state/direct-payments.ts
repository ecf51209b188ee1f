/**
 * The sandbox's record of MPAY and Easypay Direct payments: each order an Apply created (or a
 * Verify paid with a token issued without one), what its notification and query answer need, and
 * the agreement numbers (no_agree) a paid order bound, which later Apply requests may send instead
 * of the card fields. Hooked into SandboxState as `directPayments`.
 */

/** Where a Direct order stands, in the query API's result_pay terms. */
export type SandboxDirectStatus = 'WAITING' | 'SUCCESS';

/** One Direct order as the sandbox keeps it. */
export interface SandboxDirectOrder {
  /** `x-lianlian-product` of the operations that handle it (`mpay`, `easypay`). */
  readonly product: string;
  readonly oidPartner: string;
  readonly noOrder: string;
  readonly dtOrder: string;
  readonly moneyOrder: string;
  readonly oidPaybill: string;
  readonly userId?: string;
  readonly infoOrder?: string;
  readonly notifyUrl?: string;
  readonly payType?: string;
  readonly bankCode?: string;
  /** The card number masked as LianLian's query shows it (first six, last four digits). */
  readonly cardMasked?: string;
  status: SandboxDirectStatus;
  settleDate?: string;
  noAgree?: string;
}

/** What an Apply (or a Verify without one) records. */
export type SandboxDirectOrderInput = Omit<SandboxDirectOrder, 'status' | 'settleDate' | 'noAgree'>;

/** A Direct order set up directly, as `Sandbox.recordDirectOrder` takes it. */
export interface SandboxDirectOrderRegistration {
  /** An operation of the order's product (its `x-lianlian-product`), e.g. `mpayQuery`. */
  readonly operationId: string;
  readonly oidPartner: string;
  readonly noOrder: string;
  readonly moneyOrder: string;
  /** `yyyyMMddHHmmss` (default: now, UTC+8). */
  readonly dtOrder?: string;
  readonly infoOrder?: string;
  /** Whether the order was paid (default: waiting for its Verify). */
  readonly paid?: boolean;
}

/** A card bound by a paid Direct order: the agreement a later Apply may name. */
export interface SandboxAgreement {
  readonly oidPartner: string;
  readonly userId?: string;
  readonly bankCode?: string;
  readonly cardMasked?: string;
}

export class SandboxDirectPayments {
  private readonly orders = new Map<string, SandboxDirectOrder>();
  private readonly agreements = new Map<string, SandboxAgreement>();

  /** Records an order applied for (replacing an unpaid one of the same number). */
  record(input: SandboxDirectOrderInput): SandboxDirectOrder {
    const order: SandboxDirectOrder = { ...input, status: 'WAITING' };
    this.orders.set(orderKey(input.oidPartner, input.noOrder), order);
    return order;
  }

  /** The order by the merchant's number, or undefined. */
  /** Every order recorded, paid or not, in the order they were applied (the report files read them). */
  all(): IterableIterator<SandboxDirectOrder> {
    return this.orders.values();
  }

  byOrder(oidPartner: unknown, noOrder: unknown): SandboxDirectOrder | undefined {
    if (typeof oidPartner !== 'string' || typeof noOrder !== 'string') return undefined;
    return this.orders.get(orderKey(oidPartner, noOrder));
  }

  /** The order by LianLian's transaction number, or undefined. */
  byPaybill(oidPartner: unknown, oidPaybill: unknown): SandboxDirectOrder | undefined {
    if (typeof oidPartner !== 'string' || typeof oidPaybill !== 'string') return undefined;
    for (const order of this.orders.values()) {
      if (order.oidPartner === oidPartner && order.oidPaybill === oidPaybill) return order;
    }
    return undefined;
  }

  /** Marks an order paid and binds its card under a new agreement number. */
  pay(order: SandboxDirectOrder, settleDate: string, noAgree: string): void {
    order.status = 'SUCCESS';
    order.settleDate = settleDate;
    order.noAgree = noAgree;
    this.agreements.set(orderKey(order.oidPartner, noAgree), {
      oidPartner: order.oidPartner,
      ...(order.userId === undefined ? {} : { userId: order.userId }),
      ...(order.bankCode === undefined ? {} : { bankCode: order.bankCode }),
      ...(order.cardMasked === undefined ? {} : { cardMasked: order.cardMasked }),
    });
  }

  /** The agreement a paid order of this merchant bound under `noAgree`, or undefined. */
  agreement(oidPartner: unknown, noAgree: unknown): SandboxAgreement | undefined {
    if (typeof oidPartner !== 'string' || typeof noAgree !== 'string') return undefined;
    return this.agreements.get(orderKey(oidPartner, noAgree));
  }
}

function orderKey(oidPartner: string, number: string): string {
  return `${oidPartner}\u0000${number}`;
}
