/**
 * Case 4: the lianpay1_0_1 envelope against its primitives called directly.
 *
 * Subject: `buildEnvelopeBody` of seed 003's signed plaintext request (JSON.stringify, fresh
 * keys and nonce, two RSA-OAEP wraps, AES-256-CTR, HMAC-SHA256, base64, `$`-join).
 * Baseline: the same primitives on the same sizes with the same public key: one CSPRNG draw for
 * the 72 bytes of key material, two `publicEncrypt` (OAEP, SHA-1), AES-256-CTR of the same
 * plaintext, HMAC-SHA256 over the same `nonce$ciphertext` text, and the base64 the wire needs.
 */
import {
  constants,
  createCipheriv,
  createHmac,
  publicEncrypt,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { buildEnvelopeBody, decryptPayload } from '../../generated/dist/index.js';
import { compare } from '../support/harness.js';
import { benchKeys } from '../support/keys.js';
import { timingResult } from '../support/result.js';
import { example } from '../support/spec.js';
import type { CaseResult } from '../support/types.js';

const COUNTER_START = Buffer.from([0, 0, 0, 0, 0, 0, 0, 1]);

/** The envelope made of bare node:crypto calls, without any of the runtime's checks. */
export function primitivesEnvelope(plaintext: string, key: KeyObject): string {
  const material = randomBytes(72);
  const hmacKey = material.subarray(0, 32);
  const aesKey = material.subarray(32, 64);
  const nonce = material.subarray(64, 72);
  const oaep = { key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' };
  const wrappedHmac = publicEncrypt(oaep, hmacKey);
  const wrappedAes = publicEncrypt(oaep, aesKey);
  const cipher = createCipheriv('aes-256-ctr', aesKey, Buffer.concat([nonce, COUNTER_START]));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const nonceField = nonce.toString('base64');
  const ciphertextField = ciphertext.toString('base64');
  const mac = createHmac('sha256', hmacKey).update(`${nonceField}$${ciphertextField}`).digest();
  return `lianpay1_0_1$${wrappedHmac.toString('base64')}$${wrappedAes.toString('base64')}$${nonceField}$${ciphertextField}$${mac.toString('base64')}`;
}

export async function run(): Promise<CaseResult[]> {
  const request = example('seed-003-plaintext-request');
  const plaintext = JSON.stringify(request);
  const results: CaseResult[] = [];
  for (const bits of [1024, 2048] as const) {
    const { publicKey, privateKey } = benchKeys(bits).lianlian;
    const subject = () => buildEnvelopeBody(request, publicKey);
    // Both sides must produce envelopes of the same shape that open with LianLian's key.
    if (decryptPayload(subject().pay_load, privateKey) !== plaintext) {
      throw new Error('the runtime envelope does not open to the plaintext');
    }
    const baseline = () => primitivesEnvelope(plaintext, publicKey);
    const built = baseline();
    if (
      decryptPayload(built, privateKey) !== plaintext ||
      built.length !== subject().pay_load.length
    ) {
      throw new Error('the baseline envelope differs in shape from the runtime one');
    }
    const comparison = await compare(subject, baseline);
    results.push(
      timingResult(
        `envelope/rsa-${bits}`,
        'buildEnvelopeBody (seed 003 plaintext, signed)',
        '2x publicEncrypt OAEP + AES-256-CTR + HMAC-SHA256 + base64, one randomBytes(72)',
        comparison,
        1.1,
      ),
    );
  }
  return results;
}
