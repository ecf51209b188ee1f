// The parameter tables of LianLian's doc pages (`/work/shared/lianlian-docs/docs/`) that the spec's
// operations name in `x-lianlian-source`, read in the seed fixture's shape so the seed-based
// checks (constraints) cover operations encoded from the docs too. Tolerant on purpose: the doc
// tables carry stray tabs and blank cells the seed parser refuses; H0's docs extraction fixture
// is the strict reading.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SeedRow, SeedSection } from './seeds/index.js';
import { REPO_ROOT } from './seeds/fixture.js';

export const DOCS_ROOT = path.resolve(REPO_ROOT, '../shared/lianlian-docs');

export interface DocPage {
  file: string;
  title: string;
  tables: { section: SeedSection; rows: SeedRow[] }[];
}

/** The pages every operation of `spec` names in x-lianlian-source, read once each. */
export function sourceDocPages(spec: Record<string, unknown>): DocPage[] {
  const files = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'x-lianlian-source' && Array.isArray(value))
          value.forEach((f) => typeof f === 'string' && files.add(f));
        else visit(value);
      }
    }
  };
  visit(spec.paths);
  visit(spec.webhooks);
  return [...files]
    .filter((file) => existsSync(path.join(DOCS_ROOT, file)))
    .map((file) => readDocPage(file, readFileSync(path.join(DOCS_ROOT, file), 'utf8')));
}

/**
 * A page's title (its `# ` heading) and tables: those under `## Request` are `request`; under
 * `## Response` the first is `response` and later ones (returned only on success) are
 * `response-success`; other pages' tables (notifications) are `request`.
 */
export function readDocPage(file: string, text: string): DocPage {
  const lines = text.split(/\r?\n/);
  const title = (lines.find((line) => line.startsWith('# ')) ?? '').slice(2).trim();
  const tables: DocPage['tables'] = [];
  let part: 'request' | 'response' = 'request';
  let current: SeedRow[] | undefined;
  for (const line of lines) {
    if (/^##\s+Response/i.test(line)) part = 'response';
    else if (/^##\s+Request/i.test(line)) part = 'request';
    const cells = line.trim().startsWith('|') ? line.trim().split('|').slice(1, -1) : undefined;
    if (cells === undefined || cells.length < 4) {
      current = undefined;
      continue;
    }
    const [name, required, type, ...description] = cells.map((cell) => cell.trim());
    if (name === 'Name' || /^:?-+/.test(name ?? '')) {
      if (current === undefined) {
        current = [];
        const section: SeedSection =
          part === 'request'
            ? 'request'
            : tables.some((t) => t.section === 'response')
              ? 'response-success'
              : 'response';
        tables.push({ section, rows: current });
      }
      continue;
    }
    if (current === undefined || !/^[a-z_]+$/.test(name ?? '')) continue;
    const length = /^String\((\d+)\)$/.exec(type ?? '');
    current.push({
      name: name as string,
      required: /^Required$/i.test(required ?? ''),
      type: 'string',
      ...(length ? { maxLength: Number(length[1]) } : {}),
      description: description.join('|'),
    });
  }
  return { file, title, tables };
}
