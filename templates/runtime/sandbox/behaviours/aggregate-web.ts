/**
 * The Aggregate Web Redirect in the sandbox: the merchant's form opens the sandbox's aggregate
 * cashier unless the order exists already, the timestamp is off the clock or the amount above the
 * limit; there the payer picks WeChat Pay or Alipay and pays. Paying creates the wallet payment
 * aggregateQuery finds (state/aggregate.ts), sends the aggregate notification to notify_url and the
 * payer's browser back to url_return with the signed synchronous notification.
 */
import { formatChinaDate } from '../../shared/china-time.js';
import { sandboxCheckNotification, type SandboxFormBehaviour } from '../behaviour.js';
import { sandboxSign, type SandboxContext } from '../context.js';
import { SANDBOX_CASHIER_FORM_RULES, sandboxCashierFormRefusal } from './cashier-checks.js';
import { sandboxWalletPayments } from '../state/aggregate.js';
import { handleSandboxWalletPay, openSandboxWalletPayment } from './aggregate.js';

// The synchronous return and the form field of the browser's address. The asynchronous result
// (aggregateNotify to notify_url) is sent by the wallet payment, as for combinepay.
const RETURN = { webhook: 'aggregateWebReturn', urlField: 'url_return' } as const;
const RESULT = { webhook: 'aggregateNotify', urlField: 'notify_url' } as const;

export const aggregateWeb: SandboxFormBehaviour = {
  operationId: 'aggregateWeb',
  rules: {
    label: 'Aggregate web redirect',
    rules: [
      {
        when: 'this merchant used the `no_order` before (paid or not); the cashier offers WeChat Pay and Alipay only',
        retCode: '1002',
      },
      ...SANDBOX_CASHIER_FORM_RULES,
    ],
  },
  emits: [RESULT, RETURN],
  shows: ['no_order', 'name_goods', 'money_order', 'info_order'],
  // The payer picks WeChat Pay or Alipay: the pay_type codes of PayTypeUsed the notifications report.
  choice: () => ({
    field: 'pay_type',
    label: '支付方式 (Payment method)',
    options: [
      ['I', '微信支付 (WeChat Pay)'],
      ['L', '支付宝 (Alipay)'],
    ],
  }),
  open(ctx: SandboxContext, form) {
    const { fields } = form;
    const used =
      ctx.state.isPaid(fields.oid_partner, fields.no_order) ||
      sandboxWalletPayments(ctx.state).find(fields.oid_partner, fields.no_order, undefined) !==
        undefined;
    if (used) return { retCode: '1002', field: 'no_order' };
    return sandboxCashierFormRefusal(ctx, fields) ?? { retCode: '0000' };
  },
  pay(ctx: SandboxContext, form, method) {
    const request = form.fields;
    const opened = openSandboxWalletPayment(ctx, {
      oidPartner: request.oid_partner as string,
      noOrder: request.no_order as string,
      moneyOrder: request.money_order as string,
      dtOrder: request.dt_order as string,
      payType: method as string,
      notifyUrl: request[RESULT.urlField] as string,
      ...(request.info_order ? { infoOrder: request.info_order } : {}),
    });
    // Another cashier tab paid or created it meanwhile.
    if (opened === undefined) return { refused: '1002', outcome: '1002 (used meanwhile)' };
    const paid = handleSandboxWalletPay(ctx, opened.oid_paybill);
    if (paid.status !== 200) return { refused: '1002', outcome: `1002 (${paid.note.outcome})` };
    const url = request[RETURN.urlField];
    if (!url) return { outcome: '0000 (paid, no url_return)' };
    const synchronous = sandboxSign(
      ctx,
      {
        oid_partner: request.oid_partner as string,
        no_order: request.no_order as string,
        dt_order: request.dt_order as string,
        oid_paybill: opened.oid_paybill,
        money_order: request.money_order as string,
        result_pay: 'SUCCESS',
        settle_date: formatChinaDate(ctx.now()),
        pay_type: method as string,
        ...(request.info_order ? { info_order: request.info_order } : {}),
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
