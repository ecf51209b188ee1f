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

export const balanceQuery: SandboxBehaviour = {
  operationId: 'balanceQuery',
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
