import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { specBundle } from '../artifacts/spec-bundle.js';
import { bundleSpec } from '../framework/bundle.js';
import { formatFile } from '../framework/format.js';
import { generatedDir } from '../framework/paths.js';
import type { BundledSpec } from '../framework/types.js';
import { codeSampleLanguages, decorateForDocs } from './decorate.js';
import { renderRedoc } from './redoc.js';

export const docsDir = path.join(generatedDir, 'docs');

export interface DocsBuild {
  outDir: string;
  /** Files written, relative to outDir, with their sizes in bytes. */
  files: { path: string; bytes: number }[];
  milliseconds: number;
}

/**
 * Builds the docs site into `outDir`: index.html (Redoc, no network access needed) and the
 * undecorated bundled spec as openapi.json and openapi.yaml for download. The code samples and
 * generated tables exist only in the copy embedded in index.html.
 */
export async function buildDocs(
  outDir: string = docsDir,
  bundle?: BundledSpec,
): Promise<DocsBuild> {
  const started = performance.now();
  const spec = bundle ?? (await bundleSpec());
  const decorated = await decorateForDocs(spec);
  const html = await renderRedoc(decorated, {
    title: `${spec.info.title} ${spec.info.version}: lianlian-client documentation`,
    description: String(spec.info.summary ?? spec.info.title),
    downloads: [
      { title: 'OpenAPI (JSON)', url: 'openapi.json' },
      { title: 'OpenAPI (YAML)', url: 'openapi.yaml' },
    ],
    sampleLanguages: codeSampleLanguages(decorated),
  });
  const files = new Map<string, string>([['index.html', html]]);
  // The same text `npm run generate` commits as generated/openapi.json and .yaml.
  for (const file of await specBundle.generate(spec)) {
    files.set(file.path, await formatFile(file.path, file.contents));
  }
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const written: DocsBuild['files'] = [];
  for (const [name, contents] of files) {
    await writeFile(path.join(outDir, name), contents);
    written.push({ path: name, bytes: Buffer.byteLength(contents) });
  }
  return { outDir, files: written, milliseconds: Math.round(performance.now() - started) };
}
