/**
 * What the Apply Direct APIs (MPAY and Easypay) share: the order is checked (not paid yet, within
 * the amount limit, a no_agree the sandbox bound earlier), recorded, and "an SMS is sent": the
 * answer carries the token the Verify behaviours check, and the Verify call may use any SMS code
 * but the rules' wrong one. The answer is the spec's success branch (MPAY 8888, Easypay 0000).
 */
import {
  sandboxRefusal,
  type SandboxBehaviour,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import { sandboxMaskedCard, type SandboxContext } from '../context.js';
import { sandboxPick, sandboxPresent, sandboxRecord, type SandboxFields } from '../fields.js';
import { DEFAULT_SANDBOX_RULES, sandboxAboveLimit, type SandboxOutcome } from '../rules.js';
import type { SandboxAgreement } from '../state/direct-payments.js';
import type { SandboxRuleSet } from '../rule-table.js';
import { maskedCardNumber, oneCentAbove, sandboxBranchAnswer } from './direct.js';

type Fields = SandboxFields;

/** decideApply's checks in words, in its order (one set for both Apply APIs). */
const APPLY_RULES: SandboxRuleSet = {
  label: 'Apply',
  rules: [
    { when: 'this `no_order` was already paid', retCode: '1002' },
    {
      when: (settings) =>
        `\`money_order\` is above the amount limit, ${settings.amountLimit} unless \`--amount-limit\` (or \`rules.amountLimit\`) changes it`,
      retCode: '1019',
    },
    {
      when: '`no_agree` names no card that a paid MPAY or Easypay order of this merchant bound',
      retCode: '3003',
    },
  ],
};

/** An Apply behaviour; `echo` names the request fields its answer repeats when they were sent. */
export function applyBehaviour(
  operationId: string,
  options: { readonly echo: readonly string[] },
): SandboxBehaviour {
  return {
    operationId,
    rules: APPLY_RULES,
    handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
      const { fields } = request;
      const outcome = decideApply(ctx, fields);
      if (outcome.retCode !== '0000') return sandboxRefusal(ctx, request, outcome);
      const agreement = outcome.agreement;
      const card = maskedCardNumber(fields.card_no);
      const bankCode = fields.bank_code ?? agreement?.bankCode;
      const order = ctx.state.directPayments.record({
        product: request.operation.product ?? operationId,
        ...sandboxRecord(
          fields,
          ['oid_partner', 'no_order', 'dt_order', 'money_order'],
          ['user_id', 'info_order', 'notify_url', 'pay_type'],
        ),
        oidPaybill: ctx.state.nextPaybill(),
        ...sandboxPresent({ bankCode, cardMasked: card ?? agreement?.cardMasked }),
      });
      const { token } = ctx.state.issueToken({
        oidPartner: order.oidPartner,
        noOrder: order.noOrder,
        moneyOrder: order.moneyOrder,
        dtOrder: order.dtOrder,
      });
      const logged = sandboxMaskedCard(fields.card_no);
      if (logged !== undefined) request.note.card = logged;
      const answer: Record<string, string> = {
        oid_partner: order.oidPartner,
        no_order: order.noOrder,
        dt_order: order.dtOrder,
        oid_paybill: order.oidPaybill,
        money_order: order.moneyOrder,
        token,
      };
      for (const name of ['info_order', ...options.echo]) {
        const value = name === 'bank_code' ? bankCode : fields[name];
        if (value !== undefined) answer[name] = value;
      }
      return sandboxBranchAnswer(ctx, request, 'success', answer, 'SMS code sent');
    },
    failures: {
      // Above the rules' single-payment limit.
      '1019': (_sandbox, request) => ({
        request: { money_order: oneCentAbove(DEFAULT_SANDBOX_RULES.amountLimit) },
        order: orderOf(request),
      }),
      // An agreement number the sandbox never issued.
      '3003': (_sandbox, request) => ({
        request: { no_agree: '0'.repeat(16) },
        order: orderOf(request),
      }),
    },
  };
}

const orderOf = (request: Fields) =>
  sandboxPick(request, ['oid_partner', 'no_order', 'money_order']);

/** The outcome of an Apply request, with the bound card it names when it sends no_agree. */
function decideApply(
  ctx: SandboxContext,
  request: Fields,
): SandboxOutcome & { agreement?: SandboxAgreement } {
  const { state } = ctx;
  const paid = state.paidAlready(request);
  if (paid !== undefined) return paid;
  if (sandboxAboveLimit(request.money_order ?? '', state.rules.amountLimit))
    return { retCode: '1019', field: 'money_order' };
  if (request.no_agree === undefined) return { retCode: '0000' };
  const agreement = state.directPayments.agreement(request.oid_partner, request.no_agree);
  if (agreement === undefined) return { retCode: '3003', field: 'no_agree' };
  return { retCode: '0000', agreement };
}
