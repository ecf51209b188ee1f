import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Options } from 'prettier';
import { hashOf, packageVersion, type StepCache } from './cache.js';
import { repoRoot } from './paths.js';

const parsers: Record<string, string> = {
  '.ts': 'typescript',
  '.json': 'json',
  '.yaml': 'yaml',
  '.md': 'markdown',
  '.html': 'html',
};

// Prettier is imported only when a file misses the cache: loading it is a noticeable share of a
// warm run.
const loadPrettier = async () => (await import('prettier')).default;
let options: Promise<Options | null> | undefined;
let keyBase: Promise<string> | undefined;

/** Everything besides the text that decides prettier's output: its version and our settings. */
const settingsKey = () =>
  (keyBase ??= Promise.all([
    packageVersion('prettier'),
    readFile(path.join(repoRoot, '.prettierrc.json'), 'utf8'),
  ]).then(([version, config]) => hashOf(version, config)));

/**
 * Formats text by its extension with the repository's prettier settings; other files pass
 * through. With a cache, text formatted before under the same prettier and settings is reused.
 */
export async function formatFile(
  filePath: string,
  contents: string,
  cache?: StepCache<string>,
): Promise<string> {
  const parser = parsers[path.extname(filePath)];
  if (!parser) return contents;
  const key = cache?.enabled ? hashOf(await settingsKey(), filePath, contents) : '';
  const hit = cache?.get(key);
  if (hit !== undefined) return hit;
  const prettier = await loadPrettier();
  options ??= prettier.resolveConfig(path.join(repoRoot, 'package.json'));
  const formatted = await prettier.format(contents, {
    ...(await options),
    parser,
    filepath: filePath,
  });
  cache?.set(key, formatted);
  return formatted;
}
