import type { SandboxBehaviour } from '../behaviour.js';
export declare const mpayApply: SandboxBehaviour;
