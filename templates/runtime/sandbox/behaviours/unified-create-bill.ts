/**
 * The unified gateway in the sandbox. Payment creation (unifiedCreateBill) records the order and
 * answers a signed gateway_url on the sandbox's own host, the payment page of that order, reachable
 * by its token for the rules' token lifetime (30 minutes, as the docs say of the token). The payer's
 * browser opens it (a form POST, as LianLian's SDK sends it, or a GET) and pays; paying sends the
 * aggregate asynchronous notification to notify_url and the browser to url_return with the signed
 * synchronous notification, the two notifications the unified gateway overview links (E571).
 */
import { randomBytes } from 'node:crypto';
import { formatChinaDate } from '../../shared/china-time.js';
import {
  escapeHtml,
  renderDefinitionList,
  renderHtmlDocument,
  renderPostForm,
} from '../../shared/html.js';
import { parseSignedFormFields } from '../../shared/signed-body.js';
import {
  sandboxCheckNotification,
  sandboxRefusal,
  sandboxSendNotification,
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import {
  sandboxMaskedCard,
  sandboxReturnMessage,
  sandboxSign,
  type SandboxContext,
  type SandboxRequestNote,
} from '../context.js';
import { DEFAULT_SANDBOX_RULES, sandboxAboveLimit, type SandboxOutcome } from '../rules.js';
import type { SandboxRuleSet } from '../rule-table.js';
import { sandboxUnifiedBills, type SandboxUnifiedBill } from '../state/unified-bills.js';
import { oneCentAbove } from './direct.js';
import type { SandboxHtmlAnswer } from '../web.js';
import { sandboxOrderLabel } from '../catalogue.js';

/** The payment page (`?token=`), as LianLian's `/paymentweb/payinit`; its pay button posts to the second. */
export const SANDBOX_GATEWAY_PATH = '/sandbox/paymentweb/payinit';
export const SANDBOX_GATEWAY_PAY_PATH = '/sandbox/paymentweb/pay';

// The two notifications a paid order sends, and the request fields holding their addresses.
const RESULT = { webhook: 'aggregateNotify', urlField: 'notify_url' } as const;
const RETURN = { webhook: 'webPaymentReturn', urlField: 'url_return' } as const;

// The sandbox pays every card and online banking order from one bank (LianLian's code for ICBC).
const SANDBOX_BANK_CODE = '01020000';

// The payment method the notifications report (PayTypeUsed) for the product the order asked for
// (flag_pay_product): quick payment is express payment with a debit card (2), the verified
// products are verified payment (D), online banking is the card_type asked for (1, 8, 9), debit
// (1) by default.
const PAID_WITH: Readonly<Record<string, string>> = { '0': '2', '1': 'D', '5': 'D' };
const ONLINE_BANKING_DEFAULT = '1';

// The page's fields shown to the payer, in order.
const SHOWN = ['no_order', 'name_goods', 'money_order', 'info_order'] as const;

const CREATE_RULES: SandboxRuleSet = {
  label: 'Payment creation (unified gateway)',
  rules: [
    { when: 'this `no_order` was already created or paid', retCode: '1002' },
    {
      when: (settings) =>
        `\`money_order\` is above the amount limit, ${settings.amountLimit} unless \`--amount-limit\` (or \`rules.amountLimit\`) changes it`,
      retCode: '1019',
    },
  ],
};

export const unifiedCreateBill: SandboxBehaviour = {
  operationId: 'unifiedCreateBill',
  rules: CREATE_RULES,
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const { fields } = request;
    const outcome = decideCreate(ctx, fields);
    if (outcome.retCode !== '0000') return sandboxRefusal(ctx, request, outcome);
    const card = sandboxMaskedCard(fields.card_no);
    if (card !== undefined) request.note.card = card;
    const bill = sandboxUnifiedBills(ctx.state).create(
      fields,
      ctx.now(),
      ctx.state.rules.tokenMinutes,
    );
    return sandboxSuccess(
      ctx,
      request,
      {
        oid_partner: bill.oidPartner,
        user_id: fields.user_id as string,
        no_order: bill.noOrder,
        dt_order: bill.dtOrder,
        money_order: bill.moneyOrder,
        oid_paybill: bill.oidPaybill,
        token: bill.token,
        gateway_url: gatewayUrl(ctx, bill),
      },
      'payment page created',
    );
  },
  failures: {
    // Above the rules' single-payment limit.
    '1019': (_sandbox, request) => ({
      request: { money_order: oneCentAbove(DEFAULT_SANDBOX_RULES.amountLimit) },
      order: { oid_partner: request.oid_partner as string, no_order: request.no_order as string },
    }),
  },
};

/** The rules above, in their order. */
function decideCreate(
  ctx: SandboxContext,
  fields: Readonly<Record<string, string>>,
): SandboxOutcome {
  const { state } = ctx;
  if (
    state.isPaid(fields.oid_partner, fields.no_order) ||
    sandboxUnifiedBills(state).has(fields.oid_partner, fields.no_order)
  )
    return { retCode: '1002', field: 'no_order' };
  if (sandboxAboveLimit(fields.money_order ?? '', state.rules.amountLimit))
    return { retCode: '1019', field: 'money_order' };
  return { retCode: '0000' };
}

function gatewayUrl(ctx: SandboxContext, bill: SandboxUnifiedBill): string {
  return `${ctx.baseUrl}${SANDBOX_GATEWAY_PATH}?token=${bill.token}`;
}

