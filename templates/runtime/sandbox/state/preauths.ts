/**
 * The sandbox's pre-authorisations: Easypay payments made with pay_type F, which hold an amount on
 * the payer's card until the merchant captures (part of) it or cancels the hold. Rules: the order
 * (and oid_paybill, dt_order, user_id when given) must be a held pre-authorisation (5002 unknown,
 * 1004 another user); a capture takes at most the amount held (1004) and happens once (2007); a
 * cancelled hold can be neither captured nor cancelled again (2006); a captured one cannot be
 * cancelled (2007).
 */
import { amountInCents } from '../../shared/amount.js';
import type { SandboxOutcome } from '../rules.js';

/** A pre-authorisation to hold, as `Sandbox.holdPreauth` takes it. */
export interface SandboxPreauthRegistration {
  readonly oidPartner: string;
  readonly noOrder: string;
  /** The amount held. */
  readonly moneyOrder: string;
  readonly userId: string;
  /** The order time, `yyyyMMddHHmmss` (default: now, UTC+8). */
  readonly dtOrder?: string;
  /**
   * The state to set it up in (default `held`): `captured` (the whole amount) or `cancelled`, to
   * try what the APIs do with a pre-authorisation that is no longer held.
   */
  readonly status?: SandboxPreauthStatus;
}

export type SandboxPreauthStatus = 'held' | 'captured' | 'cancelled';

export interface SandboxPreauth {
  readonly oidPartner: string;
  readonly noOrder: string;
  readonly dtOrder: string;
  readonly moneyOrder: string;
  readonly userId: string;
  readonly oidPaybill: string;
  status: SandboxPreauthStatus;
  /** The amount captured, once captured. */
  captured?: string;
}

/** The fields of a capture or cancel request the rules look at. */
export interface SandboxPreauthRequest {
  readonly oidPartner: string;
  readonly noOrder: string;
  readonly dtOrder: string;
  readonly userId: string;
  readonly moneyOrder: string;
  readonly oidPaybill?: string;
}

export class SandboxPreauths {
  private readonly holds = new Map<string, SandboxPreauth>();

  /** Records a pre-authorisation, held unless `status` says otherwise. */
  hold(
    preauth: Omit<SandboxPreauth, 'status'>,
    status: SandboxPreauthStatus = 'held',
  ): SandboxPreauth {
    const held: SandboxPreauth = {
      ...preauth,
      status,
      ...(status === 'captured' ? { captured: preauth.moneyOrder } : {}),
    };
    this.holds.set(key(preauth.oidPartner, preauth.noOrder), held);
    return held;
  }

  /** Captures `moneyOrder` of the hold the request names. */
  capture(request: SandboxPreauthRequest): SandboxOutcome & { preauth?: SandboxPreauth } {
    const found = this.find(request);
    if (found.preauth === undefined) return found;
    const { preauth } = found;
    if (preauth.status === 'cancelled') return { retCode: '2006', field: 'no_order' };
    if (preauth.status === 'captured') return { retCode: '2007', field: 'no_order' };
    const asked = amountInCents(request.moneyOrder);
    const held = amountInCents(preauth.moneyOrder);
    if (asked === undefined || held === undefined || asked > held)
      return { retCode: '1004', field: 'money_order' };
    preauth.status = 'captured';
    preauth.captured = request.moneyOrder;
    return { retCode: '0000', preauth };
  }

  /** Cancels the hold the request names; its money_order must be the amount held. */
  cancel(request: SandboxPreauthRequest): SandboxOutcome & { preauth?: SandboxPreauth } {
    const found = this.find(request);
    if (found.preauth === undefined) return found;
    const { preauth } = found;
    if (preauth.status === 'cancelled') return { retCode: '2006', field: 'no_order' };
    if (preauth.status === 'captured') return { retCode: '2007', field: 'no_order' };
    if (amountInCents(request.moneyOrder) !== amountInCents(preauth.moneyOrder))
      return { retCode: '1004', field: 'money_order' };
    preauth.status = 'cancelled';
    return { retCode: '0000', preauth };
  }

  /**
   * The pre-authorisation a status query names (order, and oid_paybill and dt_order as given),
   * whatever its state; 5002 when there is none.
   */
  lookup(
    request: Pick<SandboxPreauthRequest, 'oidPartner' | 'noOrder' | 'dtOrder' | 'oidPaybill'>,
  ): SandboxOutcome & { preauth?: SandboxPreauth } {
    const preauth = this.holds.get(key(request.oidPartner, request.noOrder));
    if (preauth === undefined) return { retCode: '5002', field: 'no_order' };
    if (request.oidPaybill !== undefined && request.oidPaybill !== preauth.oidPaybill)
      return { retCode: '5002', field: 'oid_paybill' };
    if (request.dtOrder !== preauth.dtOrder) return { retCode: '5002', field: 'dt_order' };
    return { retCode: '0000', preauth };
  }

  private find(request: SandboxPreauthRequest): SandboxOutcome & { preauth?: SandboxPreauth } {
    const found = this.lookup(request);
    if (found.preauth !== undefined && request.userId !== found.preauth.userId)
      return { retCode: '1004', field: 'user_id' };
    return found;
  }
}

function key(oidPartner: string, noOrder: string): string {
  return `${oidPartner}\u0000${noOrder}`;
}
