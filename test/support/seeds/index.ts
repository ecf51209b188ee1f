export { SeedParseError } from './errors.js';
export type { SeedParseErrorCode } from './errors.js';
export { extractSeed } from './extract.js';
export {
  extractAll,
  FIXTURE_PATH,
  loadSeedFixture,
  REPO_ROOT,
  SEEDS_DIR,
  seedsPresent,
  serialiseFixture,
  totalRows,
} from './fixture.js';
export type * from './types.js';
