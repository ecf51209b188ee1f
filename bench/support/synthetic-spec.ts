/**
 * A spec with `factor` times the operations of the real one, for the generate growth curve
 * (issue 15): copy k (2..factor) of every path, webhook, schema and example, renamed so that
 * nothing collides (`MpayVerifyRequest` → `MpayVerifyRequestCopy2`, operationId `mpayVerify` →
 * `mpayVerifyCopy2`, path `/v1/bankcardprepay#apply` → `/copy2/v1/bankcardprepay#apply`), with
 * every `$ref` of a copy pointing at the same copy. Tags, servers and the document-level
 * extensions are shared, as they would be in a larger real spec.
 */
import type { BundledSpec } from '../../generators/framework/types.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const renamed = (name: string, copy: number) => `${name}Copy${copy}`;

/**
 * A deep copy with every pointer into components renamed for `copy`: the `$ref`s, and the
 * extensions that name a schema or example by pointer (x-lianlian-signature's `schema`,
 * x-lianlian-envelope's `plaintext` ...).
 */
function renameRefs(value: Json, copy: number): Json {
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, copy));
  if (typeof value === 'string') {
    const pointer = /^(#\/components\/\w+\/)(.+)$/.exec(value);
    return pointer ? pointer[1]! + renamed(pointer[2]!, copy) : value;
  }
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameRefs(v, copy)]));
}

/** Gives each operation of a path item or webhook the operationId of its copy. */
function renameOperations(item: Json, copy: number): Json {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
  return Object.fromEntries(
    Object.entries(item).map(([method, op]) => {
      if (op === null || typeof op !== 'object' || Array.isArray(op)) return [method, op];
      const id = op.operationId;
      return [method, typeof id === 'string' ? { ...op, operationId: renamed(id, copy) } : op];
    }),
  );
}

function copyMap(
  map: Record<string, Json> | undefined,
  factor: number,
  key: (name: string, copy: number) => string,
  value: (v: Json, copy: number) => Json = (v) => v,
): Record<string, Json> {
  const out: Record<string, Json> = { ...map };
  for (let copy = 2; copy <= factor; copy += 1) {
    for (const [name, v] of Object.entries(map ?? {})) {
      out[key(name, copy)] = value(renameRefs(v, copy), copy);
    }
  }
  return out;
}

/** The bundled spec grown `factor` times (factor 1 returns an equal copy). */
export function syntheticSpec(spec: BundledSpec, factor: number): BundledSpec {
  if (!Number.isInteger(factor) || factor < 1) throw new RangeError(`factor ${factor}`);
  const source = spec as unknown as {
    paths?: Record<string, Json>;
    webhooks?: Record<string, Json>;
    components?: Record<string, Record<string, Json>>;
  };
  const components = Object.fromEntries(
    Object.entries(source.components ?? {}).map(([kind, map]) => [
      kind,
      copyMap(map, factor, renamed),
    ]),
  );
  return structuredClone({
    ...spec,
    paths: copyMap(source.paths, factor, (p, copy) => `/copy${copy}${p}`, renameOperations),
    webhooks: copyMap(source.webhooks, factor, renamed, renameOperations),
    components,
  }) as unknown as BundledSpec;
}
