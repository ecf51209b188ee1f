/**
 * The sandbox's cashier for browser-form operations: the generic form pipeline (decode, validate,
 * check the merchant's signature) hands each form to its registered form behaviour
 * (behaviours/), which decides whether the cashier opens; the cashier shows the order, and on
 * "pay" the behaviour sends the notifications and says where the payer's browser goes (an
 * auto-submitted form of signed fields, e.g. WEB Payment's url_return).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { parseSignedFormFields } from '../shared/signed-body.js';
import {
  sandboxMaskedCard,
  sandboxReturnMessage,
  type SandboxRequestNote,
  type SandboxContext,
} from './context.js';
import { sandboxCardFields, sandboxOrderLabel, type SandboxFormOperation } from './catalogue.js';
import { sandboxFormBehaviour } from './behaviours/index.js';
import { issueField } from '../shared/validation.js';
import {
  escapeHtml,
  renderDefinitionList,
  renderHtmlDocument,
  renderPostForm,
} from '../shared/html.js';

/** An HTML answer. `nonce` is set when the page carries an inline script. */
export interface SandboxHtmlAnswer {
  /** HTTP status (default 200). */
  readonly status?: number;
  readonly html: string;
  readonly nonce?: string;
  readonly note: SandboxRequestNote;
}

/** Path prefix of the cashier's own pages. */
export const SANDBOX_CASHIER_PATH = '/sandbox/cashier/';

/** Handles the merchant's form post to a browser-form operation's path. */
export function handleSandboxForm(
  ctx: SandboxContext,
  spec: SandboxFormOperation,
  raw: Buffer,
): SandboxHtmlAnswer {
  const note: SandboxRequestNote = { operation: spec.operationId, outcome: '' };
  const behaviour = sandboxFormBehaviour(spec.operationId);
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
  if (behaviour === undefined) {
    // A form of the spec nobody taught the sandbox: say so, rather than invent a code.
    note.outcome = '501 (no sandbox behaviour)';
    return {
      status: 501,
      html: renderHtmlDocument(
        '连连支付 sandbox',
        `<p id="error">the sandbox has no behaviour for operation ${escapeHtml(spec.operationId)}</p>`,
      ),
      note,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return refuse('1012');
  }
  const parsed = parseSignedFormFields(text);
  if (!parsed.ok) return refuse('1012', parsed.field);
  const fields = { ...parsed.fields };
  note.order = sandboxOrderLabel(ctx.catalogue, fields);
  // The card number the form carries, masked: its field is the spec's (x-lianlian-sensitive: card).
  const cardField = sandboxCardFields(ctx.catalogue).find((name) => fields[name] !== undefined);
  note.card = cardField === undefined ? undefined : sandboxMaskedCard(fields[cardField]);
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
  const form = { operation: spec, fields };
  const outcome = behaviour.open(ctx, form);
  if (outcome.retCode !== '0000') return refuse(outcome.retCode, outcome.field, fields);

  ctx.submissions.push({ fields, retCode: '0000' });
  const id = randomUUID();
  ctx.sessions.set(id, { fields, used: false, operation: spec });
  note.outcome = '0000 (cashier shown)';
  const shown = behaviour.shows.map((name): [string, string] => [name, fields[name] ?? '']);
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
  const form = { operation: session.operation, fields: session.fields };
  note.operation = `cashier pay ${form.operation.operationId}`;
  note.order = sandboxOrderLabel(ctx.catalogue, form.fields);
  const behaviour = sandboxFormBehaviour(form.operation.operationId);
  if (behaviour === undefined) {
    note.outcome = '501 (no sandbox behaviour)';
    return { html: page('no sandbox behaviour'), note };
  }
  const payment = behaviour.pay(ctx, form);
  note.outcome = payment.outcome;
  if (payment.refused !== undefined) {
    return { html: page(sandboxReturnMessage(ctx, payment.refused)), note };
  }
  if (payment.returnTo === undefined) {
    return { html: page(sandboxReturnMessage(ctx, '0000')), note };
  }
  const nonce = randomBytes(16).toString('base64');
  const returned = renderPostForm({
    id: 'return',
    action: payment.returnTo.url,
    fields: Object.entries(payment.returnTo.fields),
    submitLabel: '返回商户 (Return to the merchant)',
    submit: { mode: 'script', nonce },
  });
  return { html: renderHtmlDocument('连连支付', returned), nonce, note };
}
