/**
 * Instant payment apply: creates a payout in the ledger (state/payouts.ts). A payout to a card the
 * merchant paid within the duplicate window is held as a suspected duplicate (4002), one whose
 * acct_name is not the card's holder as the sandbox learnt it (the first payout to the card) is
 * held for name and card not matching (4003), one that is both is held with 4004; each with a
 * confirm_code for the confirm API. Any other goes ahead at once: 0000 with the new oid_paybill,
 * then its result as an asynchronous notification to notify_url (result_pay FAILURE above the
 * amount limit). A used no_order is refused (1002), as is an amount above the merchant's available
 * balance (5006) or a merchant whose payouts are disabled (4005).
 */
import { type SandboxBehaviour } from '../behaviour.js';
export declare const instantPayApply: SandboxBehaviour;
