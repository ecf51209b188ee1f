/**
 * The sandbox's WEB Payment cashier: accepts the merchant's form, shows a small payment page, and
 * on "pay" sends the payer's browser to url_return with the signed synchronous notification (an
 * auto-submitted form) while the asynchronous notification goes to notify_url.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { parseSignedFormFields } from '../shared/signed-body.js';
import {
  sandboxMaskedCard,
  sandboxReturnMessage,
  sandboxSign,
  type SandboxRequestNote,
  type SandboxContext,
} from './context.js';
import { formatChinaDate } from '../shared/china-time.js';
import { issueField } from '../shared/validation.js';
import {
  escapeHtml,
  renderDefinitionList,
  renderHtmlDocument,
  renderPostForm,
} from '../shared/html.js';

/** An HTML answer. `nonce` is set when the page carries an inline script. */
export interface SandboxHtmlAnswer {
  readonly html: string;
  readonly nonce?: string;
  readonly note: SandboxRequestNote;
}

/** Path prefix of the cashier's own pages. */
export const SANDBOX_CASHIER_PATH = '/sandbox/cashier/';

/** Handles the merchant's form post to the WEB Payment path. */
export function handleSandboxWebPaymentForm(ctx: SandboxContext, raw: Buffer): SandboxHtmlAnswer {
  const spec = ctx.catalogue.webPayment;
  const note: SandboxRequestNote = { operation: 'webPayment', outcome: '' };
  const refuse = (
    code: string,
    field?: string,
    fields?: Record<string, string>,
  ): SandboxHtmlAnswer => {
    note.outcome = field === undefined ? code : `${code} (${field})`;
    if (fields !== undefined) ctx.submissions.push({ fields, retCode: code });
    const message = sandboxReturnMessage(ctx, code, field);
    return {
      html: renderHtmlDocument(
        '连连支付',
        `<p id="error"><span id="ret-msg">${escapeHtml(message)}</span> (<span id="ret-code">${escapeHtml(code)}</span>)</p>`,
      ),
      note,
    };
  };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return refuse('1012');
  }
  const parsed = parseSignedFormFields(text);
  if (!parsed.ok) return refuse('1012', parsed.field);
  const fields = { ...parsed.fields };
  note.noOrder = fields.no_order;
  note.card = sandboxMaskedCard(fields.card_no);
  // Form values are text; the schema types a few fields as integers.
  const typed: Record<string, unknown> = { ...fields };
  for (const name of spec.integerFields) {
    const value = fields[name];
    if (value !== undefined && /^-?(?:0|[1-9][0-9]{0,14})$/.test(value))
      typed[name] = Number(value);
  }
  const check = spec.validateRequest(typed);
  if (!check.ok) return refuse('1004', issueField(check.issues), fields);
  const verifier = ctx.verifierFor(fields.oid_partner, spec.signTypes, spec.signMessage);
  if (verifier === undefined) return refuse('3001', 'oid_partner', fields);
  if (!verifier(fields).ok) return refuse('1001', undefined, fields);
  const outcome = ctx.state.decideWebPayment(fields);
  if (outcome.retCode !== '0000') return refuse(outcome.retCode, outcome.field, fields);

  ctx.submissions.push({ fields, retCode: '0000' });
  const id = randomUUID();
  ctx.sessions.set(id, { fields, used: false });
  note.outcome = '0000 (cashier shown)';
  const shown: [string, string][] = [
    ['no_order', fields.no_order ?? ''],
    ['name_goods', fields.name_goods ?? ''],
    ['money_order', fields.money_order ?? ''],
    ['info_order', fields.info_order ?? ''],
  ];
  const body = [
    '<h1>连连支付 sandbox</h1>',
    renderDefinitionList('order', shown),
    renderPostForm({
      id: 'pay',
      action: `${SANDBOX_CASHIER_PATH}${id}/pay`,
      fields: [],
      submitLabel: '确认支付 (Pay)',
      submit: { mode: 'button' },
    }),
  ].join('\n');
  return { html: renderHtmlDocument('连连支付 sandbox cashier', body), note };
}

/** Handles "pay" on a cashier page. */
export function handleSandboxCashierPay(ctx: SandboxContext, sessionId: string): SandboxHtmlAnswer {
  const note: SandboxRequestNote = { operation: 'cashier pay', outcome: '' };
  const session = ctx.sessions.get(sessionId);
  const page = (text: string) =>
    renderHtmlDocument('连连支付', `<p id="result">${escapeHtml(text)}</p>`);
  if (session === undefined || session.used) {
    note.outcome = 'unknown or used session';
    return { html: page('This payment page has expired.'), note };
  }
  session.used = true;
  const request = session.fields;
  note.noOrder = request.no_order;
  if (!ctx.state.markPaid(request.oid_partner as string, request.no_order as string)) {
    note.outcome = '1002 (paid meanwhile)';
    return { html: page(sandboxReturnMessage(ctx, '1002')), note };
  }
  const now = ctx.now();
  const common: Record<string, string> = {
    oid_partner: request.oid_partner as string,
    no_order: request.no_order as string,
    dt_order: request.dt_order as string,
    oid_paybill: ctx.state.nextPaybill(),
    money_order: request.money_order as string,
    settle_date: formatChinaDate(now),
  };
  if (request.info_order) common.info_order = request.info_order;

  const asynchronous = sandboxSign(
    ctx,
    {
      ...common,
      result_pay: 'SUCCESS',
      pay_type: request.pay_type as string,
      bank_code: '01020000',
      no_agree: ctx.state.nextAgreement(),
    },
    'RSA',
  );
  selfCheck(ctx.catalogue.notifications.webPaymentNotify(asynchronous), 'WebPaymentNotification');
  ctx.notifier.send('webPaymentNotify', request.notify_url as string, asynchronous);

  const returnUrl = request.url_return;
  if (!returnUrl) {
    note.outcome = '0000 (paid, no url_return)';
    return { html: page(sandboxReturnMessage(ctx, '0000')), note };
  }
  const synchronous = sandboxSign(
    ctx,
    {
      ret_code: '0000',
      ret_msg: sandboxReturnMessage(ctx, '0000'),
      ...common,
      pay_type: '2',
      bank_code: '01020000',
    },
    'RSA',
  );
  selfCheck(
    ctx.catalogue.notifications.webPaymentReturn(synchronous),
    'WebPaymentReturnNotification',
  );
  const nonce = randomBytes(16).toString('base64');
  note.outcome = '0000 (paid, returning to url_return)';
  const form = renderPostForm({
    id: 'return',
    action: returnUrl,
    fields: Object.entries(synchronous),
    submitLabel: '返回商户 (Return to the merchant)',
    submit: { mode: 'script', nonce },
  });
  return { html: renderHtmlDocument('连连支付', form), nonce, note };
}

function selfCheck(
  result: { ok: boolean; issues?: readonly { message: string }[] },
  schema: string,
): void {
  if (!result.ok)
    throw new Error(`sandbox produced an invalid ${schema}: ${result.issues?.[0]?.message ?? ''}`);
}
