import { apiModel, type Json } from '../model/index.js';
import type { BundledSpec } from '../framework/types.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/**
 * The table of return-code categories (`x-lianlian-return-code-categories`) in the spec's order,
 * with what the caller should do for each.
 * @throws Error when the spec declares no categories.
 */
export function returnCodeCategoriesMarkdown(spec: BundledSpec): string {
  const { categories } = apiModel(spec).returnCodes;
  if (categories.length === 0) {
    throw new Error('no schema declares x-lianlian-return-code-categories to document');
  }
  return [
    '| category | what to do |',
    '| --- | --- |',
    ...categories.map(({ name, action }) => `| \`${name}\` | ${cell(action)} |`),
  ].join('\n');
}

/**
 * Markdown tables of `x-lianlian-return-codes`, one per category in the spec's category order,
 * so the docs never restate the table by hand.
 * @throws Error when the table is missing or a code has an undeclared category.
 */
export function returnCodesMarkdown(spec: BundledSpec): string {
  const { categories, codes } = apiModel(spec).returnCodes;
  if (codes.length === 0) {
    throw new Error('RetCode has no x-lianlian-return-codes to document');
  }
  const byCategory = new Map<string, [string, Json][]>(categories.map((c) => [c.name, []]));
  for (const [code, info] of [...codes].sort(([a], [b]) => (a < b ? -1 : 1))) {
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
