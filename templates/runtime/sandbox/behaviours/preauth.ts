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
import { sandboxPick, sandboxRecord, type SandboxFields } from '../fields.js';
import type { SandboxRule, SandboxRuleSet } from '../rule-table.js';
import type {
  SandboxPreauth,
  SandboxPreauthRequest,
  SandboxPreauthStatus,
} from '../state/preauths.js';

type Fields = SandboxFields;

// The request's fields that name and check a pre-authorisation, as its state module takes them.
const PREAUTH_FIELDS = ['oid_partner', 'no_order', 'dt_order', 'user_id', 'money_order'] as const;

const preauthRequest = (fields: Fields): SandboxPreauthRequest =>
  sandboxRecord(fields, PREAUTH_FIELDS, ['oid_paybill']);

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
    ...sandboxRecord(request, PREAUTH_FIELDS),
  });
  return {
    request: { oid_paybill },
    order: sandboxPick(request, ['oid_partner', 'no_order', 'money_order', 'user_id']),
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

/**
 * Capture or cancel: the state module decides with the request's pre-authorisation fields; a
 * success answers the pre-authorisation's order fields and what `answer` adds.
 */
function preauthBehaviour(
  operationId: string,
  rules: SandboxRuleSet,
  step: 'capture' | 'cancel',
  answer: (ctx: SandboxContext, fields: Fields) => Record<string, string>,
  failures: SandboxBehaviour['failures'],
): SandboxBehaviour {
  return {
    operationId,
    rules,
    handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
      const outcome = ctx.state.preauths[step](preauthRequest(request.fields));
      if (outcome.preauth === undefined || outcome.retCode !== '0000')
        return sandboxRefusal(ctx, request, outcome);
      const fields = { ...orderFields(outcome.preauth), ...answer(ctx, request.fields) };
      return sandboxSuccess(ctx, request, fields, step === 'capture' ? 'captured' : 'cancelled');
    },
    prepare,
    ...(failures === undefined ? {} : { failures }),
  };
}

export const preauthCapture: SandboxBehaviour = preauthBehaviour(
  'preauthCapture',
  CAPTURE_RULES,
  'capture',
  (ctx, fields) => ({
    money_order: fields.money_order as string,
    settle_date: formatChinaDate(ctx.now()),
  }),
  {
    // No pre-authorisation held for the order.
    '5002': () => ({ request: {}, order: {} }),
    // The pre-authorisation was cancelled before the capture.
    '2006': (sandbox, request) => prepare(sandbox, request, 'cancelled'),
  },
);

export const preauthCancel: SandboxBehaviour = preauthBehaviour(
  'preauthCancel',
  CANCEL_RULES,
  'cancel',
  () => ({}),
  {
    // The pre-authorisation was captured before the cancel.
    '2007': (sandbox, request) => prepare(sandbox, request, 'captured'),
  },
);
