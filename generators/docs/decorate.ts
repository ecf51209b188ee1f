import { apiModel, type ApiOperation, type Json } from '../model/index.js';
import type { BundledSpec } from '../framework/types.js';
import { codeSamples, type CodeSample } from './code-samples.js';
import { anchorErrata, linkErrata } from './errata-links.js';
import { linkMentions } from './mentions.js';
import { reportFormatsMarkdown } from './report-formats.js';
import { returnCodeCategoriesMarkdown, returnCodesMarkdown } from './return-codes.js';
import { sandboxFormRulesMarkdown, sandboxRulesMarkdownFor } from './sandbox-rules.js';
import { sectionId } from './section-ids.js';
import { SIGNATURE_SCHEME_ID, signatureSchemeMarkdown } from './signature-scheme.js';
import { signatureSummary } from './signature-summary.js';

/**
 * Markdown directives the docs build replaces with text generated from the spec; `id` is the
 * anchor of the section the text starts with, when it starts one.
 */
const directives: Record<string, { render: (spec: BundledSpec) => string; id?: string }> = {
  'return-codes': { render: returnCodesMarkdown },
  'return-code-categories': { render: returnCodeCategoriesMarkdown },
  'signature-scheme': { render: signatureSchemeMarkdown, id: SIGNATURE_SCHEME_ID },
  'report-formats': { render: reportFormatsMarkdown },
  'sandbox-rules': { render: sandboxRulesMarkdownFor },
  'sandbox-form-rules': { render: sandboxFormRulesMarkdown },
};
const DIRECTIVE = /<!--\s*docs:([a-z-]+)\s*-->/g;
/** Extensions the site shows as a section: a mention of one links to where its directive is. */
const shownBy: Record<string, string> = {
  'x-lianlian-return-codes': 'return-codes',
  'x-lianlian-signature-scheme': 'signature-scheme',
  'x-lianlian-reports': 'report-formats',
};
/** Keys whose values are message data or samples, not prose to link. */
const DATA_KEYS = new Set(['value', 'example', 'const', 'enum', 'default', 'x-codeSamples']);

/**
 * The spec as the docs site shows it: `x-codeSamples` on every operation and webhook, the docs
 * directives in tag and info descriptions expanded, and the extensions a reader needs in words:
 * errata ids as links to their entries, each operation's signatures as a paragraph, mentions of
 * the signing scheme and return codes as links to their sections. The input is not modified; the
 * committed bundle stays undecorated.
 * @throws Error when a directive is unknown, an errata id has no entry, or a tag is missing from
 *   `x-tagGroups` (Redoc would silently leave it out of the page).
 */
export async function decorateForDocs(bundle: BundledSpec): Promise<BundledSpec> {
  const spec = structuredClone(bundle) as Json;
  const errata = anchorErrata(spec);
  const targets = mentionTargets(spec);
  // Each operation says in words what its x-lianlian-signature says, linked to the scheme.
  const scheme = targets.get('x-lianlian-signature-scheme');
  for (const op of apiModel(spec as BundledSpec).all) {
    const node = op.node as Json;
    const summary = scheme ? signatureSummary(node, scheme) : undefined;
    if (summary) node.description = append(node.description, summary);
  }
  eachDescription(spec, (text) => linkMentions(text, targets));
  linkErrata(spec, errata);
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

const append = (text: unknown, paragraph: string): string =>
  typeof text === 'string' && text.trim() !== '' ? `${text.trimEnd()}\n\n${paragraph}` : paragraph;

/** Where each extension in `shownBy` is shown: the section its directive makes, in its tag. */
function mentionTargets(spec: Json): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const tag of (spec.tags ?? []) as Json[]) {
    if (typeof tag.description !== 'string') continue;
    for (const [, name] of tag.description.matchAll(DIRECTIVE)) {
      const id = directives[name as string]?.id;
      anchors.set(name as string, `#/${sectionId(String(tag.name))}${id ? `/${id}` : ''}`);
    }
  }
  const targets = new Map<string, string>();
  for (const [extension, directive] of Object.entries(shownBy)) {
    const anchor = anchors.get(directive);
    if (anchor) targets.set(extension, anchor);
  }
  return targets;
}

/** Rewrites every `description` string of the spec, prose only. */
function eachDescription(spec: Json, rewrite: (text: string) => string): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const object = node as Json;
    if (typeof object.description === 'string') object.description = rewrite(object.description);
    for (const [key, value] of Object.entries(object)) if (!DATA_KEYS.has(key)) visit(value);
  };
  visit(spec);
}

/** Every label of the decorated spec's `x-codeSamples` with its language, in order of appearance. */
export function codeSampleLanguages(spec: BundledSpec): { lang: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const items of [spec.paths, (spec as Json).webhooks]) {
    for (const item of Object.values((items ?? {}) as Json)) {
      for (const operation of Object.values(item as Json)) {
        for (const sample of ((operation as Json)?.['x-codeSamples'] ?? []) as CodeSample[]) {
          if (!seen.has(sample.label)) seen.set(sample.label, sample.lang);
        }
      }
    }
  }
  return [...seen].map(([label, lang]) => ({ lang, label }));
}

function asMarkdown(sample: CodeSample): string {
  const heading =
    sample.lang === 'bash' ? 'Replay it with curl' : `Sample handler (${sample.label})`;
  return `#### ${heading}\n\n\`\`\`${sample.lang}\n${sample.source.trimEnd()}\n\`\`\``;
}

function expand(markdown: string, spec: BundledSpec): string {
  return markdown.replace(DIRECTIVE, (_match, name: string) => {
    const directive = directives[name];
    if (!directive) throw new Error(`unknown docs directive "docs:${name}"`);
    return directive.render(spec);
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
