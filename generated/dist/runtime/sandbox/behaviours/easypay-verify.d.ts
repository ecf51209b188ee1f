import type { SandboxBehaviour } from '../behaviour.js';
export declare const easypayVerify: SandboxBehaviour;
