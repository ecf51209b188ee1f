import { GenerateError } from '../framework/errors.js';
import { apiModel, componentName, type ApiMedia, type Json } from '../model/index.js';
import type { BundledSpec } from '../framework/types.js';

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
  const name = componentName(schema?.$ref);
  if (name === undefined) {
    throw new GenerateError(
      'SPEC_INVALID',
      where,
      'message bodies must be a $ref to components/schemas (the validator is named and typed after it)',
    );
  }
  return name;
};

/** Component names of the JSON-ish bodies of a requestBody/response, one per distinct schema. */
function bodies(media: readonly ApiMedia[], where: string): string[] {
  const names = new Set<string>();
  for (const entry of media) {
    // HTML pages and other text are not messages the toolkit validates.
    if (!/json|x-www-form-urlencoded/.test(entry.mediaType) || !entry.schemaNode) continue;
    names.add(componentOf(entry.schemaNode, `${where} ${entry.mediaType}`));
  }
  return [...names];
}

/**
 * Every schema that gets an exported validator, in document order: request, response and
 * notification bodies, the envelope plaintext, report rows, then their oneOf branches and
 * contentSchema targets.
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
  for (const op of apiModel(spec).all) {
    const where = `${op.location === 'webhook' ? 'webhooks' : 'paths'}/${op.key}/${op.method}`;
    const messages: [string, string][] = [];
    const record = (kind: string, names: string[]) => {
      names.forEach((name, i) => {
        messages.push([names.length > 1 ? `${kind}${i + 1}` : kind, name]);
        add(name, `${kind} of ${op.id}`);
      });
    };
    record(
      op.location === 'webhook' ? 'notification' : 'request',
      bodies(op.request, `${where}/requestBody`),
    );
    const responses = new Set<string>();
    for (const { status, media } of op.responses) {
      for (const name of bodies(media, `${where}/responses/${status}`)) responses.add(name);
    }
    record('response', [...responses]);
    const plaintext = op.envelope?.declared.plaintext;
    if (plaintext !== undefined)
      record('plaintext', [componentOf({ $ref: plaintext }, `${where}/x-lianlian-envelope`)]);
    if (messages.length > 0) lookups.push({ key: op.id, messages });
  }
  // Report rows are messages too: one line of a file, validated as it is read.
  for (const report of apiModel(spec).reports)
    add(report.schemaName, `row of the ${report.id} report`);

  const schemas = spec.components?.schemas ?? {};
  for (const entry of [...byName.values()]) {
    const node = schemas[entry.name] as Json | undefined;
    if (
      !Array.isArray(node?.oneOf) ||
      !node.oneOf.every((b: Json) => componentName(b?.$ref) !== undefined)
    ) {
      continue;
    }
    entry.branches = node.oneOf.map((b: Json) => {
      const name = componentName(b.$ref) as string;
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
    const target = componentName(n.contentSchema?.$ref);
    if (target !== undefined) add(target, `content of a field of ${owner}`);
    const referenced = componentName(n.$ref);
    if (referenced !== undefined) visit(schemas[referenced], owner);
    for (const value of Object.values(n)) visit(value, owner);
  };
  for (const entry of [...byName.values()]) visit(schemas[entry.name], entry.name);
  return { schemas: [...byName.values()], lookups };
}
