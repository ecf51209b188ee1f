/**
 * WEB Payment: the merchant's form opens the sandbox cashier unless the order was paid, the
 * timestamp is off the clock or the amount above the limit; paying there sends the signed
 * asynchronous notification to notify_url and the payer's browser back to url_return with the
 * signed synchronous one.
 */
import { formatChinaDate } from '../../shared/china-time.js';
import type { SandboxFormBehaviour, SandboxVerifiedForm } from '../behaviour.js';
import { sandboxCheckNotification, sandboxSendNotification } from '../behaviour.js';
import { sandboxReturnMessage, sandboxSign, type SandboxContext } from '../context.js';
import type { SandboxOutcome } from '../rules.js';
import { SANDBOX_CASHIER_FORM_RULES, sandboxCashierFormRefusal } from './cashier-checks.js';

// The sandbox pays every order from one bank (LianLian's code for ICBC).
const SANDBOX_BANK_CODE = '01020000';
// The asynchronous result and its address; the synchronous return and the browser's.
const RESULT = { webhook: 'webPaymentNotify', urlField: 'notify_url' } as const;
const RETURN = { webhook: 'webPaymentReturn', urlField: 'url_return' } as const;

export const webPayment: SandboxFormBehaviour = {
  operationId: 'webPayment',
  rules: {
    label: 'WEB Payment',
    rules: [
      { when: 'this `no_order` was already paid', retCode: '1002' },
      ...SANDBOX_CASHIER_FORM_RULES,
    ],
  },
  emits: [RESULT, RETURN],
  shows: ['no_order', 'name_goods', 'money_order', 'info_order'],
  // The rules above, in their order.
  open(ctx: SandboxContext, form: SandboxVerifiedForm): SandboxOutcome {
    const { fields } = form;
    if (ctx.state.isPaid(fields.oid_partner, fields.no_order))
      return { retCode: '1002', field: 'no_order' };
    return sandboxCashierFormRefusal(ctx, fields) ?? { retCode: '0000' };
  },
  pay(ctx: SandboxContext, form: SandboxVerifiedForm) {
    const request = form.fields;
    if (!ctx.state.markPaid(request.oid_partner as string, request.no_order as string))
      return { refused: '1002', outcome: '1002 (paid meanwhile)' };
    const common: Record<string, string> = {
      oid_partner: request.oid_partner as string,
      no_order: request.no_order as string,
      dt_order: request.dt_order as string,
      oid_paybill: ctx.state.nextPaybill(),
      money_order: request.money_order as string,
      settle_date: formatChinaDate(ctx.now()),
    };
    if (request.info_order) common.info_order = request.info_order;
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
