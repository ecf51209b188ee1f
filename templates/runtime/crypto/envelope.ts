/**
 * The `lianpay1_0_1` `pay_load` envelope of the Instant payment confirm API:
 *
 *   lianpay1_0_1 $ B64(OAEP(hmac_key)) $ B64(OAEP(aes_key)) $ B64(nonce) $ B64(ciphertext) $ B64(mac)
 *
 * Keys are 32 and the nonce 8 characters of `0-9A-Z` drawn from a CSPRNG; the keys are wrapped
 * with RSA-OAEP (SHA-1, MGF1-SHA-1) under LianLian's public key; the plaintext is encrypted with
 * AES-256-CTR starting at counter block nonce || 00000000 00000001; the MAC is HMAC-SHA256 over
 * the nonce and ciphertext fields joined by `$`, as transmitted (line breaks included).
 * Decryption authenticates before it decrypts anything.
 */
import {
  constants,
  createCipheriv,
  createDecipheriv,
  createHmac,
  privateDecrypt,
  publicEncrypt,
  randomInt,
  timingSafeEqual,
  type KeyObject,
} from 'node:crypto';
import type { SignParams } from './canonical.js';
import { EnvelopeError } from '../shared/errors.js';
import { readJsonObject } from '../shared/json-text.js';
import { loadPrivateKey, loadPublicKey, type KeyInput } from './keys.js';

/** The version tag that opens every envelope. */
export const ENVELOPE_VERSION = 'lianpay1_0_1';

/** Options of {@link encryptPayload}. */
export interface EncryptOptions {
  /** Wrap each base64 field at 76 characters with CRLF, as LianLian's Java encoder does. */
  wrapBase64?: boolean;
}

/** The decoded fields of an envelope, before any key is used. */
export interface EnvelopeParts {
  wrappedHmacKey: Buffer;
  wrappedAesKey: Buffer;
  nonce: Buffer;
  ciphertext: Buffer;
  mac: Buffer;
  /** The exact text the MAC covers: nonce field, `$`, ciphertext field, as transmitted. */
  macInput: string;
}

/** The outer request body: `oid_partner` and the envelope in field `F` (LianLian's `pay_load`). */
export type EnvelopeBody<F extends string = 'pay_load'> = { oid_partner: string } & Record<
  F,
  string
>;

/** Options of {@link buildEnvelopeBody}. */
export interface EnvelopeBodyOptions<F extends string> extends EncryptOptions {
  /** The body field carrying the envelope: the spec's `x-lianlian-envelope` `field` (default `pay_load`). */
  field?: F;
}

const FIELD_NAMES = ['hmac_key', 'aes_key', 'nonce', 'ciphertext', 'mac'] as const;
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const KEY_LENGTH = 32;
const NONCE_LENGTH = 8;
const MAC_LENGTH = 32;
const COUNTER_START = Buffer.from([0, 0, 0, 0, 0, 0, 0, 1]);
const LINE_BREAKS = /\r?\n/g;

/**
 * Longest envelope accepted, in characters, checked before any other work. An Instant payment
 * confirm envelope is about 1 KiB (2 KiB with 4096-bit keys and line breaks); the cap keeps a hostile
 * `pay_load` from costing memory and time (an 8 MB field used to exhaust the regular expression's
 * stack and throw RangeError instead of an EnvelopeError).
 */
export const MAX_ENVELOPE_LENGTH: number = 64 * 1024;

/**
 * Encrypts `plaintext` (UTF-8) for the holder of `publicKey` (LianLian's key).
 * @throws {EnvelopeError} `ENVELOPE_INPUT` when `plaintext` is not a string.
 * @throws {KeyFormatError} when the public key cannot be loaded.
 */
export function encryptPayload(
  plaintext: string,
  publicKey: KeyInput,
  options: EncryptOptions = {},
): string {
  if (typeof plaintext !== 'string') {
    throw new EnvelopeError('ENVELOPE_INPUT', 'the plaintext to encrypt must be a string');
  }
  const key = loadPublicKey(publicKey);
  const hmacKey = randomText(KEY_LENGTH);
  const aesKey = randomText(KEY_LENGTH);
  const nonce = randomText(NONCE_LENGTH);
  const cipher = createCipheriv('aes-256-ctr', aesKey, counterBlock(nonce));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const encode = (bytes: Buffer): string => base64(bytes, options.wrapBase64 === true);
  const nonceField = encode(nonce);
  const ciphertextField = encode(ciphertext);
  const mac = createHmac('sha256', hmacKey).update(`${nonceField}$${ciphertextField}`).digest();
  return [
    ENVELOPE_VERSION,
    encode(wrap(key, hmacKey)),
    encode(wrap(key, aesKey)),
    nonceField,
    ciphertextField,
    encode(mac),
  ].join('$');
}

