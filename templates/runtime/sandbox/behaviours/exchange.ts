/**
 * Exchange Payment in the sandbox: Apply creates the transaction and "sends" the SMS code (a token
 * comes back), Verify takes any code but the rules' wrong one, pays at the sandbox's rate and
 * sends the notification, and the result query reports the status. The transactions live in
 * state/exchange.ts.
 */
import { formatChinaDate } from '../../shared/china-time.js';
import {
  sandboxPreparedWith,
  sandboxRefusal,
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxSetup,
  type SandboxVerifiedRequest,
  sandboxNotify,
} from '../behaviour.js';
import type { SandboxContext } from '../context.js';
import { sandboxPick, sandboxPresent, sandboxRecord, type SandboxFields } from '../fields.js';
import { DEFAULT_SANDBOX_RULES, sandboxAboveLimit, type SandboxOutcome } from '../rules.js';
import type { SandboxRuleSet } from '../rule-table.js';
import {
  DEFAULT_VALID_MINUTES,
  MAX_CENTS,
  SANDBOX_PAYER_CURRENCY,
  sandboxExchanges,
  type SandboxExchange,
  type SandboxExchangeRegistration,
} from '../state/exchange.js';
import { oneCentAbove } from './direct.js';

type Fields = SandboxFields;

// The notification a paid transaction sends, and the Apply field with the merchant's address.
const EXCHANGE_NOTIFICATION = { webhook: 'exchangeNotify', urlField: 'notify_url' } as const;

// Verify and query requests carry no amount or currency: the prepared transaction's are the
// sandbox's own, below the amount limit.
const PREPARED = { moneyOrder: '1.00', currencyOrder: 'USD', userId: 'sandbox-user' } as const;

/** decideApply's checks in words, in its order. */
const APPLY_RULES: SandboxRuleSet = {
  label: 'Exchange apply',
  rules: [
    { when: 'this `no_order` was already paid', retCode: '1002' },
    { when: '`currency_settle` differs from `currency_order`', retCode: '1004' },
    {
      when: (settings) =>
        `\`money_order\` is above the amount limit, ${settings.amountLimit} unless \`--amount-limit\` (or \`rules.amountLimit\`) changes it`,
      retCode: '1019',
    },
    {
      when: 'this `no_order` was applied for before with another `money_order` or `currency_order`',
      retCode: '1004',
    },
  ],
};

/** decideVerify's checks in words, in its order. */
const VERIFY_RULES: SandboxRuleSet = {
  label: 'Exchange verify',
  rules: [
    { when: 'this `no_order` was already paid', retCode: '1002' },
    {
      when: (settings) =>
        `no Exchange apply for this \`no_order\`, or the token is not its latest, or expired (${settings.tokenMinutes} minutes after issue)`,
      retCode: '1000',
    },
    { when: "`user_id` is not the Exchange apply's", retCode: '1004' },
    {
      when: (settings) => `\`verify_code\` is \`${settings.wrongSmsCode}\` (a wrong SMS code)`,
      retCode: '1900',
    },
    {
      when: `the order's \`valid_order\` minutes (${DEFAULT_VALID_MINUTES} when not given) ran out`,
      retCode: '2006',
    },
    {
      when: `the amount in ${SANDBOX_PAYER_CURRENCY} at the sandbox's rate for \`currency_order\` rounds below 0.01 or is above ${MAX_CENTS / 100n}.00`,
      retCode: '1019',
    },
  ],
};

const QUERY_RULES: SandboxRuleSet = {
  label: 'Exchange result query',
  rules: [
    {
      when: 'no Exchange apply of this merchant for this `no_order`, or its `oid_paybill` differs',
      retCode: '8901',
    },
  ],
};

