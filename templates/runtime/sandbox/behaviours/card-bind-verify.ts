// Card Bind Verify (traderapi): binds the token's card once the SMS code checks out.
import type { SandboxBehaviour } from '../behaviour.js';
import { cardBindVerifyBehaviour } from './card-bind.js';

export const cardBindVerify: SandboxBehaviour = cardBindVerifyBehaviour('cardBindVerify', {
  echoesOrder: false,
});
