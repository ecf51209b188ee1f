// Genuine signature vectors: every signed sample of the seeds and of LianLian's docs, classified
// against every key LianLian publishes in its SDK repositories (test/fixtures/vectors/keys.json).
// The classification is an oracle of its own (node:crypto's raw RSA public operation and a plain
// sign-source join), independent of the runtime the tests check with it.
import { constants, createHash, createPublicKey, publicDecrypt, type KeyObject } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCS_DIR, docsPresent as docsPagesPresent } from './docs/fixture.js';
import { loadSeedFixture, SEEDS_DIR, seedsPresent } from './seeds/index.js';

export { DOCS_DIR };
export const VECTORS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/vectors',
);
export const SAMPLES_PATH = path.join(VECTORS_DIR, 'samples.json');

export interface KeyOccurrence {
  repo: string;
  path: string;
  commit: string;
  part: 'public' | 'private';
  lines: number[];
  at: 'HEAD' | 'history';
}

export interface PublishedKey {
  /** First 16 hex digits of the SHA-256 of the public key's DER SubjectPublicKeyInfo. */
  id: string;
  role: 'lianlian' | 'demo-merchant';
  bits: number;
  /** The merchant number printed beside the key, when the SDK names one. */
  merchant: string | null;
  publicKey: string;
  /** Committed for demo merchant keys only; LianLian's own private key is never committed. */
  privateKey: string | null;
  occurrences: KeyOccurrence[];
}

export type Outcome =
  /** The sign verifies over the sample's fields exactly as printed, by the documented rule. */
  | 'verifies'
  /** The sign opens under a published key (a genuine signature) but over other values: the
   * docs edited the sample after signing it. */
  | 'edited'
  /** A signature's length, but no published key opens it. */
  | 'foreign'
  /** Not a signature at all: a placeholder, truncated, or not base64. */
  | 'not-a-signature';

export interface SignedSample {
  /** `seeds/<file>`, `docs/<file>.md` (relative to lianlian-docs/) or `github:<repo>`. */
  file: string;
  /** Seeds: the sample kind; docs: the 0-based index of the code block; SDK: the path. */
  sample: string | number;
  /** 1-based line of the `sign` value in the file. */
  line: number;
  /** For SDK samples: the commit the text was read at. */
  commit?: string;
  fields: Record<string, string>;
  outcome: Outcome;
  /** The key that opens the sign (verifies, edited). */
  key?: string;
  /** The digest inside the signature (verifies, edited). */
  digest?: 'md5' | 'sha1' | 'sha256';
  /** The documented sign source of the fields (verifies). */
  signSource?: string;
  /** Set when the sign verifies only under a variant of the rule (none does today). */
  variant?: SourceVariant;
}

export interface SdkSampleText {
  file: string;
  sample: string;
  commit: string;
  line: number;
  text: string;
}

export function loadKeys(): PublishedKey[] {
  return JSON.parse(readFileSync(path.join(VECTORS_DIR, 'keys.json'), 'utf8')) as PublishedKey[];
}

export function keyFile(relative: string): string {
  return readFileSync(path.join(VECTORS_DIR, relative), 'utf8');
}

/** Whether the seeds and the docs are beside the repository, so samples can be re-extracted. */
export function docsPresent(): boolean {
  return docsPagesPresent() && seedsPresent();
}

/** The fenced code blocks of a Markdown page, in order, with the line each body starts on. */
export function codeBlocks(markdown: string): { body: string; line: number }[] {
  const blocks: { body: string; line: number }[] = [];
  const lines = markdown.split('\n');
  let open: { start: number; body: string[] } | undefined;
  lines.forEach((text, i) => {
    // A fence is a line of only ``` and an info string; ```x``` inside prose is inline code.
    if (/^[ \t]*```[^`]*$/.test(text)) {
      if (open === undefined) open = { start: i + 2, body: [] };
      else {
        blocks.push({ body: open.body.join('\n'), line: open.start });
        open = undefined;
      }
    } else open?.body.push(text);
  });
  return blocks;
}

