import { echoCorrelation } from '../framework/correlation.js';
import { GenerateError } from '../framework/errors.js';
import { messages, propertyNames } from '../framework/messages.js';
import { apiModel, componentName, deref, type Json } from '../model/index.js';
import { render } from '../framework/templates.js';
import type { BundledSpec, ExportingGenerator, GeneratedFile } from '../framework/types.js';

/**
 * Typed clients (src/clients.ts): one method per operation whose request is a JSON body. Only
 * data read from the spec goes into the file (paths, servers, schemas, response branches and how
 * they are told apart, signature and envelope settings); the pipeline itself is the runtime's.
 * Requests are signed in the order of src/signing-fields.ts; ret_code categories come from
 * src/return-codes.ts. Both are written by their own generators.
 */

const JSON_MEDIA = 'application/json';

interface BranchContext {
  name: string;
  schema: string;
  signature: 'required' | 'optional';
  conditionsJson: string;
  validator: string;
  isFailure: boolean;
}

interface OperationContext {
  operationId: string;
  typeName: string;
  summary: string;
  summaryJson: string;
  doc: string;
  pathJson: string;
  unsignedJson: string;
  responseKeyOrderJson: string;
  serverUrlJson: string;
  requestSchema: string;
  requestValidator: string;
  requestSignTypesJson: string;
  responseSignTypesJson: string;
  envelopeJson: string;
  correlationJson: string;
  branches: BranchContext[];
  successBranches: BranchContext[];
  failureBranch: string;
}

export const clients: ExportingGenerator = {
  name: 'clients',
  exports: ['clients'],
  async generate(spec) {
    const ops = clientOperations(spec);
    if (ops.length === 0) {
      throw new GenerateError('GENERATOR_FAILED', 'spec paths', 'no operation has a JSON request');
    }
    const validators = [
      ...new Set(
        ops.flatMap((op) => [op.requestValidator, ...op.branches.map((b) => b.validator)]),
      ),
    ].sort();
    const files: GeneratedFile[] = [
      {
        path: 'src/clients.ts',
        contents: await render('clients/clients.ts.hbs', {
          operations: ops,
          validators,
          operationIdUnion: ops.map((op) => `'${op.operationId}'`).join(' | '),
        }),
      },
    ];
    return files;
  },
};

function clientOperations(spec: BundledSpec): OperationContext[] {
  return apiModel(spec)
    .operations.filter((op) => op.kind === 'json' || op.kind === 'enveloped-json')
    .map((op) => {
      const place = `operation ${op.id}`;
      if (op.method !== 'post') fail(place, `method ${op.method} is not supported (POST only)`);
      if (!op.serverUrl) fail(place, 'has no servers[0].url');
      const { request, response } = op.signature;
      if (!request || !response) {
        fail(place, 'x-lianlian-signature must describe request and response');
      }
      const envelope = op.envelope;
      const requestSchema = schemaName(place, request.schemaPointer);
      if (envelope && schemaName(place, envelope.plaintextPointer) !== requestSchema) {
        fail(place, 'x-lianlian-envelope.plaintext and x-lianlian-signature.request.schema differ');
      }
      if (!envelope) {
        const bodyRef = op.request.find((m) => m.mediaType === JSON_MEDIA)?.schemaNode?.$ref;
        if (schemaName(place, bodyRef) !== requestSchema) {
          fail(place, 'the JSON request body is not x-lianlian-signature.request.schema');
        }
      }
      const branches = responseBranches(spec, place, op.id);
      const failures = branches.filter((b) => b.isFailure);
      if (failures.length !== 1) fail(place, 'needs exactly one response branch named failure');
      const correlation = echoCorrelation(
        spec,
        op,
        requestSchema,
        branches.filter((b) => !b.isFailure).map((b) => b.schema),
      );
      const summary = op.summary ?? op.id;
      return {
        operationId: op.id,
        typeName: op.id.charAt(0).toUpperCase() + op.id.slice(1),
        summary,
        summaryJson: JSON.stringify(summary),
        doc: firstSentence(op.description ?? ''),
        pathJson: JSON.stringify(op.key),
        unsignedJson: JSON.stringify(unsignedFields(spec, op.id, place, response.declared)),
        responseKeyOrderJson: JSON.stringify(response.keyOrder),
        serverUrlJson: JSON.stringify(op.serverUrl),
        requestSchema,
        requestValidator: `validate${requestSchema}`,
        requestSignTypesJson: JSON.stringify(request.signTypes ?? []),
        responseSignTypesJson: JSON.stringify(response.signTypes ?? []),
        envelopeJson: envelope
          ? JSON.stringify({ version: envelope.version, field: envelope.field })
          : 'undefined',
        correlationJson: JSON.stringify(correlation),
        branches,
        successBranches: branches.filter((b) => !b.isFailure),
        failureBranch: (failures[0] as BranchContext).schema,
      };
    });
}

