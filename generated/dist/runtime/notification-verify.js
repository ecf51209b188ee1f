/**
 * Verification of LianLian's notifications (the asynchronous JSON POST to notify_url and the
 * synchronous form POST to url_return): parse the raw body exactly as received, verify the
 * signature over every received field except `sign`, then validate the fields against the
 * notification's schema. The algorithm comes from configuration (the spec's sign types by default),
 * never from the message. Never throws because of the body; a refusal always says why.
 */
import { LianLianError } from './errors.js';
import { parseNotificationBody } from './notification-parse.js';
import { createVerifier } from './verify.js';
/** Default body limit: LianLian's notifications are well under 2 KiB. */
export const DEFAULT_NOTIFICATION_BODY_LIMIT = 64 * 1024;
/**
 * Loads the keys once and returns a verifier for one kind of notification.
 * @throws {KeyFormatError} or {@link ConfigurationError} for unusable keys or sign types (at
 *   creation only; the returned function never throws).
 */
export function createNotificationVerifier(definition, options) {
    const verifySignature = createVerifier({
        publicKeys: options.publicKeys,
        allowedSignTypes: options.allowedSignTypes ?? definition.signTypes,
    });
    const limit = options.maxBodyBytes ?? DEFAULT_NOTIFICATION_BODY_LIMIT;
    return (body, contentType) => {
        try {
            const size = typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body?.byteLength;
            if (typeof size !== 'number')
                return refuse('malformed-body', 'the body must be a string or bytes');
            if (size > limit)
                return refuse('body-too-large', `the body is larger than ${limit} bytes`);
            const parsed = parseNotificationBody(body, contentType);
            if (!parsed.ok)
                return refuse(parsed.reason, parsed.detail);
            const signature = verifySignature(parsed.fields);
            if (!signature.valid)
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
function refuse(reason, detail) {
    return { ok: false, reason, detail, issues: [] };
}
