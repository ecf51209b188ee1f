// Easypay payment result query: answers from the sandbox's record of the Easypay order.
import { queryBehaviour } from './query.js';

export const easypayQuery = queryBehaviour('easypayQuery');
