/**
 * Instant payment result query: reports a payout from the ledger (state/payouts.ts), whether it
 * came from the apply API or from the `holdPayout` setup call. An order the sandbox has no payout
 * for, or whose oid_paybill names another payout, is 8901 (no record); an empty oid_paybill counts
 * as absent, as it does in the signed string.
 */
import {
  sandboxRefusal,
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import type { SandboxContext } from '../context.js';
import { sandboxPick, sandboxPresent, sandboxRecord, type SandboxFields } from '../fields.js';

// The prepared payout's amount: any amount the default rules let go ahead.
const PREPARED_PAYOUT_AMOUNT = '1.00';

export const instantPayQuery: SandboxBehaviour = {
  operationId: 'instantPayQuery',
  rules: {
    label: 'Instant payment result query',
    rules: [
      {
        when: 'no payout with this `no_order` (or its `oid_paybill` differs)',
        retCode: '8901',
      },
    ],
  },
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const { fields } = request;
    const { payouts } = ctx.state;
    const record = payouts.byOrder(fields.oid_partner, fields.no_order);
    const paybillMatches = !fields.oid_paybill || record?.oidPaybill === fields.oid_paybill;
    if (record === undefined || !paybillMatches) {
      return sandboxRefusal(ctx, request, { retCode: '8901', field: 'no_order' });
    }
    const answer = {
      oid_partner: record.oidPartner,
      no_order: record.noOrder,
      dt_order: record.dtOrder,
      money_order: record.moneyOrder,
      result_pay: record.status,
      ...sandboxPresent({
        oid_paybill: record.oidPaybill,
        settle_date: record.settleDate,
        info_order: record.infoOrder,
      }),
    };
    return sandboxSuccess(ctx, request, answer, `result_pay ${record.status}`);
  },
  failures: {
    // No payout with this order number.
    '8901': (_sandbox, request) => ({ request: {}, order: queryOrder(request) }),
  },
  /**
   * A held payout for the queried order (the setup call the sandbox offers), so the query finds
   * it; the request's oid_paybill is dropped, since a held payout has none yet.
   */
  prepare(sandbox, request) {
    sandbox.holdPayout({
      ...sandboxRecord(request, ['oid_partner', 'no_order']),
      moneyOrder: PREPARED_PAYOUT_AMOUNT,
    });
    return { request: { oid_paybill: '' }, order: queryOrder(request) };
  },
};

const queryOrder = (request: SandboxFields) => sandboxPick(request, ['oid_partner', 'no_order']);
