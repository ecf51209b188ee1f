import { formatFile } from '../framework/format.js';
import {
  deref,
  operations,
  resolvePointer,
  type Json,
  type OperationEntry,
} from '../framework/spec-walk.js';
import { byteOrder } from '../artifacts/signing-fields.js';
import { render } from '../framework/templates.js';
import type { BundledSpec } from '../framework/types.js';
// The sample's form is escaped exactly as the package's form builder escapes its own.
import { escapeHtml } from '../../templates/runtime/web-payment-html.js';

/** One entry of an operation's `x-codeSamples`, as Redoc reads it. */
export interface CodeSample {
  lang: 'typescript' | 'bash' | 'html';
  label: 'TypeScript' | 'curl' | 'HTML';
  source: string;
}

export interface OperationSamples {
  kind: OperationEntry['kind'];
  /** Path for operations, webhook name for webhooks: where the samples go in the spec. */
  key: string;
  method: OperationEntry['method'];
  operationId: string;
  samples: CodeSample[];
}

/** How an operation is used, which decides what its samples show. */
export type SampleStyle = 'client' | 'browser-form' | 'notification';

/** Fields the generated client fills in itself; its method parameters leave them out. */
const CLIENT_FILLED = ['oid_partner', 'sign_type', 'sign'];
/** Fields `buildWebPaymentForm` fills in (timestamp from its clock); the sample leaves them out. */
const FORM_BUILDER_FILLED = ['version', 'oid_partner', 'sign_type', 'timestamp', 'sign'];
/** The form field holding the risk-control JSON, which the sample builds with `buildRiskItem`. */
const RISK_ITEM = 'risk_item';
/** Stands for the `riskItem` variable while the parameters are serialised. */
const RISK_ITEM_SLOT = '\u0000riskItem';
const JSON_MEDIA = 'application/json';
const FORM_MEDIA = 'application/x-www-form-urlencoded';
/** What LianLian expects back from a JSON notification when the spec gives no example answer. */
const NOTIFICATION_ACK = { ret_code: '0000', ret_msg: '交易成功' };
/** Where the notification samples listen and the replay samples send to (the reader's own). */
const LOCAL_ENDPOINT = 'http://localhost:8080/';

/**
 * Code samples for every operation and webhook, derived from the spec alone: the operation's
 * media type and extensions choose the style, its first example supplies the values.
 * @throws Error for an operation no style fits, or one without an example to show.
 */
export async function codeSamples(spec: BundledSpec): Promise<OperationSamples[]> {
  const out: OperationSamples[] = [];
  for (const entry of operations(spec)) {
    const place = `${entry.kind} ${entry.operationId}`;
    const style = sampleStyle(spec, entry);
    const raw =
      style === 'client'
        ? await clientSamples(spec, entry, place)
        : style === 'browser-form'
          ? await browserFormSamples(spec, entry, place)
          : await notificationSamples(spec, entry, place);
    const samples: CodeSample[] = [];
    for (const sample of raw) samples.push({ ...sample, source: await tidy(sample) });
    out.push({
      kind: entry.kind,
      key: entry.key,
      method: entry.method,
      operationId: entry.operationId,
      samples,
    });
  }
  return out;
}

export function sampleStyle(spec: BundledSpec, entry: OperationEntry): SampleStyle {
  if (entry.kind === 'webhook') return 'notification';
  const content = requestContent(spec, entry);
  if (JSON_MEDIA in content) return 'client';
  if (FORM_MEDIA in content) return 'browser-form';
  throw new Error(
    `operation ${entry.operationId}: no code sample style for request media ${Object.keys(content).join(', ')}`,
  );
}

