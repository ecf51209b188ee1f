// MPAY Apply: records the order, "sends the SMS" and answers 8888 with the Verify token.
import { applyBehaviour } from './apply.js';

export const mpayApply = applyBehaviour('mpayApply', { echo: [] });
