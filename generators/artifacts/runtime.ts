import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { templatesDir } from '../framework/paths.js';
import type { Generator } from '../framework/types.js';

const runtimeDir = path.join(templatesDir, 'runtime');

/** Lists the runtime modules in templates/runtime (tests excluded). */
export async function runtimeModules(): Promise<string[]> {
  const names = await readdir(runtimeDir).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort();
}

/** Copies the hand-written runtime (signing, keys, envelope, CLI) into the package. */
export const runtime: Generator = {
  name: 'runtime',
  async generate() {
    const modules = await runtimeModules();
    return Promise.all(
      modules.map(async (name) => ({
        path: `src/runtime/${name}`,
        contents: await readFile(path.join(runtimeDir, name), 'utf8'),
      })),
    );
  },
};
