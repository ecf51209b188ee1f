/**
 * The sign source shown character by character when nothing explains a failed signature, so a
 * merchant can compare it with what the other side signed: printable ASCII as it is, every other
 * character followed by (or, when invisible, replaced by) its code point and UTF-8 bytes in hex.
 * Digit runs of card, ID and phone numbers are masked first, keeping the length.
 */
import { maskDigits } from '../shared/validation.js';

/** One `key=value` pair of the sign source as shown. */
export interface SignSourceFieldView {
  readonly field: string;
  /** The masked value, each character outside printable ASCII shown as `[U+XXXX xx xx]`. */
  readonly shown: string;
  /** UTF-8 length of the value as signed (before masking). */
  readonly bytes: number;
  /** What may not be visible: `leading space`, `invisible U+200B`, `non-ASCII`, ... */
  readonly notes: readonly string[];
}

/** The whole sign source as shown. */
export interface SignSourceView {
  /** UTF-8 length of the sign source. */
  readonly bytes: number;
  readonly fields: readonly SignSourceFieldView[];
}

// Visible characters outside ASCII are letters, marks, digits, punctuation and symbols.
const VISIBLE = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;

/** Shows the sign source of `entries` (already sorted and filtered as signed). */
export function viewSignSource(entries: readonly (readonly [string, string])[]): SignSourceView {
  let bytes = 0;
  const fields = entries.map(([field, value], index) => {
    bytes += Buffer.byteLength(`${index === 0 ? '' : '&'}${field}=${value}`, 'utf8');
    return viewField(field, value);
  });
  return { bytes, fields };
}

function viewField(field: string, value: string): SignSourceFieldView {
  const notes = new Set<string>();
  if (/^\s/u.test(value)) notes.add('leading whitespace');
  if (/\s$/u.test(value)) notes.add('trailing whitespace');
  let shown = '';
  for (const char of maskDigits(value)) {
    const code = char.codePointAt(0) as number;
    if (code >= 0x20 && code <= 0x7e) {
      shown += char;
      continue;
    }
    const hex = Buffer.from(char, 'utf8')
      .toString('hex')
      .replace(/(..)(?!$)/g, '$1 ');
    const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    if (code >= 0x80 && VISIBLE.test(char)) {
      notes.add('non-ASCII');
      shown += `${char}[${name} ${hex}]`;
    } else {
      notes.add(`invisible ${name}`);
      shown += `[${name} ${hex}]`;
    }
  }
  return { field, shown, bytes: Buffer.byteLength(value, 'utf8'), notes: [...notes] };
}
