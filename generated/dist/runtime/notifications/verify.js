import { LianLianError } from '../shared/errors.js';
import { parseSignedBody } from '../shared/signed-body.js';
import { parseSignedQueryJson } from '../shared/signed-query.js';
import { byteLimitOption } from '../shared/response-body.js';
import { maskDigits } from '../shared/validation.js';
import { createVerifier } from '../crypto/verify.js';
/** Default body limit: LianLian's notifications are well under 2 KiB. */
export const DEFAULT_NOTIFICATION_BODY_LIMIT = 64 * 1024;
/**
 * Loads the keys once and returns a verifier for one kind of notification.
 * @throws {KeyFormatError} or {@link ConfigurationError} for unusable keys, sign types or
 *   `maxBodyBytes` (at creation only; the returned function never throws).
 */
export function createNotificationVerifier(definition, options) {
    const verifySignature = createVerifier({
        publicKeys: options.publicKeys,
        allowedSignTypes: options.allowedSignTypes ?? definition.signTypes,
    });
    const limit = byteLimitOption(options.maxBodyBytes, DEFAULT_NOTIFICATION_BODY_LIMIT, 'maxBodyBytes');
    const tooLarge = () => refuse('body-too-large', `the body is larger than ${limit} bytes`);
    return (body, contentType) => {
        try {
            // Checked before any parsing. A string has at least as many UTF-8 bytes as code units, so
            // a long one is refused without being measured.
            if (typeof body === 'string' && body.length > limit)
                return tooLarge();
            const size = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body?.byteLength;
            if (typeof size !== 'number')
                return refuse('malformed-body', 'the body must be a string or bytes');
            if (size > limit)
                return tooLarge();
            const parsed = definition.queryParameter === undefined
                ? parseSignedBody(body, contentType)
                : parseSignedQueryJson(utf8(body), definition.queryParameter);
            if (!parsed.ok)
                return refuse(parsed.reason, parsed.detail);
            const signature = verifySignature(parsed.fields);
            if (!signature.ok)
                return refuse(signature.reason, signature.detail);
            const checked = definition.validate(parsed.fields);
            if (!checked.ok) {
                const shown = checked.issues.slice(0, 3).map((issue) => issue.message);
                return {
                    ok: false,
                    reason: 'invalid-fields',
                    detail: `the signed ${definition.schema} does not match its schema: ${shown.join('; ')}`,
                    issues: checked.issues,
                };
            }
            return {
                ok: true,
                notification: checked.value,
                fields: parsed.fields,
                format: parsed.format,
                signature: { signType: signature.signType, keyIndex: signature.keyIndex },
            };
        }
        catch (error) {
            // A validator or key bug must not turn a notification into an exception.
            const code = error instanceof LianLianError ? ` (${error.code})` : '';
            return refuse('internal-error', `the notification could not be checked${code}`);
        }
    };
}
// A URL given as bytes: not UTF-8 decodes to U+FFFD, which no genuine signature covers.
const utf8 = (input) => typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
function refuse(reason, detail) {
    // Details quote received field names, which may be card or phone numbers.
    return { ok: false, reason, detail: maskDigits(detail), issues: [] };
}
