import { apiModel, type ApiOperation, type Json } from '../model/index.js';
import type { BundledSpec } from '../framework/types.js';
import { codeSamples, type CodeSample } from './code-samples.js';
import { returnCodeCategoriesMarkdown, returnCodesMarkdown } from './return-codes.js';

/** Markdown directives the docs build replaces with text generated from the spec. */
const directives: Record<string, (spec: BundledSpec) => string> = {
  'return-codes': returnCodesMarkdown,
  'return-code-categories': returnCodeCategoriesMarkdown,
};
const DIRECTIVE = /<!--\s*docs:([a-z-]+)\s*-->/g;

/**
 * The spec as the docs site shows it: `x-codeSamples` on every operation and webhook, and the
 * docs directives in tag and info descriptions expanded. The input is not modified; the committed
 * bundle stays undecorated.
 * @throws Error when a directive is unknown, or a tag is missing from `x-tagGroups` (Redoc would
 *   silently leave it out of the page).
 */
export async function decorateForDocs(bundle: BundledSpec): Promise<BundledSpec> {
  const spec = structuredClone(bundle) as Json;
  for (const entry of await codeSamples(bundle)) {
    const container = entry.location === 'path' ? spec.paths : spec.webhooks;
    const operation = container[entry.key][entry.method];
    operation['x-codeSamples'] = entry.samples;
    // Redoc's webhook panel shows only the payload, so the samples also go into the text.
    if (entry.location === 'webhook') {
      operation.description = [operation.description ?? '', ...entry.samples.map(asMarkdown)].join(
        '\n\n',
      );
    }
  }
  if (spec.info?.description) spec.info.description = expand(spec.info.description, bundle);
  for (const tag of (spec.tags ?? []) as Json[]) {
    if (typeof tag.description === 'string') tag.description = expand(tag.description, bundle);
  }
  checkTagGroups(spec, apiModel(bundle).all);
  return spec as BundledSpec;
}

function asMarkdown(sample: CodeSample): string {
  const heading =
    sample.lang === 'bash' ? 'Replay it with curl' : `Sample handler (${sample.label})`;
  return `#### ${heading}\n\n\`\`\`${sample.lang}\n${sample.source.trimEnd()}\n\`\`\``;
}

function expand(markdown: string, spec: BundledSpec): string {
  return markdown.replace(DIRECTIVE, (_match, name: string) => {
    const produce = directives[name];
    if (!produce) throw new Error(`unknown docs directive "docs:${name}"`);
    return produce(spec);
  });
}

function checkTagGroups(spec: Json, operations: readonly ApiOperation[]): void {
  const groups = (spec['x-tagGroups'] ?? []) as Json[];
  if (groups.length === 0) return;
  const grouped = new Set(groups.flatMap((g) => (g.tags ?? []) as string[]));
  const used = new Set<string>(((spec.tags ?? []) as Json[]).map((t) => String(t.name)));
  for (const op of operations) for (const tag of op.tags) used.add(tag);
  const missing = [...used].filter((name) => !grouped.has(name));
  if (missing.length > 0) {
    throw new Error(`tags missing from x-tagGroups (Redoc would hide them): ${missing.join(', ')}`);
  }
}
