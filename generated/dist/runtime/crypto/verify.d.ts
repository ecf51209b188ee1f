import { type SignKeyOrder } from './canonical.js';
import { type KeyInput } from './keys.js';
import type { SourceCharsetRule } from './charset.js';
import { type SignType } from './sign-type.js';
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
export type VerifyFailureReason = 'not-an-object' | 'missing-sign' | 'malformed-sign' | 'missing-sign-type' | 'unknown-sign-type' | 'sign-type-not-allowed' | 'unsignable-params' | 'ambiguous-sign-source' | 'bad-signature';
/** Outcome of a verification. `detail` is safe to log: it never contains received values. */
export type VerifyResult = {
    ok: true;
    keyIndex: number;
    signType: SignType;
} | {
    ok: false;
    reason: VerifyFailureReason;
    detail: string;
};
/** A verification function bound to keys loaded once. */
export type Verifier = (received: unknown) => VerifyResult;
/**
 * Loads the configured keys once and returns a verifier.
 * @throws {KeyFormatError} when a configured public key cannot be loaded (configuration error).
 * @throws {ConfigurationError} when no key is given, or `allowedSignTypes` is empty or names an
 *   unknown type.
 */
export declare function createVerifier(options: VerifyOptions): Verifier;
/**
 * {@link createVerifier} for messages signed in UTF-8 (no `closedMessage`): what the client and
 * the notification verifier use, so that a bundle of them leaves out the GB encoders (iconv-lite)
 * the charset rule needs. Not exported by the package.
 */
export declare function createUtf8Verifier(options: Omit<VerifyOptions, 'closedMessage'>): Verifier;
/**
 * Verifies a received message. Equivalent to `createVerifier(options)(received)`; prefer
 * `createVerifier` when verifying many messages, so keys are parsed once.
 * @throws only for configuration errors, as {@link createVerifier}; never because of `received`.
 */
export declare function verifyParams(received: unknown, options: VerifyOptions): VerifyResult;
