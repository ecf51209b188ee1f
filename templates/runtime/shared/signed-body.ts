/**
 * Turns the raw body of a signed message (a notification, an answer or request given to the CLI,
 * a form the sandbox receives) into the fields that were signed, without changing any value: form
 * bodies are percent-decoded once (what the browser encoded), JSON bodies are read by a parser
 * that keeps every value's text exactly as received. `JSON.parse` would not do: it turns
 * `"money_order": 10.00` into 10 and loses the text that was signed. A field name that occurs
 * twice is refused in both formats: which copy counts is exactly what an attacker would exploit.
 */
import { readJsonFields, shownMemberName } from './json-text.js';
import { decodeCharset, messageCharset, type SourceCharsetRule } from '../crypto/charset.js';

/** A parsed body: each field's text as it was signed, or why the body could not be read. */
export type ParsedSignedBody =
  | {
      readonly ok: true;
      readonly format: 'form' | 'json';
      readonly fields: Readonly<Record<string, string>>;
    }
  | {
      readonly ok: false;
      readonly reason: 'unsupported-content-type' | 'malformed-body';
      readonly detail: string;
      /** The field name the body repeats (printable, digits masked), when that is the reason. */
      readonly field?: string;
    };

type Failure = Extract<ParsedSignedBody, { ok: false }>;

const FORM = 'application/x-www-form-urlencoded';

// One decoder for every body: a non-streaming decode keeps no state between calls, even one that
// threw, and creating a TextDecoder costs more than most bodies take to decode.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Parses a signed body by its content type: `application/x-www-form-urlencoded` as a form;
 * `text/json` (what LianLian sends), `application/json` and `+json` types as JSON; `text/plain`
 * or no type by its first character. A charset other than UTF-8 is refused. Never throws.
 */
export function parseSignedBody(
  body: string | Uint8Array,
  contentType: string | null | undefined,
): ParsedSignedBody {
  try {
    return parse(body, contentType);
  } catch {
    return malformed('the body could not be read');
  }
}

function parse(
  body: string | Uint8Array,
  contentType: string | null | undefined,
): ParsedSignedBody {
  const type = mediaType(contentType);
  if (type === undefined) return refuse('the content type is not UTF-8 form or JSON');
  let text: string;
  if (typeof body === 'string') {
    text = body;
  } else if (body instanceof Uint8Array) {
    try {
      text = UTF8.decode(body);
    } catch {
      return malformed('the body is not UTF-8');
    }
  } else {
    return malformed('the body must be a string or bytes');
  }
  const trimmed = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let format: 'form' | 'json';
  if (type === 'form' || type === 'json') {
    format = type;
  } else {
    format = /^[\s]*\{/.test(trimmed) ? 'json' : 'form';
  }
  return format === 'json' ? parseSignedJsonFields(trimmed) : parseSignedFormFields(trimmed);
}

type MediaType = 'form' | 'json' | 'sniff' | undefined;

// A sender uses one content type for all its messages: the last header read is remembered.
let lastHeader: string | undefined;
let lastType: MediaType;

// undefined: refused; 'sniff': decide by content.
function mediaType(header: string | null | undefined): MediaType {
  if (header === lastHeader && header !== undefined) return lastType;
  const type = readMediaType(header);
  if (typeof header === 'string') {
    lastHeader = header;
    lastType = type;
  }
  return type;
}

function readMediaType(header: string | null | undefined): MediaType {
  if (header === undefined || header === null) return 'sniff';
  // A real media type with a charset is a few dozen characters; a longer one is not parsed.
  if (typeof header !== 'string' || header.length > 256) return undefined;
  if (header.trim() === '') return 'sniff';
  const [rawType, ...parameters] = header.split(';');
  const type = (rawType ?? '').trim().toLowerCase();
  for (const parameter of parameters) {
    const [name, value] = parameter.split('=');
    if (name?.trim().toLowerCase() !== 'charset') continue;
    const charset = (value ?? '').trim().replace(/^"|"$/g, '').toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8') return undefined;
  }
  if (type === FORM) return 'form';
  if (
    type === 'text/json' ||
    type === 'application/json' ||
    /^[a-z]+\/[a-z0-9.+-]*\+json$/.test(type)
  ) {
    return 'json';
  }
  if (type === 'text/plain') return 'sniff';
  return undefined;
}

/** Form fields: `+` is a space and `%XX` a UTF-8 byte, as browsers encode them. */
export function parseSignedFormFields(text: string): ParsedSignedBody {
  const fields: Record<string, string> = {};
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const rawName = at === -1 ? pair : pair.slice(0, at);
    const rawValue = at === -1 ? '' : pair.slice(at + 1);
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      return malformed('the form has an invalid percent-encoding');
    }
    if (Object.hasOwn(fields, name)) {
      const shown = shownMemberName(name);
      return malformed(`the form field "${shown}" appears more than once`, shown);
    }
    define(fields, name, value);
  }
  return { ok: true, format: 'form', fields };
}

