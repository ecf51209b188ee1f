/**
 * Aggregate (WeChat Pay / Alipay) payments of one sandbox: opened by `Sandbox.openWalletPayment`,
 * paid when the payer "scans" the pay link (a POST to it), read by the result query. Kept beside
 * SandboxState, one store per state, so the shared class stays as it is.
 */
import type { SandboxState } from '../rules.js';

/** A wallet payment as it was opened. */
export interface SandboxWalletPayment {
  readonly oidPartner: string;
  readonly noOrder: string;
  readonly dtOrder: string;
  readonly moneyOrder: string;
  /** The requested pay type: I, L, Y or W. */
  readonly payType: string;
  readonly notifyUrl: string;
  readonly infoOrder?: string;
  readonly oidPaybill: string;
  /** The settlement date, once paid. */
  settleDate?: string;
}

/** The wallet payments of one sandbox state. */
export class SandboxWalletPayments {
  private readonly byOrder = new Map<string, SandboxWalletPayment>();
  private readonly byPaybill = new Map<string, SandboxWalletPayment>();

  constructor(private readonly state: SandboxState) {}

  /** Registers a new payment; undefined when the order number was used already. */
  create(payment: Omit<SandboxWalletPayment, 'oidPaybill'>): SandboxWalletPayment | undefined {
    const key = orderKey(payment.oidPartner, payment.noOrder);
    if (this.byOrder.has(key)) return undefined;
    const created: SandboxWalletPayment = { ...payment, oidPaybill: this.state.nextPaybill() };
    this.byOrder.set(key, created);
    this.byPaybill.set(created.oidPaybill, created);
    return created;
  }

  /** A merchant's payment by order number or transaction number (both must agree when given). */
  find(
    oidPartner: string | undefined,
    noOrder: string | undefined,
    oidPaybill: string | undefined,
  ): SandboxWalletPayment | undefined {
    const found =
      noOrder !== undefined
        ? this.byOrder.get(orderKey(oidPartner, noOrder))
        : this.byPaybill.get(oidPaybill ?? '');
    if (found === undefined || found.oidPartner !== oidPartner) return undefined;
    if (oidPaybill !== undefined && found.oidPaybill !== oidPaybill) return undefined;
    return found;
  }

  /** The payment whose payLoad link carries this transaction number. */
  byTransaction(oidPaybill: string): SandboxWalletPayment | undefined {
    return this.byPaybill.get(oidPaybill);
  }
}

const stores = new WeakMap<SandboxState, SandboxWalletPayments>();

/** The wallet payment store of a sandbox state (made on first use). */
export function sandboxWalletPayments(state: SandboxState): SandboxWalletPayments {
  let store = stores.get(state);
  if (store === undefined) {
    store = new SandboxWalletPayments(state);
    stores.set(state, store);
  }
  return store;
}

function orderKey(oidPartner: string | undefined, noOrder: string | undefined): string {
  return `${oidPartner ?? ''}\u0000${noOrder ?? ''}`;
}
