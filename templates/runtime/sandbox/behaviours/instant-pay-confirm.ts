/**
 * Instant payment confirm: releases a payout LianLian held back, once the merchant repeats its
 * confirm_code; the payout's result follows as an asynchronous notification to notify_url (a
 * payout above the amount limit is confirmed, then reported as result_pay FAILURE). Held payouts
 * come from the apply API's duplicate rule or from the `holdPayout` setup call.
 */
import {
  sandboxRefusal,
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import type { SandboxContext } from '../context.js';
import { sandboxPick, sandboxRecord, type SandboxFields } from '../fields.js';
import type { SandboxOutcome } from '../rules.js';
import type { SandboxPayoutRecord } from '../state/payouts.js';
import { PAYOUT_NOTIFICATION, settlePayout } from './payout.js';

type Fields = SandboxFields;

// The confirm request carries no amount: the held payout's is the sandbox's own, below the limit.
const PREPARED_PAYOUT_AMOUNT = '1.00';

export const instantPayConfirm: SandboxBehaviour = {
  operationId: 'instantPayConfirm',
  // decideConfirm's checks in words, in its order.
  rules: {
    label: 'Instant payment confirm',
    rules: [
      { when: 'this payout was already confirmed', retCode: '1002' },
      {
        when: 'no payout is held for this `no_order` (held by Apply, or registered with `POST /sandbox/payouts`), or it closed after 24 hours',
        retCode: '4001',
      },
      {
        when: '`confirm_code` is not the one Apply or `POST /sandbox/payouts` returned',
        retCode: '1004',
      },
      { when: "the held amount is above the merchant's balance", retCode: '5006' },
    ],
  },
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const outcome = decideConfirm(ctx, request.fields);
    if (outcome.payout === undefined) return sandboxRefusal(ctx, request, outcome);
    const { fields } = request;
    const { oidPaybill, failed } = settlePayout(ctx, outcome.payout, fields.notify_url as string);
    return sandboxSuccess(
      ctx,
      request,
      { ...sandboxPick(fields, ['oid_partner', 'no_order']), oid_paybill: oidPaybill },
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
    const { confirm_code } = sandbox.holdPayout(
      sandboxRecord(order, ['oid_partner', 'no_order', 'money_order']),
    );
    return { request: { confirm_code }, order };
  },
};

const payoutOrder = (request: Fields) => ({
  ...sandboxPick(request, ['oid_partner', 'no_order']),
  money_order: PREPARED_PAYOUT_AMOUNT,
});

/** The outcome of a confirm request, with the payout it confirms when it does. */
function decideConfirm(
  ctx: SandboxContext,
  request: Fields,
): SandboxOutcome & { payout?: SandboxPayoutRecord } {
  const { state } = ctx;
  const paid = state.paidAlready(request);
  if (paid !== undefined) return paid;
  const payout = state.payouts.byOrder(request.oid_partner, request.no_order);
  if (payout?.status !== 'CHECK') return { retCode: '4001', field: 'no_order' };
  if (payout.confirmCode !== request.confirm_code)
    return { retCode: '1004', field: 'confirm_code' };
  if (state.payouts.exceedsBalance(payout.oidPartner, payout.moneyOrder))
    return { retCode: '5006', field: 'money_order' };
  state.markPaid(request.oid_partner as string, request.no_order as string);
  return { retCode: '0000', payout };
}
