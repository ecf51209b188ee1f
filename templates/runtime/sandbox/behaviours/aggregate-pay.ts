/**
 * The Aggregate Payment Direct API (combinepay) in the sandbox: creates the wallet payment in
 * state/aggregate.ts, as `Sandbox.openWalletPayment` does, and answers its pay link in payLoad.
 * A POST to that link stands in for the payer paying (aggregate.ts, `handleSandboxWalletPay`),
 * which sends the aggregate notification to the request's notify_url; aggregateQuery reports the
 * payment WAITING until then, SUCCESS after.
 */
import { sandboxRefusal, sandboxSuccess, type SandboxBehaviour } from '../behaviour.js';
import type { SandboxContext } from '../context.js';
import type { SandboxRuleSet } from '../rule-table.js';
import { openSandboxWalletPayment } from './aggregate.js';

// The QR code payments, whose payLoad is the link a QR code encodes. For the others (WeChat's app
// and official account payments) payLoad is the text of a JSON object; the sandbox's carries the
// same link, since it has no WeChat SDK to hand parameters to.
const QR_CODE_PAY_TYPES: ReadonlySet<string> = new Set(['I', 'L']);

const RULES: SandboxRuleSet = {
  label: 'Aggregate direct (combinepay)',
  rules: [
    {
      when: 'this merchant used the `no_order` before (combinepay or `openWalletPayment`); otherwise the payment is created and `payLoad` carries its pay link: POST `/sandbox/wallet/<oid_paybill>` pays it and sends the aggregate notification to `notify_url`',
      retCode: '1002',
    },
  ],
};

export const aggregatePay: SandboxBehaviour = {
  operationId: 'aggregatePay',
  rules: RULES,
  handle(ctx: SandboxContext, request) {
    const { fields } = request;
    const opened = openSandboxWalletPayment(ctx, {
      oidPartner: fields.oid_partner as string,
      noOrder: fields.no_order as string,
      moneyOrder: fields.money_order as string,
      dtOrder: fields.dt_order as string,
      payType: fields.pay_type as string,
      notifyUrl: fields.notify_url as string,
      ...(fields.info_order === undefined ? {} : { infoOrder: fields.info_order }),
    });
    if (opened === undefined)
      return sandboxRefusal(ctx, request, { retCode: '1002', field: 'no_order' });
    const payType = fields.pay_type as string;
    return sandboxSuccess(
      ctx,
      request,
      {
        oid_partner: fields.oid_partner as string,
        no_order: fields.no_order as string,
        oid_paybill: opened.oid_paybill,
        user_id: fields.user_id as string,
        money_order: fields.money_order as string,
        pay_type: payType,
        payLoad: QR_CODE_PAY_TYPES.has(payType)
          ? opened.pay_url
          : JSON.stringify({ pay_url: opened.pay_url }),
        ...(fields.info_order === undefined ? {} : { info_order: fields.info_order }),
      },
      'created',
    );
  },
  failures: {
    // The order number was used already: the same order is opened first.
    '1002': (sandbox, request) => {
      const order = {
        oid_partner: request.oid_partner as string,
        no_order: request.no_order as string,
      };
      sandbox.openWalletPayment({
        oidPartner: order.oid_partner,
        noOrder: order.no_order,
        moneyOrder: request.money_order as string,
      });
      return { request: {}, order };
    },
  },
};
