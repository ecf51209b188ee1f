import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv and ajv-formats are CommonJS; under NodeNext their default export is the module object.
const Ajv2020 = ((Ajv2020Module as any).default ??
  Ajv2020Module) as typeof import('ajv/dist/2020.js').default;
const addFormats = ((addFormatsModule as any).default ??
  addFormatsModule) as typeof import('ajv-formats').default;

type Json = Record<string, any>;

/** The `$id` the spec's components are registered under. */
export const SPEC_BASE = 'urn:lianlian:spec';

/** Deep copy with every local `$ref` made absolute, so any subschema compiles on its own. */
export function absolutise(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(absolutise);
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] =
      k === '$ref' && typeof v === 'string' && v.startsWith('#') ? SPEC_BASE + v : absolutise(v);
  }
  return out;
}

/**
 * Ajv 8 in JSON Schema 2020-12 mode with ajv-formats and the spec's components registered under
 * {@link SPEC_BASE}, made to mean what the generated validators mean where the standard leaves a
 * choice:
 * - `contentSchema` (an annotation for Ajv) is asserted when `contentMediaType` is
 *   application/json: the string must parse and the parsed value must match;
 * - `strictNumbers`: NaN and Infinity are not numbers (JSON has neither);
 * - `format: uri` stays ajv-formats' own regex; see the README for the two inputs where it and
 *   RFC 3986 (which the generator follows) disagree.
 * The validator differential test uses it as its oracle, the benchmark as its baseline.
 */
export function specAjv(spec: Json, allErrors: boolean) {
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
  ajv.addSchema({ $id: SPEC_BASE, components: absolutise(spec.components) as Json });
  return ajv;
}
