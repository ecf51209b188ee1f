/**
 * Loads the RSA keys LianLian works with, in the forms merchants actually hold them:
 * private keys as PEM PKCS#1 (`BEGIN RSA PRIVATE KEY`), PEM PKCS#8, bare base64 PKCS#8 (what
 * LianLian's dashboard and Java SDK hand out), DER bytes or a `KeyObject`; public keys as PEM
 * SPKI, PEM PKCS#1 (`BEGIN RSA PUBLIC KEY`), bare base64 SPKI, an X.509 certificate, DER bytes
 * or a `KeyObject`. Whitespace, CRLF line ends and literal `\n` escapes (keys pasted into
 * environment variables) are tolerated. Only 1024-, 2048- and 4096-bit RSA keys are accepted.
 * Errors never contain any part of the input.
 */
import { createPrivateKey, createPublicKey, KeyObject, X509Certificate } from 'node:crypto';
import { KeyFormatError, type KeyFormatErrorCode } from '../shared/errors.js';

/** Anything a key can be loaded from. Strings are PEM or bare base64; buffers are PEM or DER. */
export type KeyInput = string | Uint8Array | KeyObject;

/** RSA modulus sizes LianLian issues and accepts. */
export const RSA_KEY_SIZES: readonly number[] = Object.freeze([1024, 2048, 4096]);

/**
 * Loads an RSA private key.
 * @throws {KeyFormatError} for unreadable input, public keys, non-RSA keys, unsupported sizes,
 *   or encrypted keys.
 */
export function loadPrivateKey(input: KeyInput): KeyObject {
  return checkRsa(toKeyObject(input, 'private'), 'private');
}

/**
 * Loads an RSA public key (a certificate yields its subject's key).
 * @throws {KeyFormatError} for unreadable input, private keys, non-RSA keys or unsupported sizes.
 */
export function loadPublicKey(input: KeyInput): KeyObject {
  return checkRsa(toKeyObject(input, 'public'), 'public');
}

type Kind = 'private' | 'public';

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const BASE64_BODY = /^[A-Za-z0-9+/]+={0,2}$/;
// Absolute, home- or dot-relative, Windows drive paths, or a key file extension; one line only.
const PATH_LIKE = /^(?:~|\.{1,2})?[/\\]|^[A-Za-z]:[/\\]|\.(?:pem|key|der|crt|cer|p8|pub|txt)$/i;

function looksLikePath(text: string): boolean {
  return text.length < 4096 && !/[\r\n]/.test(text) && PATH_LIKE.test(text);
}

function toKeyObject(input: KeyInput, kind: Kind): KeyObject {
  if (input instanceof KeyObject) {
    if (input.type === 'secret') throw notRsa(kind);
    if (input.type !== kind) throw wrongKind(kind);
    return input;
  }
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else if (input instanceof Uint8Array) {
    // DER starts with a SEQUENCE tag; anything else is treated as text (PEM or base64).
    if (input[0] === 0x30) return fromDer(Buffer.from(input), kind);
    text = Buffer.from(input).toString('utf8');
  } else {
    throw keyError(kind, 'KEY_INPUT', `the ${kind} key must be a string, a Buffer or a KeyObject`);
  }
  text = text.replace(/\\r/g, '\r').replace(/\\n/g, '\n').trim();
  if (text.includes('-----BEGIN')) return fromPem(text, kind);
  const body = text.replace(/\s+/g, '');
  if (body.length === 0 || body.length % 4 !== 0 || !BASE64_BODY.test(body)) {
    // A file name passed instead of its contents is the usual mistake; say so without echoing it.
    const hint = looksLikePath(text)
      ? `; it looks like a file path: pass the file's contents (readFileSync(path, 'utf8')), not its name`
      : '';
    throw keyError(
      kind,
      'KEY_FORMAT',
      `the ${kind} key is neither PEM nor base64-encoded DER${hint}`,
    );
  }
  return fromDer(Buffer.from(body, 'base64'), kind);
}

