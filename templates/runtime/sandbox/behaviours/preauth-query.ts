/**
 * The Pre-authorized order status query: answers with the status code of the sandbox's record of
 * the pre-authorisation (state/preauths.ts), which capture and cancel keep current. Its ret_msg is
 * the code's meaning in the spec (the status codes are not in LianLian's return-code list).
 */
import {
  sandboxRefusal,
  type SandboxBehaviour,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import { sandboxReturnMessage, sandboxSign, type SandboxContext } from '../context.js';
import type { SandboxRuleSet } from '../rule-table.js';
import type { SandboxPreauthStatus } from '../state/preauths.js';

// The page's status code for each state the sandbox keeps: applied for (the amount held),
// captured, cancelled; the sandbox settles every step at once, so none is ever processing.
const STATUS_CODES: Readonly<Record<SandboxPreauthStatus, string>> = {
  held: 'PR07',
  captured: 'PR11',
  cancelled: 'PR14',
};

// The query names no amount or payer: the pre-authorisation set up for it takes the sandbox's own.
const PREPARED_AMOUNT = '1.00';
const PREPARED_USER = 'sandbox-preauth-user';

const QUERY_RULES: SandboxRuleSet = {
  label: 'Pre-authorized status query',
  rules: [
    {
      when: 'no pre-authorisation of this merchant has this `no_order` (held with `POST /sandbox/preauths`), or its `oid_paybill` or `dt_order` differs',
      retCode: '5002',
    },
  ],
};

export const preauthQuery: SandboxBehaviour = {
  operationId: 'preauthQuery',
  rules: QUERY_RULES,
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const { fields } = request;
    const found = ctx.state.preauths.lookup({
      oidPartner: fields.oid_partner as string,
      noOrder: fields.no_order as string,
      dtOrder: fields.dt_order as string,
      ...(fields.oid_paybill === undefined ? {} : { oidPaybill: fields.oid_paybill }),
    });
    const { preauth } = found;
    if (preauth === undefined) return sandboxRefusal(ctx, request, found);
    const retCode = STATUS_CODES[preauth.status];
    request.note.outcome = `${retCode} (${preauth.status})`;
    const body = {
      ret_code: retCode,
      ret_msg:
        ctx.catalogue.returnMessages[retCode] ??
        request.operation.codeMeanings[retCode] ??
        sandboxReturnMessage(ctx, retCode),
      oid_partner: preauth.oidPartner,
      no_order: preauth.noOrder,
      dt_order: preauth.dtOrder,
      oid_paybill: preauth.oidPaybill,
      money_order: preauth.captured ?? preauth.moneyOrder,
      user_id: preauth.userId,
    };
    return { body: sandboxSign(ctx, body, request.signType), note: request.note };
  },
  prepare(sandbox, request) {
    const { oid_paybill } = sandbox.holdPreauth({
      oidPartner: request.oid_partner as string,
      noOrder: request.no_order as string,
      moneyOrder: PREPARED_AMOUNT,
      userId: PREPARED_USER,
      dtOrder: request.dt_order as string,
    });
    return {
      request: { oid_paybill },
      order: { oid_partner: request.oid_partner as string, no_order: request.no_order as string },
    };
  },
  failures: {
    // No pre-authorisation held for the order.
    '5002': () => ({ request: {}, order: {} }),
  },
};