/**
 * A JSON object's members as text: strings decoded, every other value (number, boolean, nested
 * object or array) as its exact source text; `null` members are left out (they are never signed).
 * A member name repeated at any depth is refused (the runtime's one JSON reader, json-text.ts).
 */
export function parseSignedJsonFields(text: string): ParsedSignedBody {
  const result = readJsonFields(text);
  return result.ok
    ? { ok: true, format: 'json', fields: result.fields }
    : malformed(result.detail, result.key);
}

// `__proto__` and friends become ordinary own fields, never a prototype change.
export function define(target: Record<string, string>, name: string, value: string): void {
  Object.defineProperty(target, name, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function malformed(detail: string, field?: string): Failure {
  return field === undefined
    ? { ok: false, reason: 'malformed-body', detail }
    : { ok: false, reason: 'malformed-body', detail, field };
}

function refuse(detail: string): Failure {
  return { ok: false, reason: 'unsupported-content-type', detail };
}

/**
 * A form body in the charset one of its own fields names (`charset_name`, `rule.field`; errata
 * E530). The body is ASCII, since browsers percent-encode every other byte; each name and value is
 * percent-decoded to bytes and the values are decoded with that charset, as LianLian does. Bytes
 * the charset has no text for are refused (E531), naming the field. Never throws.
 */
export function parseCharsetFormFields(
  body: Uint8Array,
  rule: SourceCharsetRule,
): ParsedSignedBody {
  const raw: Record<string, Uint8Array> = {};
  for (const byte of body) if (byte >= 0x80) return malformed('the form is not percent-encoded');
  for (const pair of Buffer.from(body).toString('latin1').split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const name = percentBytes(at === -1 ? pair : pair.slice(0, at));
    const value = percentBytes(at === -1 ? '' : pair.slice(at + 1));
    if (name === undefined || value === undefined || name.some((b) => b >= 0x80)) {
      return malformed('the form has an invalid percent-encoding');
    }
    const key = Buffer.from(name).toString('latin1');
    if (Object.hasOwn(raw, key)) {
      const shown = shownMemberName(key);
      return malformed(`the form field "${shown}" appears more than once`, shown);
    }
    Object.defineProperty(raw, key, { value, enumerable: true });
  }
  const named = raw[rule.field];
  const charset = messageCharset(
    named === undefined ? {} : { [rule.field]: Buffer.from(named).toString('latin1') },
    rule,
  );
  if (charset === undefined) return malformed(`${rule.field} names no known charset`, rule.field);
  const fields: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(raw)) {
    const text = decodeCharset(bytes, charset);
    if (text === undefined) {
      return malformed(`${shownMemberName(name)} is not ${charset} text`, shownMemberName(name));
    }
    define(fields, name, text);
  }
  return { ok: true, format: 'form', fields };
}

/** `+` is a space and `%XX` one byte; any other character stands for its own (ASCII) byte. */
function percentBytes(text: string): Uint8Array | undefined {
  const out = new Uint8Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x25) {
      const hex = text.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return undefined;
      out[length++] = parseInt(hex, 16);
      i += 2;
    } else {
      out[length++] = c === 0x2b ? 0x20 : c;
    }
  }
  return out.subarray(0, length);
}
