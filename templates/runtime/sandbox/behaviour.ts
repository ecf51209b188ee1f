/**
 * One operation's behaviour in the sandbox. The generic pipeline (json.ts) decodes, opens the
 * envelope, validates and checks the merchant's signature; a behaviour then decides the outcome
 * from the store and answers. Behaviours are registered in behaviours/index.ts.
 */
import type { SignType } from '../crypto/sign-type.js';
import type { SandboxFormOperation, SandboxJsonOperation } from './catalogue.js';
import {
  sandboxReturnMessage,
  sandboxSign,
  type SandboxContext,
  type SandboxRequestNote,
} from './context.js';
import type { SandboxOutcome, SandboxPayoutRegistration, SandboxTokenOrder } from './rules.js';
import type { SandboxDirectOrderRegistration } from './state/direct-payments.js';
import type { SandboxRuleSet } from './rule-table.js';
import type { SandboxCardBindApplication } from './state/card-binds.js';

/**
 * A field of an answer: text, or a list of flat records (the Card Bind Query's agreement_list,
 * which LianLian leaves out of its signature).
 */
export type SandboxAnswerValue = string | readonly Readonly<Record<string, string>>[];
import type { SandboxMerchantAccount } from './state/payouts.js';
import type { SandboxPreauthRegistration } from './state/preauths.js';
import type { SandboxExchangeRegistration } from './state/exchange.js';
import type { SandboxWalletRegistration } from './behaviours/aggregate.js';

/** The answer to one JSON request: HTTP 200 unless `status` says otherwise. */
export interface SandboxJsonAnswer {
  readonly status?: number;
  readonly body: Readonly<Record<string, SandboxAnswerValue>>;
  readonly note: SandboxRequestNote;
  /** Sent in the X-LianLian-Sandbox-Warning header: what LianLian accepts but its docs forbid. */
  readonly warnings?: readonly string[];
}

/** A request that passed validation and the signature check. */
export interface SandboxVerifiedRequest {
  readonly operation: SandboxJsonOperation;
  /** The signed request's fields (the envelope's plaintext when sealed). */
  readonly fields: Readonly<Record<string, string>>;
  /** The sign type the merchant used; the answer is signed with it. */
  readonly signType: SignType;
  readonly note: SandboxRequestNote;
}

/**
 * The sandbox's setup calls, as `Sandbox.issueToken`, `Sandbox.holdPayout` and
 * `Sandbox.setMerchantAccount` and `Sandbox.recordDirectOrder` offer them.
 */
export interface SandboxSetup {
  issueToken(order: SandboxTokenOrder): { token: string; expires_at: string };
  holdPayout(payout: SandboxPayoutRegistration): { confirm_code: string };
  applyCardBind(application: SandboxCardBindApplication): { token: string };
  bindCard(application: SandboxCardBindApplication): { no_agree: string };
  setMerchantAccount(account: SandboxMerchantAccount): void;
  payOrder(order: SandboxTokenOrder): { oid_paybill: string; dt_order: string };
  refundOrder(refund: SandboxRefundSetup): { oid_refundno: string };
  holdPreauth(preauth: SandboxPreauthRegistration): { oid_paybill: string; dt_order: string };
  /** An applied Exchange Payment awaiting its SMS code (what exchangeApply would do). */
  openExchange(order: SandboxExchangeRegistration): { token: string; oid_paybill: string };
  /** An unpaid aggregate (wallet) payment, as combinepay would create it, and its pay link. */
  openWalletPayment(order: SandboxWalletRegistration): { oid_paybill: string; pay_url: string };
  recordDirectOrder(order: SandboxDirectOrderRegistration): { oid_paybill: string };
}

/** A refund to record on a paid order without a Refund Apply call, as `Sandbox.refundOrder` takes it. */
export interface SandboxRefundSetup {
  readonly oidPartner: string;
  readonly noOrder: string;
  readonly noRefund: string;
  readonly dtRefund: string;
  readonly moneyRefund: string;
}

export interface SandboxBehaviour {
  /** The spec's operationId this behaviour answers. */
  readonly operationId: string;
  /** Decides and answers one verified request. */
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest): SandboxJsonAnswer;
  /**
   * The rules `handle` applies, in its order, as the published rules table shows them (the
   * Getting started guide and the sandbox's index page render them; rule-table.ts). Every
   * registered behaviour declares them (test/sandbox/rules.test.ts): an empty list when it refuses
   * nothing beyond the pipeline's checks.
   */
  readonly rules?: SandboxRuleSet;
  /**
   * Notifications a success sends, and the request field carrying their address. With
   * `orderFields`, the address and those fields belong to the order `prepare` sets up (what an
   * earlier Apply request sent), not to this request: `prepare` is given them.
   */
  readonly emits?: readonly {
    readonly webhook: string;
    readonly urlField: string;
    readonly orderFields?: readonly string[];
  }[];
  /**
   * The setup a request needs before it can succeed (a token, a held payout), done through the
   * sandbox's public setup calls. Contract tests call it for every operation alike.
   */
  prepare?(sandbox: SandboxSetup, request: Readonly<Record<string, string>>): SandboxPrepared;
  /**
   * How to bring about each failure `ret_code` the spec's response examples show, under the
   * default rules: the setup and request changes that make the sandbox answer it. Contract tests
   * fail for a failure example without an entry here.
   */
  readonly failures?: Readonly<
    Record<
      string,
      (sandbox: SandboxSetup, request: Readonly<Record<string, string>>) => SandboxPrepared
    >
  >;
}

