/**
 * Balance query: the merchant's available balance and unsettled amount from the ledger
 * (state/payouts.ts): the opening balance (`merchantBalance`, `--balance`) less every payout that
 * succeeded, or what `Sandbox.setMerchantAccount` set.
 */
import { type SandboxBehaviour } from '../behaviour.js';
export declare const balanceQuery: SandboxBehaviour;
