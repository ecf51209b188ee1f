/**
 * What the MPAY and Easypay Direct behaviours share (apply.ts, verify.ts, query.ts): signed
 * answers with the spec's ret_code for a branch, and the product's asynchronous notification of a
 * paid order, checked against the webhook schema before it is sent.
 */
import {
  sandboxNotify,
  type SandboxJsonAnswer,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import { sandboxPresent } from '../fields.js';
import { sandboxReturnMessage, sandboxSign, type SandboxContext } from '../context.js';
import type { SandboxDirectOrder } from '../state/direct-payments.js';

/**
 * A signed answer of the operation's `branch` (`success`, `paid`) with the ret_code the spec gives
 * that branch; fields the spec says LianLian leaves unsigned are added after signing.
 */
export function sandboxBranchAnswer(
  ctx: SandboxContext,
  request: SandboxVerifiedRequest,
  branch: string,
  fields: Record<string, string>,
  outcome: string,
): SandboxJsonAnswer {
  const retCode = request.operation.branchCodes[branch];
  if (retCode === undefined) {
    throw new Error(
      `the spec gives ${request.operation.operationId}'s ${branch} branch no ret_code`,
    );
  }
  const unsigned = new Set(request.operation.unsignedAnswerFields);
  const signed: Record<string, string> = {};
  const extra: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields))
    (unsigned.has(name) ? extra : signed)[name] = value;
  request.note.outcome = `${retCode} (${outcome})`;
  const body = { ret_code: retCode, ret_msg: sandboxReturnMessage(ctx, retCode), ...signed };
  const keyOrder = request.operation.answerKeyOrder;
  return {
    body: { ...sandboxSign(ctx, body, request.signType, keyOrder), ...extra },
    note: request.note,
  };
}

/** The notification of a paid Direct order, signed, checked and sent to its notify_url. */
export function notifyDirectPayment(
  ctx: SandboxContext,
  webhook: string,
  order: SandboxDirectOrder,
): boolean {
  if (order.notifyUrl === undefined || order.payType === undefined) return false;
  sandboxNotify(ctx, webhook, order.notifyUrl, {
    oid_partner: order.oidPartner,
    dt_order: order.dtOrder,
    no_order: order.noOrder,
    oid_paybill: order.oidPaybill,
    money_order: order.moneyOrder,
    // The notification is sent only for a successful payment (its result_pay allows no other).
    result_pay: 'SUCCESS',
    pay_type: order.payType,
    ...sandboxPresent({
      settle_date: order.settleDate,
      info_order: order.infoOrder,
      bank_code: order.bankCode,
      no_agree: order.noAgree,
    }),
  });
  return true;
}

/** The masked card number LianLian's query shows (first six, last four), or undefined. */
export function maskedCardNumber(card: string | undefined): string | undefined {
  if (card === undefined || !/^[0-9]{15,19}$/.test(card)) return undefined;
  return `${card.slice(0, 6)}${'*'.repeat(card.length - 10)}${card.slice(-4)}`;
}

/** Amount text one cent above `limit` (both decimal text with two decimals). */
export function oneCentAbove(limit: string): string {
  const [whole = '0', cents = '00'] = limit.split('.');
  const total = BigInt(whole) * 100n + BigInt(cents.padEnd(2, '0').slice(0, 2)) + 1n;
  return `${total / 100n}.${String(total % 100n).padStart(2, '0')}`;
}
