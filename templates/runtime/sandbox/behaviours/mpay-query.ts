// MPAY payment result query: answers from the sandbox's record of the MPAY order.
import { queryBehaviour } from './query.js';

export const mpayQuery = queryBehaviour('mpayQuery');
