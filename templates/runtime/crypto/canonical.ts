/**
 * The string LianLian signs ("sign source"): every parameter except `sign` whose value is not
 * null, undefined or the empty string, sorted by key, joined as `key=value` with `&`, values
 * exactly as transmitted (no URL encoding, no quoting).
 *
 * Rules this module enforces, so that what is signed is always what is sent, and one sign source
 * stands for one message only:
 * - Keys are names: `[A-Za-z0-9_]+`. LianLian's Java SDK sorts keys case-insensitively while byte
 *   order is used here by default; the two agree for the lower-case keys of these APIs, and a key
 *   set on which they would disagree is rejected (`SIGN_SOURCE_KEY_ORDER`). A message the spec
 *   says LianLian signs in the Java order (`keyOrder: case-insensitive`, errata E441) is built
 *   with `signSource(params, 'case-insensitive')`, which refuses two keys equal but for case.
 * - No value contains `&name=` (`SIGN_SOURCE_AMBIGUOUS`): nothing is escaped in the sign source,
 *   so such a value would let a different field map produce the same string and the same
 *   signature (spec/guides/signing.md, "Why a value may not contain `&name=`"). The closed rule
 *   of a known request (`uriFields`) relaxes this in its URL fields to the names of its own fields.
 * - Strings are used as they are (a JSON text such as `risk_item` included). Lone UTF-16
 *   surrogates are rejected: they cannot be encoded as UTF-8 the same way on both sides.
 * - Numbers must be finite and render without an exponent; integers must be safe integers
 *   (an 18-digit `oid_partner` held as a number has already lost digits). `-0` renders as `0`,
 *   the same text `JSON.stringify` transmits.
 * - Objects, arrays, booleans, bigints, functions and symbols are rejected, naming the field.
 */
import { SignSourceError } from '../shared/errors.js';

/** A parameter map as sent to or received from LianLian. */
export type SignParams = Readonly<Record<string, unknown>>;

/**
 * How keys are ordered: `byte` (ascending UTF-16 code units, which for ASCII names is byte order;
 * a key set on which Java's case-insensitive order differs is refused) or `case-insensitive`
 * (Java's `String.CASE_INSENSITIVE_ORDER`, what `x-lianlian-signature`'s `keyOrder` names).
 */
export type SignKeyOrder = 'byte' | 'case-insensitive';

/** Options of {@link signSourceOrdered}. */
export interface OrderedSignSourceOptions {
  /**
   * What to do with a parameter present in `params` but missing from the ordering:
   * `'include'` (default) falls back to a full sort so it is signed too; `'reject'` throws
   * `SIGN_SOURCE_UNKNOWN_FIELD`. Either way no sent field is ever left out of the signature.
   */
  unknownFields?: 'include' | 'reject';
  /**
   * The closed rule, for a request whose fields are all known (from the generated
   * `signingUriFields`): the fields of the message whose schema is `format: uri`. In those, a
   * query string may carry `&name=` unless `name` is one of `orderedFields` or `sign`; every other
   * field keeps the strict rule. Setting it implies `unknownFields: 'reject'`, since an unknown
   * field would be a name the rule did not account for.
   */
  uriFields?: readonly string[];
}

const SIGN_FIELD = 'sign';

// What `assertKey` checks, per key, as one char-code scan (measured faster than the two regexes
// and two `includes` calls it replaces; signSource runs on every message).
const KEY_OK = 0;
const KEY_UPPER = 1;
const KEY_INVALID = 2;

/** `String.prototype.isWellFormed` (Node 20+), not yet in the ES2022 lib this compiles against. */
interface WellFormedString {
  isWellFormed(): boolean;
}

/**
 * Builds the sign source of `params`.
 * @throws {SignSourceError} when a key or value cannot be signed as LianLian would.
 */
