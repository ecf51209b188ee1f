import { sandboxRefusal, sandboxSuccess } from '../behaviour.js';
import { sandboxRecord } from '../fields.js';
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
        const { oid_partner, user_id, no_agree } = request.fields;
        const outcome = ctx.state.cardBinds.unbind(oid_partner ?? '', user_id ?? '', no_agree ?? '');
        if (outcome.retCode !== '0000')
            return sandboxRefusal(ctx, request, outcome);
        // The docs list nothing but ret_code, ret_msg and the signature in this answer.
        return sandboxSuccess(ctx, request, {}, `no_agree ${no_agree ?? ''} unbound`);
    },
    prepare(sandbox, request) {
        const { no_agree } = sandbox.bindCard({
            ...sandboxRecord(request, ['oid_partner', 'user_id']),
            ...PREPARED_CARD,
        });
        return { request: { no_agree }, order: userOf(request) };
    },
    failures: {
        // An agreement the user does not have (never bound, or unbound already).
        '3011': (_sandbox, request) => ({ request: {}, order: userOf(request) }),
    },
};
