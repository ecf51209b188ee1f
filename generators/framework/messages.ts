import { apiModel, deref, resolvePointer, type Json, type MessageRole } from '../model/index.js';
import type { BundledSpec } from './types.js';

export type { MessageRole };

/** One message an operation exchanges, after splitting a response `oneOf` into its branches. */
export interface Message {
  operationId: string;
  role: MessageRole;
  /** x-lianlian-branch of a response branch (failure, success, paid); absent for single messages. */
  branch?: string;
  /** Component schema name, e.g. MpayVerifyPaid. */
  schemaName: string;
  schema: Json;
  /** What x-lianlian-signature says of this message or branch (required, optional, none). */
  signed: string;
}

const cache = new WeakMap<BundledSpec, readonly Message[]>();

/**
 * Every message with a schema in the operations' `x-lianlian-signature`, in document order. Read
 * once per bundle: generators ask per operation, which would otherwise cost operations² time.
 */
export function messages(spec: BundledSpec): readonly Message[] {
  let out = cache.get(spec);
  if (!out) {
    out = collectMessages(spec);
    cache.set(spec, out);
  }
  return out;
}

function collectMessages(spec: BundledSpec): Message[] {
  const out: Message[] = [];
  for (const operation of apiModel(spec).all) {
    for (const declared of Object.values(operation.signature)) {
      if (!declared.schemaPointer) continue;
      const pointer = declared.schemaPointer;
      if (declared.schema === undefined) {
        throw new Error(
          `${operation.id}: x-lianlian-signature.${declared.role}.schema must point into #/components/schemas/`,
        );
      }
      const base = { operationId: operation.id, role: declared.role };
      if (declared.branches.length === 0) {
        out.push({
          ...base,
          schemaName: declared.schema,
          schema: resolvePointer(spec, pointer),
          signed: declared.signed,
        });
        continue;
      }
      for (const branch of declared.branches) {
        if (branch.name === undefined || branch.schema === undefined) {
          throw new Error(`${pointer}: every oneOf branch must be a $ref with x-lianlian-branch`);
        }
        out.push({
          ...base,
          branch: branch.name,
          schemaName: branch.schema,
          schema: branch.node,
          signed: branch.signed,
        });
      }
    }
  }
  return out;
}

/** Top-level property names of a message schema, following $ref and allOf. */
export function propertyNames(spec: BundledSpec, schema: Json): string[] {
  const names = new Set<string>();
  const visit = (node: Json) => {
    const s = deref(spec, node);
    for (const name of Object.keys(s.properties ?? {})) names.add(name);
    for (const part of s.allOf ?? []) visit(part);
  };
  visit(schema);
  return [...names];
}

/** What a field's schema allows, for checks outside the generated validators. */
export interface FieldConstraint {
  pattern?: string;
  maxLength?: number;
  /** `x-lianlian-rule`, the pattern's rule in words. */
  rule?: string;
  /** `x-lianlian-sensitive`'s kind (`card`, `id`, ...), or `true`. */
  sensitive?: string | true;
}

/**
 * The constraints of each top-level property of a message schema, through `$ref` and `allOf`
 * (the nearest `pattern` and rule, the smallest `maxLength`), in property order.
 */
export function fieldConstraints(spec: BundledSpec, schema: Json): Map<string, FieldConstraint> {
  const out = new Map<string, FieldConstraint>();
  const parts = (node: Json): Json[] => {
    const s = deref(spec, node);
    return [s, ...((s.allOf ?? []) as Json[]).flatMap(parts)];
  };
  for (const part of parts(schema)) {
    for (const [name, property] of Object.entries((part.properties ?? {}) as Json)) {
      if (out.has(name)) continue;
      const found: FieldConstraint = {};
      // The node's own keywords win over those of its $ref target and allOf parts.
      const read = (node: Json): void => {
        if (typeof node.pattern === 'string') found.pattern ??= node.pattern;
        if (typeof node['x-lianlian-rule'] === 'string') found.rule ??= node['x-lianlian-rule'];
        const sensitive: unknown = node['x-lianlian-sensitive'];
        if (typeof sensitive === 'string' || sensitive === true) found.sensitive ??= sensitive;
        if (typeof node.maxLength === 'number') {
          found.maxLength = Math.min(found.maxLength ?? Infinity, node.maxLength);
        }
        if (typeof node.$ref === 'string') read(deref(spec, node));
        for (const part of (node.allOf ?? []) as Json[]) read(part);
      };
      read(property as Json);
      out.set(name, found);
    }
  }
  return out;
}