async function clientSamples(spec: BundledSpec, entry: OperationEntry, place: string) {
  const op = entry.operation;
  const body = firstExample(spec, requestContent(spec, entry)[JSON_MEDIA], place);
  const envelope = op['x-lianlian-envelope'] as Json | undefined;
  // With an envelope the client takes the plaintext; the body on the wire is the envelope.
  const plaintext = envelope ? plaintextExample(spec, envelope, place) : body;
  const params = Object.fromEntries(
    Object.entries(plaintext).filter(([name]) => !CLIENT_FILLED.includes(name)),
  );
  const context = {
    operationId: entry.operationId,
    summary: op.summary ?? entry.operationId,
    oidPartner: tsString(String(plaintext.oid_partner ?? body.oid_partner ?? '')),
    signType: tsString(requestSignTypes(op, place)[0] as string),
    params: JSON.stringify(params, null, 2),
    envelope: envelope ? String(envelope.version) : '',
    url: shellQuote(endpoint(entry, place)),
    body: shellQuote(JSON.stringify(body, null, 2)),
  };
  return [
    {
      lang: 'typescript',
      label: 'TypeScript',
      source: await render('docs/client.ts.hbs', context),
    },
    {
      lang: 'bash',
      label: 'curl',
      source: await render(
        envelope ? 'docs/curl-envelope.sh.hbs' : 'docs/curl-json.sh.hbs',
        context,
      ),
    },
  ] as const;
}

async function browserFormSamples(spec: BundledSpec, entry: OperationEntry, place: string) {
  const op = entry.operation;
  const fields = firstExample(spec, requestContent(spec, entry)[FORM_MEDIA], place);
  const riskText = fields[RISK_ITEM];
  const riskItem = typeof riskText === 'string' ? parseJsonObject(riskText) : undefined;
  if (riskItem === undefined) {
    throw new Error(`${place}: the example's ${RISK_ITEM} must be the text of a JSON object`);
  }
  const params: Json = {};
  for (const [name, value] of Object.entries(fields)) {
    if (FORM_BUILDER_FILLED.includes(name)) continue;
    params[name] = name === RISK_ITEM ? RISK_ITEM_SLOT : value;
  }
  // The builder submits the signed fields in signing (ascending byte) order, then sign.
  const submitted = Object.entries(fields)
    .filter(([name]) => name !== 'sign')
    .sort(([a], [b]) => byteOrder(a, b));
  if (fields.sign !== undefined) submitted.push(['sign', fields.sign]);
  const context = {
    summary: op.summary ?? entry.operationId,
    action: escapeHtml(endpoint(entry, place)),
    oidPartner: tsString(formText(fields.oid_partner)),
    riskItem: JSON.stringify(riskItem, null, 2),
    params: JSON.stringify(params, null, 2).replace(JSON.stringify(RISK_ITEM_SLOT), 'riskItem'),
    htmlFields: submitted.map(([name, value]) => ({
      name: escapeHtml(name),
      value: escapeHtml(formText(value)),
    })),
    url: shellQuote(endpoint(entry, place)),
    formArgs: formArguments(Object.entries(fields).map(([name, value]) => [name, formText(value)])),
  };
  return [
    {
      lang: 'typescript',
      label: 'TypeScript',
      source: await render('docs/web-form.ts.hbs', context),
    },
    { lang: 'html', label: 'HTML', source: await render('docs/web-form.html.hbs', context) },
    { lang: 'bash', label: 'curl', source: await render('docs/curl-form.sh.hbs', context) },
  ] as const;
}

function parseJsonObject(text: string): Json | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Json)
      : undefined;
  } catch {
    return undefined;
  }
}

