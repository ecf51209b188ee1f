// MPAY Apply: records the order, "sends the SMS" and answers 8888 with the Verify token.
import type { SandboxBehaviour } from '../behaviour.js';
import { applyBehaviour } from './apply.js';

export const mpayApply: SandboxBehaviour = applyBehaviour('mpayApply', { echo: [] });
