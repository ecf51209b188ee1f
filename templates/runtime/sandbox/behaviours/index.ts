/**
 * The sandbox's behaviours, one per JSON operation of the spec, registered here and nowhere else.
 * A test compares these ids with the model's JSON operations, so an operation added to the spec
 * without a behaviour fails the build instead of answering a silent 9999.
 */
import type { SandboxBehaviour } from '../behaviour.js';
import { easypayApply } from './easypay-apply.js';
import { easypayQuery } from './easypay-query.js';
import { easypayVerify } from './easypay-verify.js';
import { instantPayConfirm } from './instant-pay-confirm.js';
import { mpayApply } from './mpay-apply.js';
import { mpayQuery } from './mpay-query.js';
import { mpayVerify } from './mpay-verify.js';

export const SANDBOX_BEHAVIOURS: readonly SandboxBehaviour[] = Object.freeze([
  mpayVerify,
  easypayVerify,
  instantPayConfirm,
  mpayApply,
  mpayQuery,
  easypayApply,
  easypayQuery,
]);

const byId = new Map(SANDBOX_BEHAVIOURS.map((behaviour) => [behaviour.operationId, behaviour]));

/** The behaviour registered for `operationId`, or undefined. */
export function sandboxBehaviour(operationId: string): SandboxBehaviour | undefined {
  return byId.get(operationId);
}
