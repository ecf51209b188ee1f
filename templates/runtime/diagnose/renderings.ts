/**
 * Other renderings of one value that a library between signer and sender may have produced:
 * amounts re-rendered as numbers (`10.00` sent as `10`), and JSON texts (`risk_item`)
 * re-serialised with other spacing or escaping. `diagnoseSignature` tries each as the signed text.
 */

/** An amount a JSON library may have re-rendered: at most 9 integer digits and 0 or 1 decimal. */
const RE_RENDERED_AMOUNT = /^-?(?:0|[1-9][0-9]{0,8})(?:\.[0-9])?$/;

/** The two-decimal text of `value` when it looks like a re-rendered amount, else undefined. */
export function twoDecimalRendering(value: string): string | undefined {
  if (!RE_RENDERED_AMOUNT.test(value)) return undefined;
  const [whole, fraction = ''] = value.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

/** One way of serialising JSON, named as a merchant would recognise it. */
interface JsonStyle {
  readonly name: string;
  readonly itemSeparator: string;
  readonly keySeparator: string;
  /** Spaces per nesting level; 0 prints everything on one line. */
  readonly indent: number;
  /** Non-ASCII as `\uXXXX` (Python's ensure_ascii, PHP's default). */
  readonly asciiOnly: boolean;
  /** `/` as `\/` (PHP's default). */
  readonly escapeSlash: boolean;
}

const STYLES: readonly JsonStyle[] = [
  {
    name: 'in compact form',
    itemSeparator: ',',
    keySeparator: ':',
    indent: 0,
    asciiOnly: false,
    escapeSlash: false,
  },
  {
    name: 'with a space after ":" and ","',
    itemSeparator: ', ',
    keySeparator: ': ',
    indent: 0,
    asciiOnly: false,
    escapeSlash: false,
  },
  {
    name: 'with a space after ":" and "," and non-ASCII as \\u escapes (Python json.dumps)',
    itemSeparator: ', ',
    keySeparator: ': ',
    indent: 0,
    asciiOnly: true,
    escapeSlash: false,
  },
  {
    name: 'in compact form with non-ASCII as \\u escapes',
    itemSeparator: ',',
    keySeparator: ':',
    indent: 0,
    asciiOnly: true,
    escapeSlash: false,
  },
  {
    name: 'in compact form with \\u escapes and "/" as "\\/" (PHP json_encode)',
    itemSeparator: ',',
    keySeparator: ':',
    indent: 0,
    asciiOnly: true,
    escapeSlash: true,
  },
  {
    name: 'indented by 2 spaces',
    itemSeparator: ',',
    keySeparator: ': ',
    indent: 2,
    asciiOnly: false,
    escapeSlash: false,
  },
  {
    name: 'indented by 4 spaces',
    itemSeparator: ',',
    keySeparator: ': ',
    indent: 4,
    asciiOnly: false,
    escapeSlash: false,
  },
];

/** How many renderings {@link jsonRenderings} returns at most per value. */
export const JSON_RENDERING_COUNT: number = STYLES.length;

/**
 * The value's JSON re-serialised in each known style, when it is a JSON object or array text;
 * renderings equal to the value itself are left out.
 */
export function jsonRenderings(value: string): { style: string; text: string }[] {
  const first = value.trimStart()[0];
  if (first !== '{' && first !== '[') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return [];
  }
  const out: { style: string; text: string }[] = [];
  for (const style of STYLES) {
    const text = render(parsed, style, 0);
    if (text !== value && !out.some((seen) => seen.text === text))
      out.push({ style: style.name, text });
  }
  return out;
}

function render(value: unknown, style: JsonStyle, depth: number): string {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'string' ? quote(value, style) : JSON.stringify(value);
  }
  const entries = Array.isArray(value)
    ? value.map((item) => render(item, style, depth + 1))
    : Object.entries(value).map(
        ([key, item]) =>
          `${quote(key, style)}${style.keySeparator}${render(item, style, depth + 1)}`,
      );
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return open + close;
  if (style.indent === 0) return open + entries.join(style.itemSeparator) + close;
  const inner = '\n' + ' '.repeat(style.indent * (depth + 1));
  const outer = '\n' + ' '.repeat(style.indent * depth);
  return open + inner + entries.join(style.itemSeparator + inner) + outer + close;
}

function quote(text: string, style: JsonStyle): string {
  let out = JSON.stringify(text);
  if (style.asciiOnly) {
    out = out.replace(
      /[\u007f-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  }
  return style.escapeSlash ? out.replace(/\//g, '\\/') : out;
}
