import { type SandboxBehaviour } from '../behaviour.js';
export declare const exchangeApply: SandboxBehaviour;
export declare const exchangeVerify: SandboxBehaviour;
export declare const exchangeQuery: SandboxBehaviour;
