// A test-side builder of lianpay1_0_1 envelopes from chosen keys, nonce and plaintext bytes,
// written directly against node:crypto (not the runtime) so tests can craft envelopes the
// runtime would never produce: LF-wrapped fields, invalid UTF-8, known keys.
import { constants, createCipheriv, createHmac, publicEncrypt, type KeyObject } from 'node:crypto';

export interface EnvelopeRecipe {
  publicKey: KeyObject;
  hmacKey: string;
  aesKey: string;
  nonce: string;
  plaintext: Buffer;
  /** Line break to wrap base64 at 76 characters with, or none. */
  lineBreak?: '\r\n' | '\n';
}

export function craftEnvelope(recipe: EnvelopeRecipe): string {
  const b64 = (bytes: Buffer) => {
    const text = bytes.toString('base64');
    return recipe.lineBreak === undefined
      ? text
      : (text.match(/.{1,76}/g) ?? ['']).join(recipe.lineBreak);
  };
  const oaep = (secret: string) =>
    publicEncrypt(
      { key: recipe.publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
      Buffer.from(secret, 'ascii'),
    );
  const iv = Buffer.concat([
    Buffer.from(recipe.nonce, 'ascii'),
    Buffer.from('0000000000000001', 'hex'),
  ]);
  const cipher = createCipheriv('aes-256-ctr', Buffer.from(recipe.aesKey, 'ascii'), iv);
  const ciphertext = Buffer.concat([cipher.update(recipe.plaintext), cipher.final()]);
  const nonceField = b64(Buffer.from(recipe.nonce, 'ascii'));
  const ciphertextField = b64(ciphertext);
  const mac = createHmac('sha256', Buffer.from(recipe.hmacKey, 'ascii'))
    .update(`${nonceField}$${ciphertextField}`, 'ascii')
    .digest();
  return [
    'lianpay1_0_1',
    b64(oaep(recipe.hmacKey)),
    b64(oaep(recipe.aesKey)),
    nonceField,
    ciphertextField,
    b64(mac),
  ].join('$');
}
