import type { SignParams } from './canonical.js';
import { type KeyInput } from './keys.js';
/** The version tag that opens every envelope. */
export declare const ENVELOPE_VERSION = "lianpay1_0_1";
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
export type EnvelopeBody<F extends string = 'pay_load'> = {
    oid_partner: string;
} & Record<F, string>;
/** Options of {@link buildEnvelopeBody}. */
export interface EnvelopeBodyOptions<F extends string> extends EncryptOptions {
    /** The body field carrying the envelope: the spec's `x-lianlian-envelope` `field` (default `pay_load`). */
    field?: F;
}
/**
 * Longest envelope accepted, in characters, checked before any other work. An Instant payment
 * confirm envelope is about 1 KiB (2 KiB with 4096-bit keys and line breaks); the cap keeps a hostile
 * `pay_load` from costing memory and time (an 8 MB field used to exhaust the regular expression's
 * stack and throw RangeError instead of an EnvelopeError).
 */
export declare const MAX_ENVELOPE_LENGTH: number;
/**
 * Encrypts `plaintext` (UTF-8) for the holder of `publicKey` (LianLian's key).
 * @throws {EnvelopeError} `ENVELOPE_INPUT` when `plaintext` is not a string.
 * @throws {KeyFormatError} when the public key cannot be loaded.
 */
export declare function encryptPayload(plaintext: string, publicKey: KeyInput, options?: EncryptOptions): string;
/**
 * Splits an envelope into its decoded fields, checking the version tag, the field count, the
 * base64 of every field (plain, or wrapped with CRLF or LF) and the nonce and MAC lengths.
 * @throws {EnvelopeError} `ENVELOPE_INPUT`, `ENVELOPE_TOO_LARGE` (beyond
 *   {@link MAX_ENVELOPE_LENGTH}), `ENVELOPE_VERSION`, `ENVELOPE_FIELD_COUNT`, `ENVELOPE_BASE64` or
 *   `ENVELOPE_NONCE`.
 */
export declare function parseEnvelope(envelope: string): EnvelopeParts;
/**
 * Authenticates and decrypts an envelope with the recipient's private key and returns the
 * UTF-8 plaintext. The MAC is checked (in constant time) before anything is decrypted.
 * @throws {EnvelopeError} any code of {@link parseEnvelope}, `ENVELOPE_KEY_UNWRAP` (wrong key or
 *   damaged key fields), `ENVELOPE_MAC_MISMATCH` or `ENVELOPE_UTF8`.
 * @throws {KeyFormatError} when the private key cannot be loaded.
 */
export declare function decryptPayload(envelope: string, privateKey: KeyInput): string;
/**
 * Builds the outer request body `{oid_partner, pay_load}` (or the declared `field` instead of
 * `pay_load`) from a signed request: the plaintext is the compact JSON (`JSON.stringify`) of the
 * request, in its own key order.
 * @throws {EnvelopeError} `ENVELOPE_UNSIGNED` when the request carries no `sign`,
 *   `ENVELOPE_PARTNER` when it has no string `oid_partner`.
 */
export declare function buildEnvelopeBody<F extends string = 'pay_load'>(signedRequest: SignParams, publicKey: KeyInput, options?: EnvelopeBodyOptions<F>): EnvelopeBody<F>;
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
export declare function openEnvelopeBody(body: unknown, privateKey: KeyInput, options?: OpenEnvelopeOptions): Record<string, unknown>;
