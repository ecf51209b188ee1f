/**
 * Instant payment result query: reports a payout from the ledger (state/payouts.ts), whether it
 * came from the apply API or from the `holdPayout` setup call. An order the sandbox has no payout
 * for, or whose oid_paybill names another payout, is 8901 (no record); an empty oid_paybill counts
 * as absent, as it does in the signed string.
 */
import { type SandboxBehaviour } from '../behaviour.js';
export declare const instantPayQuery: SandboxBehaviour;
