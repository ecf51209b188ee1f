import { chmod, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generatedDir } from './paths.js';

/** Build products that live under generated/ but are not generator output (`npm run docs`). */
const foreign = ['docs/'];

export interface SyncResult {
  written: string[];
  removed: string[];
  unchanged: number;
}

async function listFiles(dir: string, base = dir): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const nested = await Promise.all(
    entries.map((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
    }),
  );
  return nested.flat();
}

/**
 * Makes generated/ hold exactly `files`. In check mode nothing is written and the result lists
 * what would change, so CI can fail on stale output.
 */
export async function syncGenerated(
  files: Map<string, { contents: string; executable?: boolean }>,
  check: boolean,
): Promise<SyncResult> {
  const result: SyncResult = { written: [], removed: [], unchanged: 0 };
  for (const [rel, file] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const target = path.join(generatedDir, rel);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === file.contents) {
      result.unchanged += 1;
      continue;
    }
    result.written.push(rel);
    if (check) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.contents);
    if (file.executable) await chmod(target, 0o755);
  }
  for (const rel of (await listFiles(generatedDir)).sort()) {
    if (files.has(rel) || foreign.some((prefix) => rel.startsWith(prefix))) continue;
    result.removed.push(rel);
    if (!check) await rm(path.join(generatedDir, rel));
  }
  return result;
}
