/**
 * The GB encoders of the sign charsets (crypto/charset.ts), apart from the charset names and the
 * decoder so that only what signs or verifies in a GB charset (the online banking form, the
 * sandbox, `signString` and `createVerifier` with a charset) brings iconv-lite into a bundle:
 * its tables are most of a bundle that includes them, and CommonJS, which no bundler can shake.
 */
import iconv from 'iconv-lite';
import { SignSourceError } from '../shared/errors.js';
import {
  decodeCharset,
  messageCharset,
  type SignCharset,
  type SourceCharsetRule,
} from './charset.js';

/**
 * The bytes of `text` in `charset`.
 * @throws {SignSourceError} `SIGN_SOURCE_CHARSET` (naming `field`) when the charset cannot carry
 *   the text unchanged; the message never shows the text.
 */
export function encodeCharset(text: string, charset: SignCharset, field?: string): Buffer {
  const bytes = charset === 'UTF-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, charset);
  if (charset !== 'UTF-8' && decodeCharset(bytes, charset) !== text) {
    throw new SignSourceError(
      'SIGN_SOURCE_CHARSET',
      `${field ?? 'the sign source'} has characters that ${charset} cannot encode (an emoji, or a character outside ${charset})`,
      field,
    );
  }
  return bytes;
}

/**
 * The bytes of a received message's sign source in the charset the message names under `rule`
 * (verifiers of `charset_name` forms).
 * @throws {SignSourceError} `SIGN_SOURCE_CHARSET` when the message names no known charset or the
 *   charset cannot carry the source.
 */
export function charsetSourceBytes(
  source: string,
  params: Readonly<Record<string, unknown>>,
  rule: SourceCharsetRule,
): Buffer {
  const charset = messageCharset(params, rule);
  if (charset === undefined) {
    throw new SignSourceError('SIGN_SOURCE_CHARSET', 'unknown charset', rule.field);
  }
  return encodeCharset(source, charset);
}
