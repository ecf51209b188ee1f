import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

type Json = Record<string, any>;

let cached: Json | undefined;

/** generated/openapi.json: the bundle both our generators and the baselines read. */
export function bundledSpec(): Json {
  cached ??= JSON.parse(
    readFileSync(path.join(repoRoot, 'generated/openapi.json'), 'utf8'),
  ) as Json;
  return cached;
}

/** The value of `#/components/examples/<name>`. */
export function example(name: string): Json {
  const value = bundledSpec().components?.examples?.[name]?.value;
  if (typeof value !== 'object' || value === null) {
    throw new Error(`generated/openapi.json has no object example "${name}"`);
  }
  return structuredClone(value) as Json;
}

export interface Sample {
  schema: string;
  example: string;
  value: unknown;
}

const SCHEMA_PREFIX = '#/components/schemas/';

// An example the spec keeps in components but attaches to no media type (the signed plaintext
// inside the instantPayConfirm envelope).
const DETACHED: Record<string, string> = {
  'seed-003-plaintext-request': 'InstantPayConfirmRequest',
};

/**
 * Every JSON or form example the spec attaches to a request body or a 200 response, with the
 * component schema it illustrates (a response union's examples go to the union).
 */
export function specSamples(): Sample[] {
  const spec = bundledSpec();
  const out: Sample[] = [];
  const seen = new Set<string>();
  const add = (schema: string, exampleName: string) => {
    const value = spec.components?.examples?.[exampleName]?.value;
    // Two renderings of one seed page carry the same example; count it once.
    const key = `${schema} ${JSON.stringify(value)}`;
    if (seen.has(key) || typeof value !== 'object' || value === null) return;
    seen.add(key);
    out.push({ schema, example: exampleName, value: structuredClone(value) });
  };
  const visitContent = (content: Json | undefined) => {
    for (const media of Object.values<Json>(content ?? {})) {
      const ref = media.schema?.$ref;
      if (typeof ref !== 'string' || !ref.startsWith(SCHEMA_PREFIX)) continue;
      for (const ex of Object.values<Json>(media.examples ?? {})) {
        const exRef = ex.$ref;
        if (typeof exRef === 'string')
          add(ref.slice(SCHEMA_PREFIX.length), exRef.split('/').pop()!);
      }
    }
  };
  for (const group of [spec.paths, spec.webhooks]) {
    for (const item of Object.values<Json>(group ?? {})) {
      for (const op of Object.values<Json>(item)) {
        if (typeof op !== 'object' || op === null || !op.operationId) continue;
        visitContent(op.requestBody?.content);
        visitContent(op.responses?.['200']?.content);
      }
    }
  }
  for (const [exampleName, schema] of Object.entries(DETACHED)) add(schema, exampleName);
  return out;
}
