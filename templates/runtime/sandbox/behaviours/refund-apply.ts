/**
 * Refund Apply: refunds all or part of an order the sandbox saw paid (state/refunds.ts holds the
 * rules); an accepted refund succeeds at once (sta_refund 2) and its notification is sent to
 * notify_url.
 */
import { formatChinaDate } from '../../shared/china-time.js';
import { ConfigurationError } from '../../shared/errors.js';
import {
  sandboxRefusal,
  sandboxNotify,
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxPrepared,
  type SandboxRefundSetup,
  type SandboxSetup,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import type { SandboxContext } from '../context.js';
import { sandboxPick, sandboxRecord, type SandboxFields } from '../fields.js';
import type { SandboxRuleSet } from '../rule-table.js';
import type { SandboxRefund, SandboxRefundRequest } from '../state/refunds.js';

type Fields = SandboxFields;

// The refund's notification, and the request field with the merchant's address for it.
const REFUND_NOTIFICATION = { webhook: 'refundNotify', urlField: 'notify_url' } as const;

/** SandboxRefunds.apply's checks in words, in its order. */
const APPLY_RULES: SandboxRuleSet = {
  label: 'Refund apply',
  rules: [
    { when: 'this `no_refund` was used for a refund before', retCode: '1002' },
    {
      when: 'no payment the sandbox completed (an MPAY or Easypay Verify, or `payOrder`) has this `no_order` or `oid_paybill` (both given: the same one), or `dt_order` differs from it',
      retCode: '5002',
    },
    {
      when: "`money_refund`, with the payment's earlier refunds, is above the amount paid",
      retCode: '5007',
    },
  ],
};

export const refundApply: SandboxBehaviour = {
  operationId: 'refundApply',
  rules: APPLY_RULES,
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const outcome = applyRefund(ctx, refundRequest(request.fields));
    if (outcome.refund === undefined) return sandboxRefusal(ctx, request, outcome);
    notifyRefund(ctx, outcome.refund, request.fields[REFUND_NOTIFICATION.urlField] as string);
    return sandboxSuccess(
      ctx,
      request,
      refundFields(outcome.refund),
      `refund ${outcome.refund.oidRefundno}`,
    );
  },
  emits: [REFUND_NOTIFICATION],
  prepare,
  failures: {
    // No paid order of that number.
    '5002': (_sandbox, request) => ({ request: {}, order: refundOrder(request) }),
    // An earlier refund already returned the whole payment.
    '5007': (sandbox, request) => {
      const prepared = prepare(sandbox, request);
      sandbox.refundOrder({
        ...sandboxRecord(request, ['oid_partner', 'no_order', 'dt_refund', 'money_refund']),
        noRefund: `${request.no_refund as string}-1`,
      });
      return prepared;
    },
  },
};

// The order the refund names is paid first (with exactly the amount refunded).
function prepare(sandbox: SandboxSetup, request: Fields): SandboxPrepared {
  const { oid_paybill } = sandbox.payOrder({
    ...sandboxRecord(request, ['oid_partner', 'no_order'], ['dt_order']),
    moneyOrder: request.money_refund as string,
  });
  return { request: { oid_paybill }, order: refundOrder(request) };
}

/** The refund as the merchant has it on record (what its notification must match). */
const refundOrder = (request: Fields) =>
  sandboxPick(request, ['oid_partner', 'no_refund', 'money_refund']);

const refundRequest = (fields: Fields): SandboxRefundRequest =>
  sandboxRecord(
    fields,
    ['oid_partner', 'no_refund', 'dt_refund', 'money_refund'],
    ['no_order', 'oid_paybill', 'dt_order'],
  );

function applyRefund(ctx: SandboxContext, request: SandboxRefundRequest) {
  const today = formatChinaDate(ctx.now());
  return ctx.state.refunds.apply(request, today, today);
}

/** The fields the answers, queries and the notification report for a refund. */
export function refundFields(refund: SandboxRefund): Record<string, string> {
  return {
    oid_partner: refund.oidPartner,
    no_refund: refund.noRefund,
    dt_refund: refund.dtRefund,
    money_refund: refund.moneyRefund,
    oid_refundno: refund.oidRefundno,
    sta_refund: refund.staRefund,
    settle_date: refund.settleDate,
  };
}

function notifyRefund(ctx: SandboxContext, refund: SandboxRefund, url: string): void {
  sandboxNotify(ctx, REFUND_NOTIFICATION.webhook, url, refundFields(refund));
}

/**
 * `Sandbox.refundOrder`: a refund recorded as the Refund Apply API would, without a notification.
 * @throws {ConfigurationError} `SANDBOX_REFUND` naming the field the refund rules refuse.
 */
export function sandboxRefundOrder(
  ctx: SandboxContext,
  refund: SandboxRefundSetup,
): { oid_refundno: string } {
  const outcome = applyRefund(ctx, {
    oidPartner: refund.oidPartner,
    noOrder: refund.noOrder,
    noRefund: refund.noRefund,
    dtRefund: refund.dtRefund,
    moneyRefund: refund.moneyRefund,
  });
  if (outcome.refund === undefined) {
    throw new ConfigurationError(
      'SANDBOX_REFUND',
      `the sandbox refuses this refund with ${outcome.retCode} (${outcome.field ?? '-'})`,
      outcome.field ?? 'refund',
    );
  }
  return { oid_refundno: outcome.refund.oidRefundno };
}
