/**
 * What the card bind APIs share, on traderapi (Card Bind Apply/Verify) and on mpayapi (MPAY Card
 * Bind Apply/Verify): Apply checks the card against the user's bindings (state/card-binds.ts) and
 * "sends an SMS" by issuing a token; Verify checks the code and binds the card, answering its
 * agreement number no_agree.
 */
import {
  sandboxRefusal,
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxPrepared,
  type SandboxSetup,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import {
  sandboxMaskedCard,
  sandboxReturnMessage,
  sandboxSign,
  type SandboxContext,
} from '../context.js';
import { DEFAULT_SANDBOX_RULES } from '../rules.js';
import type { SandboxRuleSet } from '../rule-table.js';
import { lastFour, type SandboxCardBindApplication } from '../state/card-binds.js';

type Fields = Readonly<Record<string, string>>;

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

/** How one Apply API differs from the other. */
export interface CardBindApplyOptions {
  /** The ret_code of its success branch: 0000 on traderapi, 8888 (SMS sent) on MPAY. */
  readonly successCode: string;
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
      if (options.echoesOrder) {
        if (fields.no_order !== undefined) answer.no_order = fields.no_order;
        if (fields.dt_order !== undefined) answer.dt_order = fields.dt_order;
      }
      if (options.successCode === '0000')
        return sandboxSuccess(ctx, request, answer, 'SMS code sent');
      request.note.outcome = `${options.successCode} (SMS code sent)`;
      const body = {
        ret_code: options.successCode,
        ret_msg: sandboxReturnMessage(ctx, options.successCode),
        ...answer,
      };
      return { body: sandboxSign(ctx, body, request.signType), note: request.note };
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
      const outcome = ctx.state.cardBinds.verify({
        oidPartner: fields.oid_partner as string,
        userId: fields.user_id as string,
        token: fields.token as string,
        verifyCode: fields.verify_code as string,
      });
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
      '1900': (sandbox, request) => {
        const prepared = prepare(sandbox, request);
        return {
          ...prepared,
          request: { ...prepared.request, verify_code: DEFAULT_SANDBOX_RULES.wrongSmsCode },
        };
      },
    },
  };

  // The Apply API would issue the token; the sandbox's setup call stands in for it.
  function prepare(sandbox: SandboxSetup, request: Fields): SandboxPrepared {
    const order = userOf(request);
    const { token } = sandbox.applyCardBind({
      oidPartner: order.oid_partner,
      userId: order.user_id,
      ...PREPARED_CARD,
      ...(request.no_order === undefined ? {} : { noOrder: request.no_order }),
    });
    return { request: { token }, order };
  }
}

/** The user an answer is about: what it must echo. */
export const userOf = (request: Fields) => ({
  oid_partner: request.oid_partner as string,
  user_id: request.user_id as string,
});

const applicationOf = (fields: Fields): SandboxCardBindApplication => ({
  oidPartner: fields.oid_partner as string,
  userId: fields.user_id as string,
  cardNo: fields.card_no as string,
  acctName: fields.acct_name as string,
  idNo: fields.id_no as string,
  bindMob: fields.bind_mob as string,
  ...(fields.pay_type === undefined ? {} : { payType: fields.pay_type }),
  ...(fields.no_order === undefined ? {} : { noOrder: fields.no_order }),
});
