/**
 * The Easypay cashiers (the WEB form and the H5 redirect): the merchant's form opens the sandbox
 * cashier unless the order was paid, the timestamp is off the clock or the amount above the
 * limit; paying there sends the signed asynchronous notification to notify_url and the payer's
 * browser back to url_return with the signed synchronous one (as a form POST or, for a webhook
 * the spec carries in a query parameter, as `?res_data={json}`).
 */
import { formatChinaDate } from '../../shared/china-time.js';
import type { SandboxFormBehaviour, SandboxVerifiedForm } from '../behaviour.js';
import type { SandboxRule } from '../rule-table.js';
import { sandboxCheckNotification, sandboxSendNotification } from '../behaviour.js';
import { sandboxSign, type SandboxContext } from '../context.js';
import type { SandboxOutcome } from '../rules.js';
import { SANDBOX_CASHIER_FORM_RULES, sandboxCashierFormRefusal } from './cashier-checks.js';

// The sandbox pays every order from one bank (LianLian's code for ICBC).
export const SANDBOX_BANK_CODE = '01020000';

/** Where a notification goes: its webhook and the request field holding its address. */
export interface CashierNotification {
  readonly webhook: string;
  readonly urlField: string;
}

/** What differs between two cashiers. */
export interface CashierDefinition {
  readonly operationId: string;
  readonly label: string;
  /** The asynchronous result and its address; the synchronous return and the browser's. */
  readonly result: CashierNotification;
  readonly return: CashierNotification;
  /** The synchronous return's own fields besides the order's (`common`). */
  readonly synchronous: (
    ctx: SandboxContext,
    request: Readonly<Record<string, string>>,
  ) => Record<string, string>;
}

// One array for every cashier: the sandbox guide's rules table lists it once.
const CASHIER_RULES: readonly SandboxRule[] = [
  { when: 'this `no_order` was already paid', retCode: '1002' },
  ...SANDBOX_CASHIER_FORM_RULES,
];

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

export function cashierBehaviour(definition: CashierDefinition): SandboxFormBehaviour {
  const { result, return: back } = definition;
  return {
    operationId: definition.operationId,
    rules: { label: definition.label, rules: CASHIER_RULES },
    emits: [result, back],
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
      const common = sandboxPaidOrderFields(ctx, request);
      const notification = sandboxSign(
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
      sandboxSendNotification(
        ctx,
        result.webhook,
        request[result.urlField] as string,
        notification,
      );
      const url = request[back.urlField];
      if (!url) return { outcome: `0000 (paid, no ${back.urlField})` };
      const synchronous = sandboxSign(
        ctx,
        { ...definition.synchronous(ctx, request), ...common },
        'RSA',
      );
      sandboxCheckNotification(ctx, back.webhook, synchronous);
      return {
        outcome: `0000 (paid, returning to ${back.urlField})`,
        returnTo: { url, fields: synchronous, webhook: back.webhook },
      };
    },
  };
}
