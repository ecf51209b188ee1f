import type { SandboxBehaviour } from '../behaviour.js';
export declare const easypayApply: SandboxBehaviour;
