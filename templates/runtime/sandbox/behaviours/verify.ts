/**
 * What the Verify Direct APIs (MPAY and Easypay) share: a token issued for the order, the SMS code
 * rule, the amount limit, one payment per order; the answer reports the payment and a new
 * agreement number for the bound card.
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
import { DEFAULT_SANDBOX_RULES, sandboxAboveLimit, type SandboxOutcome } from '../rules.js';
import type { SandboxRuleSet } from '../rule-table.js';

/** decideVerify's checks in words, in its order (one set for both Verify APIs). */
const VERIFY_RULES: SandboxRuleSet = {
  label: 'Verify',
  rules: [
    { when: 'this `no_order` was already paid', retCode: '1002' },
    {
      when: (settings) =>
        `the token is unknown, expired (${settings.tokenMinutes} minutes after issue) or issued for another merchant or order`,
      retCode: '1000',
    },
    {
      when: "`money_order` differs from the token's; for Easypay also `dt_order`",
      retCode: '1004',
    },
    {
      when: (settings) => `\`verify_code\` is \`${settings.wrongSmsCode}\` (a wrong SMS code)`,
      retCode: '1900',
    },
    {
      when: (settings) =>
        `\`money_order\` is above the amount limit, ${settings.amountLimit} unless \`--amount-limit\` (or \`rules.amountLimit\`) changes it`,
      retCode: '1019',
    },
  ],
};

type Fields = Readonly<Record<string, string>>;

/** A Verify behaviour; Easypay's request also repeats the order time the token was issued for. */
export function verifyBehaviour(
  operationId: string,
  options: { readonly checkDtOrder: boolean },
): SandboxBehaviour {
  return {
    operationId,
    rules: VERIFY_RULES,
    handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
      const outcome = decideVerify(ctx, request.fields, options.checkDtOrder);
      if (outcome.dtOrder === undefined) return sandboxRefusal(ctx, request, outcome);
      const fields = request.fields;
      const oidPaybill = ctx.state.nextPaybill();
      // What a later refund names and may return.
      ctx.state.refunds.recordPayment({
        oidPartner: fields.oid_partner as string,
        noOrder: fields.no_order as string,
        oidPaybill,
        moneyOrder: fields.money_order as string,
        dtOrder: outcome.dtOrder,
      });
      return sandboxSuccess(
        ctx,
        request,
        {
          oid_partner: fields.oid_partner as string,
          no_order: fields.no_order as string,
          dt_order: outcome.dtOrder,
          oid_paybill: oidPaybill,
          money_order: fields.money_order as string,
          token: fields.token as string,
          result_pay: 'SUCCESS',
          settle_date: formatChinaDate(ctx.now()),
          no_agree: ctx.state.nextAgreement(),
        },
        'paid',
      );
    },
    prepare,
    failures: {
      // No token issued for the order.
      '1000': (_sandbox, request) => ({ request: {}, order: orderOf(request) }),
      // The SMS code the default rules always refuse.
      '1900': (sandbox, request) => {
        const prepared = prepare(sandbox, request);
        return {
          ...prepared,
          request: { ...prepared.request, verify_code: DEFAULT_SANDBOX_RULES.wrongSmsCode },
        };
      },
    },
  };

  // The Apply APIs would issue the token; the sandbox's setup call stands in for them.
  function prepare(sandbox: SandboxSetup, request: Fields): SandboxPrepared {
    const order = orderOf(request);
    const { token } = sandbox.issueToken({
      oidPartner: order.oid_partner,
      noOrder: order.no_order,
      moneyOrder: order.money_order,
      ...(options.checkDtOrder && request.dt_order !== undefined
        ? { dtOrder: request.dt_order }
        : {}),
    });
    return { request: { token }, order };
  }
}

const orderOf = (request: Fields) => ({
  oid_partner: request.oid_partner as string,
  no_order: request.no_order as string,
  money_order: request.money_order as string,
});

/** The outcome of a Verify request; `dtOrder` (the token's order time) only when paid. */
function decideVerify(
  ctx: SandboxContext,
  request: Fields,
  checkDtOrder: boolean,
): SandboxOutcome & { dtOrder?: string } {
  const { state } = ctx;
  if (state.isPaid(request.oid_partner, request.no_order))
    return { retCode: '1002', field: 'no_order' };
  const token = state.token(request.token);
  if (
    token === undefined ||
    token.expiresAt < ctx.now().getTime() ||
    token.oidPartner !== request.oid_partner ||
    token.noOrder !== request.no_order
  ) {
    return { retCode: '1000', field: 'token' };
  }
  if (token.moneyOrder !== request.money_order) return { retCode: '1004', field: 'money_order' };
  if (checkDtOrder && token.dtOrder !== request.dt_order)
    return { retCode: '1004', field: 'dt_order' };
  if (request.verify_code === state.rules.wrongSmsCode)
    return { retCode: '1900', field: 'verify_code' };
  if (sandboxAboveLimit(request.money_order ?? '', state.rules.amountLimit))
    return { retCode: '1019', field: 'money_order' };
  state.markPaid(request.oid_partner as string, request.no_order as string);
  return { retCode: '0000', dtOrder: token.dtOrder };
}
