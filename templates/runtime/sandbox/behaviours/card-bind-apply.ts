// Card Bind Apply (traderapi): checks the card against the user's bindings and sends the SMS code.
import { cardBindApplyBehaviour } from './card-bind.js';

export const cardBindApply = cardBindApplyBehaviour('cardBindApply', {
  // pay_type N: Easy payment, credit card.
  creditPayTypes: ['N'],
  echoesOrder: false,
});
