import { deref, operations, resolvePointer, type Json } from './spec-walk.js';
import type { BundledSpec } from './types.js';

export type MessageRole = 'request' | 'response' | 'notification';

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

const roles: MessageRole[] = ['request', 'response', 'notification'];
const schemaPrefix = '#/components/schemas/';

/** Every message named in the operations' `x-lianlian-signature`, in document order. */
export function messages(spec: BundledSpec): Message[] {
  const out: Message[] = [];
  for (const entry of operations(spec)) {
    const signature: Json = entry.operation['x-lianlian-signature'] ?? {};
    for (const role of roles) {
      const declared: Json | undefined = signature[role];
      if (!declared?.schema) continue;
      const pointer: string = declared.schema;
      if (!pointer.startsWith(schemaPrefix)) {
        throw new Error(
          `${entry.operationId}: x-lianlian-signature.${role}.schema must point into ${schemaPrefix}`,
        );
      }
      const schema = resolvePointer(spec, pointer);
      const base = { operationId: entry.operationId, role };
      if (!Array.isArray(schema.oneOf)) {
        out.push({
          ...base,
          schemaName: pointer.slice(schemaPrefix.length),
          schema,
          signed: declared.signed ?? 'required',
        });
        continue;
      }
      for (const ref of schema.oneOf as Json[]) {
        const branchSchema = deref(spec, ref);
        const branch: string | undefined = branchSchema['x-lianlian-branch'];
        if (!branch || typeof ref.$ref !== 'string') {
          throw new Error(`${pointer}: every oneOf branch must be a $ref with x-lianlian-branch`);
        }
        out.push({
          ...base,
          branch,
          schemaName: ref.$ref.slice(schemaPrefix.length),
          schema: branchSchema,
          signed: declared.branches?.[branch] ?? declared.signed ?? 'required',
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