function fromPem(text: string, kind: Kind): KeyObject {
  const blocks = [...text.matchAll(PEM_BLOCK)];
  const block = blocks[0];
  if (block === undefined) {
    throw keyError(kind, 'KEY_FORMAT', `the ${kind} key has an incomplete PEM block`);
  }
  if (blocks.length > 1 && block[1] !== 'CERTIFICATE') {
    throw keyError(kind, 'KEY_FORMAT', `the ${kind} key file holds more than one PEM block`);
  }
  const label = block[1] as string;
  if (
    label === 'ENCRYPTED PRIVATE KEY' ||
    (block[2] as string).includes('Proc-Type: 4,ENCRYPTED')
  ) {
    throw keyError(
      kind,
      'KEY_ENCRYPTED',
      'the private key is encrypted with a passphrase; decrypt it first (openssl pkey)',
    );
  }
  const body = (block[2] as string).replace(/\s+/g, '');
  if (!BASE64_BODY.test(body) || body.length % 4 !== 0) {
    throw keyError(kind, 'KEY_FORMAT', `the ${kind} key's PEM body is not valid base64`);
  }
  const der = Buffer.from(body, 'base64');
  switch (label) {
    case 'RSA PRIVATE KEY':
      if (kind !== 'private') throw wrongKind(kind);
      return attempt(kind, () => createPrivateKey({ key: der, format: 'der', type: 'pkcs1' }));
    case 'PRIVATE KEY':
      if (kind !== 'private') throw wrongKind(kind);
      return attempt(kind, () => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
    case 'PUBLIC KEY':
      if (kind !== 'public') throw wrongKind(kind);
      return attempt(kind, () => createPublicKey({ key: der, format: 'der', type: 'spki' }));
    case 'RSA PUBLIC KEY':
      if (kind !== 'public') throw wrongKind(kind);
      return attempt(kind, () => createPublicKey({ key: der, format: 'der', type: 'pkcs1' }));
    case 'CERTIFICATE':
      if (kind !== 'public') throw wrongKind(kind);
      return attempt(kind, () => new X509Certificate(der).publicKey);
    case 'EC PRIVATE KEY':
    case 'DSA PRIVATE KEY':
      throw notRsa(kind);
    default:
      throw keyError(kind, 'KEY_FORMAT', `the ${kind} key's PEM type is not supported`);
  }
}

// DER without a label: try the encodings in the order merchants most often hold them.
function fromDer(der: Buffer, kind: Kind): KeyObject {
  const asPrivate = [
    () => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }),
    () => createPrivateKey({ key: der, format: 'der', type: 'pkcs1' }),
  ];
  const asPublic = [
    () => createPublicKey({ key: der, format: 'der', type: 'spki' }),
    () => createPublicKey({ key: der, format: 'der', type: 'pkcs1' }),
    () => new X509Certificate(der).publicKey,
  ];
  const privateKey = firstParsed(asPrivate);
  if (kind === 'private') {
    if (privateKey !== undefined) return privateKey;
    if (firstParsed(asPublic) !== undefined) throw wrongKind(kind);
  } else {
    // createPublicKey would quietly derive a public key from private DER: refuse that first.
    if (privateKey !== undefined) throw wrongKind(kind);
    const publicKey = firstParsed(asPublic);
    if (publicKey !== undefined) return publicKey;
  }
  throw keyError(kind, 'KEY_PARSE', `the ${kind} key could not be parsed`);
}

function firstParsed(parsers: readonly (() => KeyObject)[]): KeyObject | undefined {
  for (const parse of parsers) {
    const key = tryParse(parse);
    if (key !== undefined) return key;
  }
  return undefined;
}

function tryParse(parse: () => KeyObject): KeyObject | undefined {
  try {
    return parse();
  } catch {
    return undefined;
  }
}

function attempt(kind: Kind, parse: () => KeyObject): KeyObject {
  const key = tryParse(parse);
  if (key === undefined) {
    throw keyError(kind, 'KEY_PARSE', `the ${kind} key could not be parsed`);
  }
  return key;
}

function checkRsa(key: KeyObject, kind: Kind): KeyObject {
  if (key.type !== kind) throw wrongKind(kind);
  if (key.asymmetricKeyType !== 'rsa') throw notRsa(kind);
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (bits === undefined || !RSA_KEY_SIZES.includes(bits)) {
    throw keyError(
      kind,
      'KEY_SIZE',
      `the ${kind} key is ${bits ?? 'an unknown number of'} bits; LianLian uses RSA keys of ${RSA_KEY_SIZES.join(', ')} bits`,
    );
  }
  return key;
}

// The field is the option the key was passed as, so callers can tell which key is wrong.
function keyError(kind: Kind, code: KeyFormatErrorCode, message: string): KeyFormatError {
  return new KeyFormatError(code, message, kind === 'private' ? 'privateKey' : 'publicKey');
}

function wrongKind(kind: Kind): KeyFormatError {
  return keyError(
    kind,
    'KEY_KIND',
    kind === 'private'
      ? 'a public key was given where a private key is needed'
      : 'a private key was given where a public key is needed',
  );
}

function notRsa(kind: Kind): KeyFormatError {
  return keyError(kind, 'KEY_TYPE', 'the key is not an RSA key (PKCS#1 v1.5 RSA is required)');
}
