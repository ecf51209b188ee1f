import { easypayVerify } from './easypay-verify.js';
import { instantPayConfirm } from './instant-pay-confirm.js';
import { mpayVerify } from './mpay-verify.js';
export const SANDBOX_BEHAVIOURS = Object.freeze([
    mpayVerify,
    easypayVerify,
    instantPayConfirm,
]);
const byId = new Map(SANDBOX_BEHAVIOURS.map((behaviour) => [behaviour.operationId, behaviour]));
/** The behaviour registered for `operationId`, or undefined. */
export function sandboxBehaviour(operationId) {
    return byId.get(operationId);
}
