/**
 * Runtime support for the generated validators (src/validators.ts): the result and issue types,
 * the error thrown by `assertValid`, value masking for messages, and the few helpers the emitted
 * code calls. The checks themselves are emitted as straight-line code per schema; nothing here
 * interprets a schema.
 */

/** One reason a value does not match its schema. */
export interface ValidationIssue {
  /** JSON path of the offending field (`money_order`, `risk_item.user_info_bind_phone`); '' for the whole message. */
  readonly path: string;
  /** The JSON Schema keyword that failed: `maxLength`, `pattern`, `required`, `oneOf`, ... */
  readonly keyword: string;
  /** The keyword's limit: 32 for maxLength, the pattern text, the allowed values, the missing field. */
  readonly limit: unknown;
  /** `money_order: must have exactly two decimals, got "55.4"`. Sensitive values are masked. */
  readonly message: string;
}

/** The value matched its schema. */
export interface ValidationSuccess<T> {
  readonly ok: true;
  readonly value: T;
}

/** The value did not match its schema; `issues` is never empty. */
export interface ValidationFailure {
  readonly ok: false;
  /** Name of the component schema that was checked. */
  readonly schema: string;
  readonly issues: readonly ValidationIssue[];
}

export type ValidationResult<T> = ValidationSuccess<T> | ValidationFailure;

/** Thrown by {@link assertValid}. `field` is the path of the first issue. */
export class ValidationError extends Error {
  readonly code = 'VALIDATION_FAILED' as const;
  readonly field: string | undefined;
  readonly schema: string;
  readonly issues: readonly ValidationIssue[];

  constructor(schema: string, issues: readonly ValidationIssue[]) {
    const shown = issues.slice(0, 5).map((issue) => issue.message);
    const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : '';
    super(`${schema} is invalid: ${shown.join('; ')}${more}`);
    this.name = 'ValidationError';
    this.schema = schema;
    this.issues = issues;
    this.field = issues[0]?.path;
  }
}

/** The validated value, or a {@link ValidationError} naming every issue. */
export function assertValid<T>(result: ValidationResult<T>): T {
  if (result.ok) return result.value;
  throw new ValidationError(result.schema, result.issues);
}

/**
 * How a value is shown in a message. `card` keeps at most the first 6 and last 4 characters,
 * `id` and `phone` the last 4 (of values of 10 or more characters), `name` the first, `signature`
 * the first 8 of a value longer than 16, `secret` and `content` nothing but the length.
 */
export type MaskKind =
  'none' | 'card' | 'id' | 'phone' | 'name' | 'secret' | 'signature' | 'content';

/** Longest string shown in full; longer unmasked values are cut and their length given. */
export const SHOWN_VALUE_LIMIT = 64;
/** Longer masked values are not even partly shown. */
const MASKED_VALUE_LIMIT = 40;

function hidden(length: number): string {
  return `(${length} characters, hidden)`;
}

function partly(chars: string[], head: number, tail: number): string {
  const stars = '*'.repeat(chars.length - head - tail);
  return JSON.stringify(
    chars.slice(0, head).join('') + stars + chars.slice(chars.length - tail).join(''),
  );
}

// What people and systems put between the digits of a card, ID or phone number: spaces (also
// no-break and ideographic), dashes, dots, slashes, underscores, brackets, in ASCII and full
// width, and invisible joiners. Runs of them are ignored when counting digits.
const SEPARATOR = String.raw`[\s\p{Pd}._/\\()\u00ad\u00b7\u2022\u2027\u3002\u30fb\uff08\uff09\uff0e\uff0f\uff3f\u200b-\u200d\u2060\ufeff]`;
// Seven or more digits of any script (ASCII, full width, Arabic-Indic, ...) with separators
// between them; an ID number may end in X.
const LONG_NUMBER_SOURCE = String.raw`\p{Nd}(?:${SEPARATOR}*\p{Nd}){6,}(?:${SEPARATOR}*[Xx])?`;
const LONG_NUMBER = new RegExp(LONG_NUMBER_SOURCE, 'gu');
const HAS_LONG_NUMBER = new RegExp(LONG_NUMBER_SOURCE, 'u');
const DIGIT = /\p{Nd}/u;
// Digits shown at the end of a masked number.
const KEPT_DIGITS = 4;

