import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { hashOf } from './cache.js';
import { repoRoot } from './paths.js';

// Everything `npm run generate` reads: the spec, the generators and templates, the settings, and
// the lockfile (which pins every tool whose output we commit: Redocly, openapi-typescript,
// prettier, TypeScript, ts-morph, esbuild).
const inputDirs = ['spec', 'generators', 'templates'];
const inputFiles = [
  'redocly.yaml',
  'package.json',
  'package-lock.json',
  '.prettierrc.json',
  'tsconfig.json',
];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(repoRoot, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(repoRoot, path.join(e.parentPath ?? e.path, e.name)));
}

/** One hash over the path and contents of every input, in a stable order. */
export async function inputFingerprint(): Promise<string> {
  const files = [...(await Promise.all(inputDirs.map(filesUnder))).flat(), ...inputFiles].sort();
  const parts = await Promise.all(
    files.map(async (file) => [file, await readFile(path.join(repoRoot, file), 'utf8')]),
  );
  return hashOf(process.version.split('.')[0]!, ...parts.flat());
}
