import type { ValidateFunction } from 'ajv';
import { absolutise, specAjv } from './spec-ajv.js';

type Json = Record<string, any>;

/**
 * The reference implementation the differential test compares with: Ajv configured by
 * {@link specAjv} (JSON Schema 2020-12, ajv-formats, contentSchema asserted, strict numbers).
 */
export class Oracle {
  private readonly ajv;
  private readonly compiled = new WeakMap<object, ValidateFunction>();
  private readonly refs = new Map<string, object>();

  constructor(spec: Json) {
    this.ajv = specAjv(spec, false);
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