async function notificationSamples(spec: BundledSpec, entry: OperationEntry, place: string) {
  const op = entry.operation;
  const content = requestContent(spec, entry);
  const media = Object.keys(content)[0];
  if (media === undefined) throw new Error(`${place}: the notification has no request body`);
  const example = firstExample(spec, content[media], place);
  const isForm = media === FORM_MEDIA;
  const signature = (op['x-lianlian-signature'] ?? {}) as Json;
  const signTypes: string[] = signature.notification?.signTypes ?? [];
  if (signTypes.length === 0) {
    throw new Error(`${place}: x-lianlian-signature.notification.signTypes is empty`);
  }
  const ack = isForm ? undefined : (answerExample(spec, op) ?? NOTIFICATION_ACK);
  const context = {
    summary: op.summary ?? entry.operationId,
    name: tsString(entry.operationId),
    isForm,
    signTypes: signTypes.join(', '),
    ack: JSON.stringify(ack ?? null),
    url: shellQuote(LOCAL_ENDPOINT),
    contentType: shellQuote(
      `Content-Type: ${media.includes('charset') ? media : `${media};charset=utf-8`}`,
    ),
    formArgs: formArguments(
      Object.entries(example).map(([name, value]) => [name, formText(value)]),
    ),
    body: shellQuote(JSON.stringify(example, null, 2)),
  };
  return [
    {
      lang: 'typescript',
      label: 'TypeScript',
      source: await render('docs/notification.ts.hbs', context),
    },
    { lang: 'bash', label: 'curl', source: await render('docs/curl-notification.sh.hbs', context) },
  ] as const;
}

function requestContent(spec: BundledSpec, entry: OperationEntry): Json {
  return (deref(spec, entry.operation.requestBody ?? {}).content ?? {}) as Json;
}

function requestSignTypes(op: Json, place: string): string[] {
  const types: string[] = op['x-lianlian-signature']?.request?.signTypes ?? [];
  if (types.length === 0)
    throw new Error(`${place}: x-lianlian-signature.request.signTypes is empty`);
  return types;
}

function endpoint(entry: OperationEntry, place: string): string {
  if (!entry.serverUrl) throw new Error(`${place}: no servers[0].url`);
  return entry.serverUrl.replace(/\/+$/, '') + entry.key;
}

/** The value of the first named example of a media type (or its `example`). */
function firstExample(spec: BundledSpec, media: Json | undefined, place: string): Json {
  const named = Object.values((media?.examples ?? {}) as Json)[0];
  const value = named !== undefined ? deref(spec, named).value : media?.example;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${place}: the request body has no example object to build samples from`);
  }
  return value as Json;
}

function plaintextExample(spec: BundledSpec, envelope: Json, place: string): Json {
  const pointer = (envelope.plaintextExamples as string[] | undefined)?.[0];
  if (!pointer) throw new Error(`${place}: x-lianlian-envelope.plaintextExamples is empty`);
  const value = resolvePointer(spec, pointer).value;
  if (typeof value !== 'object' || value === null) {
    throw new Error(`${place}: ${pointer} has no object value`);
  }
  return value as Json;
}

function answerExample(spec: BundledSpec, op: Json): Json | undefined {
  const content = (deref(spec, op.responses?.['200'] ?? {}).content ?? {}) as Json;
  for (const media of Object.values(content) as Json[]) {
    const named = Object.values((media.examples ?? {}) as Json)[0];
    const value = named !== undefined ? deref(spec, named).value : media.example;
    if (typeof value === 'object' && value !== null) return value as Json;
  }
  return undefined;
}

/** A form value as the browser sends it: numbers as their decimal text. */
function formText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new Error(`form field value ${JSON.stringify(value)} is not a string or number`);
}

/** curl arguments posting each field URL-encoded, one per continued line. */
function formArguments(fields: [string, string][]): string {
  return fields
    .map(([name, value]) => `  --data-urlencode ${shellQuote(`${name}=${value}`)}`)
    .join(' \\\n');
}

/** Single-quoted for POSIX shells: nothing inside is expanded, `'` is closed and reopened. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

const tsString = (text: string) => JSON.stringify(text);

async function tidy(sample: { lang: CodeSample['lang']; source: string }): Promise<string> {
  // HTML is left as written: prettier would swap the escaped quotes in values for other quoting.
  const text =
    sample.lang === 'typescript' ? await formatFile('sample.ts', sample.source) : sample.source;
  return text.trimEnd() + '\n';
}
