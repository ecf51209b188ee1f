import { apiModel, childPointer, escapeToken, type Json } from '../model/index.js';
import { subschemas } from '../model/subschemas.js';
import type { BundledSpec } from '../framework/types.js';
import {
  documentedExtensions,
  effectiveExtensions,
  extensionTags,
  type DocTag,
} from './extension-tags.js';
import { errataTitles } from './errata-titles.js';

/** The tags one printed member gets, and those of the members of its inline object type. */
export interface MemberDocs {
  /** JSON pointer of the schema node the member was printed from. */
  pointer: string;
  tags: DocTag[];
  properties: Map<string, MemberDocs>;
}

/**
 * What to add to each `components['schemas']` member: the schema's own tags, and for an object
 * schema printed inline, its properties' tags (recursively for inline nested objects).
 */
export function docPlan(spec: BundledSpec): Map<string, MemberDocs> {
  const titles = errataTitles(spec);
  const categoryOrder = apiModel(spec).returnCodes.categories.map((c) => c.name);
  const unsigned = unsignedFieldsBySchema(spec);
  const plan = (node: Json, pointer: string, unsignedHere = new Set<string>()): MemberDocs => {
    const tags = extensionTags(effectiveExtensions(spec, node), titles, pointer, categoryOrder);
    const properties = new Map<string, MemberDocs>();
    // openapi-typescript prints `properties` inline only when the node is not itself a $ref.
    if (typeof node.$ref !== 'string' && isObject(node.properties)) {
      for (const [name, child] of Object.entries(node.properties as Json)) {
        if (isObject(child)) {
          const member = plan(child, `${pointer}/properties/${escapeToken(name)}`);
          if (unsignedHere.has(name)) member.tags.unshift(UNSIGNED_TAG);
          properties.set(name, member);
        }
      }
    }
    return { pointer, tags, properties };
  };
  const out = new Map<string, MemberDocs>();
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    if (isObject(schema)) {
      out.set(name, plan(schema, `#/components/schemas/${escapeToken(name)}`, unsigned.get(name)));
    }
  }
  return out;
}

/** The JSDoc tag of an answer field LianLian's signature leaves out. */
const UNSIGNED_TAG: DocTag = {
  name: 'unsigned',
  text: "not covered by LianLian's signature (x-lianlian-signature.response.unsignedFields): anyone on the network path can change it; listed in the result's `unsigned`",
};

/**
 * For each response branch schema, the fields its operation's `x-lianlian-signature.response`
 * declares `unsignedFields`.
 */
function unsignedFieldsBySchema(spec: BundledSpec): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const op of apiModel(spec).operations) {
    const response = op.signature.response;
    const fields = response?.declared.unsignedFields;
    if (response === undefined || !Array.isArray(fields)) continue;
    for (const branch of response.branches) {
      if (branch.schema === undefined) continue;
      const set = out.get(branch.schema) ?? new Set<string>();
      for (const field of fields) if (typeof field === 'string') set.add(field);
      out.set(branch.schema, set);
    }
  }
  return out;
}

/** Pointers of every schema node under components/schemas that carries a documented extension. */
export function extensionSites(spec: BundledSpec): string[] {
  const sites: string[] = [];
  const visit = (node: unknown, pointer: string) => {
    if (!isObject(node)) return;
    if (documentedExtensions.some((key) => node[key] !== undefined)) sites.push(pointer);
    for (const [tokens, sub] of subschemas(node)) visit(sub, childPointer(pointer, ...tokens));
  };
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    visit(schema, `#/components/schemas/${escapeToken(name)}`);
  }
  return sites;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
