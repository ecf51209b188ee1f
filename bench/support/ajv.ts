/**
 * Ajv (JSON Schema 2020-12 + ajv-formats) compiled from the same schemas the generated validators
 * come from: generated/openapi.json. Configured to check what the generated code checks:
 * `contentSchema` of application/json strings is asserted (Ajv treats it as an annotation), and
 * NaN/Infinity are not numbers.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

// CommonJS packages: under NodeNext their default export is the module object.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: unknown }).default ??
  Ajv2020Module) as typeof import('ajv/dist/2020.js').default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as typeof import('ajv-formats').default;

type Json = Record<string, any>;

const BASE = 'urn:lianlian:bench';

function absolutise(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(absolutise);
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#') ? BASE + v : absolutise(v);
  }
  return out;
}

export interface AjvValidators {
  /** Stops at the first error (Ajv's default): the counterpart of `is<Schema>`. */
  first(schema: string): ValidateFunction;
  /** Collects every error (`allErrors: true`): the counterpart of `validate<Schema>`. */
  all(schema: string): ValidateFunction;
}

function createAjv(spec: Json, allErrors: boolean) {
  const ajv = new Ajv2020({ strict: false, strictNumbers: true, allErrors, validateFormats: true });
  addFormats(ajv);
  ajv.removeKeyword('contentSchema');
  ajv.addKeyword({
    keyword: 'contentSchema',
    schemaType: ['object', 'boolean'],
    compile(content: unknown, parent: Json) {
      const check = ajv.compile(content as Json);
      return (data: unknown) => {
        if (typeof data !== 'string' || parent.contentMediaType !== 'application/json') return true;
        let parsed: unknown;
        try {
          parsed = JSON.parse(data);
        } catch {
          return false;
        }
        return check(parsed) as boolean;
      };
    },
  });
  ajv.addSchema({ $id: BASE, components: absolutise(spec.components) as Json });
  const compiled = new Map<string, ValidateFunction>();
  return (schema: string): ValidateFunction => {
    let fn = compiled.get(schema);
    if (fn === undefined) {
      // getSchema compiles the component itself, without a wrapper that only follows a $ref.
      fn = ajv.getSchema(`${BASE}#/components/schemas/${schema}`);
      if (fn === undefined) throw new Error(`Ajv cannot find schema ${schema}`);
      compiled.set(schema, fn);
    }
    return fn;
  };
}

export function ajvValidators(spec: Json): AjvValidators {
  return { first: createAjv(spec, false), all: createAjv(spec, true) };
}