export function signSource(params: SignParams, keyOrder: SignKeyOrder = 'byte'): string {
  assertObject(params);
  const all = Object.keys(params);
  const keys: string[] = [];
  let upper = false;
  // One pass drops `sign`, checks every key and notes whether any has an upper-case letter.
  for (let i = 0; i < all.length; i += 1) {
    const key = all[i] as string;
    if (key === SIGN_FIELD) continue;
    const kind = keyKind(key);
    if (kind === KEY_INVALID) throwKey(key);
    if (kind === KEY_UPPER) upper = true;
    keys.push(key);
  }
  if (keyOrder === 'case-insensitive') {
    if (upper) sortCaseInsensitive(keys);
    else keys.sort();
    return join(params, keys, undefined);
  }
  // Keys are ASCII names now, so the default sort (UTF-16 code units) is byte order.
  keys.sort();
  if (upper) assertCaseInsensitiveOrder(keys);
  return join(params, keys, undefined);
}

/**
 * Builds the sign source using a precomputed, strictly ascending ordering of the known fields
 * (for example one the generator derived from the spec), so no sort runs per message. A field
 * present in `params` but absent from the ordering is never dropped silently; see
 * {@link OrderedSignSourceOptions.unknownFields}.
 * @throws {SignSourceError} as {@link signSource}, plus `SIGN_SOURCE_ORDERING` when the ordering
 *   is not strictly ascending.
 */
export function signSourceOrdered(
  params: SignParams,
  orderedFields: readonly string[],
  options: OrderedSignSourceOptions = {},
): string {
  assertObject(params);
  assertOrdering(orderedFields);
  const closed =
    options.uriFields === undefined ? undefined : { fields: orderedFields, uri: options.uriFields };
  const sent: string[] = [];
  for (let i = 0; i < orderedFields.length; i += 1) {
    const key = orderedFields[i] as string;
    if (isSent(params, key)) sent.push(key);
  }
  // Counting is enough: the ordering holds distinct names other than `sign`.
  const present = Object.keys(params);
  const presentCount = present.length - (isSent(params, SIGN_FIELD) ? 1 : 0);
  if (presentCount !== sent.length) {
    if (options.unknownFields === 'reject' || closed !== undefined) {
      const ordered = new Set(orderedFields);
      const unknown = present.find((key) => key !== SIGN_FIELD && !ordered.has(key));
      throw new SignSourceError(
        'SIGN_SOURCE_UNKNOWN_FIELD',
        `parameter "${String(unknown)}" is not one of the fields this message may carry`,
        unknown,
      );
    }
    return signSource(params);
  }
  return join(params, sent, closed);
}

/**
 * Whether `value` contains `&name=` (a name being `[A-Za-z0-9_]+`), which no signed value may
 * contain under the strict rule. Lets a merchant check free text (an order remark, say) before
 * building a request with it.
 */
export function containsFieldStart(value: string): boolean {
  return nextFieldStart(value, 0) !== -1;
}

/**
 * The offset of the next `&name=` in `text` at or after `from`, or -1: what /&[A-Za-z0-9_]+=/
 * finds, as a char-code scan (it runs on every value holding `&`, and allocates nothing).
 */
function nextFieldStart(text: string, from: number): number {
  for (let at = text.indexOf('&', from); at !== -1; at = text.indexOf('&', at + 1)) {
    let end = at + 1;
    while (end < text.length && isNameChar(text.charCodeAt(end))) end += 1;
    if (end > at + 1 && text.charCodeAt(end) === 0x3d /* = */) return at;
  }
  return -1;
}

function isNameChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f
  );
}

/**
 * Renders one value the way it is signed, or `undefined` when the parameter is left out
 * (null, undefined, empty string).
 * @throws {SignSourceError} when the value cannot be transmitted as text LianLian signs.
 */
