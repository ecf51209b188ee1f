/**
 * Verification of signed LianLian responses and notifications.
 *
 * - Covers every received field except `sign`, documented or not, with values exactly as
 *   received (no URL decoding, no re-serialisation).
 * - The algorithm comes from the merchant's configuration: the message's `sign_type` (any letter
 *   case) must be present and name one of `allowedSignTypes`; otherwise the message is rejected
 *   before any key is used. A message is never verified with an algorithm that is not allowed.
 * - Several public keys may be configured (key rotation); the first that verifies wins.
 * - A message one of whose values contains `&name=` is refused (`ambiguous-sign-source`): its
 *   sign source would also be the sign source of a different field map (the strict rule). A
 *   verifier of requests whose fields are all known (the sandbox) may use the closed rule instead.
 * - Never throws because of the received message; it returns a {@link VerifyResult}.
 */
import { verify as rsaVerify, type KeyObject } from 'node:crypto';
import { signSource, signSourceOrdered, type SignKeyOrder } from './canonical.js';
import { ConfigurationError, LianLianError, SignSourceError } from '../shared/errors.js';
import { loadPublicKey, type KeyInput } from './keys.js';
import type { SourceCharsetRule } from './charset.js';
import { charsetSourceBytes } from './charset-encode.js';
import { digestOf, parseSignType, SIGN_TYPES, type SignType } from './sign-type.js';

/** Options of {@link verifyParams} and {@link createVerifier}. */
export interface VerifyOptions {
  /** LianLian's public key, or several during a key rotation. */
  publicKeys: KeyInput | readonly KeyInput[];
  /**
   * Signature types accepted (any letter case). Defaults to both `RSA` and `SHA256withRSA`;
   * narrow it to the type configured for the merchant account.
   */
  allowedSignTypes?: readonly (SignType | string)[];
  /**
   * Only for verifying requests of one known, closed message (what the sandbox does): its signing
   * ordering and URL fields from the generated `signingFields` and `signingUriFields`. Unknown
   * fields are then refused, and URL fields may carry `&name=` for names outside the message
   * (the closed rule). Without it every value is held to the strict rule.
   */
  closedMessage?: ClosedSignMessage;
  /**
   * Fields the message carries outside its signature, as LianLian documents for some answers (the
   * payment result queries' `bank_name`, `memo`; generated from `x-lianlian-signature`'s
   * `unsignedFields`). They are left out of the sign source; every other received field is covered.
   */
  unsignedFields?: readonly string[];
  /**
   * The key order of the sign source (`x-lianlian-signature`'s `keyOrder`): `byte` (default) or
   * `case-insensitive`, the Java order LianLian signs some answers in (errata E441). Exactly this
   * order is accepted. Not for a `closedMessage`, whose ordering is given.
   */
  keyOrder?: SignKeyOrder;
}

/** A closed request message: every field it may carry, in signing order, and its URL fields. */
export interface ClosedSignMessage {
  readonly fields: readonly string[];
  readonly uriFields: readonly string[];
  /** The field naming the charset whose bytes were signed (`charset_name` forms; errata E530). */
  readonly charset?: SourceCharsetRule;
}

/** Why a message failed verification. */
export type VerifyFailureReason =
  | 'not-an-object'
  | 'missing-sign'
  | 'malformed-sign'
  | 'missing-sign-type'
  | 'unknown-sign-type'
  | 'sign-type-not-allowed'
  | 'unsignable-params'
  | 'ambiguous-sign-source'
  | 'bad-signature';

/** Outcome of a verification. `detail` is safe to log: it never contains received values. */
export type VerifyResult =
  | { ok: true; keyIndex: number; signType: SignType }
  | { ok: false; reason: VerifyFailureReason; detail: string };

/** A verification function bound to keys loaded once. */
export type Verifier = (received: unknown) => VerifyResult;

// 1 for the 64 characters of standard base64 (RFC 4648 §4), by char code.
const BASE64_ALPHABET = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') {
  BASE64_ALPHABET[c.charCodeAt(0)] = 1;
}

