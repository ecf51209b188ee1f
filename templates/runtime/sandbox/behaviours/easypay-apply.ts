// Easypay Apply: as MPAY Apply; its 0000 answer also repeats the goods, pay type and bank code.
import type { SandboxBehaviour } from '../behaviour.js';
import { applyBehaviour } from './apply.js';

export const easypayApply: SandboxBehaviour = applyBehaviour('easypayApply', {
  echo: ['name_goods', 'pay_type', 'bank_code'],
});
