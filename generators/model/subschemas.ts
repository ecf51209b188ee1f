import type { Json } from './pointer.js';

// Keywords whose values are a schema, a list of schemas or a map of schemas (JSON Schema 2020-12).
const SINGLE = [
  'additionalProperties',
  'items',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'contentSchema',
  'unevaluatedProperties',
  'unevaluatedItems',
];
const MAPS = ['properties', 'patternProperties', 'dependentSchemas', '$defs'];
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The direct subschemas of a schema node, each with the pointer tokens leading to it from the
 * node (unescaped), for walking a whole schema tree.
 */
export function subschemas(node: Json): [string[], unknown][] {
  const out: [string[], unknown][] = [];
  for (const k of SINGLE) if (node[k] !== undefined) out.push([[k], node[k]]);
  for (const k of MAPS) {
    if (isObject(node[k]))
      for (const [name, sub] of Object.entries(node[k])) out.push([[k, name], sub]);
  }
  for (const k of LISTS) {
    if (Array.isArray(node[k]))
      node[k].forEach((sub: unknown, i: number) => out.push([[k, String(i)], sub]));
  }
  return out;
}
