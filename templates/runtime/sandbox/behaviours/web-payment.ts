/**
 * WEB Payment: the merchant's form opens the sandbox cashier unless the order was paid, the
 * timestamp is off the clock or the amount above the limit; paying there sends the signed
 * asynchronous notification to notify_url and the payer's browser back to url_return with the
 * signed synchronous one.
 */
import {
  clockSkewSeconds,
  formatChinaDate,
  MAX_CLOCK_SKEW_MINUTES,
} from '../../shared/china-time.js';
import type { SandboxFormBehaviour, SandboxVerifiedForm } from '../behaviour.js';
import { sandboxCheckNotification, sandboxSendNotification } from '../behaviour.js';
import { sandboxReturnMessage, sandboxSign, type SandboxContext } from '../context.js';
import { sandboxAboveLimit, type SandboxOutcome } from '../rules.js';

// The sandbox pays every order from one bank (LianLian's code for ICBC).
const SANDBOX_BANK_CODE = '01020000';
// The asynchronous result and its address; the synchronous return and the browser's.
const RESULT = { webhook: 'webPaymentNotify', urlField: 'notify_url' } as const;
const RETURN = { webhook: 'webPaymentReturn', urlField: 'url_return' } as const;

/**
 * The order fields every payment notification of a browser form carries: the order as the merchant
 * sent it, with a new LianLian transaction number and today's settlement date.
 */
export function sandboxPaidOrderFields(
  ctx: SandboxContext,
  request: Readonly<Record<string, string>>,
): Record<string, string> {
  const common: Record<string, string> = {
    oid_partner: request.oid_partner as string,
    no_order: request.no_order as string,
    dt_order: request.dt_order as string,
    oid_paybill: ctx.state.nextPaybill(),
    money_order: request.money_order as string,
    settle_date: formatChinaDate(ctx.now()),
  };
  if (request.info_order) common.info_order = request.info_order;
  return common;
}

export const webPayment: SandboxFormBehaviour = {
  operationId: 'webPayment',
  rules: {
    label: 'WEB Payment',
    rules: [
      { when: 'this `no_order` was already paid', retCode: '1002' },
      {
        when: `\`timestamp\` is more than ${MAX_CLOCK_SKEW_MINUTES} minutes from the sandbox clock`,
        retCode: '1004',
      },
      {
        when: (settings) =>
          `\`money_order\` is above the amount limit, ${settings.amountLimit} unless \`--amount-limit\` (or \`rules.amountLimit\`) changes it`,
        retCode: '1019',
      },
    ],
  },
  emits: [RESULT, RETURN],
  shows: ['no_order', 'name_goods', 'money_order', 'info_order'],
  // The rules above, in their order.
  open(ctx: SandboxContext, form: SandboxVerifiedForm): SandboxOutcome {
    const { fields } = form;
    if (ctx.state.isPaid(fields.oid_partner, fields.no_order))
      return { retCode: '1002', field: 'no_order' };
    const skew = clockSkewSeconds(fields.timestamp ?? '', ctx.now());
    if (skew === undefined || Math.abs(skew) > MAX_CLOCK_SKEW_MINUTES * 60)
      return { retCode: '1004', field: 'timestamp' };
    if (sandboxAboveLimit(fields.money_order ?? '', ctx.state.rules.amountLimit))
      return { retCode: '1019', field: 'money_order' };
    return { retCode: '0000' };
  },
  pay(ctx: SandboxContext, form: SandboxVerifiedForm) {
    const request = form.fields;
    if (!ctx.state.markPaid(request.oid_partner as string, request.no_order as string))
      return { refused: '1002', outcome: '1002 (paid meanwhile)' };
    const common = sandboxPaidOrderFields(ctx, request);
    const result = sandboxSign(
      ctx,
      {
        ...common,
        result_pay: 'SUCCESS',
        pay_type: request.pay_type as string,
        bank_code: SANDBOX_BANK_CODE,
        no_agree: ctx.state.nextAgreement(),
      },
      'RSA',
    );
    sandboxSendNotification(ctx, RESULT.webhook, request[RESULT.urlField] as string, result);
    const url = request[RETURN.urlField];
    if (!url) return { outcome: '0000 (paid, no url_return)' };
    const synchronous = sandboxSign(
      ctx,
      {
        ret_code: '0000',
        ret_msg: sandboxReturnMessage(ctx, '0000'),
        ...common,
        pay_type: '2',
        bank_code: SANDBOX_BANK_CODE,
      },
      'RSA',
    );
    sandboxCheckNotification(ctx, RETURN.webhook, synchronous);
    return {
      outcome: '0000 (paid, returning to url_return)',
      returnTo: { url, fields: synchronous },
    };
  },
};
