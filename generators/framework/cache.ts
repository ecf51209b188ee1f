import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './paths.js';

// Overridable so a test can start from an empty cache without touching the real one.
const cacheDir = () =>
  process.env.LIANLIAN_GENERATE_CACHE_DIR ??
  path.join(repoRoot, 'node_modules/.cache/lianlian-generate');

/** sha256 of the parts, separated so that ("ab", "c") and ("a", "bc") differ. */
export const hashOf = (...parts: string[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/**
 * A content-addressed store kept between runs of `npm run generate`. Keys hash every input of a
 * step (tool version, settings, file contents), so a hit returns exactly what the step would
 * compute. Only the entries used in a run are written back, so the file does not grow.
 */
export class StepCache<T> {
  private stored: Record<string, T> = {};
  private readonly used: Record<string, T> = {};

  constructor(
    private readonly name: string,
    readonly enabled: boolean,
  ) {}

  async load(): Promise<void> {
    if (!this.enabled) return;
    const text = await readFile(path.join(cacheDir(), `${this.name}.json`), 'utf8').catch(
      () => '{}',
    );
    try {
      this.stored = JSON.parse(text) as Record<string, T>;
    } catch {
      this.stored = {}; // a torn write from an interrupted run: start over
    }
  }

  get(key: string): T | undefined {
    const value = this.stored[key];
    if (value !== undefined) this.used[key] = value;
    return value;
  }

  set(key: string, value: T): void {
    this.used[key] = value;
  }

  async save(): Promise<void> {
    if (!this.enabled) return;
    await mkdir(cacheDir(), { recursive: true });
    await writeFile(path.join(cacheDir(), `${this.name}.json`), JSON.stringify(this.used));
  }
}

/** The version of an installed package, part of every cache key that depends on it. */
export async function packageVersion(name: string): Promise<string> {
  const manifest = await readFile(
    path.join(repoRoot, 'node_modules', name, 'package.json'),
    'utf8',
  );
  return (JSON.parse(manifest) as { version: string }).version;
}
