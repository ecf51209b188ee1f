/**
 * The sandbox's behaviours, one per JSON operation of the spec, registered here and nowhere else.
 * A test compares these ids with the model's JSON operations, so an operation added to the spec
 * without a behaviour fails the build instead of answering a silent 9999.
 */
import type { SandboxBehaviour } from '../behaviour.js';
export declare const SANDBOX_BEHAVIOURS: readonly SandboxBehaviour[];
/** The behaviour registered for `operationId`, or undefined. */
export declare function sandboxBehaviour(operationId: string): SandboxBehaviour | undefined;
