/**
 * Refund Result Query: reports a refund the sandbox accepted, by the merchant's refund number and
 * time; an unknown refund is 8901 (no such record).
 */
import {
  sandboxRefusal,
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxSetup,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import type { SandboxContext } from '../context.js';
import type { SandboxRuleSet } from '../rule-table.js';
import { refundFields } from './refund-apply.js';

type Fields = Readonly<Record<string, string>>;

// The query's setup pays an order of this amount and refunds it: the request carries no amount.
const PREPARED_REFUND_AMOUNT = '1.00';

const QUERY_RULES: SandboxRuleSet = {
  label: 'Refund result query',
  rules: [
    {
      when: 'no refund of this merchant with this `no_refund`, or its `dt_refund` differs',
      retCode: '8901',
    },
  ],
};

export const refundQuery: SandboxBehaviour = {
  operationId: 'refundQuery',
  rules: QUERY_RULES,
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const { fields } = request;
    const refund = ctx.state.refunds.refund(fields.oid_partner, fields.no_refund);
    if (refund === undefined || refund.dtRefund !== fields.dt_refund)
      return sandboxRefusal(ctx, request, { retCode: '8901', field: 'no_refund' });
    return sandboxSuccess(ctx, request, refundFields(refund), `sta_refund ${refund.staRefund}`);
  },
  prepare(sandbox: SandboxSetup, request: Fields) {
    const order = {
      oidPartner: request.oid_partner as string,
      noOrder: `${request.no_refund as string}-order`,
    };
    sandbox.payOrder({ ...order, moneyOrder: PREPARED_REFUND_AMOUNT });
    sandbox.refundOrder({
      ...order,
      noRefund: request.no_refund as string,
      dtRefund: request.dt_refund as string,
      moneyRefund: PREPARED_REFUND_AMOUNT,
    });
    return {
      request: {},
      order: { oid_partner: order.oidPartner, no_refund: request.no_refund as string },
    };
  },
  failures: {
    // No refund applied for.
    '8901': (_sandbox, request) => ({
      request: {},
      order: { oid_partner: request.oid_partner as string },
    }),
  },
};
