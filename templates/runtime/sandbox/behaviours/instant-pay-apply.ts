/**
 * Instant payment apply: creates a payout in the ledger (state/payouts.ts). A payout to a card the
 * merchant paid within the duplicate window is held as a suspected duplicate (4002), one whose
 * acct_name is not the card's holder as the sandbox learnt it (the first payout to the card) is
 * held for name and card not matching (4003), one that is both is held with 4004; each with a
 * confirm_code for the confirm API. Any other goes ahead at once: 0000 with the new oid_paybill,
 * then its result as an asynchronous notification to notify_url (result_pay FAILURE above the
 * amount limit). A used no_order is refused (1002), as is an amount above the merchant's available
 * balance (5006) or a merchant whose payouts are disabled (4005).
 */
import {
  sandboxAnswer,
  sandboxRefusal,
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import { sandboxMaskedCard, type SandboxContext } from '../context.js';
import type { SandboxOutcome } from '../rules.js';
import { PAYOUT_NOTIFICATION, settlePayout } from './payout.js';

type Fields = Readonly<Record<string, string>>;

/**
 * LianLian's held codes (return-codes page): a suspected duplicate, name and card not matching,
 * or both.
 */
const SUSPECTED_DUPLICATE = '4002';
const NAME_MISMATCH = '4003';
const DUPLICATE_AND_NAME_MISMATCH = '4004';

/** Why a payout is held, as its ret_code; undefined when it goes ahead. */
function heldCode(duplicate: boolean, mismatch: boolean): string | undefined {
  if (duplicate && mismatch) return DUPLICATE_AND_NAME_MISMATCH;
  if (duplicate) return SUSPECTED_DUPLICATE;
  return mismatch ? NAME_MISMATCH : undefined;
}

export const instantPayApply: SandboxBehaviour = {
  operationId: 'instantPayApply',
  // refuseApply's checks, then the hold, in words, in their order.
  rules: {
    label: 'Instant payment apply',
    rules: [
      {
        when: "the merchant's payout right was turned off (`setMerchantAccount({ payouts: false })`)",
        retCode: '4005',
      },
      { when: 'this `no_order` was used for a payout before', retCode: '1002' },
      {
        when: (settings) =>
          `\`money_order\` is above the merchant's balance (${settings.merchantBalance} to start with, unless \`--balance\` or \`setMerchantAccount\` changes it)`,
        retCode: '5006',
      },
      {
        when: (settings) =>
          `the same merchant paid this \`card_no\` within ${settings.duplicatePayoutHours} hours (\`--duplicate-payout-hours\`; 0: never): held, with a \`confirm_code\``,
        retCode: '4002',
      },
      {
        when: 'the first payout to this `card_no` in the sandbox (of any merchant) named another `acct_name`: held, with a `confirm_code`',
        retCode: '4003',
      },
      {
        when: 'both of the last two: held, with a `confirm_code`',
        retCode: '4004',
      },
    ],
  },
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const { fields } = request;
    const masked = sandboxMaskedCard(fields.card_no);
    if (masked !== undefined) request.note.card = masked;
    const refusal = refuseApply(ctx, fields);
    if (refusal !== undefined) return sandboxRefusal(ctx, request, refusal);
    const oidPartner = fields.oid_partner as string;
    const noOrder = fields.no_order as string;
    const card = fields.card_no as string;
    const held = heldCode(
      ctx.state.payouts.recentPayoutTo(oidPartner, card, ctx.state.rules.duplicatePayoutHours),
      ctx.state.payouts.nameMismatch(card, fields.acct_name as string),
    );
    const record = ctx.state.payouts.add(
      {
        oidPartner,
        noOrder,
        moneyOrder: fields.money_order as string,
        dtOrder: fields.dt_order as string,
        card,
        acctName: fields.acct_name as string,
        ...(fields.info_order === undefined ? {} : { infoOrder: fields.info_order }),
      },
      held !== undefined,
    );
    if (held !== undefined) {
      const confirmCode = record.confirmCode as string;
      const answer = { oid_partner: oidPartner, no_order: noOrder, confirm_code: confirmCode };
      return sandboxAnswer(ctx, request, held, answer, 'payout held');
    }
    const { oidPaybill, failed } = settlePayout(ctx, record, fields.notify_url as string);
    return sandboxSuccess(
      ctx,
      request,
      { oid_partner: oidPartner, no_order: noOrder, oid_paybill: oidPaybill },
      `payout ${failed ? 'will fail' : 'will succeed'}`,
    );
  },
  emits: [PAYOUT_NOTIFICATION],
  failures: {
    // The merchant has no Instant payment right.
    '4005': (sandbox, request) => {
      sandbox.setMerchantAccount({ oidPartner: request.oid_partner as string, payouts: false });
      return { request: {}, order: payoutOrder(request) };
    },
  },
  prepare: (_sandbox, request) => ({ request: {}, order: payoutOrder(request) }),
};

const payoutOrder = (request: Fields) => ({
  oid_partner: request.oid_partner as string,
  no_order: request.no_order as string,
  money_order: request.money_order as string,
});

/** Why the sandbox refuses this payout, or undefined when it takes it. */
function refuseApply(ctx: SandboxContext, request: Fields): SandboxOutcome | undefined {
  const { payouts } = ctx.state;
  const oidPartner = request.oid_partner as string;
  if (!payouts.payoutsEnabled(oidPartner)) return { retCode: '4005' };
  if (payouts.byOrder(oidPartner, request.no_order) !== undefined)
    return { retCode: '1002', field: 'no_order' };
  if (payouts.exceedsBalance(oidPartner, request.money_order as string))
    return { retCode: '5006', field: 'money_order' };
  return undefined;
}
