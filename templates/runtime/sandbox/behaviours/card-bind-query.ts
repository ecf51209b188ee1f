/**
 * Card Bind Query: lists the user's agreements from the sandbox's bindings (state/card-binds.ts),
 * newest first, narrowed by no_agree or card_no when given and paged by offset. The answer is
 * signed without agreement_list, as LianLian signs it (the spec's
 * x-lianlian-signature.response.unsignedFields); a user with no agreement gets count 0 and no list.
 * pay_type is not used to narrow the list: the sandbox keeps the Apply's pay_type, whose codes
 * differ between products.
 */
import {
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import type { SandboxContext } from '../context.js';
import type { SandboxRuleSet } from '../rule-table.js';
import { lastFour, type SandboxCardAgreement } from '../state/card-binds.js';
import { sandboxPick, sandboxRecord } from '../fields.js';
import { PREPARED_CARD } from './card-bind.js';

/** The sandbox knows no banks: every card it binds belongs to its own, plainly named, test bank. */
const SANDBOX_BANK = { bank_code: 'SANDBOX', bank_name: '连连沙箱测试银行' } as const;

// A user with no matching agreement is answered count 0, not refused: no rules of its own.
const QUERY_RULES: SandboxRuleSet = { label: 'Card bind query', rules: [] };

export const cardBindQuery: SandboxBehaviour = {
  operationId: 'cardBindQuery',
  rules: QUERY_RULES,
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const { fields } = request;
    const listed = ctx.state.cardBinds
      .agreementsOf(fields.oid_partner as string, fields.user_id as string)
      .filter((agreement) => fields.no_agree === undefined || agreement.noAgree === fields.no_agree)
      .filter((agreement) => fields.card_no === undefined || agreement.cardNo === fields.card_no)
      .slice(Number(fields.offset ?? '0'));
    const answer = sandboxSuccess(
      ctx,
      request,
      { user_id: fields.user_id as string, count: String(listed.length) },
      `${listed.length} agreement(s)`,
    );
    if (listed.length === 0) return answer;
    // Added after signing: LianLian's signature does not cover the list.
    return { ...answer, body: { ...answer.body, agreement_list: listed.map(listedAgreement) } };
  },
  prepare(sandbox, request) {
    sandbox.bindCard({ ...sandboxRecord(request, ['oid_partner', 'user_id']), ...PREPARED_CARD });
    return { request: {}, order: sandboxPick(request, ['user_id']) };
  },
};

/** One agreement as the query lists it: the card's last four digits, the phone masked. */
function listedAgreement(agreement: SandboxCardAgreement): Record<string, string> {
  const mobile = agreement.bindMob;
  return {
    no_agree: agreement.noAgree,
    card_no: lastFour(agreement.cardNo),
    ...SANDBOX_BANK,
    card_type: agreement.cardType,
    bind_mobile: `${mobile.slice(0, 3)}****${mobile.slice(-4)}`,
  };
}
