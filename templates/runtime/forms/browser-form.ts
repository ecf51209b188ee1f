/**
 * A browser-form operation (WEB Payment, and every other `browser-form` in the spec) is an HTML
 * form the payer's browser posts to a LianLian page. This module builds such a form: it fills in the fixed fields, validates everything before signing (schema rules
 * through the generated validator, then the clock, the card fields and what a hidden input can
 * carry), signs the fields in the spec's order and renders them, fully escaped, into a page.
 *
 * The generated `build<Op>Form` functions bind this engine to the spec (action URL, field order,
 * validator); use those.
 */
import { signSourceOrdered, signValue } from '../crypto/canonical.js';
import type { KeyInput } from '../crypto/keys.js';
import { signBytes } from '../crypto/sign.js';
import { messageCharset, type SignCharset, type SourceCharsetRule } from '../crypto/charset.js';
import type { encodeCharset } from '../crypto/charset-encode.js';
import { SignSourceError } from '../shared/errors.js';
import { toSignType } from '../crypto/sign-type.js';
import {
  issueField,
  summariseIssues,
  type ValidationIssue,
  type ValidationResult,
} from '../shared/validation.js';
import { formatChinaTime, MAX_CLOCK_SKEW_MINUTES } from '../shared/china-time.js';
import { BrowserFormError } from './browser-form-errors.js';
import { isCspNonce, renderHtmlDocument, renderPostForm, escapeHtml } from '../shared/html.js';
import { serializeRiskItem, type RiskItemInput } from './json-text.js';
import {
  checkFormFields,
  checkSubmittable,
  checkClockField,
  type FormFieldCheck,
} from './browser-form-rules.js';

/**
 * A field the builder fills in (the spec's `x-lianlian-form.fill`): the merchant number from the
 * options (a caller's different value is refused), the clock's time in UTC+8 (checked against the
 * clock when the caller gives one), or a fixed value (the schema's only `version`, the first sign
 * type) the caller may override.
 */
export type FormFill =
  | { readonly field: string; readonly from: 'merchant' | 'clock' }
  | { readonly field: string; readonly from: 'value'; readonly value: string };

/** What the spec says about one browser-form operation (emitted by the generator per form). */
export interface BrowserFormDefinition {
  /** servers[0].url + path of the operation: LianLian's production cashier. */
  readonly actionUrl: string;
  /** The request's fields except sign, in signing (ascending byte) order. */
  readonly signingFields: readonly string[];
  /** The request's `format: uri` fields: the form is signed under the closed sign-source rule. */
  readonly uriFields: readonly string[];
  /** The generated validator of the request schema. */
  readonly validateRequest: (value: unknown) => ValidationResult<unknown>;
  /** The fields the builder fills in, in the spec's order. */
  readonly fills: readonly FormFill[];
  /** Checks beyond the schema, in order (`x-lianlian-form.checks`). */
  readonly checks: readonly FormFieldCheck[];
  /** Fields holding JSON text (`contentMediaType: application/json`): an object is serialised once. */
  readonly jsonTextFields: readonly string[];
  /** The HTML id of the rendered form (default `lianlian-form`). */
  readonly formId?: string;
  /**
   * The one input that carries the signed fields, sign included, as the text of a JSON object of
   * strings (Easypay H5's `req_data`); absent when the form posts the signed fields themselves.
   */
  readonly jsonField?: string;
  /**
   * The field naming the charset the form is signed and submitted in (`x-lianlian-form.charset`);
   * without it, UTF-8.
   */
  readonly charset?: FormCharsetRule;
}

/**
 * A form's charset rule with the encoder, which only a form that has a charset references, so
 * that a bundle of the other forms leaves out iconv-lite.
 */
export interface FormCharsetRule extends SourceCharsetRule {
  readonly encode: typeof encodeCharset;
}

/** Options of one form. */
export interface BrowserFormOptions {
  /** The merchant number (`oid_partner`); the builder puts it into the form. */
  readonly oidPartner: string;
  /** The merchant's RSA private key (any format `loadPrivateKey` accepts). */
  readonly privateKey: KeyInput;
  /** Where the form posts instead of LianLian's production cashier (a sandbox, for example). */
  readonly actionUrl?: string;
  /** The current time (default `() => new Date()`); `timestamp` defaults to it and is checked against it. */
  readonly now?: () => Date;
  /** Nonce of the page's Content-Security-Policy for the auto-submit script. */
  readonly cspNonce?: string;
  /** Largest allowed distance of `timestamp` from `now`, in minutes (default 30, LianLian's limit). */
  readonly maxClockSkewMinutes?: number;
  /** Title of the page (default: a short Chinese "redirecting to LianLian Pay"). */
  readonly title?: string;
  /** Label of the submit button shown without JavaScript. */
  readonly submitLabel?: string;
}

