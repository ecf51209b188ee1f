import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { BundledSpec } from '../../generators/framework/types.js';
import {
  apiModel,
  BUNDLE_PATH,
  childPointer,
  componentName,
  loadModel,
  pointerTo,
  unescapeToken,
  type ApiExample,
  type ApiMedia,
  type ApiOperation,
} from '../../generators/model/index.js';

// Operations, messages and examples come from the API model (generators/model/); this module
// adds what only the tests need: flattened object views, property facts and Ajv over the bundle.

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export { BUNDLE_PATH, pointerTo };
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

/** The committed bundle (read once, shared with the model). */
export function loadBundledSpec(file: string = BUNDLE_PATH): JsonObject {
  return loadModel(file).spec as unknown as JsonObject;
}

const modelOf = (spec: JsonObject) => apiModel(spec as unknown as BundledSpec);

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

export const child = childPointer;

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
  return componentName(pointer) ?? pointer.split('/').map(unescapeToken).join(' ');
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

/** Pointer of the schema of the only media type of a request body or response. */
export function onlyMediaSchema(media: readonly ApiMedia[], where: string): string {
  const [only] = media;
  if (media.length !== 1 || only?.schemaPointer === undefined) {
    throw new SpecShapeError(
      'NO_SINGLE_MEDIA_TYPE',
      where,
      `expected one media type with a schema, found ${media.length}`,
    );
  }
  return only.schemaPointer;
}

/** Pointers of the branches of a `oneOf` (the schema itself when it has none). */
export function branchPointers(spec: JsonObject, pointer: string): string[] {
  const { pointer: resolved, node } = follow(spec, pointer);
  if (!Array.isArray(node.oneOf)) return [resolved];
  return node.oneOf.map((_, index) => follow(spec, child(resolved, 'oneOf', index)).pointer);
}

export type OperationRef = ApiOperation;

/** The operations under `paths`, from the model. */
export function operations(spec: JsonObject): readonly ApiOperation[] {
  return modelOf(spec).operations;
}

/** Every operation, then every webhook, from the model. */
export function allOperations(spec: JsonObject): readonly ApiOperation[] {
  return modelOf(spec).all;
}

/** The webhook named `name` (e.g. `webPaymentReturn`), from the model. */
export function webhookOperation(spec: JsonObject, name: string): ApiOperation {
  const found = modelOf(spec).webhooks.find((webhook) => webhook.key === name);
  if (!found)
    throw new SpecShapeError('POINTER_NOT_FOUND', pointerTo('webhooks', name), 'no such webhook');
  return found;
}

/**
 * The schema a request message must satisfy: the body schema, or for an encrypted envelope the
 * plaintext schema `x-lianlian-envelope.plaintext` points at.
 */
export function requestMessagePointer(operation: ApiOperation): string {
  // A form carrying its signed message as JSON text in one input describes that message.
  const carried =
    operation.jsonCarrier === undefined ? undefined : operation.signature.request?.schemaPointer;
  return (
    operation.envelope?.plaintextPointer ??
    carried ??
    onlyMediaSchema(operation.request, child(operation.pointer, 'requestBody'))
  );
}

/** The schema of the (single) 2xx response that carries a body. */
export function responseSchemaPointer(operation: ApiOperation): string {
  const response = operation.responses.find(({ status }) => /^2\d\d$/.test(status));
  if (!response)
    throw new SpecShapeError('POINTER_NOT_FOUND', operation.pointer, 'no 2xx response');
  return onlyMediaSchema(response.media, child(operation.pointer, 'responses', response.status));
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

export interface MessageExample extends ApiExample {
  /** The operation or webhook the example belongs to. */
  operation: ApiOperation;
  operationId: string;
}

/**
 * Every example of every operation and webhook, with the schema it is an example of: media-type
 * examples, and the plaintext examples an envelope lists in `x-lianlian-envelope.plaintextExamples`.
 */
export function messageExamples(spec: JsonObject): MessageExample[] {
  return modelOf(spec).all.flatMap((operation) =>
    operation.examples.map((example) => ({ ...example, operation, operationId: operation.id })),
  );
}