export const exchangeApply: SandboxBehaviour = {
  operationId: 'exchangeApply',
  rules: APPLY_RULES,
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const outcome = decideApply(ctx, request.fields);
    if (outcome.exchange === undefined) return sandboxRefusal(ctx, request, outcome);
    const { exchange } = outcome;
    return sandboxSuccess(
      ctx,
      request,
      {
        ...sandboxPick(request.fields, ['oid_partner', 'no_order']),
        dt_order: exchange.dtOrder,
        oid_paybill: exchange.oidPaybill,
        currency_order: exchange.registration.currencyOrder,
        money_order: exchange.registration.moneyOrder,
        token: exchange.token,
      },
      'SMS code sent',
    );
  },
  failures: {
    // An amount above the single-payment limit of the default rules.
    '1019': (_sandbox, request) => {
      const order = {
        ...orderOf(request),
        money_order: oneCentAbove(DEFAULT_SANDBOX_RULES.amountLimit),
      };
      return { request: { money_order: order.money_order }, order };
    },
  },
  prepare: (_sandbox, request) => ({ request: {}, order: orderOf(request) }),
};

export const exchangeVerify: SandboxBehaviour = {
  operationId: 'exchangeVerify',
  rules: VERIFY_RULES,
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const outcome = decideVerify(ctx, request.fields);
    if (outcome.exchange === undefined) return sandboxRefusal(ctx, request, outcome);
    const paid = paidFields(outcome.exchange);
    notifyExchange(ctx, outcome.exchange, paid);
    return sandboxSuccess(ctx, request, paid, 'paid');
  },
  // The address is the Apply request's, which prepare stands in for.
  emits: [{ ...EXCHANGE_NOTIFICATION, orderFields: [] }],
  failures: {
    // No transaction applied for: the token is unknown.
    '1000': (_sandbox, request) => ({ request: {}, order: orderOf(request) }),
    // The SMS code the default rules always refuse.
    '1900': sandboxPreparedWith(prepareExchange, {
      verify_code: DEFAULT_SANDBOX_RULES.wrongSmsCode,
    }),
  },
  prepare: (sandbox, request) => prepareExchange(sandbox, request),
};

export const exchangeQuery: SandboxBehaviour = {
  operationId: 'exchangeQuery',
  rules: QUERY_RULES,
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const { fields } = request;
    const exchange = sandboxExchanges(ctx.state, ctx.now).find(fields.oid_partner, fields.no_order);
    if (
      exchange === undefined ||
      (fields.oid_paybill !== undefined && fields.oid_paybill !== exchange.oidPaybill)
    )
      return sandboxRefusal(ctx, request, { retCode: '8901', field: 'no_order' });
    const status = sandboxExchanges(ctx.state, ctx.now).status(exchange);
    if (status === 'SUCCESS') return sandboxSuccess(ctx, request, paidFields(exchange), 'SUCCESS');
    return sandboxSuccess(
      ctx,
      request,
      {
        oid_partner: exchange.registration.oidPartner,
        no_order: exchange.registration.noOrder,
        dt_order: exchange.dtOrder,
        oid_paybill: exchange.oidPaybill,
        result_pay: status,
        currency_order: exchange.registration.currencyOrder,
        money_order: exchange.registration.moneyOrder,
      },
      status,
    );
  },
  failures: {
    // No transaction for the order.
    '8901': (_sandbox, request) => ({ request: {}, order: orderOf(request) }),
  },
  // An applied, unverified transaction: the query reports it WAITING.
  prepare: (sandbox, request) => ({ ...prepareExchange(sandbox, request), request: {} }),
};

/** Registers a transaction for the request's order, standing in for the Apply call. */
function prepareExchange(sandbox: SandboxSetup, request: Fields) {
  const { token } = sandbox.openExchange({
    ...sandboxRecord(request, ['oid_partner', 'no_order']),
    moneyOrder: PREPARED.moneyOrder,
    currencyOrder: PREPARED.currencyOrder,
    userId: request.user_id ?? PREPARED.userId,
    ...(request.notify_url === undefined ? {} : { notifyUrl: request.notify_url }),
  });
  return {
    request: { token },
    order: { ...orderOf(request), money_order: PREPARED.moneyOrder },
  };
}

const orderOf = (request: Fields): Record<string, string> => ({
  ...sandboxPick(request, ['oid_partner', 'no_order']),
  ...sandboxPresent({ money_order: request.money_order }),
});

