import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractSeed } from './extract.js';
import type { ExtractedSeed } from './types.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Present in the project workspace only; a user's clone relies on the committed fixture. */
export const SEEDS_DIR = path.resolve(REPO_ROOT, '../shared/seeds');
export const FIXTURE_PATH = path.join(REPO_ROOT, 'test/fixtures/seeds/extracted.json');

const SEED_FILE = /^\d{3}_[0-9a-f]+\.txt$/;

export function seedsPresent(dir: string = SEEDS_DIR): boolean {
  return existsSync(dir);
}

export function extractAll(dir: string = SEEDS_DIR): ExtractedSeed[] {
  return readdirSync(dir)
    .filter((name) => SEED_FILE.test(name))
    .sort()
    .map((name) => extractSeed(name, readFileSync(path.join(dir, name), 'utf8')));
}

export function serialiseFixture(seeds: readonly ExtractedSeed[]): string {
  return `${JSON.stringify(seeds, null, 2)}\n`;
}

export function loadSeedFixture(): ExtractedSeed[] {
  return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as ExtractedSeed[];
}

export function totalRows(seeds: readonly ExtractedSeed[]): number {
  return seeds.reduce(
    (sum, seed) => sum + seed.tables.reduce((inner, table) => inner + table.rows.length, 0),
    0,
  );
}
