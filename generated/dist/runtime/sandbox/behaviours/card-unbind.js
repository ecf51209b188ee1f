import { sandboxRefusal, sandboxSuccess } from '../behaviour.js';
import { PREPARED_CARD, userOf } from './card-bind.js';
const UNBIND_RULES = {
    label: 'Card unbind',
    rules: [
        {
            when: '`no_agree` is not an agreement of this user (never bound, or unbound already)',
            retCode: '3011',
        },
    ],
};
export const cardUnbind = {
    operationId: 'cardUnbind',
    rules: UNBIND_RULES,
    handle(ctx, request) {
        const { fields } = request;
        const outcome = ctx.state.cardBinds.unbind(fields.oid_partner, fields.user_id, fields.no_agree);
        if (outcome.retCode !== '0000')
            return sandboxRefusal(ctx, request, outcome);
        // The docs list nothing but ret_code, ret_msg and the signature in this answer.
        return sandboxSuccess(ctx, request, {}, `no_agree ${fields.no_agree} unbound`);
    },
    prepare(sandbox, request) {
        const order = userOf(request);
        const { no_agree } = sandbox.bindCard({
            oidPartner: order.oid_partner,
            userId: order.user_id,
            ...PREPARED_CARD,
        });
        return { request: { no_agree }, order };
    },
    failures: {
        // An agreement the user does not have (never bound, or unbound already).
        '3011': (_sandbox, request) => ({ request: {}, order: userOf(request) }),
    },
};
