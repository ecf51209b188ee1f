import { type SignKeyOrder, type SignParams } from './canonical.js';
import { type KeyInput } from './keys.js';
import type { SignCharset } from './charset.js';
import { type SignType } from './sign-type.js';
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
export type Signed<T> = T & {
    sign: string;
    sign_type: string;
};
/**
 * Signs a string as LianLian does and returns the standard base64 signature.
 * @throws {KeyFormatError} when the key cannot be loaded.
 * @throws {SignSourceError} `SIGN_SOURCE_CHARSET` when `charset` cannot encode the string.
 */
export declare function signString(source: string, options: SignStringOptions): string;
/**
 * Signs a UTF-8 sign source: {@link signString} without the charset option, for the client and
 * {@link signParams}, which always sign UTF-8. Apart from `signString` so that a bundle of them
 * leaves out the GB encoders (iconv-lite), which `signString` references. Not exported by the
 * package.
 * @throws {KeyFormatError} when the key cannot be loaded.
 */
export declare function signUtf8String(source: string, options: Omit<SignStringOptions, 'charset'>): string;
/**
 * Signs bytes already encoded in the charset of the sign source (the form builder, which encodes
 * with its definition's encoder). Not exported by the package.
 * @throws {KeyFormatError} when the key cannot be loaded.
 */
export declare function signBytes(bytes: Buffer, options: Omit<SignStringOptions, 'charset'>): string;
/**
 * Returns a copy of `params` with `sign` set (replacing any existing one) and `sign_type` added
 * in canonical spelling when absent. An existing `sign_type` is kept exactly as it is, since it
 * is part of what is signed.
 * @throws {SignatureError} when no signature type is given or the two given disagree.
 * @throws {SignSourceError} when a parameter cannot be signed (see `signSource`).
 * @throws {KeyFormatError} when the key cannot be loaded.
 */
export declare function signParams<T extends SignParams>(params: T, options: SignOptions): Signed<T>;
