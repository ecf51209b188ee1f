/**
 * Refund Result Query: reports a refund the sandbox accepted, by the merchant's refund number and
 * time; an unknown refund is 8901 (no such record).
 */
import { type SandboxBehaviour } from '../behaviour.js';
export declare const refundQuery: SandboxBehaviour;
