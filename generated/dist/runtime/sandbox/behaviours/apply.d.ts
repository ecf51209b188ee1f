/**
 * What the Apply Direct APIs (MPAY and Easypay) share: the order is checked (not paid yet, within
 * the amount limit, a no_agree the sandbox bound earlier), recorded, and "an SMS is sent": the
 * answer carries the token the Verify behaviours check, and the Verify call may use any SMS code
 * but the rules' wrong one. The answer is the spec's success branch (MPAY 8888, Easypay 0000).
 */
import { type SandboxBehaviour } from '../behaviour.js';
/** An Apply behaviour; `echo` names the request fields its answer repeats when they were sent. */
export declare function applyBehaviour(operationId: string, options: {
    readonly echo: readonly string[];
}): SandboxBehaviour;