/** The registration an Apply request makes. */
function registrationOf(fields: Fields): SandboxExchangeRegistration {
  return {
    ...sandboxRecord(
      fields,
      [
        'oid_partner',
        'no_order',
        'money_order',
        'currency_order',
        'user_id',
        'dt_order',
        'pay_type',
        'notify_url',
      ],
      ['info_order'],
    ),
    ...(fields.valid_order === undefined ? {} : { validMinutes: Number(fields.valid_order) }),
  };
}

type ExchangeDecision = (
  ctx: SandboxContext,
  fields: Fields,
) => SandboxOutcome & { exchange?: SandboxExchange };

/** Apply and Verify check the order's payment first (1002), then their own rules. */
const unlessPaid =
  (decide: ExchangeDecision): ExchangeDecision =>
  (ctx, fields) =>
    ctx.state.paidAlready(fields) ?? decide(ctx, fields);

const decideApply = unlessPaid((ctx, fields) => {
  const { state } = ctx;
  if (fields.currency_settle !== fields.currency_order)
    return { retCode: '1004', field: 'currency_settle' };
  if (sandboxAboveLimit(fields.money_order ?? '', state.rules.amountLimit))
    return { retCode: '1019', field: 'money_order' };
  const exchange = sandboxExchanges(state, ctx.now).apply(registrationOf(fields));
  // The order exists with another amount or currency.
  if (exchange === undefined) return { retCode: '1004', field: 'money_order' };
  return { retCode: '0000', exchange };
});

const decideVerify = unlessPaid((ctx, fields) => {
  const { state } = ctx;
  const exchanges = sandboxExchanges(state, ctx.now);
  const exchange = exchanges.find(fields.oid_partner, fields.no_order);
  const token = state.token(fields.token);
  if (
    exchange === undefined ||
    token === undefined ||
    exchange.token !== fields.token ||
    token.expiresAt < ctx.now().getTime()
  )
    return { retCode: '1000', field: 'token' };
  if (exchange.registration.userId !== fields.user_id) return { retCode: '1004', field: 'user_id' };
  if (fields.verify_code === state.rules.wrongSmsCode)
    return { retCode: '1900', field: 'verify_code' };
  if (exchanges.status(exchange) === 'FAILURE') return { retCode: '2006', field: 'no_order' };
  if (exchanges.pay(exchange, formatChinaDate(ctx.now())) === undefined)
    return { retCode: '1019', field: 'money_order' };
  state.markPaid(fields.oid_partner as string, fields.no_order as string);
  return { retCode: '0000', exchange };
});

/** The fields a paid transaction reports (Verify, query and notification alike). */
function paidFields(exchange: SandboxExchange): Record<string, string> {
  const { registration, paid } = exchange;
  if (paid === undefined) throw new Error('sandbox: the exchange transaction is not paid');
  return {
    oid_partner: registration.oidPartner,
    no_order: registration.noOrder,
    dt_order: exchange.dtOrder,
    oid_paybill: exchange.oidPaybill,
    result_pay: 'SUCCESS',
    settle_date: paid.settleDate,
    pay_type: exchange.payType,
    currency_order: registration.currencyOrder,
    money_order: registration.moneyOrder,
    // The Apply page: currency_settle must (for now) be currency_order.
    currency_settle: registration.currencyOrder,
    money_settle: registration.moneyOrder,
    currency_pay: SANDBOX_PAYER_CURRENCY,
    money_pay: paid.moneyPay,
    exchange_rate: paid.exchangeRate,
    no_agree: paid.noAgree,
    ...sandboxPresent({ info_order: registration.infoOrder }),
  };
}

function notifyExchange(
  ctx: SandboxContext,
  exchange: SandboxExchange,
  paid: Record<string, string>,
): void {
  const url = exchange.registration.notifyUrl;
  if (url === undefined) return;
  sandboxNotify(ctx, EXCHANGE_NOTIFICATION.webhook, url, paid);
}
