// Card Bind Verify (traderapi): binds the token's card once the SMS code checks out.
import { cardBindVerifyBehaviour } from './card-bind.js';

export const cardBindVerify = cardBindVerifyBehaviour('cardBindVerify', { echoesOrder: false });
