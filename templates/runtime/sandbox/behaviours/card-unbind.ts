// Card Unbind: removes one of the user's agreements; unbinding it again (or an agreement the user
// never had) is 3011.
import type { SandboxBehaviour, SandboxVerifiedRequest } from '../behaviour.js';
import type { SandboxContext } from '../context.js';
import { sandboxRefusal, sandboxSuccess } from '../behaviour.js';
import type { SandboxRuleSet } from '../rule-table.js';
import { PREPARED_CARD, userOf } from './card-bind.js';

const UNBIND_RULES: SandboxRuleSet = {
  label: 'Card unbind',
  rules: [
    {
      when: '`no_agree` is not an agreement of this user (never bound, or unbound already)',
      retCode: '3011',
    },
  ],
};

export const cardUnbind: SandboxBehaviour = {
  operationId: 'cardUnbind',
  rules: UNBIND_RULES,
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const { fields } = request;
    const outcome = ctx.state.cardBinds.unbind(
      fields.oid_partner as string,
      fields.user_id as string,
      fields.no_agree as string,
    );
    if (outcome.retCode !== '0000') return sandboxRefusal(ctx, request, outcome);
    // The docs list nothing but ret_code, ret_msg and the signature in this answer.
    return sandboxSuccess(ctx, request, {}, `no_agree ${fields.no_agree as string} unbound`);
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
