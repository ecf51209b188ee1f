import { formatFile } from '../framework/format.js';
import { apiModel, type ApiExample, type ApiOperation, type Json } from '../model/index.js';
import { byteOrder } from '../artifacts/signing-fields.js';
import { render } from '../framework/templates.js';
import type { BundledSpec } from '../framework/types.js';
// The sample's form is escaped exactly as the package's form builder escapes its own.
import { escapeHtml } from '../../templates/runtime/shared/html.js';

/** One entry of an operation's `x-codeSamples`, as Redoc reads it. */
export interface CodeSample {
  lang: 'typescript' | 'bash' | 'html';
  label: 'TypeScript' | 'curl' | 'HTML';
  source: string;
}

export interface OperationSamples {
  location: ApiOperation['location'];
  /** Path for operations, webhook name for webhooks: where the samples go in the spec. */
  key: string;
  method: ApiOperation['method'];
  operationId: string;
  samples: CodeSample[];
}

/** How an operation is used, which decides what its samples show. */
export type SampleStyle = 'client' | 'browser-form' | 'notification';

/** Fields the generated client fills in itself; its method parameters leave them out. */
const CLIENT_FILLED = ['oid_partner', 'sign_type', 'sign'];
/** Stands for the JSON-text variable while the parameters are serialised. */
const JSON_TEXT_SLOT = '\u0000jsonText';
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
  for (const entry of apiModel(spec).all) {
    const place = `${entry.location === 'path' ? 'operation' : 'webhook'} ${entry.id}`;
    const style = sampleStyle(entry);
    const raw =
      style === 'client'
        ? await clientSamples(entry, place)
        : style === 'browser-form'
          ? await browserFormSamples(spec, entry, place)
          : await notificationSamples(entry, place);
    const samples: CodeSample[] = [];
    for (const sample of raw) samples.push({ ...sample, source: await tidy(sample) });
    out.push({
      location: entry.location,
      key: entry.key,
      method: entry.method,
      operationId: entry.id,
      samples,
    });
  }
  return out;
}

/** The sample style of each operation kind the model knows. */
export function sampleStyle(entry: ApiOperation): SampleStyle {
  switch (entry.kind) {
    case 'webhook':
      return 'notification';
    case 'json':
    case 'enveloped-json':
      return 'client';
    case 'browser-form':
      return 'browser-form';
    default:
      throw new Error(
        `operation ${entry.id}: no code sample style for request media ${entry.request.map((m) => m.mediaType).join(', ')}`,
      );
  }
}

