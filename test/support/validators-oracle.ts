import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

// ajv and ajv-formats are CommonJS; under NodeNext their default export is the module object.
const Ajv2020 = ((Ajv2020Module as any).default ??
  Ajv2020Module) as typeof import('ajv/dist/2020.js').default;
const addFormats = ((addFormatsModule as any).default ??
  addFormatsModule) as typeof import('ajv-formats').default;

const BASE = 'urn:lianlian:spec';

type Json = Record<string, any>;

/** Deep copy with every local `$ref` made absolute, so any subschema compiles on its own. */
function absolutise(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(absolutise);
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#') ? BASE + v : absolutise(v);
  }
  return out;
}

/**
 * The reference implementation the differential test compares with: Ajv 8 in JSON Schema
 * 2020-12 mode with ajv-formats, made to mean what the generated validators mean where the
 * standard leaves a choice:
 * - `contentSchema` (an annotation for Ajv) is asserted when `contentMediaType` is
 *   application/json: the string must parse and the parsed value must match;
 * - `strictNumbers`: NaN and Infinity are not numbers (JSON has neither);
 * - `format: uri` stays ajv-formats' own regex; see the README for the two inputs where it and
 *   RFC 3986 (which the generator follows) disagree.
 */
export class Oracle {
  private readonly ajv;
  private readonly compiled = new WeakMap<object, ValidateFunction>();
  private readonly refs = new Map<string, object>();

  constructor(spec: Json) {
    this.ajv = new Ajv2020({
      strict: false,
      strictNumbers: true,
      allErrors: false,
      validateFormats: true,
    });
    addFormats(this.ajv);
    this.ajv.removeKeyword('contentSchema');
    const ajv = this.ajv;
    ajv.addKeyword({
      keyword: 'contentSchema',
      schemaType: ['object', 'boolean'],
      compile(content: unknown, parent: Json) {
        const check = ajv.compile(content as Json);
        return (data: unknown) => {
          if (typeof data !== 'string' || parent.contentMediaType !== 'application/json')
            return true;
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
    this.ajv.addSchema({ $id: BASE, components: absolutise(spec.components) as Json });
  }

  /** Whether `value` matches `#/components/schemas/<name>`. */
  schema(name: string, value: unknown): boolean {
    let ref = this.refs.get(name);
    if (!ref) this.refs.set(name, (ref = { $ref: `#/components/schemas/${name}` }));
    return this.node(ref, value);
  }

  /** Whether `value` matches a schema node of the spec (compiled once per node). */
  node(node: unknown, value: unknown): boolean {
    if (typeof node === 'boolean') return node;
    let check = this.compiled.get(node as object);
    if (!check) {
      check = this.ajv.compile(absolutise(node) as Json);
      this.compiled.set(node as object, check);
    }
    return check(value) as boolean;
  }
}