/**
 * The one masker for text that ends up in an error or a log line. Every number of seven or more
 * digits, whatever digits and separators it is written with, keeps only its last four digits;
 * separators and length stay, so the text still reads as what it was. Card, ID and phone numbers
 * put in the wrong field, quoted in LianLian's ret_msg or used as a field name are caught here.
 */
export function maskDigits(text: string): string {
  // Most shown values hold no such number: a char-code scan is much cheaper than the replace.
  return mayHoldLongNumber(text) ? text.replace(LONG_NUMBER, maskNumber) : text;
}

function maskNumber(run: string): string {
  const chars = Array.from(run);
  let digits = 0;
  for (const char of chars) if (DIGIT.test(char)) digits += 1;
  let seen = 0;
  return chars
    .map((char) => {
      if (!DIGIT.test(char)) return char;
      seen += 1;
      return seen > digits - KEPT_DIGITS ? char : '*';
    })
    .join('');
}

// The ASCII separators of SEPARATOR by char code; text beyond ASCII goes to the regular expression.
const ASCII_SEPARATOR = new Uint8Array(128);
for (const char of ' \t\n\v\f\r-./\\_()') ASCII_SEPARATOR[char.charCodeAt(0)] = 1;

function mayHoldLongNumber(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 127) return HAS_LONG_NUMBER.test(text);
    if (code >= 48 && code <= 57) {
      run += 1;
      if (run === 7) return true;
    } else if (ASCII_SEPARATOR[code] === 0) run = 0;
  }
  return false;
}

/**
 * Masks `text` for a message according to `kind`. Whatever the kind, long digit runs in what is
 * shown are masked too: a field's kind says what belongs there, not what a caller put there.
 */
export function maskText(text: string, kind: MaskKind): string {
  // Code units bound code points from above, so a short text needs no splitting to be shown.
  if (kind === 'none' && text.length <= SHOWN_VALUE_LIMIT) return JSON.stringify(maskDigits(text));
  const chars = Array.from(text);
  const n = chars.length;
  if (kind === 'none') {
    // Masked before cutting, so a cut cannot leave part of a run readable.
    const masked = maskDigits(text);
    if (n <= SHOWN_VALUE_LIMIT) return JSON.stringify(masked);
    return `${JSON.stringify(Array.from(masked).slice(0, 32).join(''))}... (${n} characters)`;
  }
  if (kind === 'signature') {
    return n > 16
      ? `${JSON.stringify(maskDigits(chars.slice(0, 8).join('')))}... (${n} characters)`
      : hidden(n);
  }
  if (kind === 'secret' || kind === 'content' || n > MASKED_VALUE_LIMIT) return hidden(n);
  switch (kind) {
    case 'card':
      // Card numbers are 15-19 digits; shorter values keep only their last quarter.
      return n >= 15 ? partly(chars, 6, 4) : partly(chars, 0, Math.floor(n / 4));
    case 'id':
    case 'phone':
      return partly(chars, 0, n >= 10 ? 4 : 0);
    case 'name':
      return partly(chars, n >= 2 ? 1 : 0, 0);
  }
}

/** A value as shown after `got` in a message. */
export function showValue(value: unknown, kind: MaskKind): string {
  if (typeof value === 'string') return maskText(value, kind);
  if (typeof value === 'number' || typeof value === 'boolean') {
    return kind === 'none' ? maskDigits(String(value)) : maskText(String(value), kind);
  }
  return typeOfJson(value);
}

/** The JSON type name of a value: `null`, `array`, `object`, `string`, `number`, `boolean`. */
export function typeOfJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Where issues of one validation go; `label` names the message in issues about the message itself. */
export interface IssueSink {
  readonly label: string;
  readonly issues: ValidationIssue[];
}

/** Signature of the emitted issue collectors. */
export type IssueCollector = (value: unknown, path: string, mask: MaskKind, out: IssueSink) => void;

/** @internal Records an issue. */
export function reportIssue(
  out: IssueSink,
  path: string,
  keyword: string,
  limit: unknown,
  phrase: string,
): void {
  out.issues.push({
    path,
    keyword,
    limit,
    message: `${path === '' ? out.label : path}: ${phrase}`,
  });
}

/** @internal Records an issue whose message ends with the (masked) offending value. */
export function reportValue(
  out: IssueSink,
  path: string,
  keyword: string,
  limit: unknown,
  phrase: string,
  value: unknown,
  mask: MaskKind,
): void {
  reportIssue(out, path, keyword, limit, `${phrase}, got ${showValue(value, mask)}`);
}

