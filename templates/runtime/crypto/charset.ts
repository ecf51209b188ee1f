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
export const SIGN_CHARSETS = ['UTF-8', 'GBK', 'GB2312', 'GB18030'] as const;
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
export function parseSignCharset(name: unknown): SignCharset | undefined {
  if (typeof name !== 'string') return undefined;
  const upper = name.toUpperCase();
  return SIGN_CHARSETS.find((c) => c === upper);
}

/** The charset a message uses under `rule`, or undefined when it names one LianLian lacks. */
export function messageCharset(
  params: Readonly<Record<string, unknown>>,
  rule: SourceCharsetRule,
): SignCharset | undefined {
  const named = params[rule.field];
  return parseSignCharset(named === undefined || named === '' ? rule.default : named);
}

// WHATWG (browsers, Node's TextDecoder) treats the label GB2312 as GBK; its own rule is below.
const DECODER_LABEL: Record<SignCharset, string> = {
  'UTF-8': 'utf-8',
  GBK: 'gbk',
  GB2312: 'gbk',
  GB18030: 'gb18030',
};

/**
 * Bytes a charset has no character for although a decoder reads them: in GBK and GB2312 the single
 * byte 0x80, the euro sign of Windows code page 936, which browsers write for € and LianLian's
 * Java GBK decoder refuses (it encodes € as A2E3); in GB2312, any double byte outside EUC-CN's
 * A1-F7 lead and A1-FE trail range, the characters GBK added (errata E531).
 */
function outsideCharset(bytes: Uint8Array, charset: SignCharset): boolean {
  if (charset !== 'GBK' && charset !== 'GB2312') return false;
  for (let i = 0; i < bytes.length; i += 1) {
    const lead = bytes[i] as number;
    if (lead < 0x80) continue;
    if (lead === 0x80) return true;
    const trail = bytes[i + 1] ?? 0;
    if (charset === 'GB2312' && !(lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe))
      return true;
    i += 1;
  }
  return false;
}

/**
 * Decodes bytes received in `charset`, as LianLian does; undefined when they are not text of it.
 */
export function decodeCharset(bytes: Uint8Array, charset: SignCharset): string | undefined {
  if (outsideCharset(bytes, charset)) return undefined;
  try {
    return new TextDecoder(DECODER_LABEL[charset], { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
