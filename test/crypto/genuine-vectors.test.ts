// Genuine signature vectors: samples of LianLian's docs, the seeds and LianLian's SDKs whose `sign`
// was made with a key LianLian publishes (its own public key, or a demo merchant key pair in its
// SDK repositories, test/fixtures/vectors/keys.json). Each one is checked with our runtime, with
// openssl and with the JDK; every other signed sample is recorded with why it does not verify, so
// a change to the docs, the keys or the classification is noticed.
import { createHash, createPrivateKey, createPublicKey, sign as cryptoSign } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signSource } from '../../generated/src/runtime/crypto/canonical.js';
import { signParams } from '../../generated/src/runtime/crypto/sign.js';
import { verifyParams } from '../../generated/src/runtime/crypto/verify.js';
import { runJava, runOk, runTool, tempDir } from '../support/crypto-tools.js';
import { loadDocsFixture } from '../support/docs/fixture.js';
import { isObject, loadBundledSpec, messageExamples } from '../support/spec.js';
import {
  classify,
  docsPresent,
  extractSignedSamples,
  keyFile,
  loadKeys,
  plainSignSource,
  publicKeyObjects,
  SAMPLES_PATH,
  SOURCE_VARIANTS,
  VECTORS_DIR,
  type SdkSampleText,
  type SignedSample,
} from '../support/vectors.js';

const keys = loadKeys();
const byId = new Map(keys.map((k) => [k.id, k]));
const samples = JSON.parse(readFileSync(SAMPLES_PATH, 'utf8')) as SignedSample[];
const sdkSamples = JSON.parse(
  readFileSync(path.join(VECTORS_DIR, 'sdk-samples.json'), 'utf8'),
) as SdkSampleText[];
const vectors = samples.filter((s) => s.outcome === 'verifies');
const temp = tempDir('lianlian-vectors');
afterAll(() => temp.remove());

const label = (s: SignedSample): string => `${s.file} #${String(s.sample)} (line ${s.line})`;
const JCA = { md5: 'MD5withRSA', sha1: 'SHA1withRSA', sha256: 'SHA256withRSA' } as const;
const DGST = { md5: '-md5', sha1: '-sha1', sha256: '-sha256' } as const;

