import { GenerateError } from '../framework/errors.js';
import type { BundledSpec } from '../framework/types.js';
import {
  childPointer,
  componentName,
  pointerTo,
  resolvePointer,
  unescapeToken,
  type Json,
} from './pointer.js';
import { readReports } from './reports.js';
import { formJsonCarrier } from './form-carrier.js';
import type {
  ApiBranch,
  ApiEnvelope,
  ApiExample,
  ApiExampleDoc,
  ApiMedia,
  ApiModel,
  ApiOperation,
  ApiResponse,
  ApiSignedMessage,
  ExampleRole,
  HttpMethod,
  MessageRole,
  OperationKind,
  ReturnCodeTable,
} from './types.js';

const METHODS: readonly HttpMethod[] = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
];
const ROLES: readonly MessageRole[] = ['request', 'response', 'notification'];
const JSON_MEDIA = 'application/json';
const FORM_MEDIA = 'application/x-www-form-urlencoded';

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const cache = new WeakMap<object, ApiModel>();

/**
 * The model of `spec`, read once per bundle object and shared by every reader of it.
 * @throws GenerateError (SPEC_INVALID) for a `$ref` the model has to follow that leads nowhere.
 */
export function apiModel(spec: BundledSpec): ApiModel {
  let model = cache.get(spec);
  if (!model) {
    model = buildModel(spec);
    cache.set(spec, model);
  }
  return model;
}

/** Reads `spec` into a new model (prefer `apiModel`, which reads each bundle once). */
export function buildModel(spec: BundledSpec): ApiModel {
  const reader = new Reader(spec);
  const operations = reader.items('path', spec.paths as Json | undefined);
  const webhooks = reader.items('webhook', spec.webhooks as Json | undefined);
  const scheme = (spec as Json)['x-lianlian-signature-scheme'];
  return {
    spec,
    all: [...operations, ...webhooks],
    operations,
    webhooks,
    returnCodes: reader.returnCodes(),
    schemaNames: Object.keys(spec.components?.schemas ?? {}),
    signatureExcludedFields: scheme?.signedString?.excludedFields ?? ['sign'],
    reports: readReports(spec),
  };
}

class Reader {
  constructor(private readonly spec: BundledSpec) {}

  /** Follows `$ref`s from `pointer`; the pointer returned is the last target's. */
  follow(pointer: string): { pointer: string; node: Json } {
    let current = pointer;
    for (let hops = 0; hops < 32; hops++) {
      let node: unknown;
      try {
        node = resolvePointer(this.spec, current);
      } catch (error) {
        throw new GenerateError('SPEC_INVALID', pointer, (error as Error).message);
      }
      if (!isObject(node) || typeof node.$ref !== 'string') {
        return { pointer: current, node: isObject(node) ? node : {} };
      }
      current = node.$ref;
    }
    throw new GenerateError('SPEC_INVALID', pointer, '$ref cycle');
  }

  items(location: ApiOperation['location'], items: Json | undefined): ApiOperation[] {
    const out: ApiOperation[] = [];
    const root = location === 'path' ? 'paths' : 'webhooks';
    for (const [key, item] of Object.entries(items ?? {})) {
      if (!isObject(item)) continue;
      for (const method of METHODS) {
        const node = item[method];
        if (!isObject(node)) continue;
        out.push(this.operation(location, key, method, pointerTo(root, key, method), node, item));
      }
    }
    return out;
  }

