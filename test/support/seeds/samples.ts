import { SeedParseError } from './errors.js';

/**
 * Offset of the `}` that closes the object opening at `open`, skipping braces inside strings.
 * The samples may be broken JSON, so nothing else about them is assumed.
 */
export function closingBrace(text: string, open: number, where: string): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  throw new SeedParseError('UNTERMINATED_SAMPLE', where, 'sample object never closes');
}

/** Offset of the `{` that starts the body of `curl ... -d '{...}'`, searching from `from`. */
export function curlBodyStart(text: string, from: number, where: string): number {
  const match = /-d\s+'\s*\{/.exec(text.slice(from));
  if (!match)
    throw new SeedParseError('UNTERMINATED_SAMPLE', where, "curl sample without -d '{...}'");
  return from + match.index + match[0].length - 1;
}
