/**
 * Loads the RSA keys LianLian works with, in the forms merchants actually hold them:
 * private keys as PEM PKCS#1 (`BEGIN RSA PRIVATE KEY`), PEM PKCS#8, bare base64 PKCS#8 (what
 * LianLian's dashboard and Java SDK hand out), DER bytes or a `KeyObject`; public keys as PEM
 * SPKI, PEM PKCS#1 (`BEGIN RSA PUBLIC KEY`), bare base64 SPKI, an X.509 certificate, DER bytes
 * or a `KeyObject`. Whitespace, CRLF line ends and literal `\n` escapes (keys pasted into
 * environment variables) are tolerated. Only 1024-, 2048- and 4096-bit RSA keys are accepted.
 * Errors never contain any part of the input.
 */
import { KeyObject } from 'node:crypto';
/** Anything a key can be loaded from. Strings are PEM or bare base64; buffers are PEM or DER. */
export type KeyInput = string | Uint8Array | KeyObject;
/** RSA modulus sizes LianLian issues and accepts. */
export declare const RSA_KEY_SIZES: readonly number[];
/**
 * Loads an RSA private key.
 * @throws {KeyFormatError} for unreadable input, public keys, non-RSA keys, unsupported sizes,
 *   or encrypted keys.
 */
export declare function loadPrivateKey(input: KeyInput): KeyObject;
/**
 * Loads an RSA public key (a certificate yields its subject's key).
 * @throws {KeyFormatError} for unreadable input, private keys, non-RSA keys or unsupported sizes.
 */
export declare function loadPublicKey(input: KeyInput): KeyObject;
