import type { BundledSpec } from './types.js';

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

// The bundled document is plain JSON; generators read it through these loose shapes.
export type Json = Record<string, any>;

export interface OperationEntry {
  kind: 'operation' | 'webhook';
  /** Path for operations, webhook name for webhooks. */
  key: string;
  method: (typeof methods)[number];
  operationId: string;
  operation: Json;
  /** servers[0].url of the operation, when it has one. */
  serverUrl?: string;
}

/** Every operation and webhook operation, in document order. */
export function operations(spec: BundledSpec): OperationEntry[] {
  const out: OperationEntry[] = [];
  const visit = (kind: OperationEntry['kind'], items: Record<string, any> | undefined) => {
    for (const [key, item] of Object.entries(items ?? {})) {
      for (const method of methods) {
        const operation = item?.[method];
        if (!operation) continue;
        out.push({
          kind,
          key,
          method,
          operationId: operation.operationId,
          operation,
          serverUrl: (operation.servers ?? item.servers ?? spec.servers)?.[0]?.url,
        });
      }
    }
  };
  visit('operation', spec.paths as Json);
  visit('webhook', spec.webhooks as Json);
  return out;
}

export const operationIds = (spec: BundledSpec): string[] =>
  operations(spec)
    .filter((o) => o.kind === 'operation')
    .map((o) => o.operationId);

/** Follows a local JSON pointer (`#/components/schemas/X`). */
export function resolvePointer(spec: BundledSpec, pointer: string): Json {
  if (!pointer.startsWith('#/')) throw new Error(`only local references are supported: ${pointer}`);
  let node: any = spec;
  for (const raw of pointer.slice(2).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node?.[part];
    if (node === undefined) throw new Error(`unresolvable reference ${pointer}`);
  }
  return node;
}

/** Replaces a `$ref` node by its target (one level). */
export const deref = (spec: BundledSpec, node: Json): Json =>
  node && typeof node.$ref === 'string' ? deref(spec, resolvePointer(spec, node.$ref)) : node;
