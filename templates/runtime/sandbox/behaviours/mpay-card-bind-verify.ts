// MPAY Card Bind Verify: binds the token's card once the SMS code checks out, echoing no_order.
import type { SandboxBehaviour } from '../behaviour.js';
import { cardBindVerifyBehaviour } from './card-bind.js';

export const mpayCardBindVerify: SandboxBehaviour = cardBindVerifyBehaviour('mpayCardBindVerify', {
  echoesOrder: true,
});