/**
 * Loads the configured keys once and returns a verifier.
 * @throws {KeyFormatError} when a configured public key cannot be loaded (configuration error).
 * @throws {ConfigurationError} when no key is given, or `allowedSignTypes` is empty or names an
 *   unknown type.
 */
export function createVerifier(options: VerifyOptions): Verifier {
  return createVerifierWith(options, charsetSourceBytes);
}

/**
 * {@link createVerifier} for messages signed in UTF-8 (no `closedMessage`): what the client and
 * the notification verifier use, so that a bundle of them leaves out the GB encoders (iconv-lite)
 * the charset rule needs. Not exported by the package.
 */
export function createUtf8Verifier(options: Omit<VerifyOptions, 'closedMessage'>): Verifier {
  return createVerifierWith(options, utf8Only);
}

// Unreachable through createUtf8Verifier's options (no closedMessage, so no charset rule).
const utf8Only: typeof charsetSourceBytes = (_source, _params, rule) => {
  throw new SignSourceError('SIGN_SOURCE_CHARSET', 'this verifier reads UTF-8 only', rule.field);
};

function createVerifierWith(options: VerifyOptions, encode: typeof charsetSourceBytes): Verifier {
  const inputs: readonly KeyInput[] = Array.isArray(options.publicKeys)
    ? options.publicKeys
    : [options.publicKeys as KeyInput];
  if (inputs.length === 0) {
    throw new ConfigurationError('VERIFY_NO_KEY', 'no public key configured', 'publicKeys');
  }
  const keys = inputs.map((input) => loadPublicKey(input));
  // Read once: the modulus size decides which keys a signature's length can match.
  const modulusBits = keys.map((key) => key.asymmetricKeyDetails?.modulusLength);
  const allowed = resolveAllowed(options.allowedSignTypes);
  const closed = options.closedMessage;
  const keyOrder = options.keyOrder ?? 'byte';
  if (keyOrder !== 'byte' && (keyOrder !== 'case-insensitive' || closed !== undefined)) {
    throw new ConfigurationError(
      'VERIFY_KEY_ORDER',
      'keyOrder must be "byte" or "case-insensitive", and cannot be combined with closedMessage',
      'keyOrder',
    );
  }
  const sourceOf =
    closed === undefined
      ? (params: Record<string, unknown>) => signSource(params, keyOrder)
      : (params: Record<string, unknown>) =>
          signSourceOrdered(params, closed.fields, { uriFields: closed.uriFields });
  // A bad ordering is a configuration error: let it throw here, not refuse every message later.
  if (closed !== undefined) sourceOf({});
  const unsigned = new Set(options.unsignedFields ?? []);
  const coveredSourceOf =
    unsigned.size === 0
      ? sourceOf
      : (params: Record<string, unknown>) =>
          sourceOf(
            Object.fromEntries(Object.entries(params).filter(([key]) => !unsigned.has(key))),
          );
  const rule = closed?.charset;
  const bytesOf =
    rule === undefined
      ? (params: Record<string, unknown>) => Buffer.from(coveredSourceOf(params), 'utf8')
      : (params: Record<string, unknown>) => encode(coveredSourceOf(params), params, rule);
  return (received) => {
    try {
      return check(received, keys, modulusBits, allowed, bytesOf);
    } catch {
      // Exotic inputs (proxies, throwing getters) must not escape as exceptions.
      return fail('unsignable-params', 'the message could not be read');
    }
  };
}

/**
 * Verifies a received message. Equivalent to `createVerifier(options)(received)`; prefer
 * `createVerifier` when verifying many messages, so keys are parsed once.
 * @throws only for configuration errors, as {@link createVerifier}; never because of `received`.
 */
export function verifyParams(received: unknown, options: VerifyOptions): VerifyResult {
  return createVerifier(options)(received);
}

