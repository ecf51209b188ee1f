/**
 * What the card bind APIs share, on traderapi (Card Bind Apply/Verify) and on mpayapi (MPAY Card
 * Bind Apply/Verify): Apply checks the card against the user's bindings (state/card-binds.ts) and
 * "sends an SMS" by issuing a token; Verify checks the code and binds the card, answering its
 * agreement number no_agree.
 */
import {
  sandboxPreparedWith,
  sandboxRefusal,
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxPrepare,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import { sandboxMaskedCard, type SandboxContext } from '../context.js';
import { sandboxPick, sandboxPresent, sandboxRecord, type SandboxFields } from '../fields.js';
import { DEFAULT_SANDBOX_RULES } from '../rules.js';
import type { SandboxRuleSet } from '../rule-table.js';
import { lastFour, type SandboxCardBindApplication } from '../state/card-binds.js';
import { sandboxBranchAnswer } from './direct.js';

/**
 * The card the Verify and Unbind behaviours' `prepare` binds, since their requests carry no card:
 * the sandbox's own test card, which follows the spec's rules for each field.
 */
export const PREPARED_CARD = {
  cardNo: '6222020000000001',
  acctName: '测试',
  idNo: '110101199001011237',
  bindMob: '13800000000',
} as const;

/** The Apply behaviours' checks in words, in their order (traderapi and MPAY alike). */
const APPLY_RULES: SandboxRuleSet = {
  label: 'Card bind apply',
  rules: [
    {
      when: 'a credit card (`pay_type` `N`, or `3` for MPAY) comes without `vali_date` or `cvv2`',
      retCode: '1004',
    },
    { when: 'the user has this `card_no` bound already', retCode: '9913' },
    {
      when: 'the user_id has bound cards of another person (another `acct_name` or `id_no`)',
      retCode: '1004',
    },
  ],
};

/** The Verify behaviours' checks in words, in their order. */
const VERIFY_RULES: SandboxRuleSet = {
  label: 'Card bind verify',
  rules: [
    {
      when: (settings) =>
        `the token is unknown, used up, expired (${settings.tokenMinutes} minutes after issue) or issued for another merchant or user_id`,
      retCode: '1000',
    },
    {
      when: (settings) => `\`verify_code\` is \`${settings.wrongSmsCode}\` (a wrong SMS code)`,
      retCode: '1900',
    },
  ],
};

/**
 * How one Apply API differs from the other. The ret_code of the success branch (0000 on traderapi,
 * 8888 "SMS sent" on MPAY) comes from the spec.
 */
export interface CardBindApplyOptions {
  /** The pay_type values that bind a credit card (which needs vali_date and cvv2). */
  readonly creditPayTypes: readonly string[];
  /** Whether the answer repeats the request's no_order and dt_order (MPAY). */
  readonly echoesOrder: boolean;
}

/** An Apply behaviour: the card is checked and a token issued for the Verify step. */
export function cardBindApplyBehaviour(
  operationId: string,
  options: CardBindApplyOptions,
): SandboxBehaviour {
  return {
    operationId,
    rules: APPLY_RULES,
    handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
      const { fields } = request;
      const card = sandboxMaskedCard(fields.card_no);
      if (card !== undefined) request.note.card = card;
      const credit = options.creditPayTypes.includes(fields.pay_type ?? '');
      // The docs: vali_date and cvv2 are "Required for credit card".
      for (const field of ['vali_date', 'cvv2'] as const) {
        if (credit && (fields[field] ?? '') === '')
          return sandboxRefusal(ctx, request, { retCode: '1004', field });
      }
      const outcome = ctx.state.cardBinds.apply({
        ...applicationOf(fields),
        cardType: credit ? '3' : '2',
      });
      if (outcome.token === undefined) return sandboxRefusal(ctx, request, outcome);
      const answer: Record<string, string> = {
        oid_partner: fields.oid_partner as string,
        user_id: fields.user_id as string,
        token: outcome.token,
      };
      if (options.echoesOrder)
        Object.assign(
          answer,
          sandboxPresent({ no_order: fields.no_order, dt_order: fields.dt_order }),
        );
      return sandboxBranchAnswer(ctx, request, 'success', answer, 'SMS code sent');
    },
    prepare: (_sandbox, request) => ({ request: {}, order: userOf(request) }),
    failures: {
      // The card is bound to the user already.
      '9913': (sandbox, request) => {
        sandbox.bindCard(applicationOf(request));
        return { request: {}, order: userOf(request) };
      },
    },
  };
}

/** A Verify behaviour: the token's card is bound once the SMS code checks out. */
export function cardBindVerifyBehaviour(
  operationId: string,
  options: { readonly echoesOrder: boolean },
): SandboxBehaviour {
  return {
    operationId,
    rules: VERIFY_RULES,
    handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
      const { fields } = request;
      const outcome = ctx.state.cardBinds.verify(
        sandboxRecord(fields, ['oid_partner', 'user_id', 'token', 'verify_code']),
      );
      if (outcome.agreement === undefined) return sandboxRefusal(ctx, request, outcome);
      const { agreement } = outcome;
      request.note.card = sandboxMaskedCard(agreement.cardNo) as string;
      const answer: Record<string, string> = {
        oid_partner: agreement.oidPartner,
        user_id: agreement.userId,
        // The table: card_no String(4), the card's last four digits.
        card_no: lastFour(agreement.cardNo),
        no_agree: agreement.noAgree,
      };
      const noOrder = fields.no_order ?? outcome.noOrder;
      if (options.echoesOrder && noOrder !== undefined) answer.no_order = noOrder;
      return sandboxSuccess(ctx, request, answer, `card bound, no_agree ${agreement.noAgree}`);
    },
    prepare,
    failures: {
      // No application issued this token.
      '1000': (_sandbox, request) => ({ request: {}, order: userOf(request) }),
      // The SMS code the default rules always refuse.
      '1900': sandboxPreparedWith(prepare, { verify_code: DEFAULT_SANDBOX_RULES.wrongSmsCode }),
    },
  };
}

// The Apply API would issue the token; the sandbox's setup call stands in for it.
const prepare: SandboxPrepare = (sandbox, request) => {
  const { token } = sandbox.applyCardBind({
    ...sandboxRecord(request, ['oid_partner', 'user_id'], ['no_order']),
    ...PREPARED_CARD,
  });
  return { request: { token }, order: userOf(request) };
};

/** The user an answer is about: what it must echo. */
export const userOf = (request: SandboxFields): Record<'oid_partner' | 'user_id', string> =>
  sandboxPick(request, ['oid_partner', 'user_id']);

const applicationOf = (fields: SandboxFields): SandboxCardBindApplication =>
  sandboxRecord(
    fields,
    ['oid_partner', 'user_id', 'card_no', 'acct_name', 'id_no', 'bind_mob'],
    ['pay_type', 'no_order'],
  );
