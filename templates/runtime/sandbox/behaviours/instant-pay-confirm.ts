/**
 * Instant payment confirm: releases a payout LianLian held back, once the merchant repeats its
 * confirm_code; the payout's result follows as an asynchronous notification to notify_url (a
 * payout above the amount limit is confirmed, then reported as result_pay FAILURE).
 */
import { formatChinaDate } from '../../shared/china-time.js';
import {
  sandboxRefusal,
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import { sandboxSign, type SandboxContext } from '../context.js';
import { sandboxAboveLimit, type SandboxHeldPayout, type SandboxOutcome } from '../rules.js';

type Fields = Readonly<Record<string, string>>;

// The confirm request carries no amount: the held payout's is the sandbox's own, below the limit.
const PREPARED_PAYOUT_AMOUNT = '1.00';

// The payout's result notification, and the request field with the merchant's address for it.
const PAYOUT_NOTIFICATION = { webhook: 'instantPayNotify', urlField: 'notify_url' } as const;

export const instantPayConfirm: SandboxBehaviour = {
  operationId: 'instantPayConfirm',
  // decideConfirm's checks in words, in its order.
  rules: {
    label: 'Confirm',
    rules: [
      { when: 'this payout was already confirmed', retCode: '1002' },
      {
        when: 'no payout is held for this `no_order` (register one with `POST /sandbox/payouts`)',
        retCode: '4001',
      },
      {
        when: '`confirm_code` is not the one `POST /sandbox/payouts` returned',
        retCode: '1004',
      },
    ],
  },
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const outcome = decideConfirm(ctx, request.fields);
    if (outcome.payout === undefined) return sandboxRefusal(ctx, request, outcome);
    const { fields } = request;
    const oidPaybill = ctx.state.nextPaybill();
    const failed = sandboxAboveLimit(outcome.payout.moneyOrder, ctx.state.rules.amountLimit);
    notifyPayout(ctx, fields, outcome.payout, oidPaybill, failed);
    return sandboxSuccess(
      ctx,
      request,
      {
        oid_partner: fields.oid_partner as string,
        no_order: fields.no_order as string,
        oid_paybill: oidPaybill,
      },
      `payout ${failed ? 'will fail' : 'will succeed'}`,
    );
  },
  emits: [PAYOUT_NOTIFICATION],
  failures: {
    // No payout held for the order.
    '4001': (_sandbox, request) => ({ request: {}, order: payoutOrder(request) }),
  },
  prepare(sandbox, request) {
    const order = payoutOrder(request);
    const { confirm_code } = sandbox.holdPayout({
      oidPartner: order.oid_partner,
      noOrder: order.no_order,
      moneyOrder: order.money_order,
    });
    return { request: { confirm_code }, order };
  },
};

const payoutOrder = (request: Fields) => ({
  oid_partner: request.oid_partner as string,
  no_order: request.no_order as string,
  money_order: PREPARED_PAYOUT_AMOUNT,
});

/** The outcome of a confirm request, with the payout it confirms when it does. */
function decideConfirm(
  ctx: SandboxContext,
  request: Fields,
): SandboxOutcome & { payout?: SandboxHeldPayout } {
  const { state } = ctx;
  if (state.isPaid(request.oid_partner, request.no_order))
    return { retCode: '1002', field: 'no_order' };
  const payout = state.heldPayout(request.oid_partner, request.no_order);
  if (payout === undefined) return { retCode: '4001', field: 'no_order' };
  if (payout.confirmCode !== request.confirm_code)
    return { retCode: '1004', field: 'confirm_code' };
  state.markPaid(request.oid_partner as string, request.no_order as string);
  return { retCode: '0000', payout };
}

function notifyPayout(
  ctx: SandboxContext,
  request: Fields,
  payout: SandboxHeldPayout,
  oidPaybill: string,
  failed: boolean,
): void {
  const fields: Record<string, string> = {
    oid_partner: request.oid_partner as string,
    dt_order: payout.dtOrder,
    no_order: request.no_order as string,
    oid_paybill: oidPaybill,
    money_order: payout.moneyOrder,
    result_pay: failed ? 'FAILURE' : 'SUCCESS',
    settle_date: formatChinaDate(ctx.now()),
  };
  if (payout.infoOrder !== undefined) fields.info_order = payout.infoOrder;
  const signed = sandboxSign(ctx, fields, 'RSA');
  const { webhook, urlField } = PAYOUT_NOTIFICATION;
  const check = ctx.catalogue.notifications[webhook](signed);
  if (!check.ok)
    throw new Error(
      `sandbox produced an invalid ${webhook} notification: ${check.issues[0]?.message}`,
    );
  ctx.notifier.send(webhook, request[urlField] as string, signed);
}