/**
 * `x-lianlian-signature.response.unsignedFields`: response fields LianLian leaves out of its
 * signature (the Card Bind Query's agreement_list). Each must be a property of a response branch,
 * so a typo stops generation instead of silently skipping a signed field.
 */
function unsignedFields(
  spec: BundledSpec,
  operationId: string,
  place: string,
  declared: unknown,
): string[] {
  const list = (declared as { unsignedFields?: unknown } | undefined)?.unsignedFields;
  if (list === undefined) return [];
  if (!Array.isArray(list) || !list.every((f) => typeof f === 'string' && f !== '')) {
    fail(place, 'x-lianlian-signature.response.unsignedFields must be a list of field names');
  }
  const declaredFields = new Set(
    messages(spec)
      .filter((m) => m.operationId === operationId && m.role === 'response')
      .flatMap((m) => propertyNames(spec, m.schema)),
  );
  for (const field of list as string[]) {
    if (!declaredFields.has(field)) {
      fail(place, `x-lianlian-signature.response.unsignedFields names ${field}, no response field`);
    }
  }
  return list as string[];
}

function responseBranches(spec: BundledSpec, place: string, operationId: string): BranchContext[] {
  const branches = messages(spec)
    .filter((m) => m.operationId === operationId && m.role === 'response')
    .map((m) => {
      const name = m.branch;
      if (name === undefined)
        fail(place, `${m.schemaName} is not split into x-lianlian-branch branches`);
      if (m.signed !== 'required' && m.signed !== 'optional') {
        fail(place, `x-lianlian-signature.response.branches.${name} must be required or optional`);
      }
      const conditions = branchConditions(spec, m.schema);
      if (conditions.length === 0)
        fail(place, `${m.schemaName} has no const property telling it apart`);
      return {
        name,
        schema: m.schemaName,
        signature: m.signed as 'required' | 'optional',
        conditions,
        validator: `validate${m.schemaName}`,
        isFailure: name === 'failure',
      };
    });
  if (branches.length === 0) fail(place, 'x-lianlian-signature.response names no response schema');
  // Most specific first: a branch with more required conditions is checked before one with fewer.
  const weight = (c: Condition[]) => c.filter((x) => x.required).length * 10 + c.length;
  return branches
    .sort((a, b) => weight(b.conditions) - weight(a.conditions))
    .map(({ conditions, ...rest }) => ({ ...rest, conditionsJson: JSON.stringify(conditions) }));
}

interface Condition {
  field: string;
  required: boolean;
  equals?: string;
  notEquals?: string;
  oneOf?: string[];
  noneOf?: string[];
}

// The discriminating properties of a branch: `const`, `enum`, `not: {const}` and `not: {enum}` on
// its (allOf) properties (an enum tells a branch of several codes apart, e.g. held payouts).
function branchConditions(spec: BundledSpec, schema: Json): Condition[] {
  const parts = [schema, ...((schema.allOf ?? []) as Json[]).map((part) => deref(spec, part))];
  const required = new Set(parts.flatMap((part) => (part.required ?? []) as string[]));
  const out: Condition[] = [];
  for (const part of parts) {
    for (const [field, raw] of Object.entries((part.properties ?? {}) as Json)) {
      const property = raw as Json;
      const isRequired = required.has(field);
      if (typeof property.const === 'string') {
        out.push({ field, required: isRequired, equals: property.const });
      } else if (typeof property.not?.const === 'string') {
        out.push({ field, required: isRequired, notEquals: property.not.const });
      } else if (isStringList(property.enum)) {
        out.push({ field, required: isRequired, oneOf: property.enum });
      } else if (isStringList(property.not?.enum)) {
        out.push({ field, required: isRequired, noneOf: property.not.enum });
      }
    }
  }
  return out.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function schemaName(place: string, pointer: unknown): string {
  const name = componentName(pointer);
  if (name === undefined) {
    fail(place, `expected a reference to a component schema, got ${JSON.stringify(pointer)}`);
  }
  return name;
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/\.(\s|$)/);
  return (end === -1 ? flat : flat.slice(0, end + 1)).replace(/\*\//g, '*\\/');
}

function fail(place: string, message: string): never {
  throw new GenerateError('GENERATOR_FAILED', `clients: ${place}`, message);
}