/** A signed browser form. */
export interface BrowserForm {
  /** The URL the form posts to. */
  readonly action: string;
  /**
   * Every field the browser submits, in order: the signed fields, then `sign`; or, for a form
   * carrying them as JSON text, that one field.
   */
  readonly fields: readonly (readonly [name: string, value: string])[];
  /** The signed fields as signed, in order, then `sign` (the same as `fields` for a plain form). */
  readonly signedFields: readonly (readonly [name: string, value: string])[];
  /** A complete page whose inline script (carrying `cspNonce`) submits the form on load. */
  readonly html: string;
  /** The same page without any script: the payer presses a visible submit button. */
  readonly htmlWithoutScript: string;
}

const DEFAULT_FORM_ID = 'lianlian-form';

/**
 * Binds the engine to the spec's definition of one browser-form operation.
 * @throws {BrowserFormError} `BROWSER_FORM_OPTIONS` when the definition is unusable.
 */
export function createBrowserFormBuilder(
  definition: BrowserFormDefinition,
): (params: Readonly<Record<string, unknown>>, options: BrowserFormOptions) => BrowserForm {
  const ordering = Object.freeze([...definition.signingFields]);
  checkUrl(definition.actionUrl, 'actionUrl');
  return (params, options) => buildForm(definition, ordering, params, options);
}

/**
 * The payer's IPv4 address in the form `userreq_ip` wants (`122_11_37_211`). Accepts dotted IPv4
 * and IPv4-mapped IPv6 (`::ffff:122.11.37.211`, what Node reports on dual-stack sockets).
 * @throws {BrowserFormError} `BROWSER_FORM_INVALID` for anything else (LianLian takes IPv4 only).
 */
export function toUserreqIp(address: string): string {
  const ipv4 = typeof address === 'string' ? address.replace(/^::ffff:/i, '') : '';
  const parts = ipv4.split('.');
  const valid =
    parts.length === 4 && parts.every((p) => /^(?:0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255);
  if (!valid) {
    throw new BrowserFormError(
      'BROWSER_FORM_INVALID',
      'userreq_ip needs an IPv4 address',
      'userreq_ip',
    );
  }
  return parts.join('_');
}

function buildForm(
  definition: BrowserFormDefinition,
  ordering: readonly string[],
  params: Readonly<Record<string, unknown>>,
  options: BrowserFormOptions,
): BrowserForm {
  const settings = checkOptions(options, definition.actionUrl);
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new BrowserFormError('BROWSER_FORM_INVALID', 'the form parameters must be an object');
  }
  const now = settings.now();
  const message: Record<string, unknown> = { ...params };
  if (message.sign !== undefined) {
    throw new BrowserFormError(
      'BROWSER_FORM_OPTIONS',
      'sign is computed by the builder; leave it out',
      'sign',
    );
  }
  const clockFields: string[] = [];
  for (const fill of definition.fills) {
    if (fill.from === 'value') {
      message[fill.field] ??= fill.value;
    } else if (fill.from === 'clock') {
      message[fill.field] ??= formatChinaTime(now);
      clockFields.push(fill.field);
    } else {
      if (message[fill.field] !== undefined && message[fill.field] !== options.oidPartner) {
        throw new BrowserFormError(
          'BROWSER_FORM_OPTIONS',
          `${fill.field} differs from options.oidPartner`,
          fill.field,
        );
      }
      message[fill.field] = options.oidPartner;
    }
  }
  for (const field of definition.jsonTextFields) {
    const value = message[field];
    // Serialised here, once: this exact text is both signed and submitted.
    if (typeof value === 'object' && value !== null)
      message[field] = serializeRiskItem(value as RiskItemInput, field);
  }

  const result = definition.validateRequest(message);
  if (!result.ok) {
    const issues = result.issues.filter((issue) => !isMissingSign(issue));
    if (issues.length > 0) throw invalid(issues);
  }
  for (const field of clockFields) {
    checkClockField(String(message[field]), now, settings.maxSkewMinutes, field);
  }
  checkFormFields(message, definition.checks);

  const fields: [string, string][] = [];
  for (const name of ordering) {
    const text = signValue(name, message[name]);
    if (text !== undefined) fields.push([name, text]);
  }
  checkSubmittable(fields);
  const { charset, bytesOf } = formCharset(definition, message);
  // The validator closed the field set; the canonical module re-derives the source independently.
  // Closed rule: free text may not contain `&name=`; URLs may, unless `name` is a form field.
  const source = signSourceOrdered(message, ordering, {
    unknownFields: 'reject',
    uriFields: definition.uriFields,
  });
  if (source !== fields.map(([name, value]) => `${name}=${value}`).join('&')) {
    throw new BrowserFormError(
      'BROWSER_FORM_SIGN_MISMATCH',
      'the fields to submit differ from the string to sign; nothing was signed',
      'sign',
    );
  }
  fields.push([
    'sign',
    signBytes(bytesOf(source), {
      privateKey: options.privateKey,
      signType: toSignType(message.sign_type),
    }),
  ]);

  // The JSON carrier holds every signed value as a JSON string: JSON.parse gives back exactly the
  // signed text, whatever quotes, backslashes or astral characters it holds.
  const submitted: [string, string][] =
    definition.jsonField === undefined
      ? fields
      : [[definition.jsonField, JSON.stringify(Object.fromEntries(fields))]];

  const title = options.title ?? '正在跳转到连连支付…';
  const label = options.submitLabel ?? '前往连连支付 (Continue to LianLian Pay)';
  const page = (submit: Parameters<typeof renderPostForm>[0]['submit']) =>
    renderHtmlDocument(
      title,
      `<p>${escapeHtml(title)}</p>\n` +
        renderPostForm({
          id: definition.formId ?? DEFAULT_FORM_ID,
          action: settings.action,
          fields: submitted,
          submitLabel: label,
          submit,
          acceptCharset: charset,
        }),
    );
  return {
    action: settings.action,
    fields: submitted,
    signedFields: fields,
    html: page(
      settings.nonce === undefined ? { mode: 'script' } : { mode: 'script', nonce: settings.nonce },
    ),
    htmlWithoutScript: page({ mode: 'button' }),
  };
}

