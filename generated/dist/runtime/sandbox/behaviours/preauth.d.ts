import { type SandboxBehaviour } from '../behaviour.js';
export declare const preauthCapture: SandboxBehaviour;
export declare const preauthCancel: SandboxBehaviour;
