/**
 * Ajv validators compiled from the same schemas the generated validators come from
 * (generated/openapi.json), configured as the differential test's oracle (test/support/spec-ajv.ts).
 */
import type { ValidateFunction } from 'ajv';
import { SPEC_BASE, specAjv } from '../../test/support/spec-ajv.js';

type Json = Record<string, any>;

export interface AjvValidators {
  /** Stops at the first error (Ajv's default): the counterpart of `is<Schema>`. */
  first(schema: string): ValidateFunction;
  /** Collects every error (`allErrors: true`): the counterpart of `validate<Schema>`. */
  all(schema: string): ValidateFunction;
}

function createAjv(spec: Json, allErrors: boolean) {
  const ajv = specAjv(spec, allErrors);
  const compiled = new Map<string, ValidateFunction>();
  return (schema: string): ValidateFunction => {
    let fn = compiled.get(schema);
    if (fn === undefined) {
      // getSchema compiles the component itself, without a wrapper that only follows a $ref.
      fn = ajv.getSchema(`${SPEC_BASE}#/components/schemas/${schema}`);
      if (fn === undefined) throw new Error(`Ajv cannot find schema ${schema}`);
      compiled.set(schema, fn);
    }
    return fn;
  };
}

export function ajvValidators(spec: Json): AjvValidators {
  return { first: createAjv(spec, false), all: createAjv(spec, true) };
}
