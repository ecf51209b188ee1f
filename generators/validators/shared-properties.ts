/**
 * Property schemas written out alike in several objects (the `oneOf` branches of one response
 * repeat most of their fields: `no_agree`'s length, `ret_code`'s constant, …). Each such schema
 * is emitted once, as a check and a collector the objects call, instead of inline in every
 * object; the verdicts and issues are the same, since path and mask are passed in as they would
 * have been inline.
 */
import type { Json } from './scope.js';

// Keywords that only document: two schemas differing in them validate alike.
const ANNOTATIONS = new Set([
  'description',
  'title',
  'examples',
  'example',
  '$comment',
  'x-lianlian-errata',
  'x-enum-descriptions',
]);
// Keywords whose value is data, not a schema: kept as they are.
const DATA = new Set(['const', 'enum', 'default', 'examples', 'example']);

function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const key of Object.keys(node).sort()) {
    if (ANNOTATIONS.has(key)) continue;
    const value = (node as Json)[key];
    out[key] = DATA.has(key) ? value : strip(value);
  }
  return out;
}

/**
 * What identifies a property schema for sharing: its validating keywords, annotations dropped,
 * keys sorted. Undefined for what is not worth a function: booleans and a bare `$ref` (already a
 * call).
 */
export function propertySchemaKey(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  const stripped = strip(node) as Json;
  const keys = Object.keys(stripped);
  if (keys.length === 0 || (keys.length === 1 && keys[0] === '$ref')) return undefined;
  return JSON.stringify(stripped);
}

/** How often each property schema occurs under `properties` anywhere in the component schemas. */
export function countPropertySchemas(
  schemas: Readonly<Record<string, unknown>>,
): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (DATA.has(key) || key.startsWith('x-')) continue;
      if (key === 'properties' && typeof value === 'object' && value !== null) {
        for (const sub of Object.values(value)) {
          const id = propertySchemaKey(sub);
          if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
        }
      }
      walk(value);
    }
  };
  walk(schemas);
  return counts;
}
