/**
 * Base class of every error the runtime throws on purpose. A subclass names its codes' union as
 * `Code` and so gets a typed `code` and constructor without writing either again.
 */
export declare class LianLianError<Code extends string = string> extends Error {
    /** Stable machine-readable code, e.g. `ENVELOPE_MAC_MISMATCH`. */
    readonly code: Code;
    /**
     * The parameter, envelope field or option the error concerns, when there is one. A received
     * field name can be anything, a phone number too, so long numbers in it are masked.
     */
    readonly field: string | undefined;
    constructor(code: Code, message: string, field?: string);
}
/** Codes of {@link SignSourceError}. */
export type SignSourceErrorCode = 'SIGN_SOURCE_NOT_OBJECT' | 'SIGN_SOURCE_KEY' | 'SIGN_SOURCE_KEY_ORDER' | 'SIGN_SOURCE_NESTED' | 'SIGN_SOURCE_NUMBER' | 'SIGN_SOURCE_TYPE' | 'SIGN_SOURCE_ENCODING'
/** A value has characters the message's declared charset (`charset_name`) cannot encode. */
 | 'SIGN_SOURCE_CHARSET' | 'SIGN_SOURCE_ORDERING' | 'SIGN_SOURCE_UNKNOWN_FIELD'
/** A value contains `&name=`, so another field map would have the same sign source. */
 | 'SIGN_SOURCE_AMBIGUOUS';
/** A parameter map cannot be turned into the string LianLian signs. */
export declare class SignSourceError extends LianLianError<SignSourceErrorCode> {
    constructor(code: SignSourceErrorCode, message: string, field?: string);
}
/** Codes of {@link KeyFormatError}. */
export type KeyFormatErrorCode = 'KEY_INPUT' | 'KEY_FORMAT' | 'KEY_PARSE' | 'KEY_ENCRYPTED' | 'KEY_KIND' | 'KEY_TYPE' | 'KEY_SIZE';
/** A key could not be loaded or is not an RSA key LianLian accepts. Never echoes the input. */
export declare class KeyFormatError extends LianLianError<KeyFormatErrorCode> {
}
/** Codes of {@link SignatureError}. */
export type SignatureErrorCode = 'SIGN_TYPE_UNKNOWN' | 'SIGN_TYPE_MISSING' | 'SIGN_TYPE_CONFLICT';
/** Signing was asked for with a missing, unknown or contradictory `sign_type`. */
export declare class SignatureError extends LianLianError<SignatureErrorCode> {
}
/** Codes of {@link EnvelopeError}. */
export type EnvelopeErrorCode = 'ENVELOPE_INPUT' | 'ENVELOPE_TOO_LARGE' | 'ENVELOPE_VERSION' | 'ENVELOPE_FIELD_COUNT' | 'ENVELOPE_BASE64' | 'ENVELOPE_NONCE' | 'ENVELOPE_KEY_UNWRAP' | 'ENVELOPE_MAC_MISMATCH' | 'ENVELOPE_UTF8' | 'ENVELOPE_JSON' | 'ENVELOPE_UNSIGNED' | 'ENVELOPE_PARTNER';
/** A `pay_load` envelope could not be built, parsed, authenticated or decrypted. */
export declare class EnvelopeError extends LianLianError<EnvelopeErrorCode> {
}
/** Codes of {@link ConfigurationError}. */
export type ConfigurationErrorCode = 'VERIFY_NO_KEY' | 'VERIFY_SIGN_TYPES' | 'VERIFY_KEY_ORDER' | 'HANDLER_OPTION' | 'LIMIT_INVALID' | 'SANDBOX_ORDER' | 'SANDBOX_REFUND';
/** The runtime was configured with options it cannot work with. */
export declare class ConfigurationError extends LianLianError<ConfigurationErrorCode> {
}
/** Codes of {@link ReportError}. */
export type ReportErrorCode = 'REPORT_UNKNOWN' | 'REPORT_FILE_NAME' | 'REPORT_NOT_RECONCILABLE' | 'RECORD_INVALID';
/** A report file or a reconciliation input that cannot be used as given. */
export declare class ReportError extends LianLianError<ReportErrorCode> {
    constructor(code: ReportErrorCode, message: string, field?: string);
}
