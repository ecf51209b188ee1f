/**
 * Card Bin Query: answers from the sandbox's card bin table (state/card-bins.ts); a card number
 * matching no prefix of it is an unrecognised card bin (5001). The log shows the card masked.
 */
import { type SandboxBehaviour } from '../behaviour.js';
export declare const cardBinQuery: SandboxBehaviour;