function resolveAllowed(allowed: VerifyOptions['allowedSignTypes']): ReadonlySet<SignType> {
  if (allowed === undefined) return new Set(SIGN_TYPES);
  const types = allowed.map((value) => parseSignType(value));
  if (types.length === 0 || types.some((type) => type === undefined)) {
    throw new ConfigurationError(
      'VERIFY_SIGN_TYPES',
      `allowedSignTypes must list one or more of ${SIGN_TYPES.join(', ')}`,
      'allowedSignTypes',
    );
  }
  return new Set(types as SignType[]);
}

function check(
  received: unknown,
  keys: readonly KeyObject[],
  modulusBits: readonly (number | undefined)[],
  allowed: ReadonlySet<SignType>,
  bytesOf: (params: Record<string, unknown>) => Buffer,
): VerifyResult {
  if (typeof received !== 'object' || received === null || Array.isArray(received)) {
    return fail('not-an-object', 'the message is not an object');
  }
  const params = received as Record<string, unknown>;
  const sign = Object.hasOwn(params, 'sign') ? params.sign : undefined;
  if (sign === undefined || sign === null || sign === '') {
    return fail('missing-sign', 'the message has no sign');
  }
  if (typeof sign !== 'string') return fail('malformed-sign', 'sign is not a string');
  if (!isStrictBase64(sign)) {
    return fail(
      'malformed-sign',
      sign.includes(' ')
        ? 'sign is not base64: it contains a space (was a "+" URL-decoded into a space?)'
        : 'sign is not standard base64 without line breaks',
    );
  }
  const rawType = Object.hasOwn(params, 'sign_type') ? params.sign_type : undefined;
  if (rawType === undefined || rawType === null || rawType === '') {
    return fail('missing-sign-type', 'the message has no sign_type');
  }
  const signType = parseSignType(rawType);
  if (signType === undefined) {
    return fail('unknown-sign-type', `sign_type is not one of ${SIGN_TYPES.join(', ')}`);
  }
  if (!allowed.has(signType)) {
    return fail('sign-type-not-allowed', `sign_type ${signType} is not allowed by configuration`);
  }
  const signature = Buffer.from(sign, 'base64');
  let data: Buffer;
  try {
    data = bytesOf(params);
  } catch (error) {
    const field = error instanceof LianLianError ? error.field : undefined;
    if (error instanceof SignSourceError && error.code === 'SIGN_SOURCE_AMBIGUOUS') {
      return fail(
        'ambiguous-sign-source',
        `parameter "${String(field)}" contains "&name=", so its signed string is also that of a different message`,
      );
    }
    return fail(
      'unsignable-params',
      field === undefined
        ? 'the message cannot be turned into a sign source'
        : `parameter "${field}" cannot be part of a sign source`,
    );
  }
  const digest = digestOf(signType);
  let lengthMatched = false;
  for (let index = 0; index < keys.length; index += 1) {
    // A signature is exactly as long as the modulus; other lengths cannot verify under this key.
    if (signature.length * 8 !== modulusBits[index]) continue;
    lengthMatched = true;
    if (rsaVerify(digest, data, keys[index] as KeyObject, signature)) {
      return { ok: true, keyIndex: index, signType };
    }
  }
  return lengthMatched
    ? fail('bad-signature', 'no configured public key verifies the signature')
    : fail('malformed-sign', 'sign has the wrong length for every configured key');
}

/**
 * Whether `text` is standard base64 with padding and no line breaks: groups of four alphabet
 * characters, the last of which may end in `=` or `==` (the former STRICT_BASE64 regex, as a
 * char-code scan: ~1.7× faster on 172- and 344-character signatures).
 * Non-zero trailing bits are accepted, as before: Buffer decodes them to the same bytes.
 */
function isStrictBase64(text: string): boolean {
  const n = text.length;
  if (n % 4 !== 0) return false;
  // Padding may only fill the last one or two places, and `==` needs both.
  let end = n;
  if (n > 0 && text.charCodeAt(n - 1) === 0x3d /* = */) {
    end = text.charCodeAt(n - 2) === 0x3d ? n - 2 : n - 1;
  }
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 128 || BASE64_ALPHABET[c] !== 1) return false;
  }
  return true;
}

function fail(reason: VerifyFailureReason, detail: string): VerifyResult {
  return { ok: false, reason, detail };
}