async function clientSamples(entry: ApiOperation, place: string) {
  const body = firstExample(entry, JSON_MEDIA, place);
  const envelope = entry.envelope;
  // With an envelope the client takes the plaintext; the body on the wire is the envelope.
  const plaintext = envelope ? plaintextExample(entry, place) : body;
  const params = Object.fromEntries(
    Object.entries(plaintext).filter(([name]) => !CLIENT_FILLED.includes(name)),
  );
  const context = {
    operationId: entry.id,
    summary: entry.summary ?? entry.id,
    oidPartner: tsString(String(plaintext.oid_partner ?? body.oid_partner ?? '')),
    signType: tsString(requestSignTypes(entry, place)[0] as string),
    params: JSON.stringify(params, null, 2),
    envelope: envelope ? String(envelope.declared.version) : '',
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

/**
 * The form builder's sample: the fields its `x-lianlian-form.fill` fills in are left out, and the
 * request's first JSON-text field (`contentMediaType: application/json` with a `contentSchema`,
 * WEB Payment's `risk_item`) is built with the generated `build<ContentSchema>`.
 */
async function browserFormSamples(spec: BundledSpec, entry: ApiOperation, place: string) {
  const posted = firstExample(entry, FORM_MEDIA, place);
  // A form carrying the signed fields as JSON text in one input: the sample builds those fields.
  const carrier = entry.jsonCarrier;
  const fields =
    carrier === undefined
      ? posted
      : integersOf(spec, entry, parseJsonObject(String(posted[carrier])) ?? posted);
  const filled = [...Object.keys((entry.node as Json)['x-lianlian-form']?.fill ?? {}), 'sign'];
  const jsonText = jsonTextField(spec, entry);
  let jsonValue: Json | undefined;
  if (jsonText !== undefined) {
    const text = fields[jsonText.field];
    jsonValue = typeof text === 'string' ? parseJsonObject(text) : undefined;
    if (jsonValue === undefined) {
      throw new Error(
        `${place}: the example's ${jsonText.field} must be the text of a JSON object`,
      );
    }
  }
  const variable = jsonText === undefined ? '' : camelCase(jsonText.field);
  const params: Json = {};
  for (const [name, value] of Object.entries(fields)) {
    if (filled.includes(name)) continue;
    params[name] = name === jsonText?.field ? JSON_TEXT_SLOT : value;
  }
  // The builder submits the signed fields in signing (ascending byte) order, then sign.
  const submitted = Object.entries(fields)
    .filter(([name]) => name !== 'sign')
    .sort(([a], [b]) => byteOrder(a, b));
  if (fields.sign !== undefined) submitted.push(['sign', fields.sign]);
  const pascal = entry.id.charAt(0).toUpperCase() + entry.id.slice(1);
  const context = {
    summary: entry.summary ?? entry.id,
    builder: `build${pascal}Form`,
    formId: `lianlian-${entry.id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
    filledWords: words(filled.filter((name) => name !== 'sign')),
    jsonText:
      jsonText === undefined
        ? undefined
        : {
            schema: jsonText.schema,
            variable,
            value: JSON.stringify(jsonValue, null, 2),
          },
    action: escapeHtml(endpoint(entry, place)),
    oidPartner: tsString(formText(fields.oid_partner)),
    params: JSON.stringify(params, null, 2).replace(JSON.stringify(JSON_TEXT_SLOT), variable),
    htmlFields: postedFields(submitted, carrier).map(([name, value]) => ({
      name: escapeHtml(name),
      value: escapeHtml(value),
    })),
    url: shellQuote(endpoint(entry, place)),
    formArgs: formArguments(
      carrier === undefined
        ? Object.entries(fields).map(([name, value]) => [name, formText(value)])
        : postedFields(submitted, carrier),
    ),
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

/**
 * JSON-carried fields as the builder takes them: the carrier holds every value as a string, the
 * builder takes the schema's integers (valid_order) as numbers.
 */
function integersOf(spec: BundledSpec, entry: ApiOperation, fields: Json): Json {
  const name = entry.signature.request?.schema;
  const properties = ((name === undefined ? undefined : (spec.components?.schemas?.[name] as Json))
    ?.properties ?? {}) as Json;
  return Object.fromEntries(
    Object.entries(fields).map(([field, value]) => [
      field,
      properties[field]?.type === 'integer' &&
      typeof value === 'string' &&
      /^[0-9]{1,15}$/.test(value)
        ? Number(value)
        : value,
    ]),
  );
}

/** The fields the browser posts: the signed ones, or their JSON text in the carrier input. */
function postedFields(
  submitted: readonly (readonly [string, unknown])[],
  carrier: string | undefined,
): [string, string][] {
  const texts = submitted.map(([name, value]): [string, string] => [name, formText(value)]);
  return carrier === undefined ? texts : [[carrier, JSON.stringify(Object.fromEntries(texts))]];
}

/** The request's first field holding JSON text of a component schema, if any. */
function jsonTextField(
  spec: BundledSpec,
  entry: ApiOperation,
): { field: string; schema: string } | undefined {
  const name = entry.signature.request?.schema;
  const schema = name === undefined ? undefined : (spec.components?.schemas?.[name] as Json);
  for (const [field, node] of Object.entries<Json>(schema?.properties ?? {})) {
    const ref = node?.contentSchema?.$ref;
    if (node?.contentMediaType === 'application/json' && typeof ref === 'string') {
      return { field, schema: ref.split('/').pop() as string };
    }
  }
  return undefined;
}

const camelCase = (name: string): string =>
  name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** `a`, `a and b`, `a, b and c`. */
function words(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
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

async function notificationSamples(entry: ApiOperation, place: string) {
  const media = entry.request[0]?.mediaType;
  if (media === undefined) throw new Error(`${place}: the notification has no request body`);
  const example = firstExample(entry, media, place);
  // A notification the browser carries in a query (`?res_data={json}`) is verified from the URL.
  const query = entry.queryParameter;
  const isForm = media === FORM_MEDIA;
  const signTypes = entry.signature.notification?.signTypes ?? [];
  if (signTypes.length === 0) {
    throw new Error(`${place}: x-lianlian-signature.notification.signTypes is empty`);
  }
  const ack = isForm || query ? undefined : (answerExample(entry) ?? NOTIFICATION_ACK);
  // The fields the sample's handler looks the record up by and runs once per differ per webhook
  // (payments: no_order and oid_paybill; refunds: no_refund and oid_refundno).
  const correlation = ((entry.node as Json)['x-lianlian-correlation'] ?? {}) as Json;
  const context = {
    orderKey: String(correlation.orderKey ?? ''),
    idempotencyKey: String(correlation.idempotencyKey ?? ''),
    matchFields: Object.keys((correlation.match ?? {}) as Json).join(', '),
    summary: entry.summary ?? entry.id,
    name: tsString(entry.id),
    isForm,
    query,
    queryArg: query === undefined ? '' : shellQuote(`${query}=${JSON.stringify(example)}`),
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

function requestSignTypes(entry: ApiOperation, place: string): string[] {
  const types = entry.signature.request?.signTypes ?? [];
  if (types.length === 0)
    throw new Error(`${place}: x-lianlian-signature.request.signTypes is empty`);
  return types;
}

function endpoint(entry: ApiOperation, place: string): string {
  if (!entry.serverUrl) throw new Error(`${place}: no servers[0].url`);
  return entry.serverUrl.replace(/\/+$/, '') + entry.requestPath;
}

const isObjectValue = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value of the first example of the request's `mediaType`. */
function firstExample(entry: ApiOperation, mediaType: string, place: string): Json {
  const value = entry.request.find((m) => m.mediaType === mediaType)?.examples[0]?.value;
  if (!isObjectValue(value)) {
    throw new Error(`${place}: the request body has no example object to build samples from`);
  }
  return value;
}

function plaintextExample(entry: ApiOperation, place: string): Json {
  const example: ApiExample | undefined = entry.examples.find((e) => e.role === 'plaintext');
  if (!example) throw new Error(`${place}: x-lianlian-envelope.plaintextExamples is empty`);
  if (typeof example.value !== 'object' || example.value === null) {
    throw new Error(`${place}: ${example.pointer} has no object value`);
  }
  return example.value as Json;
}

/** The first example object of the 200 response, whatever its media type. */
function answerExample(entry: ApiOperation): Json | undefined {
  const media = entry.responses.find((r) => r.status === '200')?.media ?? [];
  for (const m of media) {
    const value = m.examples[0]?.value;
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