export function signValue(field: string, value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  switch (typeof value) {
    case 'string':
      // Same test as /\p{Cs}/u (a lone surrogate), about 3× faster.
      if (!(value as unknown as WellFormedString).isWellFormed()) {
        throw new SignSourceError(
          'SIGN_SOURCE_ENCODING',
          `parameter "${field}" contains a lone UTF-16 surrogate and cannot be encoded as UTF-8`,
          field,
        );
      }
      return value;
    case 'number':
      return numberText(field, value);
    case 'object':
      throw new SignSourceError(
        'SIGN_SOURCE_NESTED',
        `parameter "${field}" is an ${Array.isArray(value) ? 'array' : 'object'}; LianLian expects a string here: serialise it once (JSON.stringify) and send and sign that exact text`,
        field,
      );
    default:
      throw new SignSourceError(
        'SIGN_SOURCE_TYPE',
        `parameter "${field}" is a ${typeof value}; only strings and finite numbers can be signed`,
        field,
      );
  }
}

function numberText(field: string, value: number): string {
  if (!Number.isFinite(value)) {
    throw new SignSourceError(
      'SIGN_SOURCE_NUMBER',
      `parameter "${field}" is not a finite number`,
      field,
    );
  }
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
    throw new SignSourceError(
      'SIGN_SOURCE_NUMBER',
      `parameter "${field}" is an integer beyond 2^53 and has lost digits; send it as a string`,
      field,
    );
  }
  const text = String(value);
  if (text.includes('e')) {
    throw new SignSourceError(
      'SIGN_SOURCE_NUMBER',
      `parameter "${field}" renders in exponent notation; send it as a decimal string`,
      field,
    );
  }
  return text;
}

// Own enumerable properties are exactly what Object.keys and JSON.stringify see.
function isSent(params: SignParams, key: string): boolean {
  return Object.prototype.propertyIsEnumerable.call(params, key);
}

/** A request's own field names and its URL fields: what the closed rule needs to know. */
interface ClosedMessage {
  readonly fields: readonly string[];
  readonly uri: readonly string[];
}

// Plain `+=` concatenation: V8 builds a rope without the intermediate array and template strings.
function join(
  params: SignParams,
  keys: readonly string[],
  closed: ClosedMessage | undefined,
): string {
  let out = '';
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] as string;
    const text = signValue(key, params[key]);
    if (text === undefined) continue;
    // Most values hold no `&`; only those can start another field.
    if (text.indexOf('&') !== -1) assertUnambiguous(key, text, closed);
    out = out === '' ? key + '=' + text : out + '&' + key + '=' + text;
  }
  return out;
}

/**
 * Keys are names and contain no `=`, so a re-split of the sign source can start a field only at
 * an `&` inside a value, and that field's name runs to the next `=` inside the same value: the
 * value contains `&name=`. Refusing that (strict) leaves one field map per sign source; the closed
 * rule refuses it in URL fields only for names the message can carry, since its receiver refuses
 * any other name as an unknown field.
 */
function assertUnambiguous(field: string, text: string, closed: ClosedMessage | undefined): void {
  let at = nextFieldStart(text, 0);
  if (at === -1) return;
  const relaxed = closed !== undefined && closed.uri.includes(field);
  for (; at !== -1; at = nextFieldStart(text, at + 1)) {
    const name = text.slice(at + 1, text.indexOf('=', at));
    if (!relaxed) {
      throw new SignSourceError(
        'SIGN_SOURCE_AMBIGUOUS',
        `parameter "${field}" contains "&" followed by a field name and "=": the signed string could then be split into a different message, so only URL fields of a known request may contain "&name=" (see the signing guide)`,
        field,
      );
    }
    if (name === SIGN_FIELD || (closed as ClosedMessage).fields.includes(name)) {
      throw new SignSourceError(
        'SIGN_SOURCE_AMBIGUOUS',
        `parameter "${field}" is a URL whose query string has "&${name}=", a field of this message: the signed string could then be split into a different message (see the signing guide)`,
        field,
      );
    }
  }
}

function assertObject(params: unknown): asserts params is SignParams {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new SignSourceError(
      'SIGN_SOURCE_NOT_OBJECT',
      'the parameters to sign must be a plain object',
    );
  }
}

