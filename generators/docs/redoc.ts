import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot, templatesDir } from '../framework/paths.js';
import type { BundledSpec } from '../framework/types.js';

const run = promisify(execFile);
const redoclyBin = path.join(repoRoot, 'node_modules/@redocly/cli/bin/cli.js');

/**
 * Redoc's sidebar shows Redocly's logo from their CDN. The page must load nothing from the
 * network, so the two logo URLs are pointed at an inline copy of our own attribution mark.
 */
const CDN_LOGOS = [
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg',
  'https://cdn.redoc.ly/redoc/logo-mini.svg',
];

export interface RedocPage {
  title: string;
  description: string;
  /** Files offered by Redoc's download buttons, relative to the page. */
  downloads: { title: string; url: string }[];
  /** The `x-codeSamples` languages, in the order the sample menu lists them (the first is shown). */
  sampleLanguages: { lang: string; label: string }[];
}

/** Redoc's own sample of the request body, offered after ours. */
const PAYLOAD = { lang: 'payload', label: 'Payload' };

/** Redoc options (the `openapi` block of a Redocly config). */
function redocOptions(page: RedocPage) {
  return {
    downloadUrls: page.downloads,
    // No raw extensions: errata ids are links in the descriptions, and the signing scheme and
    // return codes are sections of the guides (decorate.ts).
    showExtensions: false,
    jsonSamplesExpandLevel: 3,
    sortRequiredPropsFirst: true,
    // Redoc 3 shows an x-codeSamples entry only when its label (or lang) is one of these
    // languages; without the option it offers its default list, which has curl but no TypeScript.
    codeSamples: { languages: [...page.sampleLanguages, PAYLOAD] },
  };
}

/**
 * Renders `spec` into one self-contained HTML page with `redocly build-docs --inlineBundle`.
 * @throws Error with Redocly's message when the build fails.
 */
export async function renderRedoc(spec: BundledSpec, page: RedocPage): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lianlian-docs-'));
  try {
    const specFile = path.join(dir, 'openapi.json');
    const optionsFile = path.join(dir, 'redoc-options.json');
    const out = path.join(dir, 'index.html');
    await writeFile(specFile, JSON.stringify(spec));
    await writeFile(optionsFile, JSON.stringify(redocOptions(page)));
    const args = [
      redoclyBin,
      'build-docs',
      specFile,
      '--output',
      out,
      '--inlineBundle',
      '--title',
      page.title,
      '--template',
      path.join(templatesDir, 'docs/page.hbs'),
      `--templateOptions.description=${page.description}`,
      '--openapi',
      optionsFile,
    ];
    try {
      // cwd is the temp dir: the repository's redocly.yaml (lint rules, plugin) is not for docs.
      await run(process.execPath, args, {
        cwd: dir,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        maxBuffer: 16 << 20,
      });
    } catch (error) {
      const stderr = String((error as { stderr?: string }).stderr ?? error);
      const lines = stderr.split('\n').filter((l) => l.trim() && !/[╔║╚═]/.test(l));
      throw new Error(`redocly build-docs failed: ${lines.slice(-6).join(' | ')}`);
    }
    return offline(await readFile(out, 'utf8'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function offline(html: string): Promise<string> {
  const svg = await readFile(path.join(templatesDir, 'docs/redocly-logo.svg'));
  const inline = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  let result = html;
  for (const url of CDN_LOGOS) result = result.split(url).join(inline);
  return result;
}
