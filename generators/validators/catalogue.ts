import { specError, type Json } from './scope.js';

/** Keywords that only describe: they never change whether a value is valid. */
export const ANNOTATIONS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'default',
  'examples',
  'example',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  '$schema',
  '$id',
  '$anchor',
  '$defs',
  'discriminator',
  'xml',
  'externalDocs',
  // JSON Schema 2020-12 makes contentEncoding an annotation; contentMediaType validates only
  // together with contentSchema (see keywords/content.ts).
  'contentEncoding',
  'contentMediaType',
]);

/** Keywords the generator emits code for, by the module that emits them. */
export const VALIDATION_KEYWORDS: ReadonlySet<string> = new Set([
  '$ref',
  'type',
  'const',
  'enum',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'contentSchema',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'properties',
  'required',
  'additionalProperties',
  'patternProperties',
  'propertyNames',
  'dependentRequired',
  'dependentSchemas',
  'minProperties',
  'maxProperties',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'uniqueItems',
  'contains',
  'minContains',
  'maxContains',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
]);

const UNSUPPORTED: Readonly<Record<string, string>> = {
  nullable: 'OpenAPI 3.0 `nullable` is not JSON Schema 2020-12; write `type: [..., "null"]`',
  unevaluatedProperties: 'unevaluatedProperties is not supported by the validator generator',
  unevaluatedItems: 'unevaluatedItems is not supported by the validator generator',
  $dynamicRef: '$dynamicRef is not supported by the validator generator',
  $dynamicAnchor: '$dynamicAnchor is not supported by the validator generator',
  $recursiveRef: '$recursiveRef is not supported by the validator generator',
};

/** Fails loudly on any keyword that is neither validated, an annotation nor an `x-` extension. */
export function checkKeywords(node: Json, at: string): void {
  for (const keyword of Object.keys(node)) {
    if (keyword.startsWith('x-') || ANNOTATIONS.has(keyword) || VALIDATION_KEYWORDS.has(keyword)) {
      continue;
    }
    throw specError(
      at,
      UNSUPPORTED[keyword] ??
        `unknown keyword "${keyword}": the validator generator would ignore it; ` +
          'use a JSON Schema 2020-12 keyword, an annotation or an x- extension',
    );
  }
  if (
    typeof node['x-lianlian-rule'] !== 'undefined' &&
    typeof node['x-lianlian-rule'] !== 'string'
  ) {
    throw specError(at, 'x-lianlian-rule must be a string (a phrase such as "must be 14 digits")');
  }
}

/** Whether a node has any keyword besides annotations and extensions. */
export const validates = (node: unknown, except: readonly string[] = []): boolean =>
  node === false ||
  (typeof node === 'object' &&
    node !== null &&
    Object.keys(node).some((k) => VALIDATION_KEYWORDS.has(k) && !except.includes(k)));