  operation(
    location: ApiOperation['location'],
    key: string,
    method: HttpMethod,
    pointer: string,
    node: Json,
    item: Json,
  ): ApiOperation {
    const servers = [node.servers, item.servers, this.spec.servers].find(Array.isArray);
    const serverUrl = isObject(servers?.[0]) ? servers[0].url : undefined;
    // A message carried as one query parameter's content (a browser GET such as
    // `?res_data={json}`) is the operation's request like a body is.
    const carrier = queryCarrier(node);
    const request = isObject(node.requestBody)
      ? this.content(childPointer(pointer, 'requestBody'), 'request')
      : carrier
        ? this.content(childPointer(pointer, 'parameters', String(carrier.index)), 'request')
        : [];
    const responses: ApiResponse[] = Object.keys(
      isObject(node.responses) ? node.responses : {},
    ).map((status) => ({
      status,
      media: this.content(childPointer(pointer, 'responses', status), 'response', status),
    }));
    const envelope = isObject(node['x-lianlian-envelope'])
      ? this.envelope(node['x-lianlian-envelope'])
      : undefined;
    const signature: ApiOperation['signature'] = {};
    const declared = node['x-lianlian-signature'];
    for (const role of ROLES) {
      if (isObject(declared) && isObject(declared[role])) {
        signature[role] = this.signedMessage(role, declared[role], pointer);
      }
    }
    const id = typeof node.operationId === 'string' ? node.operationId : key;
    const hash = location === 'path' ? key.indexOf('#') : -1;
    const product = node['x-lianlian-product'];
    const examples = [
      ...request.flatMap((m) => m.examples),
      ...responses.flatMap((r) => r.media.flatMap((m) => m.examples)),
      ...(envelope ? this.plaintextExamples(envelope) : []),
    ];
    const operation: ApiOperation = {
      kind: classify(location, request, envelope),
      id,
      ...(carrier && !isObject(node.requestBody) ? { queryParameter: carrier.name } : {}),
      location,
      key,
      requestPath: hash === -1 ? key : key.slice(0, hash),
      ...(hash === -1 ? {} : { pathFragment: key.slice(hash + 1) }),
      ...(typeof product === 'string' ? { product } : {}),
      ...(isObject(node['x-lianlian-redirect'])
        ? {
            redirect: {
              field: node['x-lianlian-redirect'].field,
              origins: node['x-lianlian-redirect'].origins,
            },
          }
        : {}),
      method,
      pointer,
      ...(typeof serverUrl === 'string' ? { serverUrl } : {}),
      ...(typeof node.summary === 'string' ? { summary: node.summary } : {}),
      ...(typeof node.description === 'string' ? { description: node.description } : {}),
      tags: Array.isArray(node.tags)
        ? node.tags.filter((t): t is string => typeof t === 'string')
        : [],
      request,
      responses,
      signature,
      ...(envelope ? { envelope } : {}),
      sources: stringList(node['x-lianlian-source']),
      examples,
      node,
    };
    const jsonCarrier =
      operation.kind === 'browser-form' ? formJsonCarrier(this.spec, operation) : undefined;
    return jsonCarrier === undefined ? operation : { ...operation, jsonCarrier };
  }

  /** The media types under `content` of the request body or response at `holder`. */
  content(holder: string, role: ExampleRole, status?: string): ApiMedia[] {
    const { pointer, node } = this.follow(holder);
    if (!isObject(node.content)) return [];
    return Object.entries(node.content).map(([mediaType, media]) => {
      const mediaPointer = childPointer(pointer, 'content', mediaType);
      const schemaNode = isObject(media) && isObject(media.schema) ? media.schema : undefined;
      const schemaPointer = schemaNode ? childPointer(mediaPointer, 'schema') : undefined;
      const schema = componentName(schemaNode?.$ref);
      const examples: ApiExample[] = [];
      const base = {
        role,
        mediaType,
        ...(status === undefined ? {} : { status }),
        schemaPointer: schemaPointer ?? mediaPointer,
        ...(schema === undefined ? {} : { schema }),
      };
      if (isObject(media) && isObject(media.examples)) {
        for (const name of Object.keys(media.examples)) {
          const at = childPointer(mediaPointer, 'examples', name);
          const raw = media.examples[name];
          const target = this.follow(at);
          const ref = isObject(raw) ? exampleName(raw.$ref) : undefined;
          examples.push({
            ...base,
            name,
            ...(ref === undefined ? {} : { ref }),
            pointer: target.pointer,
            node: target.node,
            value: target.node.value,
            ...exampleDoc(target.node),
          });
        }
      } else if (isObject(media) && media.example !== undefined) {
        const at = childPointer(mediaPointer, 'example');
        examples.push({ ...base, name: 'example', pointer: at, node: {}, value: media.example });
      }
      return {
        mediaType,
        ...(schemaPointer === undefined ? {} : { schemaPointer, schemaNode }),
        ...(schema === undefined ? {} : { schema }),
        examples,
      };
    });
  }

  signedMessage(role: MessageRole, declared: Json, pointer: string): ApiSignedMessage {
    const signed = typeof declared.signed === 'string' ? declared.signed : 'required';
    const schemaPointer = typeof declared.schema === 'string' ? declared.schema : undefined;
    const schema = componentName(schemaPointer);
    const branches: ApiBranch[] = [];
    const node = schemaPointer?.startsWith('#/') ? this.follow(schemaPointer).node : undefined;
    if (Array.isArray(node?.oneOf)) {
      for (const ref of node.oneOf as Json[]) {
        const target =
          isObject(ref) && typeof ref.$ref === 'string' ? this.follow(ref.$ref).node : ref;
        const name = isObject(target) ? target['x-lianlian-branch'] : undefined;
        const branchName = typeof name === 'string' ? name : undefined;
        const perBranch = branchName === undefined ? undefined : declared.branches?.[branchName];
        const branchSchema = isObject(ref) ? componentName(ref.$ref) : undefined;
        branches.push({
          ...(branchName === undefined ? {} : { name: branchName }),
          ...(branchSchema === undefined ? {} : { schema: branchSchema }),
          signed: typeof perBranch === 'string' ? perBranch : signed,
          node: isObject(target) ? target : {},
        });
      }
    }
    const keyOrder = declared.keyOrder ?? 'byte';
    if (keyOrder !== 'byte' && keyOrder !== 'case-insensitive') {
      throw new GenerateError(
        'SPEC_INVALID',
        childPointer(pointer, 'x-lianlian-signature', role, 'keyOrder'),
        `keyOrder must be byte or case-insensitive, not ${JSON.stringify(keyOrder)}`,
      );
    }
    return {
      role,
      signed,
      keyOrder,
      ...(Array.isArray(declared.signTypes) ? { signTypes: declared.signTypes as string[] } : {}),
      ...(schemaPointer === undefined ? {} : { schemaPointer }),
      ...(schema === undefined ? {} : { schema }),
      branches,
      declared,
    };
  }

