/**
 * Pre-authorized capture and cancel: decide against the sandbox's held pre-authorisations
 * (state/preauths.ts). The Easypay Apply API with pay_type F would create them; the sandbox's setup
 * call `Sandbox.holdPreauth` (POST /sandbox/preauths) stands in for it.
 */
import { formatChinaDate } from '../../shared/china-time.js';
import {
  sandboxRefusal,
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxPrepared,
  type SandboxSetup,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import type { SandboxContext } from '../context.js';
import type { SandboxRule, SandboxRuleSet } from '../rule-table.js';
import type {
  SandboxPreauth,
  SandboxPreauthRequest,
  SandboxPreauthStatus,
} from '../state/preauths.js';

type Fields = Readonly<Record<string, string>>;

const preauthRequest = (fields: Fields): SandboxPreauthRequest => ({
  oidPartner: fields.oid_partner as string,
  noOrder: fields.no_order as string,
  dtOrder: fields.dt_order as string,
  userId: fields.user_id as string,
  moneyOrder: fields.money_order as string,
  ...(fields.oid_paybill === undefined ? {} : { oidPaybill: fields.oid_paybill }),
});

/** The order fields every answer repeats. */
const orderFields = (preauth: SandboxPreauth) => ({
  oid_partner: preauth.oidPartner,
  no_order: preauth.noOrder,
  dt_order: preauth.dtOrder,
  oid_paybill: preauth.oidPaybill,
  user_id: preauth.userId,
});

// The request's pre-authorisation is set up first (held unless `status` says otherwise), for the
// amount the request names.
function prepare(
  sandbox: SandboxSetup,
  request: Fields,
  status?: SandboxPreauthStatus,
): SandboxPrepared {
  const { oid_paybill } = sandbox.holdPreauth({
    ...(status === undefined ? {} : { status }),
    oidPartner: request.oid_partner as string,
    noOrder: request.no_order as string,
    moneyOrder: request.money_order as string,
    userId: request.user_id as string,
    dtOrder: request.dt_order as string,
  });
  return {
    request: { oid_paybill },
    order: {
      oid_partner: request.oid_partner as string,
      no_order: request.no_order as string,
      money_order: request.money_order as string,
      user_id: request.user_id as string,
    },
  };
}

// SandboxPreauths.find's checks, then the hold's status: what capture and cancel share.
const PREAUTH_RULES: readonly SandboxRule[] = [
  {
    when: 'no pre-authorisation of this merchant has this `no_order` (held with `POST /sandbox/preauths`), or its `oid_paybill` or `dt_order` differs',
    retCode: '5002',
  },
  { when: "`user_id` is not the pre-authorisation's", retCode: '1004' },
  { when: 'the pre-authorisation was cancelled', retCode: '2006' },
  { when: 'the pre-authorisation was captured already', retCode: '2007' },
];

const CAPTURE_RULES: SandboxRuleSet = {
  label: 'Pre-authorized capture',
  rules: [...PREAUTH_RULES, { when: '`money_order` is above the amount held', retCode: '1004' }],
};

const CANCEL_RULES: SandboxRuleSet = {
  label: 'Pre-authorized cancel',
  rules: [...PREAUTH_RULES, { when: '`money_order` is not the amount held', retCode: '1004' }],
};

export const preauthCapture: SandboxBehaviour = {
  operationId: 'preauthCapture',
  rules: CAPTURE_RULES,
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const outcome = ctx.state.preauths.capture(preauthRequest(request.fields));
    if (outcome.preauth === undefined || outcome.retCode !== '0000')
      return sandboxRefusal(ctx, request, outcome);
    return sandboxSuccess(
      ctx,
      request,
      {
        ...orderFields(outcome.preauth),
        money_order: request.fields.money_order as string,
        settle_date: formatChinaDate(ctx.now()),
      },
      'captured',
    );
  },
  prepare,
  failures: {
    // No pre-authorisation held for the order.
    '5002': () => ({ request: {}, order: {} }),
    // The pre-authorisation was cancelled before the capture.
    '2006': (sandbox, request) => prepare(sandbox, request, 'cancelled'),
  },
};

export const preauthCancel: SandboxBehaviour = {
  operationId: 'preauthCancel',
  rules: CANCEL_RULES,
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const outcome = ctx.state.preauths.cancel(preauthRequest(request.fields));
    if (outcome.preauth === undefined || outcome.retCode !== '0000')
      return sandboxRefusal(ctx, request, outcome);
    return sandboxSuccess(ctx, request, orderFields(outcome.preauth), 'cancelled');
  },
  prepare,
  failures: {
    // The pre-authorisation was captured before the cancel.
    '2007': (sandbox, request) => prepare(sandbox, request, 'captured'),
  },
};