/**
 * Splits an envelope into its decoded fields, checking the version tag, the field count, the
 * base64 of every field (plain, or wrapped with CRLF or LF) and the nonce and MAC lengths.
 * @throws {EnvelopeError} `ENVELOPE_INPUT`, `ENVELOPE_TOO_LARGE` (beyond
 *   {@link MAX_ENVELOPE_LENGTH}), `ENVELOPE_VERSION`, `ENVELOPE_FIELD_COUNT`, `ENVELOPE_BASE64` or
 *   `ENVELOPE_NONCE`.
 */
export function parseEnvelope(envelope: string): EnvelopeParts {
  if (typeof envelope !== 'string') {
    throw new EnvelopeError('ENVELOPE_INPUT', 'the envelope must be a string', 'pay_load');
  }
  if (envelope.length > MAX_ENVELOPE_LENGTH) {
    throw new EnvelopeError(
      'ENVELOPE_TOO_LARGE',
      `the envelope is longer than ${MAX_ENVELOPE_LENGTH} characters`,
      'pay_load',
    );
  }
  const fields = envelope.trim().split('$');
  if (fields[0] !== ENVELOPE_VERSION) {
    throw new EnvelopeError(
      'ENVELOPE_VERSION',
      `the envelope does not start with "${ENVELOPE_VERSION}$"`,
      'pay_load',
    );
  }
  if (fields.length !== FIELD_NAMES.length + 1) {
    throw new EnvelopeError(
      'ENVELOPE_FIELD_COUNT',
      `the envelope has ${fields.length} "$"-separated fields instead of ${FIELD_NAMES.length + 1}`,
      'pay_load',
    );
  }
  const texts = fields.slice(1);
  const [wrappedHmacKey, wrappedAesKey, nonce, ciphertext, mac] = FIELD_NAMES.map((name, i) =>
    decodeField(name, texts[i] as string),
  ) as [Buffer, Buffer, Buffer, Buffer, Buffer];
  if (nonce.length !== NONCE_LENGTH) {
    throw new EnvelopeError(
      'ENVELOPE_NONCE',
      `the nonce is ${nonce.length} bytes instead of ${NONCE_LENGTH}`,
      'nonce',
    );
  }
  return {
    wrappedHmacKey,
    wrappedAesKey,
    nonce,
    ciphertext,
    mac,
    macInput: `${texts[2]}$${texts[3]}`,
  };
}

/**
 * Authenticates and decrypts an envelope with the recipient's private key and returns the
 * UTF-8 plaintext. The MAC is checked (in constant time) before anything is decrypted.
 * @throws {EnvelopeError} any code of {@link parseEnvelope}, `ENVELOPE_KEY_UNWRAP` (wrong key or
 *   damaged key fields), `ENVELOPE_MAC_MISMATCH` or `ENVELOPE_UTF8`.
 * @throws {KeyFormatError} when the private key cannot be loaded.
 */
export function decryptPayload(envelope: string, privateKey: KeyInput): string {
  const parts = parseEnvelope(envelope);
  const key = loadPrivateKey(privateKey);
  const hmacKey = unwrap(key, parts.wrappedHmacKey, 'hmac_key');
  const aesKey = unwrap(key, parts.wrappedAesKey, 'aes_key');
  const expected = createHmac('sha256', hmacKey).update(parts.macInput).digest();
  // Equal lengths first: timingSafeEqual throws on a length mismatch.
  if (parts.mac.length !== MAC_LENGTH || !timingSafeEqual(parts.mac, expected)) {
    throw new EnvelopeError(
      'ENVELOPE_MAC_MISMATCH',
      'the envelope MAC does not match: it was altered or made with other keys',
      'mac',
    );
  }
  const decipher = createDecipheriv('aes-256-ctr', aesKey, counterBlock(parts.nonce));
  const plaintext = Buffer.concat([decipher.update(parts.ciphertext), decipher.final()]);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
  } catch {
    throw new EnvelopeError('ENVELOPE_UTF8', 'the decrypted payload is not UTF-8', 'ciphertext');
  }
}

/**
 * Builds the outer request body `{oid_partner, pay_load}` (or the declared `field` instead of
 * `pay_load`) from a signed request: the plaintext is the compact JSON (`JSON.stringify`) of the
 * request, in its own key order.
 * @throws {EnvelopeError} `ENVELOPE_UNSIGNED` when the request carries no `sign`,
 *   `ENVELOPE_PARTNER` when it has no string `oid_partner`.
 */
export function buildEnvelopeBody<F extends string = 'pay_load'>(
  signedRequest: SignParams,
  publicKey: KeyInput,
  options: EnvelopeBodyOptions<F> = {},
): EnvelopeBody<F> {
  if (typeof signedRequest !== 'object' || signedRequest === null || Array.isArray(signedRequest)) {
    throw new EnvelopeError('ENVELOPE_INPUT', 'the request to encrypt must be an object');
  }
  const { sign, oid_partner: partner } = signedRequest;
  if (typeof sign !== 'string' || sign === '') {
    throw new EnvelopeError(
      'ENVELOPE_UNSIGNED',
      'the request must be signed before it is encrypted',
      'sign',
    );
  }
  if (typeof partner !== 'string' || partner === '') {
    throw new EnvelopeError(
      'ENVELOPE_PARTNER',
      'the request has no oid_partner to repeat outside the envelope',
      'oid_partner',
    );
  }
  const { field = 'pay_load', ...encryption } = options;
  return {
    oid_partner: partner,
    [field]: encryptPayload(JSON.stringify(signedRequest), publicKey, encryption),
  } as EnvelopeBody<F>;
}

