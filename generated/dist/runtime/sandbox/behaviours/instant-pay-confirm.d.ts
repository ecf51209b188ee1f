/**
 * Instant payment confirm: releases a payout LianLian held back, once the merchant repeats its
 * confirm_code; the payout's result follows as an asynchronous notification to notify_url (a
 * payout above the amount limit is confirmed, then reported as result_pay FAILURE). Held payouts
 * come from the apply API's duplicate rule or from the `holdPayout` setup call.
 */
import { type SandboxBehaviour } from '../behaviour.js';
export declare const instantPayConfirm: SandboxBehaviour;
