/**
 * The sandbox's behaviours, one per JSON operation of the spec, registered here and nowhere else.
 * A test compares these ids with the model's JSON operations, so an operation added to the spec
 * without a behaviour fails the build instead of answering a silent 9999.
 */
import type { SandboxBehaviour } from '../behaviour.js';
import { aggregateQuery } from './aggregate.js';
import { easypayVerify } from './easypay-verify.js';
import { exchangeApply, exchangeQuery, exchangeVerify } from './exchange.js';
import { instantPayConfirm } from './instant-pay-confirm.js';
import { mpayVerify } from './mpay-verify.js';

export const SANDBOX_BEHAVIOURS: readonly SandboxBehaviour[] = Object.freeze([
  mpayVerify,
  easypayVerify,
  instantPayConfirm,
  exchangeApply,
  exchangeVerify,
  exchangeQuery,
  aggregateQuery,
]);

const byId = new Map(SANDBOX_BEHAVIOURS.map((behaviour) => [behaviour.operationId, behaviour]));

/** The behaviour registered for `operationId`, or undefined. */
export function sandboxBehaviour(operationId: string): SandboxBehaviour | undefined {
  return byId.get(operationId);
}
