/** Canonical spellings of the signature types. */
export type SignType = 'RSA' | 'SHA256withRSA';
/** Every signature type, in canonical spelling. */
export declare const SIGN_TYPES: readonly SignType[];
/** The canonical spelling of `value` (any letter case), or `undefined` when it is unknown. */
export declare function parseSignType(value: unknown): SignType | undefined;
/**
 * The canonical spelling of `value`, for putting into a message.
 * @throws {SignatureError} `SIGN_TYPE_UNKNOWN` when it is not a known signature type.
 */
export declare function toSignType(value: unknown): SignType;
/** The node:crypto digest name behind a signature type. */
export declare function digestOf(type: SignType): string;
