import { resolvePointer, type Json } from '../framework/spec-walk.js';
import type { BundledSpec } from '../framework/types.js';

/** Categories in the order a reader meets them: good news first, permanent failure last. */
export const RETURN_CODE_CATEGORIES = [
  'success',
  'processing',
  'payer-action-needed',
  'merchant-fix-needed',
  'retry-later',
  'failed',
] as const;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/**
 * Markdown tables of RetCode's `x-lianlian-return-codes`, one per category, so the docs never
 * restate the table by hand.
 * @throws Error when the table is missing or a code has an unknown category.
 */
export function returnCodesMarkdown(spec: BundledSpec): string {
  const table = resolvePointer(spec, '#/components/schemas/RetCode')['x-lianlian-return-codes'] as
    Record<string, Json> | undefined;
  if (!table || Object.keys(table).length === 0) {
    throw new Error('RetCode has no x-lianlian-return-codes to document');
  }
  const byCategory = new Map<string, [string, Json][]>(RETURN_CODE_CATEGORIES.map((c) => [c, []]));
  for (const [code, info] of Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const rows = byCategory.get(String(info.category));
    if (!rows) throw new Error(`return code ${code} has unknown category "${info.category}"`);
    rows.push([code, info]);
  }
  const sections: string[] = [];
  for (const [category, rows] of byCategory) {
    if (rows.length === 0) continue;
    const lines = rows.map(
      ([code, info]) =>
        `| \`${code}\` | ${cell(String(info.message))} | ${cell(String(info.description ?? ''))} |`,
    );
    sections.push(
      [
        `### ${category} (${rows.length})`,
        '',
        '| ret_code | ret_msg | meaning |',
        '| --- | --- | --- |',
        ...lines,
      ].join('\n'),
    );
  }
  return sections.join('\n\n');
}
