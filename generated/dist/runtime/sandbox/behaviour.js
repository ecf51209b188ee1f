import { sandboxReturnMessage, sandboxSign, } from './context.js';
/** A documented failure, signed and attributed to the merchant, as LianLian answers it. */
export function sandboxRefusal(ctx, request, outcome) {
    const { retCode, field } = outcome;
    request.note.outcome = field === undefined ? retCode : `${retCode} (${field})`;
    const body = {
        ret_code: retCode,
        ret_msg: sandboxReturnMessage(ctx, retCode, field),
        oid_partner: request.fields.oid_partner,
    };
    return { body: sandboxSign(ctx, body, request.signType), note: request.note };
}
/** A success: ret_code 0000 and `fields`, signed; `outcome` is logged after the code. */
export function sandboxSuccess(ctx, request, fields, outcome) {
    request.note.outcome = `0000 (${outcome})`;
    const body = { ret_code: '0000', ret_msg: sandboxReturnMessage(ctx, '0000'), ...fields };
    return { body: sandboxSign(ctx, body, request.signType), note: request.note };
}
