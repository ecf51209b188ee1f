import type { SandboxBehaviour } from '../behaviour.js';
export declare const cardUnbind: SandboxBehaviour;
