/**
 * The id Redoc 3 gives a section made from a heading or tag name (its `slugify` with `lower`):
 * characters outside `[\w\s$*_+~.()'"!\-:@]` dropped, blanks collapsed into `-`, lower case.
 * A link to `#/<id>` opens that section. The browser test follows every link we generate.
 */
export function sectionId(name: string): string {
  return name
    .normalize()
    .replace(/[^\w\s$*_+~.()'"!\-:@]+/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
}

/** A Markdoc annotation giving a heading its own id, so a link need not repeat Redoc's slug. */
export const headingId = (id: string) => `{% #${id} %}`;
