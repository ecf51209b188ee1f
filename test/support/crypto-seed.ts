// Extracts seed 003's sample envelope (the curl body) and the plaintext request it encrypts, and
// reads the committed copies under test/fixtures/crypto/.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './crypto-tools.js';

export const seedPath = path.resolve(repoRoot, '../shared/seeds/003_e6ee04b52b39cef4.txt');
export const fixtureDir = path.join(repoRoot, 'test/fixtures/crypto');
export const bodyFixture = path.join(fixtureDir, 'seed-003-request-body.txt');
export const plaintextFixture = path.join(fixtureDir, 'seed-003-plaintext.txt');

export interface Seed003Samples {
  /** The JSON body of the sample curl request, as printed (`\r\n` escapes inside pay_load). */
  body: string;
  /** The sample request "before being encrypted", as printed. */
  plaintext: string;
}

export function seedsPresent(): boolean {
  return existsSync(seedPath);
}

/** Re-extracts the samples from the seed document itself. */
export function extractSeed003(): Seed003Samples {
  const text = readFileSync(seedPath, 'utf8');
  const body = /^-d '(\{[\s\S]*?\})'$/m.exec(text)?.[1];
  const plaintext = /before being encrypted\.\n\n(\{[\s\S]*?\n\})\n/.exec(text)?.[1];
  if (body === undefined || plaintext === undefined) {
    throw new Error('seed 003 no longer has the sample request body and plaintext where expected');
  }
  return { body: `${body}\n`, plaintext: `${plaintext}\n` };
}

export function readSeed003Fixture(): Seed003Samples {
  return {
    body: readFileSync(bodyFixture, 'utf8'),
    plaintext: readFileSync(plaintextFixture, 'utf8'),
  };
}
