import { type SandboxBehaviour } from '../behaviour.js';
/** A Verify behaviour; Easypay's request also repeats the order time the token was issued for. */
export declare function verifyBehaviour(operationId: string, options: {
    readonly checkDtOrder: boolean;
}): SandboxBehaviour;