function assertKey(key: string): void {
  if (keyKind(key) === KEY_INVALID) throwKey(key);
}

/**
 * Classifies a key: a name (`[A-Za-z0-9_]+`), upper case or not. The splice rule's proof needs
 * names: a key holding `&` or `=` would itself be a place to split the sign source.
 */
function keyKind(key: string): number {
  if (key.length === 0) return KEY_INVALID;
  let kind = KEY_OK;
  for (let i = 0; i < key.length; i += 1) {
    const c = key.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) kind = KEY_UPPER;
    else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f /* _ */))
      return KEY_INVALID;
  }
  return kind;
}

function throwKey(key: string): never {
  // The field is named only when it is printable ASCII (it may hold `&` or `=`), never otherwise.
  let printable = key.length > 0;
  for (let i = 0; printable && i < key.length; i += 1) {
    const c = key.charCodeAt(i);
    printable = c >= 0x21 && c <= 0x7e;
  }
  throw new SignSourceError(
    'SIGN_SOURCE_KEY',
    'parameter names must be made of ASCII letters, digits and "_" only',
    printable ? key : undefined,
  );
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Only keys with upper-case letters can sort differently case-insensitively (Java SDK order).
function assertCaseInsensitiveOrder(sorted: readonly string[]): void {
  if (!sorted.some((key) => keyKind(key) === KEY_UPPER)) return;
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = (sorted[i - 1] as string).toLowerCase();
    const current = (sorted[i] as string).toLowerCase();
    if (previous >= current) {
      throw new SignSourceError(
        'SIGN_SOURCE_KEY_ORDER',
        `parameter names "${sorted[i - 1]}" and "${sorted[i]}" sort differently by byte and case-insensitively; LianLian's order for them is ambiguous`,
        sorted[i],
      );
    }
  }
}

// Java's String.CASE_INSENSITIVE_ORDER on ASCII names: compare the lower-cased keys code unit by
// code unit. Two keys equal but for case compare equal there, and Java's sort would then keep the
// map's order, which a receiver cannot know: such a pair is refused.
function sortCaseInsensitive(keys: string[]): void {
  const lower = new Map(keys.map((key) => [key, key.toLowerCase()]));
  keys.sort((a, b) => compareKeys(lower.get(a) as string, lower.get(b) as string));
  for (let i = 1; i < keys.length; i += 1) {
    if (lower.get(keys[i - 1] as string) === lower.get(keys[i] as string)) {
      throw new SignSourceError(
        'SIGN_SOURCE_KEY_ORDER',
        `parameter names "${keys[i - 1]}" and "${keys[i]}" differ only in letter case; their case-insensitive order is ambiguous`,
        keys[i],
      );
    }
  }
}

const checkedOrderings = new WeakSet<readonly string[]>();

function assertOrdering(orderedFields: readonly string[]): void {
  if (checkedOrderings.has(orderedFields)) return;
  if (!Array.isArray(orderedFields)) {
    throw new SignSourceError('SIGN_SOURCE_ORDERING', 'the field ordering must be an array');
  }
  for (let i = 0; i < orderedFields.length; i += 1) {
    const key = orderedFields[i] as string;
    if (typeof key !== 'string' || key === SIGN_FIELD) {
      throw new SignSourceError(
        'SIGN_SOURCE_ORDERING',
        'the field ordering must list parameter names other than "sign"',
      );
    }
    assertKey(key);
    const previous = orderedFields[i - 1];
    if (previous !== undefined && compareKeys(previous, key) >= 0) {
      throw new SignSourceError(
        'SIGN_SOURCE_ORDERING',
        `the field ordering is not strictly ascending at "${key}"`,
        key,
      );
    }
  }
  assertCaseInsensitiveOrder(orderedFields);
  // Frozen arrays cannot change after the check, so the result can be remembered.
  if (Object.isFrozen(orderedFields)) checkedOrderings.add(orderedFields);
}
