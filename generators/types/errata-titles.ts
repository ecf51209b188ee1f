import type { BundledSpec } from '../framework/types.js';

const heading = /^## (E\d+)[ \t]+(\S.*?)[ \t]*$/gm;

/**
 * Errata titles by id (`E13` → "sign_type is String(3) but …"). The bundle carries
 * spec/errata.md as the description of a tag, so the titles come from the spec alone; an id
 * without a heading there simply has no title.
 */
export function errataTitles(spec: BundledSpec): Map<string, string> {
  const titles = new Map<string, string>();
  for (const tag of spec.tags ?? []) {
    if (typeof tag.description !== 'string') continue;
    for (const [, id, title] of tag.description.matchAll(heading)) {
      if (id && title && !titles.has(id)) titles.set(id, title);
    }
  }
  return titles;
}
