/**
 * The payment result queries (MPAY and Easypay, one URL): the answer comes from the sandbox's
 * record of the order, named by no_order or oid_paybill with its dt_order; an order it does not
 * know is 8901 (no record). A paid order answers the paid branch (result_pay SUCCESS), one still
 * waiting for its Verify the success branch (WAITING). The masked card number goes outside the
 * signature where the spec says LianLian leaves it out.
 */
import {
  sandboxRefusal,
  type SandboxBehaviour,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import type { SandboxContext } from '../context.js';
import { sandboxPick, sandboxPresent, sandboxRecord, type SandboxFields } from '../fields.js';
import type { SandboxRuleSet } from '../rule-table.js';
import { sandboxBranchAnswer } from './direct.js';

// The query carries no amount: the order set up for it has the sandbox's own, below the limit.
const PREPARED_ORDER_AMOUNT = '1.00';

/** The query's one check in words (one set for both result queries). */
const QUERY_RULES: SandboxRuleSet = {
  label: 'Result query',
  rules: [
    {
      when: "no order of the operation's product has this `no_order` (or, without it, `oid_paybill`) and `dt_order`",
      retCode: '8901',
    },
  ],
};

export function queryBehaviour(operationId: string): SandboxBehaviour {
  return {
    operationId,
    rules: QUERY_RULES,
    handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
      const { fields } = request;
      const { directPayments } = ctx.state;
      const order =
        fields.no_order === undefined
          ? directPayments.byPaybill(fields.oid_partner, fields.oid_paybill)
          : directPayments.byOrder(fields.oid_partner, fields.no_order);
      const named = fields.no_order === undefined ? 'oid_paybill' : 'no_order';
      if (
        order === undefined ||
        order.product !== request.operation.product ||
        order.dtOrder !== fields.dt_order ||
        (fields.oid_paybill !== undefined && fields.oid_paybill !== order.oidPaybill)
      ) {
        return sandboxRefusal(ctx, request, { retCode: '8901', field: named });
      }
      const answer = {
        oid_partner: order.oidPartner,
        no_order: order.noOrder,
        dt_order: order.dtOrder,
        oid_paybill: order.oidPaybill,
        money_order: order.moneyOrder,
        result_pay: order.status,
        ...sandboxPresent({
          settle_date: order.settleDate,
          info_order: order.infoOrder,
          pay_type: order.payType,
          bank_code: order.bankCode,
          card_no: order.cardMasked,
        }),
      };
      const paid = order.status === 'SUCCESS';
      return sandboxBranchAnswer(ctx, request, paid ? 'paid' : 'success', answer, order.status);
    },
    prepare(sandbox, request) {
      const order = queryOrder(request);
      sandbox.recordDirectOrder({
        operationId,
        ...sandboxRecord(
          { ...request, ...order },
          ['oid_partner', 'no_order', 'money_order'],
          ['dt_order'],
        ),
        paid: true,
      });
      return { request: {}, order };
    },
    failures: {
      // No order of that number.
      '8901': (_sandbox, request) => ({ request: {}, order: queryOrder(request) }),
    },
  };
}

const queryOrder = (request: SandboxFields) => ({
  ...sandboxPick(request, ['oid_partner', 'no_order']),
  money_order: PREPARED_ORDER_AMOUNT,
});
