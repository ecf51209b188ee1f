/**
 * Tables a docs page documents but does not render (an unrendered `<param list='…'>` tag), as the
 * errata reconstruct them: an entry's `- Reconstructed table:` item holds the Markdown table in a
 * fenced block, for the first page its `- Docs:` line names. The conformance test reads them as
 * the page's tables, so the spec is checked against them like any other.
 */
import type { DocTable, ExtractedDoc } from './types.js';

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());

/** The reconstructed tables of the errata, by page. */
export function reconstructedTables(
  errata: ReadonlyMap<string, string>,
): Map<string, { id: string; table: string[][]; header: string[] }[]> {
  const out = new Map<string, { id: string; table: string[][]; header: string[] }[]>();
  for (const [id, section] of errata) {
    const lines = section.split('\n');
    const at = lines.findIndex((line) => /^- Reconstructed table:/.test(line));
    if (at < 0) continue;
    const file = /^- Docs: `([^`]+)`/m.exec(section)?.[1];
    const fence = (lines[at + 1] ?? '').trim();
    if (file === undefined || !/^`{3,}$/.test(fence)) {
      throw new Error(`${id}: a reconstructed table needs a Docs: page and a fenced block`);
    }
    const body: string[] = [];
    for (let j = at + 2; j < lines.length && (lines[j] ?? '').trim() !== fence; j++) {
      body.push((lines[j] ?? '').trim());
    }
    const [header = '', , ...rows] = body;
    const list = out.get(file) ?? [];
    list.push({ id, header: cells(header), table: rows.map(cells) });
    out.set(file, list);
  }
  return out;
}

/** The fixture's pages with each reconstructed table added after the page's own. */
export function withReconstructedTables(
  docs: readonly ExtractedDoc[],
  errata: ReadonlyMap<string, string>,
): ExtractedDoc[] {
  const tables = reconstructedTables(errata);
  return docs.map((doc) => {
    const added = tables.get(doc.file);
    if (added === undefined) return doc;
    const extra: DocTable[] = added.map((t, i) => ({
      index: doc.tables.length + i,
      line: 0,
      heading: [`Reconstructed in ${t.id}`],
      lead: '',
      header: t.header,
      rows: t.table,
    }));
    return { ...doc, tables: [...doc.tables, ...extra] };
  });
}
