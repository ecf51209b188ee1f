/**
 * LianLian's `sign_type` values. `RSA` is RSASSA-PKCS1-v1_5 with MD5 (Java `MD5withRSA`);
 * `SHA256withRSA` is RSASSA-PKCS1-v1_5 with SHA-256. Input is matched in any letter case
 * (LianLian itself sends `SHA256WITHRSA`); these constants are the spelling to emit.
 */
import { SignatureError } from '../shared/errors.js';

/** Canonical spellings of the signature types. */
export type SignType = 'RSA' | 'SHA256withRSA';

/** Every signature type, in canonical spelling. */
export const SIGN_TYPES: readonly SignType[] = Object.freeze(['RSA', 'SHA256withRSA']);

// Upper case and as spelt here: a message's usual spellings are found without `toUpperCase()`.
const BY_UPPER_CASE: ReadonlyMap<string, SignType> = new Map([
  ...SIGN_TYPES.map((type) => [type.toUpperCase(), type] as const),
  ...SIGN_TYPES.map((type) => [type, type] as const),
]);

const DIGEST: Readonly<Record<SignType, string>> = { RSA: 'md5', SHA256withRSA: 'sha256' };

/** The canonical spelling of `value` (any letter case), or `undefined` when it is unknown. */
export function parseSignType(value: unknown): SignType | undefined {
  if (typeof value !== 'string') return undefined;
  return BY_UPPER_CASE.get(value) ?? BY_UPPER_CASE.get(value.toUpperCase());
}

/**
 * The canonical spelling of `value`, for putting into a message.
 * @throws {SignatureError} `SIGN_TYPE_UNKNOWN` when it is not a known signature type.
 */
export function toSignType(value: unknown): SignType {
  const type = parseSignType(value);
  if (type === undefined) {
    throw new SignatureError(
      'SIGN_TYPE_UNKNOWN',
      `sign_type must be one of ${SIGN_TYPES.join(', ')}`,
      'sign_type',
    );
  }
  return type;
}

/** The node:crypto digest name behind a signature type. */
export function digestOf(type: SignType): string {
  return DIGEST[type];
}