const JSON_PAIR = /"([^"\n]+)"\s*:\s*(?:"((?:[^"\\\n]|\\.)*)"|(-?[0-9][0-9.]*|null|true|false))/g;
const HTML_PAIR = /name="([^"]+)"\s+value="([^"]*)"/g;

/**
 * The top-level fields of a printed sample, as printed (keys untrimmed), from JSON or from an HTML
 * form. Samples may be broken JSON (curly quotes, trailing commas), so pairs are read one by one;
 * nested objects are not expected at the top level of these messages.
 */
export function sampleFields(text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  const html = [...text.matchAll(HTML_PAIR)];
  if (html.length > 0) {
    for (const m of html) fields[m[1] as string] = m[2] as string;
    return fields;
  }
  for (const m of text.matchAll(JSON_PAIR)) {
    const key = m[1] as string;
    if (m[2] === undefined) {
      fields[key] = m[3] as string;
      continue;
    }
    try {
      fields[key] = JSON.parse(`"${m[2]}"`) as string;
    } catch {
      fields[key] = m[2];
    }
  }
  return fields;
}

/** The documented sign source, written plainly: drop sign and empty values, sort, join. */
export function plainSignSource(
  fields: Record<string, string>,
  variant: SourceVariant = 'rule',
): string {
  const entries = Object.entries(fields).map(([k, v]) =>
    variant === 'trimmed-keys' || variant === 'trimmed-keys-with-empty' ? [k.trim(), v] : [k, v],
  );
  const keepEmpty = variant === 'with-empty' || variant === 'trimmed-keys-with-empty';
  return entries
    .filter(([k, v]) => k !== 'sign' && (keepEmpty || v !== ''))
    .sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/**
 * The documented rule, then the plausible misreadings of a printed sample tried when it does not
 * verify: keys without the stray spaces some samples print (`"sign_type "`), and empty values
 * kept. A sample that verifies only under a variant is recorded with it.
 */
export const SOURCE_VARIANTS = [
  'rule',
  'trimmed-keys',
  'with-empty',
  'trimmed-keys-with-empty',
] as const;
export type SourceVariant = (typeof SOURCE_VARIANTS)[number];

// DER DigestInfo prefixes of PKCS#1 v1.5 (RFC 8017 §9.2, note 1).
const DIGEST_INFO: Record<string, 'md5' | 'sha1' | 'sha256'> = {
  '3020300c06082a864886f70d020505000410': 'md5',
  '3021300906052b0e03021a05000414': 'sha1',
  '3031300d060960864801650304020105000420': 'sha256',
};

/** Classifies one sample's `sign` against every published public key. */
export function classify(
  fields: Record<string, string>,
  keys: readonly { id: string; key: KeyObject }[],
): Pick<SignedSample, 'outcome' | 'key' | 'digest' | 'signSource' | 'variant'> {
  const sign = fields.sign ?? '';
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(sign) || sign.length % 4 !== 0) {
    return { outcome: 'not-a-signature' };
  }
  const signature = Buffer.from(sign, 'base64');
  let lengthFits = false;
  for (const { id, key } of keys) {
    if (signature.length * 8 !== key.asymmetricKeyDetails?.modulusLength) continue;
    lengthFits = true;
    let block: string;
    try {
      block = publicDecrypt({ key, padding: constants.RSA_PKCS1_PADDING }, signature).toString(
        'hex',
      );
    } catch {
      continue;
    }
    const prefix = Object.keys(DIGEST_INFO).find((p) => block.startsWith(p));
    if (prefix === undefined) continue;
    const digest = DIGEST_INFO[prefix] as 'md5' | 'sha1' | 'sha256';
    for (const variant of SOURCE_VARIANTS) {
      const source = plainSignSource(fields, variant);
      const hash = createHash(digest).update(source, 'utf8').digest('hex');
      if (hash !== block.slice(prefix.length)) continue;
      return variant === 'rule'
        ? { outcome: 'verifies', key: id, digest, signSource: source }
        : { outcome: 'verifies', key: id, digest, signSource: source, variant };
    }
    return { outcome: 'edited', key: id, digest };
  }
  return { outcome: lengthFits ? 'foreign' : 'not-a-signature' };
}

export function publicKeyObjects(): { id: string; key: KeyObject }[] {
  return loadKeys().map((k) => ({ id: k.id, key: createPublicKey(keyFile(k.publicKey)) }));
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

const SIGN_AT = /"sign"\s*:|name="sign"/;

/** Every signed sample of the seeds and the docs, classified; plus the SDK samples given. */
export function extractSignedSamples(sdkSamples: readonly SdkSampleText[]): SignedSample[] {
  const keys = publicKeyObjects();
  const out: SignedSample[] = [];
  const add = (base: Omit<SignedSample, 'fields' | 'outcome'>, text: string): void => {
    const fields = sampleFields(text);
    if (fields.sign === undefined) return;
    out.push({ ...base, fields, ...classify(fields, keys) });
  };
  for (const seed of loadSeedFixture()) {
    const page = readFileSync(path.join(SEEDS_DIR, seed.file), 'utf8');
    for (const sample of seed.samples) {
      if (!SIGN_AT.test(sample.raw)) continue;
      const at = page.indexOf(sample.raw);
      const signAt = sample.raw.search(SIGN_AT);
      add(
        { file: `seeds/${seed.file}`, sample: sample.kind, line: lineOf(page, at + signAt) },
        sample.raw,
      );
    }
  }
  const pages = [
    ...readdirSync(DOCS_DIR).filter((f) => f.endsWith('.md')),
    ...readdirSync(path.join(DOCS_DIR, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ].sort();
  for (const file of pages) {
    const text = readFileSync(path.join(DOCS_DIR, file), 'utf8');
    codeBlocks(text).forEach((block, index) => {
      const signAt = block.body.search(SIGN_AT);
      if (signAt === -1) return;
      add({ file, sample: index, line: block.line + lineOf(block.body, signAt) - 1 }, block.body);
    });
  }
  for (const s of sdkSamples) {
    add({ file: s.file, sample: s.sample, commit: s.commit, line: s.line }, s.text);
  }
  return out;
}
