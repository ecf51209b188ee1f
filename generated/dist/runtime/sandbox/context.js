import { signParams } from '../crypto/sign.js';
import { maskText } from '../shared/validation.js';
import { createVerifier } from '../crypto/verify.js';
/** Builds the merchant lookup: one verifier per merchant, message and set of sign types, made once. */
export function sandboxMerchantVerifiers(merchants) {
    const cache = new Map();
    return (oidPartner, signTypes, message) => {
        if (typeof oidPartner !== 'string')
            return undefined;
        const key = merchants.get(oidPartner);
        if (key === undefined)
            return undefined;
        // Without a message, the strict rule applies.
        const closed = message === undefined
            ? ''
            : `${message.fields}|${message.uriFields}|${message.charset?.field ?? ''}`;
        const id = `${oidPartner}|${signTypes.join(',')}|${closed}`;
        let verifier = cache.get(id);
        if (verifier === undefined) {
            verifier = createVerifier({
                publicKeys: key,
                allowedSignTypes: signTypes,
                ...(message === undefined ? {} : { closedMessage: message }),
            });
            cache.set(id, verifier);
        }
        return verifier;
    };
}
/** LianLian's ret_msg for `code`, with the parameter name filled in where the message asks for one. */
export function sandboxReturnMessage(ctx, code, field) {
    const message = ctx.catalogue.returnMessages[code] ?? '系统错误';
    return field === undefined ? message : message.replace('具体参数名', field);
}
/**
 * Signs an answer with the sandbox's LianLian key, its sign source in `keyOrder` (the operation's
 * `answerKeyOrder`; byte order by default).
 */
export function sandboxSign(ctx, fields, signType, keyOrder = 'byte') {
    return signParams({ ...fields, sign_type: signType }, { privateKey: ctx.lianlianPrivateKey, keyOrder });
}
/** A card number as it may appear in a log line. */
export function sandboxMaskedCard(value) {
    return typeof value === 'string' && value !== '' ? maskText(value, 'card') : undefined;
}
