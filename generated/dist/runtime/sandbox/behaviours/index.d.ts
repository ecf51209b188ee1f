import type { SandboxBehaviour, SandboxFormBehaviour } from '../behaviour.js';
export declare const SANDBOX_BEHAVIOURS: readonly SandboxBehaviour[];
/** The behaviour registered for `operationId`, or undefined. */
export declare function sandboxBehaviour(operationId: string): SandboxBehaviour | undefined;
/** The behaviours of the browser-form operations (their cashiers), registered like the JSON ones. */
export declare const SANDBOX_FORM_BEHAVIOURS: readonly SandboxFormBehaviour[];
/** The form behaviour registered for `operationId`, or undefined. */
export declare function sandboxFormBehaviour(operationId: string): SandboxFormBehaviour | undefined;
