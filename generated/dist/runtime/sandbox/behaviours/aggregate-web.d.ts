import { type SandboxFormBehaviour } from '../behaviour.js';
export declare const aggregateWeb: SandboxFormBehaviour;
