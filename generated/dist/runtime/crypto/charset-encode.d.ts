import { type SignCharset, type SourceCharsetRule } from './charset.js';
/**
 * The bytes of `text` in `charset`.
 * @throws {SignSourceError} `SIGN_SOURCE_CHARSET` (naming `field`) when the charset cannot carry
 *   the text unchanged; the message never shows the text.
 */
export declare function encodeCharset(text: string, charset: SignCharset, field?: string): Buffer;
/**
 * The bytes of a received message's sign source in the charset the message names under `rule`
 * (verifiers of `charset_name` forms).
 * @throws {SignSourceError} `SIGN_SOURCE_CHARSET` when the message names no known charset or the
 *   charset cannot carry the source.
 */
export declare function charsetSourceBytes(source: string, params: Readonly<Record<string, unknown>>, rule: SourceCharsetRule): Buffer;
