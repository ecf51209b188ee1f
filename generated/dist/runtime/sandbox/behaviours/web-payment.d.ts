import type { SandboxFormBehaviour } from '../behaviour.js';
export declare const webPayment: SandboxFormBehaviour;
