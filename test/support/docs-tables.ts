// The parameter tables of the doc pages the spec's operations name in `x-lianlian-source`, from
// the docs extraction fixture (test/fixtures/docs/extracted.json), in the seed fixture's shape, so
// the seed-based checks (constraints) cover operations encoded from the docs too.
import type { SeedRow, SeedSection } from './seeds/index.js';
import { loadDocsFixture } from './docs/fixture.js';
import { isParameterTable, parameterRows, tableSection } from './docs/params.js';

export interface DocPage {
  file: string;
  title: string;
  tables: { section: SeedSection; rows: SeedRow[] }[];
}

const SEED_SECTIONS: readonly string[] = [
  'request',
  'response',
  'response-success',
  'response-paid',
];

/** The pages every operation and webhook of `spec` names in x-lianlian-source. */
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
  return loadDocsFixture()
    .filter((doc) => files.has(doc.file))
    .map((doc) => ({
      file: doc.file,
      title: doc.title,
      tables: doc.tables.filter(isParameterTable).flatMap((table) => {
        const { section } = tableSection(doc, table);
        if (!SEED_SECTIONS.includes(section)) return [];
        const rows = parameterRows(table, doc.file)
          .filter((row) => row.type !== 'array')
          .map((row): SeedRow => ({
            name: row.name,
            required: row.required,
            type: row.type as SeedRow['type'],
            ...(row.maxLength === undefined ? {} : { maxLength: row.maxLength }),
            description: row.description,
          }));
        return [{ section: section as SeedSection, rows }];
      }),
    }));
}
