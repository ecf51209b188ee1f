import { SeedParseError } from './errors.js';
import {
  isIdentifier,
  isRequiredness,
  isTypeCell,
  joinFragments,
  parseTypeCell,
  plainText,
} from './text.js';
import type { SeedRow } from './types.js';

export interface ParsedTable {
  rows: SeedRow[];
  /** Index of the first line after the table. */
  next: number;
}

const HEADER_CELLS = ['Name', 'Required', 'Type', 'Description'] as const;
const MARKDOWN_HEADER = /^\|\s*Name\s*\|\s*Required\s*\|\s*Type\s*\|\s*Description\s*\|$/;
const MARKDOWN_SEPARATOR = /^\|(?:\s*:?-+:?\s*\|)+$/;

interface Entry {
  text: string;
  index: number;
}

/** The `|---|:---|` line under a Markdown table's header. */
export function isMarkdownSeparator(line: string): boolean {
  return MARKDOWN_SEPARATOR.test(line.trim());
}

export function isMarkdownHeader(line: string): boolean {
  return MARKDOWN_HEADER.test(line.trim());
}

/** Splits `|a|b|c|` on unescaped pipes; each cell trimmed, `\|` read as `|`. */
export function markdownCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
}

export function parseMarkdownTable(
  lines: readonly string[],
  start: number,
  file: string,
): ParsedTable {
  const separator = lines[start + 1] ?? '';
  if (!MARKDOWN_SEPARATOR.test(separator.trim())) {
    throw new SeedParseError(
      'MALFORMED_TABLE_ROW',
      `${file}:${start + 2}`,
      'missing header separator',
    );
  }
  const rows: SeedRow[] = [];
  let index = start + 2;
  for (; index < lines.length && (lines[index] ?? '').trim().startsWith('|'); index++) {
    const where = `${file}:${index + 1}`;
    const cells = markdownCells(lines[index] ?? '');
    const [name = '', requiredness = '', type = '', description = ''] = cells;
    if (cells.length !== 4 || !isIdentifier(name) || !isRequiredness(requiredness)) {
      throw new SeedParseError(
        'MALFORMED_TABLE_ROW',
        where,
        'expected |name|Required|Type|Description|',
      );
    }
    rows.push(makeRow(name, requiredness, type, plainText(description), where));
  }
  if (rows.length === 0) throw new SeedParseError('EMPTY_TABLE', `${file}:${start + 1}`, 'no rows');
  return { rows, next: index };
}

function makeRow(
  name: string,
  requiredness: string,
  typeCell: string,
  description: string,
  where: string,
): SeedRow {
  return {
    name,
    required: requiredness === 'Required',
    ...parseTypeCell(typeCell, where),
    description,
  };
}

function nonBlankFrom(lines: readonly string[], start: number): Entry[] {
  const entries: Entry[] = [];
  for (let index = start; index < lines.length; index++) {
    const text = (lines[index] ?? '').trim();
    if (text !== '') entries.push({ text, index });
  }
  return entries;
}

/**
 * A plain-text table header is the four header cells on consecutive non-blank lines. Returns
 * whether cells are separated by blank lines (one cell per paragraph) or not.
 */
export function plainHeaderAt(
  lines: readonly string[],
  start: number,
): { layout: 'cells' | 'broken'; entries: Entry[] } | undefined {
  const entries = nonBlankFrom(lines, start);
  if (!HEADER_CELLS.every((cell, i) => entries[i]?.text === cell)) return undefined;
  const first = entries[0];
  const last = entries[3];
  if (!first || !last) return undefined;
  return { layout: last.index - first.index > 3 ? 'cells' : 'broken', entries: entries.slice(4) };
}

function rowStartsAt(entries: readonly Entry[], k: number): boolean {
  const name = entries[k]?.text;
  const requiredness = entries[k + 1]?.text;
  const type = entries[k + 2]?.text;
  return (
    name !== undefined &&
    requiredness !== undefined &&
    type !== undefined &&
    isIdentifier(name) &&
    isRequiredness(requiredness) &&
    isTypeCell(type)
  );
}

/**
 * What the renderer left after inline code inside a cell: it starts lower-case or with
 * punctuation. A bare identifier starts a note below the table instead (001's `id_no` note).
 */
function isContinuation(text: string): boolean {
  return /^[a-z,.;:)]/.test(text) && !isIdentifier(text);
}

/**
 * Plain-text tables: a row is a name line, `Required`/`Optional`, and a type line, followed by
 * its description. In the `cells` layout the description is one paragraph; in the `broken`
 * layout it may continue over fragments, and may be absent.
 */
export function parsePlainTable(
  lines: readonly string[],
  start: number,
  file: string,
): ParsedTable | undefined {
  const header = plainHeaderAt(lines, start);
  if (!header) return undefined;
  const { layout, entries } = header;
  const rows: SeedRow[] = [];
  let k = 0;
  while (rowStartsAt(entries, k)) {
    const [name, requiredness, type] = [entries[k], entries[k + 1], entries[k + 2]] as [
      Entry,
      Entry,
      Entry,
    ];
    const where = `${file}:${name.index + 1}`;
    k += 3;
    const fragments: string[] = [];
    const first = entries[k];
    if (first && !rowStartsAt(entries, k)) {
      fragments.push(first.text);
      k++;
      while (layout === 'broken' && !rowStartsAt(entries, k)) {
        const next = entries[k];
        if (!next || !isContinuation(next.text)) break;
        fragments.push(next.text);
        k++;
      }
    }
    rows.push(makeRow(name.text, requiredness.text, type.text, joinFragments(fragments), where));
  }
  if (rows.length === 0) throw new SeedParseError('EMPTY_TABLE', `${file}:${start + 1}`, 'no rows');
  return { rows, next: entries[k]?.index ?? lines.length };
}
