import type { Json } from '../model/index.js';
import { headingId, sectionId } from './section-ids.js';

const ENTRY = /^## (E\d+)\b[ \t]*(.*?)[ \t]*$/gm;
const TITLE = /^# (.+)\n+/;
/** Keys whose values are message data or other extensions, never spec objects to annotate. */
const DATA_KEYS = new Set(['value', 'example', 'const', 'enum', 'default', 'x-codeSamples']);

export interface ErrataEntry {
  href: string;
  title: string;
}

/**
 * Makes the errata document (the tag whose description has `## E01 …` entries) linkable: each
 * entry heading gets its id as anchor (`#/errata/e24`), and the document's own `#` title becomes a
 * lead paragraph, so the entries sit directly under the tag in the menu. Changes `spec` in place.
 * @returns the link and title of every entry, by id.
 */
export function anchorErrata(spec: Json): Map<string, ErrataEntry> {
  const entries = new Map<string, ErrataEntry>();
  for (const tag of (spec.tags ?? []) as Json[]) {
    const text = tag.description;
    if (typeof text !== 'string' || !/^## E\d+\b/m.test(text)) continue;
    const base = `#/${sectionId(String(tag.name))}`;
    tag.description = text
      .replace(TITLE, (_match, title: string) => `**${title.trim()}**\n\n`)
      .replace(ENTRY, (_match, id: string, title: string) => {
        const anchor = id.toLowerCase();
        entries.set(id, { href: `${base}/${anchor}`, title });
        return `## ${id} ${title} ${headingId(anchor)}`;
      });
  }
  return entries;
}

/**
 * Appends `Errata: [E24](#/errata/e24 "title"), …` to the description of every object that
 * carries `x-lianlian-errata`, so readers follow a link instead of reading a raw extension.
 * @throws Error naming an id the errata document has no entry for.
 */
export function linkErrata(spec: Json, entries: ReadonlyMap<string, ErrataEntry>): void {
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${where}/${i}`));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const object = node as Json;
    const ids = object['x-lianlian-errata'];
    if (Array.isArray(ids) && ids.length > 0) {
      const links = ids.map((id: string) => {
        const entry = entries.get(id);
        if (!entry) throw new Error(`${where}: x-lianlian-errata names ${id}, which has no entry`);
        return `[${id}](${entry.href} "${entry.title.replace(/["\\]/g, '\\$&')}")`;
      });
      const line = `Errata: ${links.join(', ')}`;
      object.description =
        typeof object.description === 'string' && object.description.trim() !== ''
          ? `${object.description.trimEnd()}\n\n${line}`
          : line;
    }
    for (const [key, value] of Object.entries(object)) {
      if (!DATA_KEYS.has(key)) visit(value, `${where}/${key}`);
    }
  };
  visit(spec, '#');
}
