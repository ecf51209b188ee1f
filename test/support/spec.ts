import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The bundle the lead's framework writes; committed, so a clone tests the same document. */
export const BUNDLE_PATH = path.join(REPO_ROOT, 'generated/openapi.json');
export const ERRATA_PATH = path.join(REPO_ROOT, 'spec/errata.md');

export class SpecShapeError extends Error {
  readonly code: 'POINTER_NOT_FOUND' | 'NOT_AN_OBJECT' | 'NO_SINGLE_MEDIA_TYPE';
  readonly field: string;

  constructor(code: SpecShapeError['code'], field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'SpecShapeError';
    this.code = code;
    this.field = field;
  }
}

export function loadBundledSpec(file: string = BUNDLE_PATH): JsonObject {
  return JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
}

/** Each `## E07 ...` section of spec/errata.md, heading included, by id. */
export function errataSections(file: string = ERRATA_PATH): Map<string, string> {
  const sections = new Map<string, string>();
  const parts = readFileSync(file, 'utf8').split(/^(?=##\s)/m);
  for (const part of parts) {
    const id = /^##\s+(E\d+)\b/.exec(part)?.[1];
    if (id) sections.set(id, part);
  }
  return sections;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const escapeToken = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapeToken = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');

export function pointerTo(...tokens: string[]): string {
  return `#/${tokens.map(escapeToken).join('/')}`;
}

export function child(pointer: string, ...tokens: (string | number)[]): string {
  return `${pointer}/${tokens.map((token) => escapeToken(String(token))).join('/')}`;
}

export function at(spec: JsonObject, pointer: string): Json {
  if (!pointer.startsWith('#/')) {
    throw new SpecShapeError(
      'POINTER_NOT_FOUND',
      pointer,
      'only local JSON pointers are supported',
    );
  }
  let node: Json = spec;
  for (const token of pointer.slice(2).split('/').map(unescapeToken)) {
    const next: Json | undefined = Array.isArray(node)
      ? node[Number(token)]
      : isObject(node)
        ? node[token]
        : undefined;
    if (next === undefined) throw new SpecShapeError('POINTER_NOT_FOUND', pointer, 'no such node');
    node = next;
  }
  return node;
}

export function objectAt(spec: JsonObject, pointer: string): JsonObject {
  const node = at(spec, pointer);
  if (!isObject(node)) throw new SpecShapeError('NOT_AN_OBJECT', pointer, 'expected an object');
  return node;
}

/** Follows `$ref` from `pointer` until a node that is not a bare reference. */
export function follow(spec: JsonObject, pointer: string): { pointer: string; node: JsonObject } {
  let current = pointer;
  for (let hops = 0; hops < 32; hops++) {
    const node = objectAt(spec, current);
    const ref = node.$ref;
    if (
      typeof ref !== 'string' ||
      Object.keys(node).some((key) => key !== '$ref' && key !== 'description' && key !== 'summary')
    ) {
      return { pointer: current, node };
    }
    current = ref;
  }
  throw new SpecShapeError('POINTER_NOT_FOUND', pointer, '$ref cycle');
}

/** Display name: the component name, or the pointer itself. */
export function schemaName(pointer: string): string {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(pointer);
  return match?.[1] ? unescapeToken(match[1]) : pointer.split('/').map(unescapeToken).join(' ');
}

export function errataOf(node: JsonObject): string[] {
  const errata = node['x-lianlian-errata'];
  return Array.isArray(errata) ? errata.filter((id): id is string => typeof id === 'string') : [];
}

/** Every schema node a schema is made of: itself, its `$ref` targets and its `allOf` parts. */
export function schemaParts(
  spec: JsonObject,
  pointer: string,
  seen = new Set<string>(),
): { pointer: string; node: JsonObject }[] {
  if (seen.has(pointer)) return [];
  seen.add(pointer);
  const node = objectAt(spec, pointer);
  const parts = [{ pointer, node }];
  if (typeof node.$ref === 'string') parts.push(...schemaParts(spec, node.$ref, seen));
  if (Array.isArray(node.allOf)) {
    node.allOf.forEach((_, index) =>
      parts.push(...schemaParts(spec, child(pointer, 'allOf', index), seen)),
    );
  }
  return parts;
}

export interface PropertyFacts {
  types: string[];
  maxLength?: number;
  /** Values allowed by `const`/`enum`, when the schema restricts them. */
  values?: Json[];
  errata: string[];
}

/** What a property schema says once its `$ref`s and `allOf` parts are combined. */
export function propertyFacts(spec: JsonObject, pointer: string): PropertyFacts {
  const facts: PropertyFacts = { types: [], errata: [] };
  for (const { node } of schemaParts(spec, pointer)) {
    const type = node.type;
    if (facts.types.length === 0 && type !== undefined) {
      facts.types = (Array.isArray(type) ? type : [type]).filter(
        (t): t is string => typeof t === 'string',
      );
    }
    if (typeof node.maxLength === 'number') {
      facts.maxLength = Math.min(facts.maxLength ?? Infinity, node.maxLength);
    }
    const values =
      'const' in node ? [node.const as Json] : Array.isArray(node.enum) ? node.enum : undefined;
    if (values && facts.values === undefined) facts.values = values;
    facts.errata.push(...errataOf(node));
  }
  return facts;
}

export interface PropertyLocation {
  /** Pointer of the property schema. */
  pointer: string;
  /** Errata of the object schemas (or allOf parts) on the way to the property. */
  holderErrata: string[];
}

export interface ObjectView {
  pointer: string;
  properties: Map<string, PropertyLocation>;
  required: Set<string>;
  errata: string[];
  branch?: string;
}

/** An object schema flattened over `$ref` and `allOf`: its properties, required names and errata. */
export function objectView(spec: JsonObject, pointer: string): ObjectView {
  const parts = schemaParts(spec, pointer);
  const errata = parts.flatMap(({ node }) => errataOf(node));
  const view: ObjectView = { pointer, properties: new Map(), required: new Set(), errata };
  for (const { pointer: partPointer, node } of parts) {
    if (typeof node['x-lianlian-branch'] === 'string') view.branch ??= node['x-lianlian-branch'];
    if (Array.isArray(node.required)) {
      for (const name of node.required) if (typeof name === 'string') view.required.add(name);
    }
    if (isObject(node.properties)) {
      for (const name of Object.keys(node.properties)) {
        if (view.properties.has(name)) continue;
        view.properties.set(name, {
          pointer: child(partPointer, 'properties', name),
          holderErrata: [...errataOf(node), ...errata],
        });
      }
    }
  }
  return view;
}

/** Pointer of the schema of the only media type under `content` at `pointer`. */
export function mediaSchemaPointer(
  spec: JsonObject,
  pointer: string,
): { mediaType: string; pointer: string } {
  const { pointer: resolved, node } = follow(spec, pointer);
  const content = node.content;
  const types = isObject(content) ? Object.keys(content) : [];
  if (types.length !== 1 || !types[0]) {
    throw new SpecShapeError(
      'NO_SINGLE_MEDIA_TYPE',
      resolved,
      `expected one media type, found ${types.length}`,
    );
  }
  return { mediaType: types[0], pointer: child(resolved, 'content', types[0], 'schema') };
}

/** Pointers of the branches of a `oneOf` (the schema itself when it has none). */
export function branchPointers(spec: JsonObject, pointer: string): string[] {
  const { pointer: resolved, node } = follow(spec, pointer);
  if (!Array.isArray(node.oneOf)) return [resolved];
  return node.oneOf.map((_, index) => follow(spec, child(resolved, 'oneOf', index)).pointer);
}

export interface OperationRef {
  operationId: string;
  method: string;
  path: string;
  pointer: string;
  serverUrl?: string;
  node: JsonObject;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function operations(spec: JsonObject): OperationRef[] {
  const found: OperationRef[] = [];
  const paths = isObject(spec.paths) ? spec.paths : {};
  for (const [route, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const node = item[method];
      if (!isObject(node) || typeof node.operationId !== 'string') continue;
      const servers = [node.servers, item.servers, spec.servers].find(Array.isArray);
      const url = Array.isArray(servers) && isObject(servers[0]) ? servers[0].url : undefined;
      found.push({
        operationId: node.operationId,
        method,
        path: route,
        pointer: pointerTo('paths', route, method),
        ...(typeof url === 'string' ? { serverUrl: url } : {}),
        node,
      });
    }
  }
  return found;
}

/** The POST operation of a webhook, e.g. `webPaymentReturn`. */
export function webhookOperation(spec: JsonObject, name: string): OperationRef {
  const pointer = pointerTo('webhooks', name, 'post');
  const node = objectAt(spec, pointer);
  return {
    operationId: String(node.operationId ?? name),
    method: 'post',
    path: name,
    pointer,
    node,
  };
}

/**
 * The schema a request message must satisfy: the body schema, or for an encrypted envelope the
 * plaintext schema `x-lianlian-envelope.plaintext` points at.
 */
export function requestMessagePointer(spec: JsonObject, operation: OperationRef): string {
  const envelope = operation.node['x-lianlian-envelope'];
  if (isObject(envelope) && typeof envelope.plaintext === 'string') return envelope.plaintext;
  return mediaSchemaPointer(spec, child(operation.pointer, 'requestBody')).pointer;
}

/** The schema of the (single) 2xx response that carries a body. */
export function responseSchemaPointer(spec: JsonObject, operation: OperationRef): string {
  const responses = objectAt(spec, child(operation.pointer, 'responses'));
  const status = Object.keys(responses).find((code) => /^2\d\d$/.test(code));
  if (!status) throw new SpecShapeError('POINTER_NOT_FOUND', operation.pointer, 'no 2xx response');
  return mediaSchemaPointer(spec, child(operation.pointer, 'responses', status)).pointer;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const SPEC_ID = 'urn:lianlian:openapi';

/**
 * Validators over the bundled document itself, so every `$ref` resolves as in the spec.
 * OpenAPI-only and x- keywords are unknown to Ajv and pass (strict: false).
 */
export function specValidator(spec: JsonObject): (pointer: string) => ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addSchema({ ...spec, $id: SPEC_ID });
  const cache = new Map<string, ValidateFunction>();
  return (pointer) => {
    let validate = cache.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${SPEC_ID}${pointer}` });
      cache.set(pointer, validate);
    }
    return validate;
  };
}

export interface MessageExample {
  /** The operation or webhook the example belongs to. */
  operation: OperationRef;
  operationId: string;
  /** request: a request body (or a webhook's notification); plaintext: the signed JSON inside an envelope. */
  role: 'request' | 'response' | 'plaintext';
  /** The example object, after following `$ref`. */
  pointer: string;
  node: JsonObject;
  schemaPointer: string;
}

function contentExamples(
  spec: JsonObject,
  operation: OperationRef,
  role: MessageExample['role'],
  holderPointer: string,
): MessageExample[] {
  const holder = follow(spec, holderPointer).node;
  const content = holder.content;
  if (!isObject(content)) return [];
  const found: MessageExample[] = [];
  for (const [mediaType, media] of Object.entries(content)) {
    if (!isObject(media) || !isObject(media.examples)) continue;
    const mediaPointer = child(follow(spec, holderPointer).pointer, 'content', mediaType);
    for (const name of Object.keys(media.examples)) {
      const example = follow(spec, child(mediaPointer, 'examples', name));
      found.push({
        operation,
        operationId: operation.operationId,
        role,
        ...example,
        schemaPointer: child(mediaPointer, 'schema'),
      });
    }
  }
  return found;
}

/**
 * Every example of every operation and webhook, with the schema it is an example of: media-type
 * examples, and the plaintext examples an envelope lists in `x-lianlian-envelope.plaintextExamples`.
 */
export function messageExamples(spec: JsonObject): MessageExample[] {
  const webhooks = isObject(spec.webhooks) ? Object.keys(spec.webhooks) : [];
  const all = [
    ...operations(spec),
    ...webhooks
      .filter((name) => isObject(objectAt(spec, pointerTo('webhooks', name)).post))
      .map((name) => webhookOperation(spec, name)),
  ];
  const found: MessageExample[] = [];
  for (const operation of all) {
    const { operationId, node } = operation;
    if (isObject(node.requestBody)) {
      found.push(
        ...contentExamples(spec, operation, 'request', child(operation.pointer, 'requestBody')),
      );
    }
    if (isObject(node.responses)) {
      for (const status of Object.keys(node.responses)) {
        found.push(
          ...contentExamples(
            spec,
            operation,
            'response',
            child(operation.pointer, 'responses', status),
          ),
        );
      }
    }
    const envelope = node['x-lianlian-envelope'];
    if (
      isObject(envelope) &&
      typeof envelope.plaintext === 'string' &&
      Array.isArray(envelope.plaintextExamples)
    ) {
      for (const ref of envelope.plaintextExamples) {
        if (typeof ref !== 'string') continue;
        const example = follow(spec, ref);
        found.push({
          operation,
          operationId,
          role: 'plaintext',
          ...example,
          schemaPointer: envelope.plaintext,
        });
      }
    }
  }
  return found;
}
