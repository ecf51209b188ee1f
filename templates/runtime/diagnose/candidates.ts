/**
 * The changes `diagnoseSignature` tries, each a likely mistake between signing and verifying,
 * in the order of their likelihood: to the signature text (`+` turned into a space, still
 * URL-encoded, wrapped in lines) and to the signed fields (a field added after signing, query and
 * body parameters merged, an amount or a JSON text re-rendered, an empty value signed). Each
 * candidate says what it changed in words that name fields, never unmasked values.
 */
import { jsonRenderings, twoDecimalRendering } from './renderings.js';
import { SIGN_TYPES } from '../crypto/sign-type.js';
import { maskText } from '../shared/validation.js';

/** Every cause a diagnosis can prove, from the most to the least likely. */
export const DIAGNOSE_CAUSE_KINDS = [
  'sign-plus-became-space',
  'sign-still-url-encoded',
  'sign-line-breaks',
  'key-mismatch',
  'sign-type-mismatch',
  'other-key',
  'field-added-after-signing',
  'query-merged',
  'number-re-rendered',
  'json-re-serialised',
  'empty-value-signed',
  'ambiguous-sign-source',
] as const;

export type DiagnoseCauseKind = (typeof DIAGNOSE_CAUSE_KINDS)[number];

/** One proven cause: what went wrong, in words, and the field it concerns. */
export interface DiagnoseCause {
  readonly kind: DiagnoseCauseKind;
  readonly field: string | undefined;
  readonly message: string;
  /** The change under which the signature verifies, as a step of the proof. */
  readonly change: string;
}

/** A signature text to try, with the causes that produced it from the received `sign`. */
export interface SignatureCandidate {
  readonly bytes: Buffer;
  readonly causes: readonly DiagnoseCause[];
}

/** Signed fields to try, with the causes that produced them from the received ones. */
export interface FieldCandidate {
  /** `key=value` pairs in signing order (ascending byte order of the keys). */
  readonly entries: readonly (readonly [string, string])[];
  readonly causes: readonly DiagnoseCause[];
}

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The received `sign` and its repairs, each decoded; texts that are not base64 are left out. */
export function signatureCandidates(sign: string): SignatureCandidate[] {
  const out: SignatureCandidate[] = [];
  const add = (text: string, causes: DiagnoseCause[]) => {
    if (STRICT_BASE64.test(text) && text.length > 0)
      out.push({ bytes: Buffer.from(text, 'base64'), causes });
  };
  add(sign, []);
  if (sign.includes(' ')) {
    add(sign.replace(/ /g, '+'), [
      cause(
        'sign-plus-became-space',
        'sign',
        'every "+" in sign arrived as a space: the body was URL-decoded twice (or a "+" was sent unencoded in a form)',
        '"+" restored in sign',
      ),
    ]);
  }
  if (/%[0-9A-Fa-f]{2}/.test(sign)) {
    let decoded: string | undefined;
    try {
      decoded = decodeURIComponent(sign);
    } catch {
      decoded = undefined;
    }
    if (decoded !== undefined) {
      add(decoded, [
        cause(
          'sign-still-url-encoded',
          'sign',
          'sign is still URL-encoded ("%2B", "%2F", "%3D"): it was encoded twice, or read from a form without decoding',
          'sign URL-decoded once',
        ),
      ]);
    }
  }
  if (/[\r\n]/.test(sign)) {
    add(sign.replace(/[\r\n]/g, ''), [
      cause(
        'sign-line-breaks',
        'sign',
        'sign is wrapped in lines (a MIME base64 encoder): LianLian expects base64 without line breaks',
        'line breaks removed from sign',
      ),
    ]);
  }
  return out;
}

/** How the received fields relate to a query string in an HTTP request dump. */
export interface QueryContext {
  readonly mode: 'request' | 'notification';
  readonly body: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>> | undefined;
}

/**
 * The fields as the merchant's code sees them: in notification mode a framework that merges
 * query and body parameters hands over both (the query's value winning, as Java's
 * getParameter does); in request mode LianLian verifies the body alone.
 */
export function receivedFields(context: QueryContext): Record<string, string> {
  if (context.mode === 'notification' && context.query !== undefined) {
    return { ...context.body, ...context.query };
  }
  return { ...context.body };
}

/** The received fields unchanged: the sign source the failed verification computed. */
export function receivedCandidate(context: QueryContext): FieldCandidate {
  return make(receivedFields(context), new Set(), []);
}

/**
 * Field candidates, lazily and most likely first: the received fields unchanged, then each
 * single change. Their number is linear in the number of fields (at most 9 per field, plus a
 * few), which the caller bounds.
 */
