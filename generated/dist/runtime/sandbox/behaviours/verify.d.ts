import { type SandboxBehaviour } from '../behaviour.js';
/**
 * A Verify behaviour; Easypay's request also repeats the order time the token was issued for.
 * `notification` is the webhook the product sends for a paid order.
 */
export declare function verifyBehaviour(operationId: string, options: {
    readonly checkDtOrder: boolean;
    readonly notification: string;
}): SandboxBehaviour;