/** A form of a browser-form operation that passed validation and the signature check. */
export interface SandboxVerifiedForm {
  readonly operation: SandboxFormOperation;
  /** Every received field, decoded once. */
  readonly fields: Readonly<Record<string, string>>;
}

/** What paying on the cashier page did: where the payer's browser goes next. */
export interface SandboxFormPayment {
  /** Logged after the code, e.g. `paid, returning to url_return`. */
  readonly outcome: string;
  /** A refusal code when the order can no longer be paid (paid meanwhile in another tab). */
  readonly refused?: string;
  /** Signed fields the browser posts back to the merchant at `url`; absent: a result page. */
  readonly returnTo?: { readonly url: string; readonly fields: Record<string, string> };
}

/**
 * One browser-form operation's behaviour: the generic form pipeline (web.ts) decodes, validates
 * and checks the merchant's signature; the behaviour decides whether the cashier opens, what it
 * shows, and what paying there does. Registered in behaviours/index.ts.
 */
export interface SandboxFormBehaviour {
  /** The spec's operationId of the form. */
  readonly operationId: string;
  /** The rules `open` applies, in its order, for the rules table. */
  readonly rules?: SandboxRuleSet;
  /** Notifications paying sends, and the form field carrying their address. */
  readonly emits?: readonly { readonly webhook: string; readonly urlField: string }[];
  /** The order fields the cashier page shows, in order. */
  readonly shows: readonly string[];
  /** Whether the verified form opens the cashier (`0000`) or is refused with a code. */
  open(ctx: SandboxContext, form: SandboxVerifiedForm): SandboxOutcome;
  /**
   * The payment methods the cashier offers, one pay button each (the aggregate cashier's WeChat
   * Pay and Alipay); absent: one pay button. `value` is what `pay` receives.
   */
  readonly methods?: readonly { readonly value: string; readonly label: string }[];
  /**
   * The payer paid on the cashier page: record it and send the notifications. `method` is the
   * `value` of the method picked, one of `methods` (undefined when the behaviour offers none).
   */
  pay(ctx: SandboxContext, form: SandboxVerifiedForm, method?: string): SandboxFormPayment;
}

/**
 * Checks a notification the sandbox built against its webhook's schema, then sends it to `url`
 * until acknowledged.
 * @throws Error when the sandbox's own notification breaks the schema (a sandbox bug).
 */
export function sandboxSendNotification(
  ctx: SandboxContext,
  webhook: string,
  url: string,
  fields: Record<string, string>,
): void {
  sandboxCheckNotification(ctx, webhook, fields);
  ctx.notifier.send(webhook, url, fields);
}

/**
 * Checks a message the sandbox built against the schema of webhook `webhook`.
 * @throws Error when the catalogue has no such webhook or the message breaks its schema.
 */
export function sandboxCheckNotification(
  ctx: SandboxContext,
  webhook: string,
  fields: Record<string, string>,
): void {
  const validate = ctx.catalogue.notifications[webhook];
  if (validate === undefined) throw new Error(`the sandbox catalogue has no webhook ${webhook}`);
  const check = validate(fields);
  if (!check.ok)
    throw new Error(`sandbox produced an invalid ${webhook}: ${check.issues[0]?.message ?? ''}`);
}

/** What {@link SandboxBehaviour.prepare} set up. */
export interface SandboxPrepared {
  /** Request fields to replace (e.g. the issued token, the confirm code). */
  readonly request: Readonly<Record<string, string>>;
  /** The order as set up, as the merchant has it on record (what its notifications must match). */
  readonly order: Readonly<Record<string, string>>;
}

/** A documented failure, signed and attributed to the merchant, as LianLian answers it. */
export function sandboxRefusal(
  ctx: SandboxContext,
  request: SandboxVerifiedRequest,
  outcome: SandboxOutcome,
): SandboxJsonAnswer {
  const { retCode, field } = outcome;
  request.note.outcome = field === undefined ? retCode : `${retCode} (${field})`;
  const body = {
    ret_code: retCode,
    ret_msg: sandboxReturnMessage(ctx, retCode, field),
    oid_partner: request.fields.oid_partner as string,
  };
  return {
    body: sandboxSign(ctx, body, request.signType, request.operation.answerKeyOrder),
    note: request.note,
  };
}

/** A success: ret_code 0000 and `fields`, signed; `outcome` is logged after the code. */
export function sandboxSuccess(
  ctx: SandboxContext,
  request: SandboxVerifiedRequest,
  fields: Record<string, string>,
  outcome: string,
): SandboxJsonAnswer {
  request.note.outcome = `0000 (${outcome})`;
  const body = { ret_code: '0000', ret_msg: sandboxReturnMessage(ctx, '0000'), ...fields };
  return {
    body: sandboxSign(ctx, body, request.signType, request.operation.answerKeyOrder),
    note: request.note,
  };
}
