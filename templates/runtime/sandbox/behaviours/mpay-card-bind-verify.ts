// MPAY Card Bind Verify: binds the token's card once the SMS code checks out, echoing no_order.
import { cardBindVerifyBehaviour } from './card-bind.js';

export const mpayCardBindVerify = cardBindVerifyBehaviour('mpayCardBindVerify', {
  echoesOrder: true,
});
