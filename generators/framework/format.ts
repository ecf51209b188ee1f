import prettier from 'prettier';
import { repoRoot } from './paths.js';
import path from 'node:path';

const parsers: Record<string, string> = {
  '.ts': 'typescript',
  '.json': 'json',
  '.yaml': 'yaml',
  '.md': 'markdown',
  '.html': 'html',
};

let options: prettier.Options | null | undefined;

/** Formats text by its extension with the repository's prettier settings; other files pass through. */
export async function formatFile(filePath: string, contents: string): Promise<string> {
  const parser = parsers[path.extname(filePath)];
  if (!parser) return contents;
  options ??= await prettier.resolveConfig(path.join(repoRoot, 'package.json'));
  return prettier.format(contents, { ...options, parser, filepath: filePath });
}
