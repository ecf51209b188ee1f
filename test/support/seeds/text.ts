import { SeedParseError } from './errors.js';
import type { SeedRow } from './types.js';

const IDENTIFIER = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const REQUIREDNESS = /^(Required|Optional)$/;
const TYPE_CELL = /^(?:String(?:\((\d+)\))?|(Int))$/;

export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

export function isRequiredness(text: string): boolean {
  return REQUIREDNESS.test(text);
}

export function isTypeCell(text: string): boolean {
  return TYPE_CELL.test(text);
}

/** `String(12)` -> string with maxLength 12; `Int` -> integer. */
export function parseTypeCell(text: string, where: string): Pick<SeedRow, 'type' | 'maxLength'> {
  const match = TYPE_CELL.exec(text);
  if (!match) throw new SeedParseError('UNKNOWN_TYPE', where, `unknown type cell "${text}"`);
  if (match[2]) return { type: 'integer' };
  return match[1] === undefined
    ? { type: 'string' }
    : { type: 'string', maxLength: Number(match[1]) };
}

/**
 * Markdown inline markup removed and whitespace collapsed, so that the Markdown rendering (002)
 * and the plain-text rendering (000) of one page read the same.
 */
export function plainText(text: string): string {
  return text
    .replace(/`+([^`]*?)`+/g, '$1')
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line as prose: heading marks and block-quote marks dropped. */
export function proseLine(line: string): string {
  return plainText(line.replace(/^\s*#{1,6}\s+/, '').replace(/^\s*>\s?/, ''));
}

/**
 * Joins description fragments of a cell that the renderer broke after inline code: a fragment
 * that starts with punctuation continues the word before it, anything else is a new word.
 */
export function joinFragments(fragments: readonly string[]): string {
  let joined = '';
  for (const fragment of fragments) {
    const piece = fragment.trim();
    if (piece === '') continue;
    joined = joined === '' || /^[,.;:)]/.test(piece) ? joined + piece : `${joined} ${piece}`;
  }
  return plainText(joined);
}
