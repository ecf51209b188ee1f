/**
 * What the Verify Direct APIs (MPAY and Easypay) share: a token issued for the order, the SMS code
 * rule, the amount limit, one payment per order; the answer reports the payment and a new
 * agreement number for the bound card, and the product's asynchronous notification follows to the
 * order's notify_url (the Apply request's, or the one a sandbox-issued token was given).
 */
import { formatChinaDate } from '../../shared/china-time.js';
import {
  sandboxPreparedWith,
  sandboxRefusal,
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxPrepared,
  type SandboxSetup,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import type { SandboxContext } from '../context.js';
import { sandboxPick, sandboxRecord, type SandboxFields } from '../fields.js';
import {
  DEFAULT_SANDBOX_RULES,
  sandboxAboveLimit,
  type SandboxIssuedToken,
  type SandboxOutcome,
} from '../rules.js';
import type { SandboxDirectOrder } from '../state/direct-payments.js';
import { notifyDirectPayment } from './direct.js';
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

/**
 * A Verify behaviour; Easypay's request also repeats the order time the token was issued for.
 * `notification` is the webhook the product sends for a paid order.
 */
export function verifyBehaviour(
  operationId: string,
  options: { readonly checkDtOrder: boolean; readonly notification: string },
): SandboxBehaviour {
  return {
    operationId,
    rules: VERIFY_RULES,
    handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
      const outcome = decideVerify(ctx, request.fields, options.checkDtOrder);
      if (outcome.token === undefined) return sandboxRefusal(ctx, request, outcome);
      const fields = request.fields;
      const order = directOrder(ctx, request, outcome.token);
      ctx.state.directPayments.pay(order, formatChinaDate(ctx.now()), ctx.state.nextAgreement());
      // What a later refund names and may return.
      ctx.state.refunds.recordPayment({
        ...sandboxRecord(fields, ['oid_partner', 'no_order', 'money_order']),
        oidPaybill: order.oidPaybill,
        dtOrder: order.dtOrder,
      });
      const notified = notifyDirectPayment(ctx, options.notification, order);
      return sandboxSuccess(
        ctx,
        request,
        {
          ...sandboxPick(fields, ['oid_partner', 'no_order', 'money_order', 'token']),
          dt_order: order.dtOrder,
          oid_paybill: order.oidPaybill,
          result_pay: 'SUCCESS',
          settle_date: order.settleDate as string,
          no_agree: order.noAgree as string,
        },
        notified ? 'paid, notification sent' : 'paid',
      );
    },
    // The notification's address and pay_type belong to the order (an Apply's), not to this
    // request: prepare takes them from the request it is given and sets the order up with them.
    emits: [{ webhook: options.notification, urlField: 'notify_url', orderFields: ['pay_type'] }],
    prepare,
    failures: {
      // No token issued for the order.
      '1000': (_sandbox, request) => ({ request: {}, order: orderOf(request) }),
      // The SMS code the default rules always refuse.
      '1900': sandboxPreparedWith(prepare, { verify_code: DEFAULT_SANDBOX_RULES.wrongSmsCode }),
    },
  };

  // The Apply APIs would issue the token; the sandbox's setup call stands in for them.
  function prepare(sandbox: SandboxSetup, request: SandboxFields): SandboxPrepared {
    const { token } = sandbox.issueToken(
      sandboxRecord(
        request,
        ['oid_partner', 'no_order', 'money_order'],
        [...(options.checkDtOrder ? ['dt_order' as const] : []), 'notify_url', 'pay_type'],
      ),
    );
    return { request: { token }, order: orderOf(request) };
  }
}

const orderOf = (request: SandboxFields) =>
  sandboxPick(request, ['oid_partner', 'no_order', 'money_order']);

/**
 * The Direct order a Verify pays: the one its Apply recorded, or, for a token the sandbox issued
 * without an Apply, one recorded now from the token.
 */
function directOrder(
  ctx: SandboxContext,
  request: SandboxVerifiedRequest,
  token: SandboxIssuedToken,
): SandboxDirectOrder {
  const { directPayments } = ctx.state;
  const applied = directPayments.byOrder(token.oidPartner, token.noOrder);
  if (applied !== undefined) return applied;
  return directPayments.record({
    product: request.operation.product ?? request.operation.operationId,
    oidPartner: token.oidPartner,
    noOrder: token.noOrder,
    dtOrder: token.dtOrder,
    moneyOrder: token.moneyOrder,
    oidPaybill: ctx.state.nextPaybill(),
    ...(token.notifyUrl === undefined ? {} : { notifyUrl: token.notifyUrl }),
    ...(token.payType === undefined ? {} : { payType: token.payType }),
  });
}

/** The outcome of a Verify request, with the token it used when it pays. */
function decideVerify(
  ctx: SandboxContext,
  request: SandboxFields,
  checkDtOrder: boolean,
): SandboxOutcome & { token?: SandboxIssuedToken } {
  const { state } = ctx;
  const paid = state.paidAlready(request);
  if (paid !== undefined) return paid;
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
  return { retCode: '0000', token };
}
