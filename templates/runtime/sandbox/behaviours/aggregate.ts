/**
 * Aggregate Payment in the sandbox. The Aggregate Payment Direct API (aggregate-pay.ts) and
 * `Sandbox.openWalletPayment` create a payment with a pay link on the sandbox's own host; a POST
 * to that link stands in for the payer scanning the QR code and paying, which sends the aggregate
 * notification; the result query reports WAITING until then, SUCCESS after.
 * Payments live in state/aggregate.ts.
 */
import { formatChinaDate, formatChinaTime } from '../../shared/china-time.js';
import {
  sandboxRefusal,
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxVerifiedRequest,
  sandboxNotify,
} from '../behaviour.js';
import { sandboxOrderLabel } from '../catalogue.js';
import type { SandboxContext, SandboxRequestNote } from '../context.js';
import type { SandboxRuleSet } from '../rule-table.js';
import { sandboxWalletPayments, type SandboxWalletPayment } from '../state/aggregate.js';

type Fields = Readonly<Record<string, string>>;

/** Where the payLoad links point: POST `<prefix><oid_paybill>` pays. */
export const SANDBOX_WALLET_PATH = '/sandbox/wallet/';

// The notification a paid payment sends.
const AGGREGATE_NOTIFICATION = { webhook: 'aggregateNotify' } as const;

// The pay type asked for (combinepay's I, L, Y, W) → the payment method the notification reports
// (I WeChat Pay, L Alipay).
const PAID_WITH: Readonly<Record<string, string>> = { I: 'I', Y: 'I', W: 'I', L: 'L' };

// The query request carries no amount: the prepared payment's is the sandbox's own.
const PREPARED_AMOUNT = '1.00';

// Status of a created, unpaid payment in the result query.
const UNPAID_STATUS = 'WAITING';

/** The result query's one refusal, in words; an unpaid payment is answered WAITING, not refused. */
const QUERY_RULES: SandboxRuleSet = {
  label: 'Aggregate result query',
  rules: [
    {
      when: 'no aggregate payment of this merchant with this `no_order` (registered with `openWalletPayment`), or its `oid_paybill` differs',
      retCode: '8901',
    },
  ],
};

export const aggregateQuery: SandboxBehaviour = {
  operationId: 'aggregateQuery',
  rules: QUERY_RULES,
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const { fields } = request;
    const payment = sandboxWalletPayments(ctx.state).find(
      fields.oid_partner,
      fields.no_order,
      fields.oid_paybill,
    );
    if (payment === undefined)
      return sandboxRefusal(ctx, request, { retCode: '8901', field: 'no_order' });
    if (payment.settleDate !== undefined)
      return sandboxSuccess(ctx, request, paidFields(payment), 'SUCCESS');
    return sandboxSuccess(
      ctx,
      request,
      {
        oid_partner: payment.oidPartner,
        no_order: payment.noOrder,
        dt_order: payment.dtOrder,
        oid_paybill: payment.oidPaybill,
        money_order: payment.moneyOrder,
        result_pay: UNPAID_STATUS,
      },
      UNPAID_STATUS,
    );
  },
  failures: {
    // No payment for the order.
    '8901': (_sandbox, request) => ({ request: {}, order: orderOf(request) }),
  },
  // The query's example asks for an order nobody created: create it, unpaid (WAITING).
  prepare(sandbox, request) {
    sandbox.openWalletPayment({
      oidPartner: request.oid_partner as string,
      noOrder: request.no_order as string,
      moneyOrder: PREPARED_AMOUNT,
      ...(request.dt_order === undefined ? {} : { dtOrder: request.dt_order }),
    });
    return { request: {}, order: { ...orderOf(request), money_order: PREPARED_AMOUNT } };
  },
};

/**
 * A POST to a payLoad link: the payer scanned the code and paid. Marks the payment paid and sends
 * the aggregate notification; answers a small page either way.
 */
export function handleSandboxWalletPay(
  ctx: SandboxContext,
  oidPaybill: string,
): { status: number; text: string; note: SandboxRequestNote } {
  const note: SandboxRequestNote = { operation: 'wallet pay', outcome: '' };
  const payment = sandboxWalletPayments(ctx.state).byTransaction(oidPaybill);
  if (payment === undefined) {
    note.outcome = '404 (no such payment)';
    return { status: 404, text: 'no such wallet payment', note };
  }
  note.order = sandboxOrderLabel(ctx.catalogue, { no_order: payment.noOrder });
  if (!ctx.state.markPaid(payment.oidPartner, payment.noOrder)) {
    note.outcome = '1002 (paid already)';
    return { status: 409, text: 'this payment was paid already', note };
  }
  payment.settleDate = formatChinaDate(ctx.now());
  notifyPaid(ctx, payment);
  note.outcome = 'paid';
  return { status: 200, text: 'paid', note };
}

/**
 * Registers an unpaid wallet payment, as `Sandbox.openWalletPayment` offers it: its transaction
 * number and the link whose POST pays it. Undefined when the order was paid or exists already.
 */
export function openSandboxWalletPayment(
  ctx: SandboxContext,
  order: SandboxWalletRegistration,
): { oid_paybill: string; pay_url: string } | undefined {
  if (ctx.state.isPaid(order.oidPartner, order.noOrder)) return undefined;
  const payment = sandboxWalletPayments(ctx.state).create({
    oidPartner: order.oidPartner,
    noOrder: order.noOrder,
    moneyOrder: order.moneyOrder,
    dtOrder: order.dtOrder ?? formatChinaTime(ctx.now()),
    payType: order.payType ?? 'L',
    notifyUrl: order.notifyUrl ?? '',
    ...(order.infoOrder === undefined ? {} : { infoOrder: order.infoOrder }),
  });
  if (payment === undefined) return undefined;
  return {
    oid_paybill: payment.oidPaybill,
    pay_url: `${ctx.baseUrl}${SANDBOX_WALLET_PATH}${payment.oidPaybill}`,
  };
}

const orderOf = (request: Fields): Record<string, string> => ({
  oid_partner: request.oid_partner as string,
  no_order: request.no_order as string,
});

/** A wallet payment to open, as `Sandbox.openWalletPayment` takes it. */
export interface SandboxWalletRegistration {
  readonly oidPartner: string;
  readonly noOrder: string;
  readonly moneyOrder: string;
  /** `yyyyMMddHHmmss` (default: now, UTC+8). */
  readonly dtOrder?: string;
  readonly infoOrder?: string;
  /** combinepay's pay type: I, L (default), Y or W. */
  readonly payType?: string;
  /** Where the aggregate notification goes once paid; none is sent without it. */
  readonly notifyUrl?: string;
}

/** What a paid payment reports (query and notification alike). */
function paidFields(payment: SandboxWalletPayment): Record<string, string> {
  return {
    oid_partner: payment.oidPartner,
    no_order: payment.noOrder,
    dt_order: payment.dtOrder,
    oid_paybill: payment.oidPaybill,
    money_order: payment.moneyOrder,
    result_pay: 'SUCCESS',
    settle_date: payment.settleDate as string,
    pay_type: PAID_WITH[payment.payType] ?? payment.payType,
    ...(payment.infoOrder === undefined ? {} : { info_order: payment.infoOrder }),
  };
}

function notifyPaid(ctx: SandboxContext, payment: SandboxWalletPayment): void {
  if (payment.notifyUrl === '') return;
  sandboxNotify(ctx, AGGREGATE_NOTIFICATION.webhook, payment.notifyUrl, paidFields(payment));
}
