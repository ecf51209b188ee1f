import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../framework/paths.js';
import { render } from '../framework/templates.js';
import { apiModel } from '../model/index.js';
import type { BundledSpec, Generator } from '../framework/types.js';
import { codeSamples, sampleStyle, type SampleStyle } from '../docs/code-samples.js';

/** README sections, one per way an operation is used, in this order. */
const FAMILIES: { style: SampleStyle; title: string }[] = [
  { style: 'client', title: 'Server-to-server calls' },
  { style: 'browser-form', title: 'The browser payment form' },
  { style: 'notification', title: 'Notifications' },
];

/**
 * The README's quick start for every operation and webhook: the TypeScript sample the docs site
 * shows for it (built from the spec's examples), grouped by how it is used. Families absent from
 * the spec are left out.
 */
async function readmeFamilies(spec: BundledSpec) {
  const sources = new Map<string, string>();
  for (const entry of await codeSamples(spec)) {
    const source = entry.samples.find((sample) => sample.lang === 'typescript')?.source;
    if (source === undefined) throw new Error(`${entry.operationId}: no TypeScript sample`);
    sources.set(entry.operationId, source);
  }
  const byOperation = new Map<string, { summary: string; style: SampleStyle; source: string }>();
  for (const op of apiModel(spec).all) {
    byOperation.set(op.id, {
      summary: (op.summary ?? op.id).replace(/\.$/, ''),
      style: sampleStyle(op),
      source: sources.get(op.id) ?? '',
    });
  }
  return FAMILIES.map(({ style, title }) => ({
    title,
    isClient: style === 'client',
    isForm: style === 'browser-form',
    isNotification: style === 'notification',
    operations: [...byOperation]
      .filter(([, sample]) => sample.style === style)
      .map(([operationId, sample]) => ({ operationId, ...sample })),
  })).filter((family) => family.operations.length > 0);
}

/**
 * package.json, tsconfig.json, README.md and src/index.ts of the generated package. The index
 * re-exports `modules` (declared by the other generators) and the runtime's public surface, which
 * the index template lists.
 */
export const createPackageFiles = (modules: string[]): Generator => ({
  name: 'package',
  async generate(spec) {
    const root = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
    const context = {
      version: root.version,
      apiVersion: spec.info.version,
      title: spec.info.title,
      openapiFetchRange: root.dependencies['openapi-fetch'],
      iconvLiteRange: root.dependencies['iconv-lite'],
      operations: apiModel(spec).operations.map((op) => op.id),
      modules,
      families: await readmeFamilies(spec),
    };
    return [
      { path: 'package.json', contents: await render('package/package.json.hbs', context) },
      { path: 'tsconfig.json', contents: await render('package/tsconfig.json.hbs', context) },
      { path: 'README.md', contents: await render('package/README.md.hbs', context) },
      { path: 'src/index.ts', contents: await render('package/index.ts.hbs', context) },
    ];
  },
});