function fingerprint(pem: string): string {
  const der = createPublicKey(pem).export({ format: 'der', type: 'spki' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

function file(name: string, contents: string | Buffer): string {
  const target = path.join(temp.dir, name);
  writeFileSync(target, contents);
  return target;
}

describe('published keys', () => {
  it.each(keys.map((k) => [k.id, k] as const))('%s is the key its id names', (id, key) => {
    expect(fingerprint(keyFile(key.publicKey))).toBe(id);
    expect(createPublicKey(keyFile(key.publicKey)).asymmetricKeyDetails?.modulusLength).toBe(
      key.bits,
    );
    if (key.privateKey !== null) {
      // The private key is the public key's other half.
      expect(
        fingerprint(
          createPublicKey(createPrivateKey(keyFile(key.privateKey))).export({
            format: 'pem',
            type: 'spki',
          }) as string,
        ),
      ).toBe(id);
    }
    expect(key.occurrences.length).toBeGreaterThan(0);
    for (const o of key.occurrences) expect(o.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('never include LianLian’s own private key, only demo merchant ones', () => {
    for (const key of keys.filter((k) => k.role === 'lianlian')) expect(key.privateKey).toBeNull();
    expect(keys.filter((k) => k.role === 'demo-merchant' && k.privateKey !== null).length).toBe(9);
  });
});

describe('genuine vectors', () => {
  it('are the ones recorded, each under the documented rule itself', () => {
    for (const v of vectors) expect(v.variant).toBeUndefined();
    expect(vectors.map(label)).toEqual([
      'seeds/000_3466bb3d612b9b9b.txt #request (line 89)',
      'seeds/002_e9ea035d7a570f59.txt #request (line 41)',
      'seeds/003_e6ee04b52b39cef4.txt #plaintext-request (line 87)',
      'docs/MPAY-verify-direct-api.md #1 (line 41)',
      'docs/instant-payment-apply-API.md #4 (line 116)',
      'docs/instant-payment-apply-API.md #5 (line 130)',
      'docs/instant-payment-confirm-API.md #1 (line 37)',
      'docs/signature-add-sign.md #3 (line 76)',
      'github:LianLianPay/LLP-YT-PHP #tests/TestSignature.php (line 20)',
    ]);
  });

  it.each(vectors.map((v) => [label(v), v] as const))(
    '%s verifies with our runtime, openssl and the JDK',
    (_, vector) => {
      const key = byId.get(vector.key as string);
      if (key === undefined || vector.digest === undefined) throw new Error('no key recorded');
      const publicPem = keyFile(key.publicKey);
      const signType = vector.digest === 'md5' ? 'RSA' : 'SHA256withRSA';
      // The runtime builds the same sign source as the plain oracle and accepts the signature.
      expect(signSource(vector.fields)).toBe(vector.signSource);
      expect(verifyParams(vector.fields, { publicKeys: publicPem })).toMatchObject({ ok: true });
      expect(
        verifyParams({ ...vector.fields, sign_type: 'SHA256withRSA' }, { publicKeys: publicPem }),
      ).toMatchObject({ ok: false });

      const sourceFile = file(`${key.id}-source`, vector.signSource as string);
      const signFile = file(`${key.id}-sign`, Buffer.from(vector.fields.sign as string, 'base64'));
      const publicFile = file(`${key.id}.public.pem`, publicPem);
      const openssl = runTool('openssl', [
        'dgst',
        DGST[vector.digest],
        '-verify',
        publicFile,
        '-signature',
        signFile,
        sourceFile,
      ]);
      expect(openssl.stdout.toString().trim()).toBe('Verified OK');
      const java = runJava([
        'verify',
        publicFile,
        JCA[vector.digest],
        sourceFile,
        vector.fields.sign as string,
      ]);
      expect(java.stderr).toBe('');
      expect(java.stdout.toString('ascii')).toBe('true');

      if (key.privateKey === null) return;
      // A request signed with a demo merchant key re-signs byte for byte: PKCS#1 v1.5 is
      // deterministic, so the runtime, openssl and the JDK must all print the sample's sign.
      const privatePem = keyFile(key.privateKey);
      const unsigned = Object.fromEntries(
        Object.entries(vector.fields).filter(([k]) => k !== 'sign' && k !== 'sign_type'),
      );
      expect(signParams(unsigned, { privateKey: privatePem, signType }).sign).toBe(
        vector.fields.sign,
      );
      const privateFile = file(`${key.id}.private.pem`, privatePem);
      expect(
        runOk('openssl', ['dgst', DGST[vector.digest], '-sign', privateFile, sourceFile]).toString(
          'base64',
        ),
      ).toBe(vector.fields.sign);
      const javaSign = runJava(['sign', privateFile, JCA[vector.digest], sourceFile]);
      expect(javaSign.stdout.toString('ascii')).toBe(vector.fields.sign);
    },
  );
});

describe('signed samples that are not vectors', () => {
  it.each(samples.filter((s) => s.outcome !== 'verifies').map((s) => [label(s), s] as const))(
    '%s does not verify under any published key',
    (_, sample) => {
      for (const key of keys) {
        expect(verifyParams(sample.fields, { publicKeys: keyFile(key.publicKey) })).toMatchObject({
          ok: false,
        });
      }
    },
  );

  it('re-sign under a demo merchant key only where recorded as vectors (MD5 or SHA-256, rule or variants)', () => {
    // The classification opens each sign with the public keys; this re-signs instead, the way a
    // merchant would, and compares byte for byte. A signature is as long as its key's modulus,
    // so only keys of the signature's length can have made it.
    const demo = keys
      .filter((k) => k.privateKey !== null)
      .map((k) => ({
        id: k.id,
        bits: k.bits,
        key: createPrivateKey(keyFile(k.privateKey as string)),
      }));
    const resigned: string[] = [];
    let tries = 0;
    for (const sample of samples) {
      const bytes = Buffer.from(sample.fields.sign ?? '', 'base64').length;
      for (const { id, bits, key } of demo.filter((d) => d.bits === bytes * 8)) {
        for (const digest of ['md5', 'sha256'] as const) {
          for (const variant of SOURCE_VARIANTS) {
            tries += 1;
            const sign = cryptoSign(
              digest,
              Buffer.from(plainSignSource(sample.fields, variant)),
              key,
            );
            if (sign.toString('base64') === sample.fields.sign)
              resigned.push(`${label(sample)} ${id} ${digest} ${variant}`);
          }
        }
      }
    }
    expect(tries).toBeGreaterThan(1000);
    // Exactly the demo-key vectors, under the rule (and the variants that coincide with it, as
    // these samples have no empty values and no spaced keys).
    const expected = vectors
      .filter((v) => byId.get(v.key as string)?.privateKey !== null)
      .flatMap((v) =>
        SOURCE_VARIANTS.filter(
          (variant) => plainSignSource(v.fields, variant) === v.signSource,
        ).map((variant) => `${label(v)} ${String(v.key)} ${String(v.digest)} ${variant}`),
      );
    expect(resigned.sort()).toEqual(expected.sort());
    expect(new Set(resigned.map((r) => r.split(' ').slice(0, 4).join(' '))).size).toBe(6);
  });

  it('number docs samples as x-lianlian-doc does (the docs fixture’s code blocks)', () => {
    const pages = new Map(loadDocsFixture().map((d) => [d.file, d]));
    const docsSamples = samples.filter((s) => s.file.startsWith('docs/'));
    expect(docsSamples.length).toBeGreaterThan(40);
    for (const s of docsSamples) {
      const block = pages.get(s.file)?.codeBlocks[s.sample as number];
      expect(block?.text, label(s)).toContain(s.fields.sign);
    }
  });

  it('are classified as recorded (edited after signing, foreign key, or not a signature)', () => {
    const keyObjects = publicKeyObjects();
    const again = samples.map((s) => ({ ...s, ...classify(s.fields, keyObjects) }));
    expect(again).toEqual(samples);
    const counts: Record<string, number> = {};
    for (const s of samples) counts[s.outcome] = (counts[s.outcome] ?? 0) + 1;
    expect(counts).toEqual({ verifies: 9, edited: 13, foreign: 45, 'not-a-signature': 12 });
  });
});

describe.runIf(docsPresent() || process.env.UPDATE_VECTOR_FIXTURES === '1')(
  'the committed samples',
  () => {
    it('equal a fresh extraction from the seeds, the docs and the SDK samples', () => {
      const fresh = extractSignedSamples(sdkSamples);
      if (process.env.UPDATE_VECTOR_FIXTURES === '1') {
        writeFileSync(SAMPLES_PATH, `${JSON.stringify(fresh, null, 2)}\n`);
      }
      expect(fresh).toEqual(samples);
    });
  },
);

describe('spec examples', () => {
  const examples = messageExamples(loadBundledSpec()).filter((e) => isObject(e.node));
  const marked = examples.filter((e) => isObject(e.node) && 'x-lianlian-vector' in e.node);
  const spki = (pem: string): string =>
    (createPublicKey(pem).export({ format: 'der', type: 'spki' }) as Buffer).toString('base64');

  it.each(marked.map((e) => [e.pointer, e] as const))(
    '%s: x-lianlian-vector names a published key, and the example verifies under it',
    (_, example) => {
      const vector = (example.node as Record<string, unknown>)['x-lianlian-vector'] as {
        key: string;
        keyId: string;
        signType: string;
        source: { repo: string; path: string; commit: string };
      };
      const key = byId.get(vector.keyId);
      expect(key, `no key ${vector.keyId} in keys.json`).toBeDefined();
      expect(vector.key).toBe(spki(keyFile((key as { publicKey: string }).publicKey)));
      expect(key?.occurrences).toContainEqual(expect.objectContaining(vector.source));
      expect(
        verifyParams(example.value, {
          publicKeys: vector.key,
          allowedSignTypes: [vector.signType as 'RSA'],
        }),
      ).toMatchObject({ ok: true });
    },
  );

  it('mark every example that carries a genuine vector’s sign and still verifies', () => {
    // Found by the sign value, so examples of any page or seed are picked up, however their
    // x-lianlian-seed or x-lianlian-doc number the sample.
    const bySign = new Map(vectors.map((v) => [v.fields.sign as string, v]));
    const missing: string[] = [];
    let found = 0;
    for (const e of examples) {
      const value = e.value as Record<string, unknown> | undefined;
      const vector = typeof value?.sign === 'string' ? bySign.get(value.sign) : undefined;
      if (vector === undefined) continue;
      found += 1;
      const key = byId.get(vector.key as string) as (typeof keys)[number];
      const verifies = verifyParams(value, { publicKeys: keyFile(key.publicKey) }).ok;
      if (verifies && !marked.includes(e)) {
        const where = key.occurrences.find((o) => o.at === 'HEAD') ?? key.occurrences[0];
        missing.push(
          `${e.pointer} (${label(vector)}) needs x-lianlian-vector: { key: ${spki(keyFile(key.publicKey))}, ` +
            `keyId: ${key.id}, signType: ${vector.digest === 'md5' ? 'RSA' : 'SHA256withRSA'}, ` +
            `source: { repo: ${where?.repo}, path: ${where?.path}, commit: ${where?.commit} } }`,
        );
      }
    }
    expect(found).toBeGreaterThanOrEqual(3);
    expect(missing).toEqual([]);
  });

  it('mark exactly the seed samples that verify', () => {
    const seedOf = (e: (typeof examples)[number]): string | undefined => {
      const link = (e.node as Record<string, unknown>)['x-lianlian-seed'];
      return isObject(link) ? `seeds/${String(link.file)}#${String(link.sample)}` : undefined;
    };
    const genuine = new Set(
      vectors
        .filter((v) => v.file.startsWith('seeds/'))
        .map((v) => `${v.file}#${String(v.sample)}`),
    );
    const seedExamples = examples.filter((e) => seedOf(e) !== undefined);
    expect(seedExamples.length).toBeGreaterThan(0);
    for (const e of seedExamples) {
      expect(marked.includes(e), `${e.pointer} (${String(seedOf(e))})`).toBe(
        genuine.has(seedOf(e) as string),
      );
    }
    expect(new Set(seedExamples.filter((e) => marked.includes(e)).map(seedOf))).toEqual(genuine);
  });
});
