/**
 * The sandbox's JSON operations (the two Verify Direct APIs and Instant payment confirm): decode,
 * open the envelope, validate, check the merchant's signature, apply the published rules and answer
 * as LianLian does, always HTTP 200 with a JSON body.
 */
import { decryptPayload } from '../crypto/envelope.js';
import { EnvelopeError } from '../shared/errors.js';
import { readJsonObject } from '../shared/json-text.js';
import {
  sandboxReturnMessage,
  sandboxSign,
  type SandboxRequestNote,
  type SandboxContext,
} from './context.js';
import type { SandboxJsonOperation } from './catalogue.js';
import { parseSignType, type SignType } from '../crypto/sign-type.js';
import { issueField } from '../shared/validation.js';
import { formatChinaDate } from '../shared/china-time.js';

/** The answer to one JSON request. */
export interface SandboxJsonAnswer {
  readonly body: Record<string, string>;
  readonly note: SandboxRequestNote;
}

type Fields = Readonly<Record<string, string>>;

export function handleSandboxJsonOperation(
  ctx: SandboxContext,
  operation: SandboxJsonOperation,
  raw: Buffer,
): SandboxJsonAnswer {
  const note: SandboxRequestNote = { operation: operation.operationId, outcome: '' };
  const fail = (
    code: string,
    field?: string,
    signed?: { oidPartner: string; signType: SignType },
  ): SandboxJsonAnswer => {
    note.outcome = field === undefined ? code : `${code} (${field})`;
    const body: Record<string, string> = {
      ret_code: code,
      ret_msg: sandboxReturnMessage(ctx, code, field),
    };
    if (signed === undefined) return { body, note };
    return {
      body: sandboxSign(ctx, { ...body, oid_partner: signed.oidPartner }, signed.signType),
      note,
    };
  };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return fail('1012');
  }
  // The runtime's one JSON reader: a member given twice is refused (1012), as the client and the
  // notification parser refuse it, instead of JSON.parse's last-one-wins.
  const outer = readJsonObject(text);
  if (!outer.ok) return fail('1012', outer.key);
  const body = outer.value;
  if (typeof body.no_order === 'string') note.noOrder = body.no_order;
  const bodyCheck = operation.validateBody(body);
  if (!bodyCheck.ok) return fail('1004', issueField(bodyCheck.issues));

  let plaintext = text;
  if (operation.envelope !== undefined) {
    try {
      plaintext = decryptPayload(String(body[operation.envelope.field]), ctx.lianlianPrivateKey);
    } catch (error) {
      if (error instanceof EnvelopeError) return fail('4007', error.field);
      throw error;
    }
  }
  const inner = plaintext === text ? outer : readJsonObject(plaintext);
  if (!inner.ok) return fail(operation.envelope === undefined ? '1012' : '4007', inner.key);
  const { value: request, fields } = inner;
  note.noOrder = fields.no_order;
  if (operation.envelope !== undefined && fields.oid_partner !== body.oid_partner)
    return fail('1004', 'oid_partner');
  const check = operation.validateRequest(request);
  if (!check.ok) return fail('1004', issueField(check.issues));

  const verifier = ctx.verifierFor(fields.oid_partner, operation.signTypes, operation.signMessage);
  if (verifier === undefined) return fail('3001', 'oid_partner');
  const signType = parseSignType(fields.sign_type) ?? 'RSA';
  const attributed = { oidPartner: fields.oid_partner as string, signType };
  if (!verifier(fields).ok) return fail('1001', undefined, attributed);

  switch (operation.operationId) {
    case 'mpayVerify':
    case 'easypayVerify': {
      const outcome = ctx.state.decideVerify(fields, operation.operationId === 'easypayVerify');
      if (outcome.retCode !== '0000') return fail(outcome.retCode, outcome.field, attributed);
      note.outcome = '0000 (paid)';
      return {
        body: sandboxSign(ctx, paidAnswer(ctx, fields, outcome.dtOrder as string), signType),
        note,
      };
    }
    case 'instantPayConfirm': {
      const outcome = ctx.state.decideConfirm(fields);
      if (outcome.retCode !== '0000' || outcome.payout === undefined) {
        return fail(outcome.retCode, outcome.field, attributed);
      }
      const oidPaybill = ctx.state.nextPaybill();
      notifyPayout(ctx, fields, outcome.payout, oidPaybill, outcome.failed === true);
      note.outcome = `0000 (payout ${outcome.failed === true ? 'will fail' : 'will succeed'})`;
      return {
        body: sandboxSign(
          ctx,
          {
            ret_code: '0000',
            ret_msg: sandboxReturnMessage(ctx, '0000'),
            oid_partner: attributed.oidPartner,
            no_order: fields.no_order as string,
            oid_paybill: oidPaybill,
          },
          signType,
        ),
        note,
      };
    }
    default:
      return fail('9999');
  }
}

function paidAnswer(ctx: SandboxContext, request: Fields, dtOrder: string): Record<string, string> {
  return {
    ret_code: '0000',
    ret_msg: sandboxReturnMessage(ctx, '0000'),
    oid_partner: request.oid_partner as string,
    no_order: request.no_order as string,
    dt_order: dtOrder,
    oid_paybill: ctx.state.nextPaybill(),
    money_order: request.money_order as string,
    token: request.token as string,
    result_pay: 'SUCCESS',
    settle_date: formatChinaDate(ctx.now()),
    no_agree: ctx.state.nextAgreement(),
  };
}

function notifyPayout(
  ctx: SandboxContext,
  request: Fields,
  payout: { moneyOrder: string; dtOrder: string; infoOrder?: string },
  oidPaybill: string,
  failed: boolean,
): void {
  const fields: Record<string, string> = {
    oid_partner: request.oid_partner as string,
    dt_order: payout.dtOrder,
    no_order: request.no_order as string,
    oid_paybill: oidPaybill,
    money_order: payout.moneyOrder,
    result_pay: failed ? 'FAILURE' : 'SUCCESS',
    settle_date: formatChinaDate(ctx.now()),
  };
  if (payout.infoOrder !== undefined) fields.info_order = payout.infoOrder;
  const signed = sandboxSign(ctx, fields, 'RSA');
  const check = ctx.catalogue.notifications.instantPayNotify(signed);
  if (!check.ok)
    throw new Error(
      `sandbox produced an invalid InstantPayNotification: ${check.issues[0]?.message}`,
    );
  ctx.notifier.send('instantPayNotify', request.notify_url as string, signed);
}
