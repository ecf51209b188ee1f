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

/** Every message with a schema in the operations' `x-lianlian-signature`, in document order. */
export function messages(spec: BundledSpec): Message[] {
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
