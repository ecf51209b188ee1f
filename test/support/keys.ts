// Real RSA keys for tests, generated once per test file (process) and exported in every format
// merchants and LianLian hand keys around in.
import { generateKeyPair, type KeyObject } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const generate = promisify(generateKeyPair);

export interface TestKeyPair {
  bits: number;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** `-----BEGIN RSA PRIVATE KEY-----` (PHP style). */
  pkcs1Pem: string;
  /** `-----BEGIN PRIVATE KEY-----`. */
  pkcs8Pem: string;
  /** Bare base64 PKCS#8, as LianLian's dashboard and Java SDK hand it out. */
  pkcs8Base64: string;
  pkcs8Der: Buffer;
  /** `-----BEGIN PUBLIC KEY-----`. */
  spkiPem: string;
  /** `-----BEGIN RSA PUBLIC KEY-----`. */
  pkcs1PublicPem: string;
  /** Bare base64 SubjectPublicKeyInfo, as LianLian publishes its key. */
  spkiBase64: string;
  spkiDer: Buffer;
}

const cache = new Map<number, Promise<TestKeyPair>>();

/** An RSA key pair of `bits`, generated at most once per process. */
export function rsaKeyPair(bits: number): Promise<TestKeyPair> {
  let pending = cache.get(bits);
  if (pending === undefined) {
    pending = generate('rsa', { modulusLength: bits }).then(({ privateKey, publicKey }) =>
      describePair(bits, privateKey, publicKey),
    );
    cache.set(bits, pending);
  }
  return pending;
}

function describePair(bits: number, privateKey: KeyObject, publicKey: KeyObject): TestKeyPair {
  const pkcs8Der = privateKey.export({ type: 'pkcs8', format: 'der' });
  const spkiDer = publicKey.export({ type: 'spki', format: 'der' });
  return {
    bits,
    privateKey,
    publicKey,
    pkcs1Pem: privateKey.export({ type: 'pkcs1', format: 'pem' }) as string,
    pkcs8Pem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    pkcs8Base64: pkcs8Der.toString('base64'),
    pkcs8Der,
    spkiPem: publicKey.export({ type: 'spki', format: 'pem' }) as string,
    pkcs1PublicPem: publicKey.export({ type: 'pkcs1', format: 'pem' }) as string,
    spkiBase64: spkiDer.toString('base64'),
    spkiDer,
  };
}

/** The base64 body of a PEM text (what must never appear in an error). */
export function pemBody(pem: string): string {
  return pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
}

export interface KeyFiles {
  /** PEM PKCS#1 private key. */
  privatePem: string;
  /** Bare base64 PKCS#8 private key. */
  privateBase64: string;
  /** PEM SPKI public key. */
  publicPem: string;
  /** Bare base64 SPKI public key. */
  publicBase64: string;
}

/** Writes a key pair into `dir` in the formats openssl, Java and the CLI read. */
export function writeKeyFiles(dir: string, name: string, pair: TestKeyPair): KeyFiles {
  mkdirSync(dir, { recursive: true });
  const files: KeyFiles = {
    privatePem: path.join(dir, `${name}.pem`),
    privateBase64: path.join(dir, `${name}.pk8.b64`),
    publicPem: path.join(dir, `${name}.pub.pem`),
    publicBase64: path.join(dir, `${name}.pub.b64`),
  };
  writeFileSync(files.privatePem, pair.pkcs1Pem, { mode: 0o600 });
  writeFileSync(files.privateBase64, pair.pkcs8Base64, { mode: 0o600 });
  writeFileSync(files.publicPem, pair.spkiPem);
  writeFileSync(files.publicBase64, pair.spkiBase64);
  return files;
}
