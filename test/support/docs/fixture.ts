import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../seeds/fixture.js';
import { extractDoc } from './extract.js';
import type { ExtractedDoc } from './types.js';

/**
 * Present in the project workspace only (beside the checkout, or beside the folder of worktrees
 * it sits in); a user's clone relies on the committed fixture. LIANLIAN_DOCS_DIR overrides.
 */
export const DOCS_DIR =
  process.env.LIANLIAN_DOCS_DIR ??
  ['../shared/lianlian-docs', '../../shared/lianlian-docs']
    .map((relative) => path.resolve(REPO_ROOT, relative))
    .find((dir) => existsSync(path.join(dir, 'SUMMARY.md'))) ??
  path.resolve(REPO_ROOT, '../shared/lianlian-docs');
export const DOCS_FIXTURE_PATH = path.join(REPO_ROOT, 'test/fixtures/docs/extracted.json');

export function docsPresent(dir: string = DOCS_DIR): boolean {
  return existsSync(path.join(dir, 'SUMMARY.md'));
}

/** The `.md` files SUMMARY.md links, relative to the docs root, in the order it lists them. */
export function summaryLinks(summary: string): string[] {
  const links: string[] = [];
  for (const match of summary.matchAll(/\]\(([^)\s#]+\.md)\)/g)) {
    const link = path.posix.normalize(match[1] ?? '');
    if (!links.includes(link)) links.push(link);
  }
  return links;
}

/**
 * Every page: the files SUMMARY.md links and README.md, and the other `.md` files beside them
 * (the fuller copies under `docs/` of pages SUMMARY.md links at the top level), flagged unlisted.
 * Sorted by path, so the fixture does not depend on the order the file system lists them in.
 */
export function extractAllDocs(dir: string = DOCS_DIR): ExtractedDoc[] {
  const listed = new Set([
    ...summaryLinks(readFileSync(path.join(dir, 'SUMMARY.md'), 'utf8')),
    'README.md',
  ]);
  const files = [
    ...readdirSync(dir).filter((name) => name.endsWith('.md')),
    ...readdirSync(path.join(dir, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
    // SUMMARY.md is the table of contents; README-FIRST.md is the workspace's note, not LianLian's.
  ].filter((file) => file !== 'SUMMARY.md' && file !== 'README-FIRST.md');
  return files
    .sort()
    .map((file) => extractDoc(file, readFileSync(path.join(dir, file), 'utf8'), listed.has(file)));
}

export function serialiseDocsFixture(docs: readonly ExtractedDoc[]): string {
  return `${JSON.stringify(docs, null, 2)}\n`;
}

let cached: ExtractedDoc[] | undefined;
export function loadDocsFixture(): ExtractedDoc[] {
  cached ??= JSON.parse(readFileSync(DOCS_FIXTURE_PATH, 'utf8')) as ExtractedDoc[];
  return cached;
}
