// MPAY payment result query: answers from the sandbox's record of the MPAY order.
import type { SandboxBehaviour } from '../behaviour.js';
import { queryBehaviour } from './query.js';

export const mpayQuery: SandboxBehaviour = queryBehaviour('mpayQuery');
