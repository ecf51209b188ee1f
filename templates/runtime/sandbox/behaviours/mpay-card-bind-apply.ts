// MPAY Card Bind Apply (sealed in the envelope): like Card Bind Apply, answered with 8888, "SMS
// sent, verify again", and echoing the application's no_order and dt_order.
import type { SandboxBehaviour } from '../behaviour.js';
import { cardBindApplyBehaviour } from './card-bind.js';

export const mpayCardBindApply: SandboxBehaviour = cardBindApplyBehaviour('mpayCardBindApply', {
  // pay_type 3: Quick payment, credit card.
  creditPayTypes: ['3'],
  echoesOrder: true,
});
