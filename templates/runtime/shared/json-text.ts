/**
 * The one JSON reader of the runtime for text that comes from outside: LianLian's answers, its
 * notifications, envelope plaintexts, the CLI's input and what the sandbox receives. It differs
 * from `JSON.parse` in two ways that matter for signed messages:
 *
 * - A member name that occurs twice in one object (after decoding escapes, so `"ret_code"` and
 *   `"ret\u005fcode"` are the same name) is refused, at any depth. `JSON.parse` keeps the last
 *   value, so `{"ret_code":"1001",…,"ret_code":"0000"}` would read as success to one parser and as
 *   failure to another.
 * - Besides the value, it returns each top-level member's text as received: strings decoded, every
 *   other value verbatim (`10.00` stays `10.00`), which is what LianLian signed.
 *
 * It never throws on its input; a refusal says why and, for a repeated name, which one.
 */
import { maskDigits } from './validation.js';

/** Why a text was refused. */
export type JsonTextProblem = 'syntax' | 'not-object' | 'duplicate-key' | 'too-deep';

/** A JSON object read from text. */
export interface JsonObjectText {
  readonly ok: true;
  /** The object, as `JSON.parse` would build it (a `__proto__` member is an own property). */
  readonly value: Record<string, unknown>;
  /** Each top-level member's text as received; `null` members are left out (never signed). */
  readonly fields: Record<string, string>;
}

/** A refused text. `detail` names the rule and, for a repeated name, the name (digits masked). */
export interface JsonTextRefusal {
  readonly ok: false;
  readonly problem: JsonTextProblem;
  readonly detail: string;
  /** The repeated member name, printable and with long digit runs masked. */
  readonly key?: string;
}

/** Nesting deeper than this is refused: LianLian's messages are flat. */
export const MAX_JSON_DEPTH = 32;

/** Reads a text that must be exactly one JSON object (surrounding whitespace allowed). */
export function readJsonObject(text: string): JsonObjectText | JsonTextRefusal {
  return readObject(text, false) as JsonObjectText | JsonTextRefusal;
}

/**
 * {@link readJsonObject} for callers that need only the members' text (a signed body): the same
 * checks and refusals, but the top-level object is not built, which saves an object per message.
 */
export function readJsonFields(
  text: string,
): { readonly ok: true; readonly fields: Record<string, string> } | JsonTextRefusal {
  return readObject(text, true);
}

