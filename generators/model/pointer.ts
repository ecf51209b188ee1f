// JSON pointers into the bundled document (RFC 6901, local `#/…` form only).

/** The bundled document is plain JSON; readers of raw nodes use this loose shape. */
export type Json = Record<string, any>;

export const COMPONENT_SCHEMA_PREFIX = '#/components/schemas/';

export const escapeToken = (token: string): string =>
  token.replace(/~/g, '~0').replace(/\//g, '~1');
export const unescapeToken = (token: string): string =>
  token.replace(/~1/g, '/').replace(/~0/g, '~');

/** `#/a/b` from the tokens `a`, `b` (escaped). */
export const pointerTo = (...tokens: (string | number)[]): string =>
  `#/${tokens.map((t) => escapeToken(String(t))).join('/')}`;

/** `pointer` extended by `tokens` (escaped). */
export const childPointer = (pointer: string, ...tokens: (string | number)[]): string =>
  `${pointer}/${tokens.map((t) => escapeToken(String(t))).join('/')}`;

/**
 * Follows a local JSON pointer.
 * @throws Error for a non-local pointer or one that leads nowhere.
 */
export function resolvePointer(doc: unknown, pointer: string): any {
  if (!pointer.startsWith('#/')) throw new Error(`only local references are supported: ${pointer}`);
  let node: any = doc;
  for (const raw of pointer.slice(2).split('/')) {
    node = node?.[unescapeToken(raw)];
    if (node === undefined) throw new Error(`unresolvable reference ${pointer}`);
  }
  return node;
}

/** Replaces a `$ref` node by its target, as often as it takes. */
export const deref = (doc: unknown, node: Json): Json =>
  node && typeof node.$ref === 'string' ? deref(doc, resolvePointer(doc, node.$ref)) : node;

/** The component name a pointer names (`#/components/schemas/X` → `X`), else undefined. */
export function componentName(pointer: unknown): string | undefined {
  if (typeof pointer !== 'string' || !pointer.startsWith(COMPONENT_SCHEMA_PREFIX)) return undefined;
  const rest = pointer.slice(COMPONENT_SCHEMA_PREFIX.length);
  return rest === '' || rest.includes('/') ? undefined : unescapeToken(rest);
}
