import { GenerateError } from '../framework/errors.js';
import { resolvePointer, type Json } from '../model/index.js';
import type { BundledSpec } from '../framework/types.js';

/** One JSDoc tag line: `@name text`. */
export interface DocTag {
  name: string;
  text: string;
}

/** The vendor extensions this module turns into JSDoc tags. */
export const documentedExtensions = [
  'x-lianlian-branch',
  'x-lianlian-rule',
  'x-lianlian-sensitive',
  'x-lianlian-return-codes',
  'x-lianlian-errata',
] as const;

// A table of 140 codes belongs on RetCode itself, not repeated on every ret_code property.
const notInherited = new Set(['x-lianlian-return-codes']);

/**
 * The extensions that apply to a schema node: those of its `$ref` target and of its `allOf`
 * members (followed to the end; a value must satisfy each, so their rules hold for it too),
 * overridden key by key by the ones written on the node itself.
 */
export function effectiveExtensions(spec: BundledSpec, node: Json, seen = new Set<string>()): Json {
  const own: Json = {};
  for (const key of documentedExtensions) if (node[key] !== undefined) own[key] = node[key];
  const parts: Json[] = [];
  if (typeof node.$ref === 'string' && !seen.has(node.$ref)) {
    seen.add(node.$ref);
    parts.push(resolvePointer(spec, node.$ref));
  }
  for (const part of Array.isArray(node.allOf) ? (node.allOf as Json[]) : []) parts.push(part);
  let inherited: Json = {};
  // Later parts do not override earlier ones: the $ref target comes first, then allOf in order.
  for (const part of parts.reverse()) {
    inherited = { ...inherited, ...effectiveExtensions(spec, part, seen) };
  }
  for (const key of notInherited) delete inherited[key];
  return { ...inherited, ...own };
}

/**
 * JSDoc tags for a schema node's extensions, in a fixed order; `where` names it in errors.
 * `categoryOrder` is the spec's order of return-code categories.
 */
export function extensionTags(
  extensions: Json,
  errataTitles: ReadonlyMap<string, string>,
  where: string,
  categoryOrder: readonly string[] = [],
): DocTag[] {
  const tags: DocTag[] = [];
  const fail = (key: string, expected: string): never => {
    throw new GenerateError('SPEC_INVALID', where, `${key} must be ${expected}`);
  };

  const branch = extensions['x-lianlian-branch'];
  if (branch !== undefined) {
    if (typeof branch !== 'string') fail('x-lianlian-branch', 'a string');
    tags.push({ name: 'branch', text: branch });
  }

  const rule = extensions['x-lianlian-rule'];
  if (rule !== undefined) {
    if (typeof rule !== 'string') fail('x-lianlian-rule', 'a string');
    tags.push({ name: 'rule', text: rule });
  }

  const sensitive = extensions['x-lianlian-sensitive'];
  if (sensitive !== undefined) {
    if (sensitive !== true && typeof sensitive !== 'string') {
      fail('x-lianlian-sensitive', 'true or a kind such as "card"');
    }
    const kind = sensitive === true ? '' : `${sensitive} — `;
    tags.push({ name: 'sensitive', text: `${kind}masked in messages and logs` });
  }

  const codes = extensions['x-lianlian-return-codes'];
  if (codes !== undefined) {
    if (!codes || typeof codes !== 'object' || Array.isArray(codes)) {
      fail('x-lianlian-return-codes', 'a map of code to { message, category, description }');
    }
    tags.push(...returnCodeTags(codes as Json, categoryOrder, fail));
  }

  const errata = extensions['x-lianlian-errata'];
  if (errata !== undefined) {
    if (!Array.isArray(errata) || !errata.every((id) => typeof id === 'string')) {
      fail('x-lianlian-errata', 'a list of errata ids');
    }
    for (const id of errata as string[]) {
      const title = errataTitles.get(id);
      tags.push({ name: 'errata', text: title ? `${id} ${title}` : `${id} (see spec/errata.md)` });
    }
  }
  return tags;
}

/** One tag per category, declared categories in the spec's order, codes ascending. */
function returnCodeTags(
  codes: Json,
  categoryOrder: readonly string[],
  fail: (key: string, expected: string) => never,
): DocTag[] {
  const byCategory = new Map<string, string[]>();
  for (const code of Object.keys(codes).sort()) {
    const category = (codes[code] as Json | null)?.category;
    if (typeof category !== 'string') fail(`x-lianlian-return-codes.${code}.category`, 'a string');
    byCategory.set(category, [...(byCategory.get(category) ?? []), code]);
  }
  const rank = (c: string) => {
    const i = categoryOrder.indexOf(c);
    return i === -1 ? categoryOrder.length : i;
  };
  return [...byCategory.keys()]
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((category) => ({
      name: 'returnCodes',
      text: `${category}: ${byCategory.get(category)!.join(', ')}`,
    }));
}
