/** The charsets LianLian documents for `charset_name`, in its spelling. */
export declare const SIGN_CHARSETS: readonly ["UTF-8", "GBK", "GB2312", "GB18030"];
export type SignCharset = (typeof SIGN_CHARSETS)[number];
/**
 * Where a message names its charset (`x-lianlian-form.charset`): the field, and the charset that
 * applies when the field is absent.
 */
export interface SourceCharsetRule {
    readonly field: string;
    /** One of {@link SIGN_CHARSETS} (checked when the package is generated). */
    readonly default: string;
}
/** The charset `name` names (any letter case), or undefined for anything else. */
export declare function parseSignCharset(name: unknown): SignCharset | undefined;
/** The charset a message uses under `rule`, or undefined when it names one LianLian lacks. */
export declare function messageCharset(params: Readonly<Record<string, unknown>>, rule: SourceCharsetRule): SignCharset | undefined;
/**
 * Decodes bytes received in `charset`, as LianLian does; undefined when they are not text of it.
 */
export declare function decodeCharset(bytes: Uint8Array, charset: SignCharset): string | undefined;
/**
 * The bytes of `text` in `charset`.
 * @throws {SignSourceError} `SIGN_SOURCE_CHARSET` (naming `field`) when the charset cannot carry
 *   the text unchanged; the message never shows the text.
 */
export declare function encodeCharset(text: string, charset: SignCharset, field?: string): Buffer;
/**
 * Checks that every value can be carried in `charset`, so a refusal names its field.
 * @throws {SignSourceError} `SIGN_SOURCE_CHARSET` for the first value that cannot.
 */
export declare function checkEncodable(fields: readonly (readonly [name: string, value: string])[], charset: SignCharset): void;