/** @internal The path of property `key` below `path`. */
export function propertyPath(path: string, key: string): string {
  // A field name can be a card or phone number too (an unknown field of digits).
  const shown = maskDigits(key);
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? shown : JSON.stringify(shown);
  if (path === '') return name;
  return name.startsWith('"') ? `${path}[${name}]` : `${path}.${name}`;
}

/** Length of a string in Unicode code points, as JSON Schema counts it (not UTF-16 units). */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** JSON equality as `const`, `enum` and `uniqueItems` mean it (key order does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false;
  }
  return true;
}

/** @internal Whether some element of `array` equals another one. */
export function hasDuplicateItem(array: readonly unknown[]): boolean {
  for (let i = 1; i < array.length; i++) {
    for (let j = 0; j < i; j++) if (jsonEqual(array[i], array[j])) return true;
  }
  return false;
}

/** @internal Returned by {@link parseJsonContent} for text that is not JSON. */
export const INVALID_JSON: unique symbol = Symbol('invalid JSON');

/** @internal Parses the JSON held in a string (`contentMediaType: application/json`). */
export function parseJsonContent(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return INVALID_JSON;
  }
}

// A branch whose discriminator fails (`ret_code` const or not-const, the value's own type) is
// further from the value than one that only misses fields or breaks a length or pattern.
function distance(issues: readonly ValidationIssue[], path: string): number {
  let d = 0;
  for (const issue of issues) {
    const discriminating =
      issue.keyword === 'const' ||
      issue.keyword === 'not' ||
      (issue.keyword === 'type' && issue.path === path);
    d += discriminating ? 100 : 1;
  }
  return d;
}

/**
 * @internal For a failed `oneOf`/`anyOf`: records one issue naming the alternatives, then the
 * issues of the alternative closest to the value (fewest issues, a failed const/not or type
 * weighing most), so the caller learns what to fix rather than every way every branch failed.
 */
export function reportAlternatives(
  out: IssueSink,
  path: string,
  mask: MaskKind,
  value: unknown,
  keyword: 'oneOf' | 'anyOf',
  names: readonly string[],
  collectors: readonly IssueCollector[],
): void {
  let best: ValidationIssue[] = [];
  let bestName = '';
  let bestDistance = Infinity;
  collectors.forEach((collect, i) => {
    const sink: IssueSink = { label: out.label, issues: [] };
    collect(value, path, mask, sink);
    const d = distance(sink.issues, path);
    if (d < bestDistance) {
      bestDistance = d;
      best = sink.issues;
      bestName = names[i] ?? '';
    }
  });
  const how = keyword === 'oneOf' ? 'exactly one' : 'at least one';
  reportIssue(
    out,
    path,
    keyword,
    names,
    `must match ${how} of ${names.join(', ')}, matched none (closest: ${bestName})`,
  );
  out.issues.push(...best);
}

/** @internal Runs a collector for a value its boolean check rejected. */
export function collectIssues(
  schema: string,
  value: unknown,
  collect: IssueCollector,
): ValidationFailure {
  const out: IssueSink = { label: schema, issues: [] };
  collect(value, '', 'none', out);
  // The check and the collector come from the same schema; this only guards a generator bug.
  if (out.issues.length === 0) reportIssue(out, '', 'schema', schema, `does not match ${schema}`);
  return { ok: false, schema, issues: out.issues };
}

/**
 * One line of untrusted text for an error message or a log line: control and line-separator
 * characters become a space (so they cannot forge extra log lines) and text longer than `max`
 * is cut.
 */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** The first three issue messages on one line, and how many more there are. */
export function summariseIssues(issues: readonly ValidationIssue[]): string {
  // The messages already name the field and mask sensitive values and long digit runs.
  const shown = issues.slice(0, 3).map((issue) => oneLine(issue.message));
  const more = issues.length > 3 ? ` (+${issues.length - 3} more)` : '';
  return `${shown.join('; ')}${more}`;
}

/** The top-level field the first issue is about, for an error's `field`. */
export function issueField(issues: readonly ValidationIssue[]): string | undefined {
  const first = issues[0];
  if (first === undefined) return undefined;
  if (first.path !== '') return first.path.split(/[.[]/)[0];
  // A missing property is reported on the message, naming the property as the limit.
  return first.keyword === 'required' && typeof first.limit === 'string' ? first.limit : undefined;
}
