/**
 * The sandbox's cashier for browser-form operations: the generic form pipeline (decode, validate,
 * check the merchant's signature) hands each form to its registered form behaviour
 * (behaviours/), which decides whether the cashier opens; the cashier shows the order, and on
 * "pay" the behaviour sends the notifications and says where the payer's browser goes (an
 * auto-submitted form of signed fields, e.g. WEB Payment's url_return).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  parseCharsetFormFields,
  parseSignedFormFields,
  parseSignedJsonFields,
  type ParsedSignedBody,
} from '../shared/signed-body.js';
import {
  sandboxMaskedCard,
  sandboxReturnMessage,
  type SandboxRequestNote,
  type SandboxContext,
} from './context.js';
import { sandboxCardFields, sandboxOrderLabel, type SandboxFormOperation } from './catalogue.js';
import { sandboxFormBehaviour } from './behaviours/index.js';
import { keepRecent } from './history.js';
import type { SandboxCashierChoice } from './behaviour.js';
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
    if (fields !== undefined)
      keepRecent(ctx.submissions, { fields, retCode: code }, ctx.historyLimit);
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
  const parsed = parseFormBody(spec, raw);
  if (parsed === undefined) return refuse('1012');
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

  keepRecent(ctx.submissions, { fields, retCode: '0000' }, ctx.historyLimit);
  const id = randomUUID();
  ctx.sessions.add(id, { fields, operation: spec });
  note.outcome = '0000 (cashier shown)';
  const shown = behaviour.shows.map((name): [string, string] => [name, fields[name] ?? '']);
  const choice = behaviour.choice?.(form);
  const body = [
    '<h1>连连支付 sandbox</h1>',
    renderDefinitionList('order', shown),
    renderPostForm({
      id: 'pay',
      action: `${SANDBOX_CASHIER_PATH}${id}/pay`,
      fields: [],
      submitLabel: '确认支付 (Pay)',
      submit: { mode: 'button' },
      ...(choice === undefined ? {} : { controlsHtml: renderChoice(choice) }),
    }),
  ].join('\n');
  return { html: renderHtmlDocument('连连支付 sandbox cashier', body), note };
}

/**
 * The posted fields: in the charset the form names when the spec gives it one (errata E530),
 * otherwise UTF-8; undefined when a UTF-8 body is not UTF-8.
 */
function parseFormBody(spec: SandboxFormOperation, raw: Buffer): ParsedSignedBody | undefined {
  if (spec.signMessage.charset !== undefined) {
    return parseCharsetFormFields(raw, spec.signMessage.charset);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return undefined;
  }
  return readFormFields(text, spec.jsonField);
}

/** A select element for a cashier choice; the first option is preselected. */
function renderChoice(choice: SandboxCashierChoice): string {
  const options = choice.options
    .map(([value, label]) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`)
    .join('');
  const name = escapeHtml(choice.field);
  return `<label>${escapeHtml(choice.label)} <select id="choice" name="${name}">${options}</select></label>`;
}

/** Handles "pay" on a cashier page. */
export function handleSandboxCashierPay(
  ctx: SandboxContext,
  sessionId: string,
  raw: Buffer = Buffer.alloc(0),
): SandboxHtmlAnswer {
  const note: SandboxRequestNote = { operation: 'cashier pay', outcome: '' };
  const session = ctx.sessions.get(sessionId);
  const page = (text: string) =>
    renderHtmlDocument('连连支付', `<p id="result">${escapeHtml(text)}</p>`);
  if (session === undefined) {
    // Paid, lapsed or dropped past sessionLimit: the sandbox no longer knows which.
    note.outcome = '410 (unknown, paid, expired or dropped cashier page)';
    return {
      status: 410,
      html: page(
        'This payment page has expired: it was paid already, or it is no longer open (the sandbox ' +
          `keeps a cashier page open ${ctx.state.rules.tokenMinutes} minutes, and only the most recent ones).`,
      ),
      note,
    };
  }
  const form = { operation: session.operation, fields: session.fields };
  note.operation = `cashier pay ${form.operation.operationId}`;
  note.order = sandboxOrderLabel(ctx.catalogue, form.fields);
  const behaviour = sandboxFormBehaviour(form.operation.operationId);
  if (behaviour === undefined) {
    note.outcome = '501 (no sandbox behaviour)';
    return { html: page('no sandbox behaviour'), note };
  }
  const choice = behaviour.choice?.(form);
  let chosen: string | undefined;
  if (choice !== undefined) {
    // The page offered these options; anything else is a forged post.
    const posted = parseSignedFormFields(raw.toString('latin1'));
    chosen = posted.ok ? posted.fields[choice.field] : undefined;
    if (!choice.options.some(([value]) => value === chosen)) {
      note.outcome = `no valid ${choice.field} chosen`;
      return { html: page(`Choose one of the offered options for ${choice.field}.`), note };
    }
  }
  // Paid once: a second post of the page is refused like any closed page.
  ctx.sessions.delete(sessionId);
  const payment = behaviour.pay(ctx, form, chosen);
  note.outcome = payment.outcome;
  if (payment.refused !== undefined) {
    return { html: page(sandboxReturnMessage(ctx, payment.refused)), note };
  }
  if (payment.returnTo === undefined) {
    return { html: page(sandboxReturnMessage(ctx, '0000')), note };
  }
  const nonce = randomBytes(16).toString('base64');
  const query = ctx.catalogue.notificationQueryParameters[payment.returnTo.webhook ?? ''];
  if (query !== undefined) {
    // `GET {url}?{query}={json}`: the JSON percent-encoded once, so `+`, `&` and `%` survive.
    const json = encodeURIComponent(JSON.stringify(payment.returnTo.fields));
    const href = `${payment.returnTo.url}${payment.returnTo.url.includes('?') ? '&' : '?'}${query}=${json}`;
    const link = `<a id="return" href="${escapeHtml(href)}">返回商户 (Return to the merchant)</a>`;
    const script = `<script nonce="${escapeHtml(nonce)}">document.getElementById("return").click();</script>`;
    return { html: renderHtmlDocument('连连支付', `${link}\n${script}`), nonce, note };
  }
  const returned = renderPostForm({
    id: 'return',
    action: payment.returnTo.url,
    fields: Object.entries(payment.returnTo.fields),
    submitLabel: '返回商户 (Return to the merchant)',
    submit: { mode: 'script', nonce },
  });
  return { html: renderHtmlDocument('连连支付', returned), nonce, note };
}

/**
 * The signed fields of a posted form: the form's own fields, or, when the operation carries them
 * as JSON text in one input (`jsonField`), that input's JSON object and nothing beside it.
 */
function readFormFields(text: string, jsonField: string | undefined): ParsedSignedBody {
  const form = parseSignedFormFields(text);
  if (!form.ok || jsonField === undefined) return form;
  const names = Object.keys(form.fields);
  const carried = form.fields[jsonField];
  if (carried === undefined || names.length !== 1) {
    return {
      ok: false,
      reason: 'malformed-body',
      detail: `the form must be one ${jsonField} field`,
      field: jsonField,
    };
  }
  return parseSignedJsonFields(carried);
}
