/**
 * Balance query: the merchant's available balance and unsettled amount from the ledger
 * (state/payouts.ts): the opening balance (`merchantBalance`, `--balance`) less every payout that
 * succeeded, or what `Sandbox.setMerchantAccount` set.
 */
import {
  sandboxSuccess,
  type SandboxBehaviour,
  type SandboxVerifiedRequest,
} from '../behaviour.js';
import type { SandboxContext } from '../context.js';
import type { SandboxRuleSet } from '../rule-table.js';

// Every merchant the pipeline lets through has a balance: the query refuses nothing of its own.
const BALANCE_RULES: SandboxRuleSet = { label: 'Balance query', rules: [] };

export const balanceQuery: SandboxBehaviour = {
  operationId: 'balanceQuery',
  rules: BALANCE_RULES,
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest) {
    const { balance, unsettled } = ctx.state.payouts.balances(request.fields.oid_partner as string);
    return sandboxSuccess(
      ctx,
      request,
      { amt_balance: balance, amt_unsettle: unsettled },
      `balance ${balance}`,
    );
  },
};
