/**
 * Unified gateway orders of one sandbox: created by payment creation (unifiedCreateBill), each with
 * the token of its payment page, paid there by the payer. Kept beside SandboxState, one store per
 * state, so the shared class stays as it is.
 */
import { randomBytes } from 'node:crypto';
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
export class SandboxUnifiedBills {
  private readonly byOrder = new Map<string, SandboxUnifiedBill>();
  private readonly byToken = new Map<string, SandboxUnifiedBill>();

  constructor(private readonly state: SandboxState) {}

  /** Whether the merchant created an order with this number already. */
  has(oidPartner: string | undefined, noOrder: string | undefined): boolean {
    return this.byOrder.has(orderKey(oidPartner, noOrder));
  }

  /** Records a new order with a fresh token that lapses after `minutes`. */
  create(
    request: Readonly<Record<string, string>>,
    now: Date,
    minutes: number,
  ): SandboxUnifiedBill {
    const bill: SandboxUnifiedBill = {
      oidPartner: request.oid_partner as string,
      noOrder: request.no_order as string,
      dtOrder: request.dt_order as string,
      moneyOrder: request.money_order as string,
      oidPaybill: this.state.nextPaybill(),
      // 128 random bits: a payment page is reachable by whoever holds its token.
      token: randomBytes(16).toString('hex'),
      expiresAt: now.getTime() + minutes * 60_000,
      request: { ...request },
    };
    this.byOrder.set(orderKey(bill.oidPartner, bill.noOrder), bill);
    this.byToken.set(bill.token, bill);
    return bill;
  }

  /** The order whose payment page carries `token`, expired or not; undefined when unknown. */
  byPageToken(token: string | undefined): SandboxUnifiedBill | undefined {
    return token === undefined ? undefined : this.byToken.get(token);
  }
}

const stores = new WeakMap<SandboxState, SandboxUnifiedBills>();

/** The unified gateway order store of a sandbox state (made on first use). */
export function sandboxUnifiedBills(state: SandboxState): SandboxUnifiedBills {
  let store = stores.get(state);
  if (store === undefined) {
    store = new SandboxUnifiedBills(state);
    stores.set(state, store);
  }
  return store;
}

function orderKey(oidPartner: string | undefined, noOrder: string | undefined): string {
  return `${oidPartner ?? ''}\u0000${noOrder ?? ''}`;
}
