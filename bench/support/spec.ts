import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel, type Json } from '../../generators/model/index.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** generated/openapi.json: the bundle both our generators and the baselines read. */
export function bundledSpec(): Json {
  return loadModel().spec as Json;
}

/** A copy of the value of the example `#/components/examples/<name>`, wherever the spec uses it. */
export function example(name: string): Json {
  const found = loadModel()
    .all.flatMap((op) => op.examples)
    .find((e) => e.ref === name);
  if (typeof found?.value !== 'object' || found.value === null) {
    throw new Error(`generated/openapi.json has no object example "${name}"`);
  }
  return structuredClone(found.value) as Json;
}

export interface Sample {
  schema: string;
  example: string;
  value: unknown;
}

/**
 * Every object example the spec attaches to a request body, a 200 response or an envelope's
 * plaintext, with the component schema it illustrates (a response union's examples go to the
 * union). Plaintext examples come last, so the inputs keep their order.
 */
export function specSamples(): Sample[] {
  const examples = loadModel().all.flatMap((op) => op.examples);
  const ordered = [
    ...examples.filter((e) => e.role !== 'plaintext'),
    ...examples.filter((e) => e.role === 'plaintext'),
  ];
  const out: Sample[] = [];
  const seen = new Set<string>();
  for (const e of ordered) {
    if (e.schema === undefined || e.ref === undefined) continue;
    if (e.role === 'response' && e.status !== '200') continue;
    // Two renderings of one seed page carry the same example; count it once.
    const key = `${e.schema} ${JSON.stringify(e.value)}`;
    if (seen.has(key) || typeof e.value !== 'object' || e.value === null) continue;
    seen.add(key);
    out.push({ schema: e.schema, example: e.ref, value: structuredClone(e.value) });
  }
  return out;
}