function readObject(
  text: string,
  textOnly: boolean,
): { ok: true; value?: Record<string, unknown>; fields: Record<string, string> } | JsonTextRefusal {
  if (typeof text !== 'string') return refusal('syntax', 'the body is not text');
  const reader = new Reader(text);
  try {
    reader.space();
    if (text.charCodeAt(reader.at) !== 0x7b) {
      // Valid JSON of another kind, or no JSON at all: the two call for different fixes.
      const other = readJsonValue(text);
      return other.ok ? refusal('not-object', 'the body is not a JSON object') : other;
    }
    const fields: Record<string, string> = {};
    const value = reader.object(0, fields, textOnly);
    reader.space();
    if (reader.at !== text.length)
      return refusal('syntax', 'the body has text after the JSON object');
    return textOnly ? { ok: true, fields } : { ok: true, value, fields };
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}

/** Reads any JSON value with the same rules (for JSON held in a string, like `risk_item`). */
export function readJsonValue(text: string): { ok: true; value: unknown } | JsonTextRefusal {
  if (typeof text !== 'string') return refusal('syntax', 'the body is not text');
  const reader = new Reader(text);
  try {
    reader.space();
    const value = reader.value(0);
    reader.space();
    if (reader.at !== text.length)
      return refusal('syntax', 'the text has more after the JSON value');
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    throw error;
  }
}

class Refused {
  constructor(readonly refusal: JsonTextRefusal) {}
}

function refusal(problem: JsonTextProblem, detail: string, key?: string): JsonTextRefusal {
  return key === undefined ? { ok: false, problem, detail } : { ok: false, problem, detail, key };
}

const fail = (detail = 'the body is not valid JSON'): never => {
  throw new Refused(refusal('syntax', detail));
};

// What a string span needs the slow path for: an escape, or a control character (refused).
const PLAIN_UNSAFE = /[\\\u0000-\u001f]/;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class Reader {
  at = 0;
  /**
   * Whether the whole text holds no backslash and no control character: then no string in it
   * needs the slow path, which one scan of the text shows instead of one test per string.
   */
  private readonly plain: boolean;

  constructor(private readonly text: string) {
    this.plain = !PLAIN_UNSAFE.test(text);
  }

  space(): void {
    const { text } = this;
    for (;;) {
      const c = text.charCodeAt(this.at);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      this.at += 1;
    }
  }

  value(depth: number): unknown {
    const { text } = this;
    const c = text.charCodeAt(this.at);
    if (c === 0x22) return this.string();
    if (c === 0x7b) return this.object(depth + 1);
    if (c === 0x5b) return this.array(depth + 1);
    if (c === 0x74 && text.startsWith('true', this.at)) return this.word(4, true);
    if (c === 0x66 && text.startsWith('false', this.at)) return this.word(5, false);
    if (c === 0x6e && text.startsWith('null', this.at)) return this.word(4, null);
    return Number(this.number());
  }

  word<T>(length: number, value: T): T {
    this.at += length;
    return value;
  }

  number(): string {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (match === null) return fail();
    this.at += match[0].length;
    return match[0];
  }

  /**
   * An object; with `fields`, it is the top level and each member's text is recorded too, and
   * with `textOnly` only that (the object returned is then empty).
   */
  object(
    depth: number,
    fields?: Record<string, string>,
    textOnly = false,
  ): Record<string, unknown> {
    if (depth > MAX_JSON_DEPTH) {
      throw new Refused(refusal('too-deep', `the body nests deeper than ${MAX_JSON_DEPTH} levels`));
    }
    this.at += 1; // {
    const result: Record<string, unknown> = {};
    // Text only: `fields` holds the names seen but null ones, which are kept here.
    let nulls: Set<string> | undefined;
    this.space();
    if (this.text.charCodeAt(this.at) === 0x7d) {
      this.at += 1;
      return result;
    }
    for (;;) {
      this.space();
      if (this.text.charCodeAt(this.at) !== 0x22) fail('a JSON member name is not a string');
      const name = this.string();
      // Every member is defined below (null ones too), so own properties are the names seen.
      const seen = textOnly
        ? Object.hasOwn(fields as object, name) || nulls?.has(name) === true
        : Object.hasOwn(result, name);
      if (seen) {
        const shown = shownMemberName(name);
        throw new Refused(
          refusal('duplicate-key', `the JSON member "${shown}" appears more than once`, shown),
        );
      }
      this.space();
      if (this.text.charCodeAt(this.at) !== 0x3a) fail();
      this.at += 1;
      this.space();
      const start = this.at;
      const value = this.value(depth);
      if (!textOnly) define(result, name, value);
      if (fields !== undefined && value !== null) {
        define(fields, name, typeof value === 'string' ? value : this.text.slice(start, this.at));
      } else if (textOnly) (nulls ??= new Set()).add(name);
      this.space();
      const next = this.text.charCodeAt(this.at);
      this.at += 1;
      if (next === 0x7d) return result;
      if (next !== 0x2c) fail();
    }
  }

  array(depth: number): unknown[] {
    if (depth > MAX_JSON_DEPTH) {
      throw new Refused(refusal('too-deep', `the body nests deeper than ${MAX_JSON_DEPTH} levels`));
    }
    this.at += 1; // [
    const result: unknown[] = [];
    this.space();
    if (this.text.charCodeAt(this.at) === 0x5d) {
      this.at += 1;
      return result;
    }
    for (;;) {
      this.space();
      result.push(this.value(depth));
      this.space();
      const next = this.text.charCodeAt(this.at);
      this.at += 1;
      if (next === 0x5d) return result;
      if (next !== 0x2c) fail();
    }
  }

  /** A string at `at` (which holds its opening quote), decoded. */
  string(): string {
    const { text } = this;
    // Most strings hold no escape: find the closing quote natively and check the span once.
    const close = text.indexOf('"', this.at + 1);
    if (close === -1) return fail('the body has an invalid JSON string');
    const span = text.slice(this.at + 1, close);
    if (this.plain || !PLAIN_UNSAFE.test(span)) {
      this.at = close + 1;
      return span;
    }
    let at = this.at + 1;
    let out = '';
    let from = at;
    for (;;) {
      const c = text.charCodeAt(at);
      if (Number.isNaN(c) || c < 0x20) return fail('the body has an invalid JSON string');
      if (c === 0x22) break;
      if (c !== 0x5c) {
        at += 1;
        continue;
      }
      out += text.slice(from, at);
      const escape = text[at + 1] ?? '';
      if (escape === 'u') {
        const hex = text.slice(at + 2, at + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return fail('the body has an invalid JSON string');
        out += String.fromCharCode(Number.parseInt(hex, 16));
        at += 6;
      } else {
        const decoded = ESCAPES[escape];
        if (decoded === undefined) return fail('the body has an invalid JSON string');
        out += decoded;
        at += 2;
      }
      from = at;
    }
    this.at = at + 1;
    return out + text.slice(from, at);
  }
}

// `__proto__` becomes an ordinary own member, as JSON.parse makes it, never a prototype change.
function define(target: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') {
    Object.defineProperty(target, name, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else target[name] = value;
}

/** A received member name as it may be shown: printable ASCII, long digit runs masked, cut. */
export function shownMemberName(name: string): string {
  const printable = maskDigits(name.replace(/[^\x20-\x7e]/g, '?'));
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}