export function* fieldCandidates(context: QueryContext): Generator<FieldCandidate> {
  const received = receivedFields(context);
  const names = Object.keys(received)
    .filter((name) => name !== 'sign')
    .sort();
  yield make(received, new Set(), []);
  yield* queryCandidates(context, received);
  for (const name of names) {
    const without = { ...received };
    delete without[name];
    yield make(without, new Set(), [
      cause(
        'field-added-after-signing',
        name,
        `the signature verifies if "${safeName(name)}" is left out: it was added after signing`,
        `${safeName(name)} left out`,
      ),
    ]);
  }
  yield* signTypeCandidates(received);
  const amounts: [string, string][] = [];
  for (const name of names) {
    const value = received[name] as string;
    const rendered = twoDecimalRendering(value);
    if (rendered === undefined) continue;
    amounts.push([name, rendered]);
    yield make({ ...received, [name]: rendered }, new Set(), [amountCause(name, value, rendered)]);
  }
  if (amounts.length > 1) {
    yield make(
      { ...received, ...Object.fromEntries(amounts) },
      new Set(),
      amounts.map(([name, rendered]) => amountCause(name, received[name] as string, rendered)),
    );
  }
  for (const name of names) {
    for (const { style, text } of jsonRenderings(received[name] as string)) {
      yield make({ ...received, [name]: text }, new Set(), [
        cause(
          'json-re-serialised',
          name,
          `the value of "${safeName(name)}" was re-serialised after signing: it verifies with the JSON text ${style}; sign and send the same text`,
          `${safeName(name)} re-serialised ${style}`,
        ),
      ]);
    }
  }
  const empty = names.filter((name) => received[name] === '');
  for (const name of empty) {
    yield make(received, new Set([name]), [emptyCause(name)]);
  }
  if (empty.length > 1) yield make(received, new Set(empty), empty.map(emptyCause));
}

// sign_type changed (or added) after signing: the signed string named another type.
function* signTypeCandidates(
  received: Readonly<Record<string, string>>,
): Generator<FieldCandidate> {
  const sent = received.sign_type;
  const spellings = new Set(SIGN_TYPES.flatMap((type) => [type, type.toUpperCase()]));
  for (const spelling of spellings) {
    if (spelling === sent) continue;
    yield make({ ...received, sign_type: spelling }, new Set(), [
      cause(
        'sign-type-mismatch',
        'sign_type',
        sent === undefined || sent === ''
          ? `the signed string contained sign_type=${spelling}, but the message carries no sign_type`
          : `sign_type was changed after signing: the signed string contained sign_type=${spelling}, the message carries ${maskText(sent, 'none')}`,
        `sign_type=${spelling} as signed`,
      ),
    ]);
  }
}

function* queryCandidates(
  context: QueryContext,
  received: Readonly<Record<string, string>>,
): Generator<FieldCandidate> {
  const { body, query } = context;
  if (query === undefined) return;
  const fromQuery = Object.keys(query).filter(
    (name) => name !== 'sign' && query[name] !== body[name],
  );
  if (fromQuery.length === 0) return;
  const list = fromQuery.map((name) => `"${safeName(name)}"`).join(', ');
  if (context.mode === 'notification') {
    yield make(body, new Set(), [
      cause(
        'query-merged',
        fromQuery[0],
        `the signature verifies over the body alone: ${list} came from the query string (a framework merged query and body parameters); verify the raw body`,
        'the body alone, without the query string',
      ),
    ]);
    return;
  }
  // Request mode: the signer may have signed query parameters the body does not carry.
  const queryOnly = fromQuery.filter((name) => !Object.hasOwn(body, name));
  const both = fromQuery.filter((name) => Object.hasOwn(body, name));
  const variants: [string[], Record<string, string>][] = [
    [fromQuery, { ...received, ...pick(query, fromQuery) }],
  ];
  if (queryOnly.length > 0 && both.length > 0) {
    variants.push([queryOnly, { ...received, ...pick(query, queryOnly) }]);
    variants.push([both, { ...received, ...pick(query, both) }]);
  }
  for (const [fields, params] of variants) {
    yield make(params, new Set(), [
      cause(
        'query-merged',
        fields[0],
        `the signature covers ${fields.map((name) => `"${safeName(name)}"`).join(', ')} as in the query string: your code signed query and body parameters merged, but LianLian verifies the body`,
        `${fields.map(safeName).join(', ')} from the query string`,
      ),
    ]);
  }
}

function pick(source: Readonly<Record<string, string>>, names: readonly string[]) {
  return Object.fromEntries(names.map((name) => [name, source[name] as string]));
}

function amountCause(name: string, sent: string, signed: string): DiagnoseCause {
  return cause(
    'number-re-rendered',
    name,
    `it verifies over ${safeName(name)}=${maskText(signed, 'none')} while the message carries ${maskText(sent, 'none')}: a JSON library re-rendered the number; send amounts as strings`,
    `${safeName(name)} as ${maskText(signed, 'none')}`,
  );
}

function emptyCause(name: string): DiagnoseCause {
  return cause(
    'empty-value-signed',
    name,
    `the signed string contained an empty "${safeName(name)}=": empty values are left out of the sign source`,
    `the empty ${safeName(name)}= included`,
  );
}

function make(
  params: Readonly<Record<string, string>>,
  keepEmpty: ReadonlySet<string>,
  causes: DiagnoseCause[],
): FieldCandidate {
  const entries = Object.keys(params)
    .filter((name) => name !== 'sign' && (params[name] !== '' || keepEmpty.has(name)))
    .sort()
    .map((name) => [name, params[name] as string] as const);
  return { entries, causes };
}

export function cause(
  kind: DiagnoseCauseKind,
  field: string | undefined,
  message: string,
  change: string,
): DiagnoseCause {
  return { kind, field, message, change };
}

/** A field name as shown in a message: printable ASCII, at most 40 characters. */
export function safeName(name: string): string {
  const printable = name.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}