  envelope(declared: Json): ApiEnvelope {
    const plaintextPointer =
      typeof declared.plaintext === 'string' ? declared.plaintext : undefined;
    const plaintext = componentName(plaintextPointer);
    return {
      ...(typeof declared.version === 'string' ? { version: declared.version } : {}),
      ...(typeof declared.field === 'string' ? { field: declared.field } : {}),
      ...(plaintextPointer === undefined ? {} : { plaintextPointer }),
      ...(plaintext === undefined ? {} : { plaintext }),
      declared,
    };
  }

  plaintextExamples(envelope: ApiEnvelope): ApiExample[] {
    const refs = envelope.declared.plaintextExamples;
    if (envelope.plaintextPointer === undefined || !Array.isArray(refs)) return [];
    return refs
      .filter((ref): ref is string => typeof ref === 'string')
      .map((ref) => {
        const target = this.follow(ref);
        const name = exampleName(ref) ?? ref;
        return {
          role: 'plaintext',
          name,
          ref: name,
          pointer: target.pointer,
          node: target.node,
          value: target.node.value,
          ...exampleDoc(target.node),
          schemaPointer: envelope.plaintextPointer as string,
          ...(envelope.plaintext === undefined ? {} : { schema: envelope.plaintext }),
        };
      });
  }

  /** The component schema carrying `x-lianlian-return-codes` (the first, in document order). */
  returnCodes(): ReturnCodeTable {
    for (const name of Object.keys(this.spec.components?.schemas ?? {})) {
      const node = this.follow(pointerTo('components', 'schemas', name)).node;
      const codes = node['x-lianlian-return-codes'];
      if (!isObject(codes)) continue;
      const categories = Array.isArray(node['x-lianlian-return-code-categories'])
        ? (node['x-lianlian-return-code-categories'] as unknown[])
            .filter(isObject)
            .map((c) => ({ name: String(c.name), action: String(c.action ?? '') }))
        : [];
      return { schema: name, categories, codes: Object.entries(codes) };
    }
    return { categories: [], codes: [] };
  }
}

/** The one query parameter with `content` (a message carried in a URL), if the operation has one. */
function queryCarrier(node: Json): { index: number; name: string } | undefined {
  const parameters: unknown[] = Array.isArray(node.parameters) ? node.parameters : [];
  const found = parameters.flatMap((p, index) =>
    isObject(p) && p.in === 'query' && isObject(p.content) && typeof p.name === 'string'
      ? [{ index, name: p.name }]
      : [],
  );
  return found.length === 1 ? found[0] : undefined;
}

function classify(
  location: ApiOperation['location'],
  request: ApiMedia[],
  envelope: ApiEnvelope | undefined,
): OperationKind {
  if (location === 'webhook') return 'webhook';
  const media = new Set(request.map((m) => m.mediaType));
  if (media.has(JSON_MEDIA)) return envelope ? 'enveloped-json' : 'json';
  if (media.has(FORM_MEDIA)) return 'browser-form';
  return 'other';
}

/** `seed-000-request` from `#/components/examples/seed-000-request`. */
/** The strings of a list (anything else in it, or a non-list, is left for the lint rule to report). */
function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/** `{ doc }` when the example carries a well-formed `x-lianlian-doc`, otherwise nothing. */
function exampleDoc(node: Json): { doc?: ApiExampleDoc } {
  const doc = isObject(node) ? node['x-lianlian-doc'] : undefined;
  if (!isObject(doc) || typeof doc.file !== 'string' || typeof doc.sample !== 'number') return {};
  return { doc: { file: doc.file, sample: doc.sample, errata: stringList(doc.errata) } };
}

function exampleName(ref: unknown): string | undefined {
  if (typeof ref !== 'string') return undefined;
  const match = /^#\/components\/examples\/([^/]+)$/.exec(ref);
  return match?.[1] === undefined ? undefined : unescapeToken(match[1]);
}
