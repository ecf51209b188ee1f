// Card Bind Apply (traderapi): checks the card against the user's bindings and sends the SMS code.
import type { SandboxBehaviour } from '../behaviour.js';
import { cardBindApplyBehaviour } from './card-bind.js';

export const cardBindApply: SandboxBehaviour = cardBindApplyBehaviour('cardBindApply', {
  // pay_type N: Easy payment, credit card.
  creditPayTypes: ['N'],
  echoesOrder: false,
});
