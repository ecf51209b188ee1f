import { GenerateError } from '../framework/errors.js';
import { operations, type Json } from '../framework/spec-walk.js';
import type { BundledSpec } from '../framework/types.js';

const COMPONENT = /^#\/components\/schemas\/([^/]+)$/;

/** A validated schema: a message body, a branch of one, or the content of a JSON string field. */
export interface ValidatedSchema {
  name: string;
  /** Where it is used, for the doc comment: `request body of mpayVerify`. */
  roles: string[];
  /** For a oneOf of component references: the branches, with their x-lianlian-branch. */
  branches?: { name: string; branch?: string }[];
}

export interface MessageLookup {
  /** operationId or webhook name. */
  key: string;
  /** message kind (request, response, notification, plaintext) -> schema name. */
  messages: [string, string][];
}

const componentOf = (schema: Json | undefined, where: string): string => {
  const ref = schema?.$ref;
  const m = typeof ref === 'string' ? COMPONENT.exec(ref) : null;
  if (!m?.[1]) {
    throw new GenerateError(
      'SPEC_INVALID',
      where,
      'message bodies must be a $ref to components/schemas (the validator is named and typed after it)',
    );
  }
  return m[1];
};

/** Component names of the JSON-ish bodies of a requestBody/response, one per distinct schema. */
function bodies(container: Json | undefined, where: string): string[] {
  const names = new Set<string>();
  for (const [media, entry] of Object.entries<Json>(container?.content ?? {})) {
    // HTML pages and other text are not messages the toolkit validates.
    if (!/json|x-www-form-urlencoded/.test(media) || !entry.schema) continue;
    names.add(componentOf(entry.schema, `${where} ${media}`));
  }
  return [...names];
}

/**
 * Every schema that gets an exported validator, in document order: request, response and
 * notification bodies, the envelope plaintext, then their oneOf branches and contentSchema targets.
 */
export function validatedSchemas(spec: BundledSpec): {
  schemas: ValidatedSchema[];
  lookups: MessageLookup[];
} {
  const byName = new Map<string, ValidatedSchema>();
  const add = (name: string, role: string) => {
    const entry = byName.get(name) ?? { name, roles: [] };
    if (!entry.roles.includes(role)) entry.roles.push(role);
    byName.set(name, entry);
  };
  const lookups: MessageLookup[] = [];
  for (const op of operations(spec)) {
    const where = `${op.kind === 'webhook' ? 'webhooks' : 'paths'}/${op.key}/${op.method}`;
    const messages: [string, string][] = [];
    const record = (kind: string, names: string[]) => {
      names.forEach((name, i) => {
        messages.push([names.length > 1 ? `${kind}${i + 1}` : kind, name]);
        add(name, `${kind} of ${op.operationId}`);
      });
    };
    record(
      op.kind === 'webhook' ? 'notification' : 'request',
      bodies(op.operation.requestBody, `${where}/requestBody`),
    );
    const responses = new Set<string>();
    for (const [code, response] of Object.entries<Json>(op.operation.responses ?? {})) {
      for (const name of bodies(response, `${where}/responses/${code}`)) responses.add(name);
    }
    record('response', [...responses]);
    const plaintext = op.operation['x-lianlian-envelope']?.plaintext;
    if (plaintext !== undefined)
      record('plaintext', [componentOf({ $ref: plaintext }, `${where}/x-lianlian-envelope`)]);
    if (messages.length > 0) lookups.push({ key: op.operationId, messages });
  }

  const schemas = spec.components?.schemas ?? {};
  for (const entry of [...byName.values()]) {
    const node = schemas[entry.name] as Json | undefined;
    if (
      !Array.isArray(node?.oneOf) ||
      !node.oneOf.every((b: Json) => typeof b?.$ref === 'string' && COMPONENT.test(b.$ref))
    ) {
      continue;
    }
    entry.branches = node.oneOf.map((b: Json) => {
      const name = COMPONENT.exec(b.$ref)![1]!;
      const branch = (schemas[name] as Json)?.['x-lianlian-branch'];
      add(name, `branch of ${entry.name}`);
      return { name, branch: typeof branch === 'string' ? branch : undefined };
    });
  }
  // contentSchema targets (risk_item's RiskItem) anywhere below the messages, through $refs.
  const seen = new Set<unknown>();
  const visit = (node: unknown, owner: string) => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    const n = node as Json;
    const target = n.contentSchema?.$ref;
    if (typeof target === 'string' && COMPONENT.test(target))
      add(COMPONENT.exec(target)![1]!, `content of a field of ${owner}`);
    if (typeof n.$ref === 'string' && COMPONENT.test(n.$ref))
      visit(schemas[COMPONENT.exec(n.$ref)![1]!], owner);
    for (const value of Object.values(n)) visit(value, owner);
  };
  for (const entry of [...byName.values()]) visit(schemas[entry.name], entry.name);
  return { schemas: [...byName.values()], lookups };
}
