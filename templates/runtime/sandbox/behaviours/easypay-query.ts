// Easypay payment result query: answers from the sandbox's record of the Easypay order.
import type { SandboxBehaviour } from '../behaviour.js';
import { queryBehaviour } from './query.js';

export const easypayQuery: SandboxBehaviour = queryBehaviour('easypayQuery');
