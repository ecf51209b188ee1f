/**
 * The charsets a signed browser form may declare (the online banking redirect's `charset_name`):
 * the sign source is signed as its bytes in that charset, the browser submits the fields in it,
 * and LianLian decodes them with it (errata E530, E531).
 *
 * Encoding needs a table Node.js does not ship (its TextDecoder only decodes GBK and GB18030), so
 * it comes from iconv-lite, in charset-encode.ts. A text counts as encodable only when it comes back unchanged through
 * Node's own WHATWG decoder, which is what the browser's encoder and LianLian's Java decoder agree
 * on: iconv-lite's substitutions (`?` for an emoji in GBK) and bytes outside the charset are
 * refused before anything is signed.
 */
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
