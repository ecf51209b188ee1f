/**
 * The Aggregate Payment Direct API (combinepay) in the sandbox: creates the wallet payment in
 * state/aggregate.ts, as `Sandbox.openWalletPayment` does, and answers its pay link in payLoad.
 * A POST to that link stands in for the payer paying (aggregate.ts, `handleSandboxWalletPay`),
 * which sends the aggregate notification to the request's notify_url; aggregateQuery reports the
 * payment WAITING until then, SUCCESS after.
 */
import { type SandboxBehaviour } from '../behaviour.js';
export declare const aggregatePay: SandboxBehaviour;
