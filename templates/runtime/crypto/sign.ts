/**
 * Signing of LianLian messages: PKCS#1 v1.5 RSA over the UTF-8 sign source, `sign` as standard
 * base64 without line breaks.
 */
import { sign as rsaSign } from 'node:crypto';
import { signSource, type SignKeyOrder, type SignParams } from './canonical.js';
import { SignatureError, SignSourceError } from '../shared/errors.js';
import { loadPrivateKey, type KeyInput } from './keys.js';
import type { SignCharset } from './charset.js';
import { encodeCharset } from './charset-encode.js';
import { digestOf, parseSignType, toSignType, type SignType } from './sign-type.js';

/** Options of {@link signParams}. */
export interface SignOptions {
  /** The merchant's RSA private key (any format {@link loadPrivateKey} accepts). */
  privateKey: KeyInput;
  /**
   * The signature type; any letter case. When omitted, the message's own `sign_type` is used.
   * When both are present they must name the same type.
   */
  signType?: SignType | string;
  /** The sign source's key order (`x-lianlian-signature`'s `keyOrder`); byte order by default. */
  keyOrder?: SignKeyOrder;
}

/** Options of {@link signString}: the key, and the type in its canonical spelling. */
export interface SignStringOptions {
  /** The merchant's RSA private key (any format {@link loadPrivateKey} accepts). */
  privateKey: KeyInput;
  signType: SignType;
  /** The charset whose bytes are signed (default UTF-8; `charset_name` forms, errata E530). */
  charset?: SignCharset;
}

/** A parameter map with its signature. */
export type Signed<T> = T & { sign: string; sign_type: string };

/**
 * Signs a string as LianLian does and returns the standard base64 signature.
 * @throws {KeyFormatError} when the key cannot be loaded.
 * @throws {SignSourceError} `SIGN_SOURCE_CHARSET` when `charset` cannot encode the string.
 */
export function signString(source: string, options: SignStringOptions): string {
  return signBytes(encodeCharset(source, options.charset ?? 'UTF-8'), options);
}

/**
 * Signs a UTF-8 sign source: {@link signString} without the charset option, for the client and
 * {@link signParams}, which always sign UTF-8. Apart from `signString` so that a bundle of them
 * leaves out the GB encoders (iconv-lite), which `signString` references. Not exported by the
 * package.
 * @throws {KeyFormatError} when the key cannot be loaded.
 */
export function signUtf8String(
  source: string,
  options: Omit<SignStringOptions, 'charset'>,
): string {
  return signBytes(Buffer.from(source, 'utf8'), options);
}

/**
 * Signs bytes already encoded in the charset of the sign source (the form builder, which encodes
 * with its definition's encoder). Not exported by the package.
 * @throws {KeyFormatError} when the key cannot be loaded.
 */
export function signBytes(bytes: Buffer, options: Omit<SignStringOptions, 'charset'>): string {
  const key = loadPrivateKey(options.privateKey);
  return rsaSign(digestOf(options.signType), bytes, key).toString('base64');
}

/**
 * Returns a copy of `params` with `sign` set (replacing any existing one) and `sign_type` added
 * in canonical spelling when absent. An existing `sign_type` is kept exactly as it is, since it
 * is part of what is signed.
 * @throws {SignatureError} when no signature type is given or the two given disagree.
 * @throws {SignSourceError} when a parameter cannot be signed (see `signSource`).
 * @throws {KeyFormatError} when the key cannot be loaded.
 */
export function signParams<T extends SignParams>(params: T, options: SignOptions): Signed<T> {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new SignSourceError('SIGN_SOURCE_NOT_OBJECT', 'the parameters to sign must be an object');
  }
  const type = resolveSignType(params, options.signType);
  const withType: Record<string, unknown> = { ...params };
  delete withType.sign;
  if (!hasValue(params, 'sign_type')) withType.sign_type = type;
  const sign = signUtf8String(signSource(withType, options.keyOrder), {
    privateKey: options.privateKey,
    signType: type,
  });
  return { ...withType, sign } as Signed<T>;
}

function resolveSignType(params: SignParams, requested: string | undefined): SignType {
  const inMessage = hasValue(params, 'sign_type') ? params.sign_type : undefined;
  if (requested === undefined) {
    if (inMessage === undefined) {
      throw new SignatureError(
        'SIGN_TYPE_MISSING',
        'no sign_type: pass signType or put sign_type into the message',
        'sign_type',
      );
    }
    return toSignType(inMessage);
  }
  const type = toSignType(requested);
  if (inMessage !== undefined && parseSignType(inMessage) !== type) {
    throw new SignatureError(
      'SIGN_TYPE_CONFLICT',
      `the message's sign_type does not match the requested ${type}`,
      'sign_type',
    );
  }
  return type;
}

function hasValue(params: SignParams, key: string): boolean {
  const value = params[key];
  return Object.hasOwn(params, key) && value !== undefined && value !== null && value !== '';
}
