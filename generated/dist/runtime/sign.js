/**
 * Signing of LianLian messages: PKCS#1 v1.5 RSA over the UTF-8 sign source, `sign` as standard
 * base64 without line breaks.
 */
import { sign as rsaSign } from 'node:crypto';
import { signSource } from './canonical.js';
import { SignatureError, SignSourceError } from './errors.js';
import { loadPrivateKey } from './keys.js';
import { digestOf, parseSignType, toSignType } from './sign-type.js';
/**
 * Signs a string as LianLian does and returns the standard base64 signature.
 * @throws {KeyFormatError} when the key cannot be loaded.
 */
export function signString(source, privateKey, signType) {
    const key = loadPrivateKey(privateKey);
    return rsaSign(digestOf(signType), Buffer.from(source, 'utf8'), key).toString('base64');
}
/**
 * Returns a copy of `params` with `sign` set (replacing any existing one) and `sign_type` added
 * in canonical spelling when absent. An existing `sign_type` is kept exactly as it is, since it
 * is part of what is signed.
 * @throws {SignatureError} when no signature type is given or the two given disagree.
 * @throws {SignSourceError} when a parameter cannot be signed (see `signSource`).
 * @throws {KeyFormatError} when the key cannot be loaded.
 */
export function signParams(params, options) {
    if (typeof params !== 'object' || params === null || Array.isArray(params)) {
        throw new SignSourceError('SIGN_SOURCE_NOT_OBJECT', 'the parameters to sign must be an object');
    }
    const type = resolveSignType(params, options.signType);
    const withType = { ...params };
    delete withType.sign;
    if (!hasValue(params, 'sign_type'))
        withType.sign_type = type;
    const sign = signString(signSource(withType), options.privateKey, type);
    return { ...withType, sign };
}
function resolveSignType(params, requested) {
    const inMessage = hasValue(params, 'sign_type') ? params.sign_type : undefined;
    if (requested === undefined) {
        if (inMessage === undefined) {
            throw new SignatureError('SIGN_TYPE_MISSING', 'no sign_type: pass signType or put sign_type into the message', 'sign_type');
        }
        return toSignType(inMessage);
    }
    const type = toSignType(requested);
    if (inMessage !== undefined && parseSignType(inMessage) !== type) {
        throw new SignatureError('SIGN_TYPE_CONFLICT', `the message's sign_type does not match the requested ${type}`, 'sign_type');
    }
    return type;
}
function hasValue(params, key) {
    const value = params[key];
    return Object.hasOwn(params, key) && value !== undefined && value !== null && value !== '';
}
