import { sandboxReturnMessage, sandboxSign, } from './context.js';
/**
 * Checks a notification the sandbox built against its webhook's schema, then sends it to `url`
 * until acknowledged.
 * @throws Error when the sandbox's own notification breaks the schema (a sandbox bug).
 */
export function sandboxSendNotification(ctx, webhook, url, fields) {
    sandboxCheckNotification(ctx, webhook, fields);
    ctx.notifier.send(webhook, url, fields);
}
/**
 * A notification from LianLian: `fields` signed as LianLian signs its notifications (RSA),
 * checked against the webhook's schema and sent to `url` until acknowledged.
 * @throws Error when the sandbox's own notification breaks the schema (a sandbox bug).
 */
export function sandboxNotify(ctx, webhook, url, fields) {
    sandboxSendNotification(ctx, webhook, url, sandboxSign(ctx, fields, 'RSA'));
}
/**
 * Checks a message the sandbox built against the schema of webhook `webhook`.
 * @throws Error when the catalogue has no such webhook or the message breaks its schema.
 */
export function sandboxCheckNotification(ctx, webhook, fields) {
    const validate = ctx.catalogue.notifications[webhook];
    if (validate === undefined)
        throw new Error(`the sandbox catalogue has no webhook ${webhook}`);
    const check = validate(fields);
    if (!check.ok)
        throw new Error(`sandbox produced an invalid ${webhook}: ${check.issues[0]?.message ?? ''}`);
}
/**
 * A failure brought about by the usual setup and then `change` to the request, e.g.
 * `{ verify_code: DEFAULT_SANDBOX_RULES.wrongSmsCode }` for the SMS code the rules refuse.
 */
export function sandboxPreparedWith(prepare, change) {
    return (sandbox, request) => {
        const prepared = prepare(sandbox, request);
        return { ...prepared, request: { ...prepared.request, ...change } };
    };
}
/** A documented failure, signed and attributed to the merchant, as LianLian answers it. */
export function sandboxRefusal(ctx, request, outcome) {
    const { retCode, field } = outcome;
    request.note.outcome = field === undefined ? retCode : `${retCode} (${field})`;
    return signedAnswer(ctx, request, retCode, field, {
        oid_partner: request.fields.oid_partner,
    });
}
/**
 * An answer with `retCode`, its documented message and `fields`, signed in the operation's answer
 * key order; `outcome` is logged after the code.
 */
export function sandboxAnswer(ctx, request, retCode, fields, outcome) {
    request.note.outcome = `${retCode} (${outcome})`;
    return signedAnswer(ctx, request, retCode, undefined, fields);
}
function signedAnswer(ctx, request, retCode, field, fields) {
    const body = { ret_code: retCode, ret_msg: sandboxReturnMessage(ctx, retCode, field), ...fields };
    return {
        body: sandboxSign(ctx, body, request.signType, request.operation.answerKeyOrder),
        note: request.note,
    };
}
/** A success: ret_code 0000 and `fields`, signed; `outcome` is logged after the code. */
export function sandboxSuccess(ctx, request, fields, outcome) {
    return sandboxAnswer(ctx, request, '0000', fields, outcome);
}