/**
 * The browser at the payment page (`path` SANDBOX_GATEWAY_PATH) or paying on it
 * (SANDBOX_GATEWAY_PAY_PATH, POST). The token comes from the query or, posted, from the form body.
 */
export function handleSandboxGateway(
  ctx: SandboxContext,
  method: string | undefined,
  path: string,
  target: string | undefined,
  body: Buffer | undefined,
): SandboxHtmlAnswer {
  const note: SandboxRequestNote = { operation: 'unified gateway page', outcome: '' };
  const paying = path === SANDBOX_GATEWAY_PAY_PATH;
  if (paying) note.operation = 'unified gateway pay';
  if ((paying && method !== 'POST') || (method !== 'GET' && method !== 'POST')) {
    note.outcome = '405';
    return { status: 405, html: resultPage('POST only'), note };
  }
  const token = tokenOf(target, body);
  const bill = sandboxUnifiedBills(ctx.state).byPageToken(token);
  if (bill === undefined) {
    note.outcome = '404 (no such payment page)';
    return { status: 404, html: resultPage('This payment page does not exist.'), note };
  }
  note.order = sandboxOrderLabel(ctx.catalogue, bill.request);
  if (bill.settleDate !== undefined || ctx.state.isPaid(bill.oidPartner, bill.noOrder)) {
    note.outcome = '1002 (paid already)';
    return { html: errorPage(ctx, '1002'), note };
  }
  if (ctx.now().getTime() >= bill.expiresAt) {
    note.outcome = '1000 (token expired)';
    return { html: errorPage(ctx, '1000'), note };
  }
  if (!paying) {
    note.outcome = '0000 (payment page shown)';
    return { html: paymentPage(bill), note };
  }
  return pay(ctx, bill, note);
}

/** The payer paid: record it, notify the merchant's server, send the browser back when asked to. */
function pay(
  ctx: SandboxContext,
  bill: SandboxUnifiedBill,
  note: SandboxRequestNote,
): SandboxHtmlAnswer {
  if (!ctx.state.markPaid(bill.oidPartner, bill.noOrder)) {
    note.outcome = '1002 (paid meanwhile)';
    return { html: errorPage(ctx, '1002'), note };
  }
  bill.settleDate = formatChinaDate(ctx.now());
  const { request } = bill;
  const common: Record<string, string> = {
    oid_partner: bill.oidPartner,
    no_order: bill.noOrder,
    dt_order: bill.dtOrder,
    oid_paybill: bill.oidPaybill,
    money_order: bill.moneyOrder,
    settle_date: bill.settleDate,
    pay_type:
      PAID_WITH[request.flag_pay_product ?? ''] ?? request.card_type ?? ONLINE_BANKING_DEFAULT,
    bank_code: SANDBOX_BANK_CODE,
  };
  if (request.info_order) common.info_order = request.info_order;
  const result = sandboxSign(ctx, { ...common, result_pay: 'SUCCESS' }, 'RSA');
  sandboxSendNotification(ctx, RESULT.webhook, request[RESULT.urlField] as string, result);
  const url = request[RETURN.urlField];
  if (!url) {
    note.outcome = '0000 (paid, no url_return)';
    return { html: resultPage(sandboxReturnMessage(ctx, '0000')), note };
  }
  const synchronous = sandboxSign(
    ctx,
    { ret_code: '0000', ret_msg: sandboxReturnMessage(ctx, '0000'), ...common },
    'RSA',
  );
  sandboxCheckNotification(ctx, RETURN.webhook, synchronous);
  note.outcome = '0000 (paid, returning to url_return)';
  const nonce = randomBytes(16).toString('base64');
  const returned = renderPostForm({
    id: 'return',
    action: url,
    fields: Object.entries(synchronous),
    submitLabel: '返回商户 (Return to the merchant)',
    submit: { mode: 'script', nonce },
  });
  return { html: renderHtmlDocument('连连支付', returned), nonce, note };
}

function paymentPage(bill: SandboxUnifiedBill): string {
  const shown = SHOWN.map((name): [string, string] => [name, bill.request[name] ?? '']);
  const body = [
    '<h1>连连支付 sandbox gateway</h1>',
    renderDefinitionList('order', shown),
    renderPostForm({
      id: 'pay',
      action: SANDBOX_GATEWAY_PAY_PATH,
      fields: [['token', bill.token]],
      submitLabel: '确认支付 (Pay)',
      submit: { mode: 'button' },
    }),
  ].join('\n');
  return renderHtmlDocument('连连支付 sandbox gateway', body);
}

function errorPage(ctx: SandboxContext, code: string): string {
  const message = sandboxReturnMessage(ctx, code);
  return renderHtmlDocument(
    '连连支付',
    `<p id="error"><span id="ret-msg">${escapeHtml(message)}</span> (<span id="ret-code">${escapeHtml(code)}</span>)</p>`,
  );
}

function resultPage(text: string): string {
  return renderHtmlDocument('连连支付', `<p id="result">${escapeHtml(text)}</p>`);
}

/** The token of a page request: `?token=` in the target, else the posted form's token field. */
function tokenOf(target: string | undefined, body: Buffer | undefined): string | undefined {
  const fromQuery = new URL(target ?? '/', 'http://sandbox').searchParams.get('token');
  if (fromQuery !== null) return fromQuery;
  if (body === undefined || body.length === 0) return undefined;
  const parsed = parseSignedFormFields(body.toString('utf8'));
  return parsed.ok ? parsed.fields.token : undefined;
}
