// Easypay Apply: as MPAY Apply; its 0000 answer also repeats the goods, pay type and bank code.
import { applyBehaviour } from './apply.js';

export const easypayApply = applyBehaviour('easypayApply', {
  echo: ['name_goods', 'pay_type', 'bank_code'],
});