/**
 * The charset the form is signed and submitted in, and the bytes of a text in it; every value must
 * survive it unchanged.
 * @throws {BrowserFormError} `BROWSER_FORM_CHARSET` naming the first field the charset cannot carry.
 */
function formCharset(
  definition: BrowserFormDefinition,
  message: Readonly<Record<string, unknown>>,
): { charset: SignCharset; bytesOf: (text: string) => Buffer } {
  if (definition.charset === undefined) {
    return { charset: 'UTF-8', bytesOf: (text) => Buffer.from(text, 'utf8') };
  }
  const { field, encode } = definition.charset;
  const charset = messageCharset(message, definition.charset);
  // The schema's enum has refused other names already; this keeps the builder safe without it.
  if (charset === undefined) {
    throw new BrowserFormError('BROWSER_FORM_INVALID', `${field} names no known charset`, field);
  }
  const fields = Object.entries(message).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  try {
    // Per field, so a refusal names its field; UTF-8 carries any text.
    if (charset !== 'UTF-8') for (const [name, value] of fields) encode(value, charset, name);
  } catch (error) {
    if (!(error instanceof SignSourceError)) throw error;
    throw new BrowserFormError('BROWSER_FORM_CHARSET', error.message, error.field);
  }
  return { charset, bytesOf: (text) => encode(text, charset) };
}

function checkOptions(options: BrowserFormOptions, defaultAction: string) {
  if (typeof options !== 'object' || options === null) {
    throw new BrowserFormError('BROWSER_FORM_OPTIONS', 'options must be an object', 'options');
  }
  if (typeof options.oidPartner !== 'string' || options.oidPartner === '') {
    throw new BrowserFormError(
      'BROWSER_FORM_OPTIONS',
      'oidPartner must be the merchant number as a string',
      'oidPartner',
    );
  }
  const action = options.actionUrl ?? defaultAction;
  checkUrl(action, 'actionUrl');
  if (options.cspNonce !== undefined && !isCspNonce(options.cspNonce)) {
    throw new BrowserFormError(
      'BROWSER_FORM_OPTIONS',
      'cspNonce must be base64 text of at least 8 characters',
      'cspNonce',
    );
  }
  const maxSkewMinutes = options.maxClockSkewMinutes ?? MAX_CLOCK_SKEW_MINUTES;
  if (!(
    typeof maxSkewMinutes === 'number' &&
    maxSkewMinutes > 0 &&
    maxSkewMinutes <= MAX_CLOCK_SKEW_MINUTES
  )) {
    throw new BrowserFormError(
      'BROWSER_FORM_OPTIONS',
      `maxClockSkewMinutes must be more than 0 and at most ${MAX_CLOCK_SKEW_MINUTES}`,
      'maxClockSkewMinutes',
    );
  }
  const now = options.now ?? (() => new Date());
  if (typeof now !== 'function') {
    throw new BrowserFormError(
      'BROWSER_FORM_OPTIONS',
      'now must be a function returning a Date',
      'now',
    );
  }
  const clock = () => {
    const value = now();
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
      throw new BrowserFormError('BROWSER_FORM_OPTIONS', 'now() must return a valid Date', 'now');
    }
    return value;
  };
  return { action, nonce: options.cspNonce, maxSkewMinutes, now: clock };
}

function checkUrl(url: string, field: string): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new BrowserFormError(
      'BROWSER_FORM_OPTIONS',
      `${field} must be an absolute http(s) URL`,
      field,
    );
  }
}

function isMissingSign(issue: ValidationIssue): boolean {
  return issue.keyword === 'required' && (issue.limit === 'sign' || issue.path === 'sign');
}

function invalid(issues: readonly ValidationIssue[]): BrowserFormError {
  return new BrowserFormError(
    'BROWSER_FORM_INVALID',
    `the form is invalid and was not signed: ${summariseIssues(issues)}`,
    issueField(issues),
    issues,
  );
}

/** @deprecated Use {@link BrowserForm}. */
export type WebPaymentForm = BrowserForm;
/** @deprecated Use {@link BrowserFormOptions}. */
export type WebPaymentFormOptions = BrowserFormOptions;