/** Options of {@link openEnvelopeBody}. */
export interface OpenEnvelopeOptions {
  /**
   * The body field carrying the envelope: the operation's `x-lianlian-envelope` `field`, as the
   * generated `clientOperations[id].envelope.field` gives it (default `pay_load`).
   */
  readonly field?: string;
}

/**
 * Opens an outer request body (LianLian's side, or a sandbox): decrypts the envelope field
 * (`options.field`, default `pay_load`), parses the JSON request inside and checks that its
 * `oid_partner` equals the outer one. The signature of the returned request is not checked here;
 * verify it with the merchant's public key.
 * @throws {EnvelopeError} as {@link decryptPayload}, plus `ENVELOPE_INPUT`, `ENVELOPE_JSON` and
 *   `ENVELOPE_PARTNER`.
 */
export function openEnvelopeBody(
  body: unknown,
  privateKey: KeyInput,
  options: OpenEnvelopeOptions = {},
): Record<string, unknown> {
  const { field = 'pay_load' } = options;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new EnvelopeError('ENVELOPE_INPUT', 'the request body must be a JSON object');
  }
  const record = body as Record<string, unknown>;
  const partner = record.oid_partner;
  const payload = Object.hasOwn(record, field) ? record[field] : undefined;
  if (typeof payload !== 'string') {
    throw new EnvelopeError('ENVELOPE_INPUT', `the request body has no ${field} string`, field);
  }
  const plaintext = decryptPayload(payload, privateKey);
  // A member given twice would be read one way here and another way by whoever checks the sign.
  const inner = readJsonObject(plaintext);
  if (!inner.ok) {
    const message =
      inner.problem === 'duplicate-key'
        ? `the decrypted payload is refused: ${inner.detail}`
        : inner.problem === 'not-object'
          ? 'the decrypted payload is not a JSON object'
          : 'the decrypted payload is not JSON';
    throw new EnvelopeError('ENVELOPE_JSON', message, inner.key ?? field);
  }
  const request = inner.value;
  if (typeof partner !== 'string' || request.oid_partner !== partner) {
    throw new EnvelopeError(
      'ENVELOPE_PARTNER',
      'oid_partner outside the envelope does not match the one inside',
      'oid_partner',
    );
  }
  return request;
}

function randomText(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) bytes[i] = ALPHABET.charCodeAt(randomInt(ALPHABET.length));
  return bytes;
}

function counterBlock(nonce: Buffer): Buffer {
  return Buffer.concat([nonce, COUNTER_START]);
}

function wrap(key: KeyObject, secret: Buffer): Buffer {
  return publicEncrypt(
    { key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
    secret,
  );
}

function unwrap(key: KeyObject, wrapped: Buffer, field: string): Buffer {
  const failure = new EnvelopeError(
    'ENVELOPE_KEY_UNWRAP',
    `${field} cannot be unwrapped with this private key (wrong key or damaged envelope)`,
    field,
  );
  if (wrapped.length * 8 !== key.asymmetricKeyDetails?.modulusLength) throw failure;
  let secret: Buffer;
  try {
    secret = privateDecrypt(
      { key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
      wrapped,
    );
  } catch {
    throw failure;
  }
  if (secret.length !== KEY_LENGTH) throw failure;
  return secret;
}

function base64(bytes: Buffer, wrapLines: boolean): string {
  const text = bytes.toString('base64');
  if (!wrapLines) return text;
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 76) lines.push(text.slice(i, i + 76));
  return lines.join('\r\n');
}

function decodeField(name: string, text: string): Buffer {
  const compact = text.replace(LINE_BREAKS, '');
  // Only the ciphertext of an empty plaintext may be empty.
  if ((compact === '' && name !== 'ciphertext') || !isStrictBase64(compact)) {
    throw new EnvelopeError('ENVELOPE_BASE64', `the ${name} field is not valid base64`, name);
  }
  return Buffer.from(compact, 'base64');
}

// Standard base64 with its padding, checked in one pass (a regular expression with a repeated
// group backtracks through a stack that long input exhausts).
function isStrictBase64(text: string): boolean {
  if (text.length % 4 !== 0) return false;
  const end = text.endsWith('==')
    ? text.length - 2
    : text.endsWith('=')
      ? text.length - 1
      : text.length;
  for (let i = 0; i < end; i += 1) {
    const c = text.charCodeAt(i);
    const ok =
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x2b ||
      c === 0x2f;
    if (!ok) return false;
  }
  return true;
}
