/**
 * The sandbox's behaviours, one per JSON operation of the spec, registered here and nowhere else.
 * A test compares these ids with the model's JSON operations, so an operation added to the spec
 * without a behaviour fails the build instead of answering a silent 9999.
 */
import { easypayApply } from './easypay-apply.js';
import { easypayQuery } from './easypay-query.js';
import type { SandboxBehaviour, SandboxFormBehaviour } from '../behaviour.js';
import { cardBindApply } from './card-bind-apply.js';
import { cardBindQuery } from './card-bind-query.js';
import { cardBindVerify } from './card-bind-verify.js';
import { cardUnbind } from './card-unbind.js';
import { cardBinQuery } from './card-bin-query.js';
import { easypayVerify } from './easypay-verify.js';
import { mpayCardBindApply } from './mpay-card-bind-apply.js';
import { mpayCardBindVerify } from './mpay-card-bind-verify.js';
import { balanceQuery } from './balance-query.js';
import { instantPayApply } from './instant-pay-apply.js';
import { aggregateQuery } from './aggregate.js';
import { aggregatePay } from './aggregate-pay.js';
import { aggregateWeb } from './aggregate-web.js';
import { exchangeApply, exchangeQuery, exchangeVerify } from './exchange.js';
import { instantPayConfirm } from './instant-pay-confirm.js';
import { instantPayQuery } from './instant-pay-query.js';
import { mpayApply } from './mpay-apply.js';
import { mpayQuery } from './mpay-query.js';
import { mpayVerify } from './mpay-verify.js';
import { webPayment } from './web-payment.js';
import { easypayH5Payment } from './easypay-h5-payment.js';
import { onlineBankingPayment } from './online-banking-payment.js';
import { preauthCancel, preauthCapture } from './preauth.js';
import { preauthQuery } from './preauth-query.js';
import { refundApply } from './refund-apply.js';
import { refundQuery } from './refund-query.js';
import { unifiedCreateBill } from './unified-create-bill.js';

export const SANDBOX_BEHAVIOURS: readonly SandboxBehaviour[] = Object.freeze([
  mpayVerify,
  easypayVerify,
  instantPayConfirm,
  cardBindApply,
  cardBindVerify,
  cardUnbind,
  mpayCardBindApply,
  mpayCardBindVerify,
  cardBindQuery,
  instantPayApply,
  instantPayQuery,
  balanceQuery,
  refundApply,
  refundQuery,
  cardBinQuery,
  preauthCapture,
  preauthCancel,
  preauthQuery,
  exchangeApply,
  exchangeVerify,
  exchangeQuery,
  aggregateQuery,
  aggregatePay,
  mpayApply,
  mpayQuery,
  easypayApply,
  easypayQuery,
  unifiedCreateBill,
]);

const byId = new Map(SANDBOX_BEHAVIOURS.map((behaviour) => [behaviour.operationId, behaviour]));

/** The behaviour registered for `operationId`, or undefined. */
export function sandboxBehaviour(operationId: string): SandboxBehaviour | undefined {
  return byId.get(operationId);
}

/** The behaviours of the browser-form operations (their cashiers), registered like the JSON ones. */
export const SANDBOX_FORM_BEHAVIOURS: readonly SandboxFormBehaviour[] = Object.freeze([
  webPayment,
  easypayH5Payment,
  onlineBankingPayment,
  aggregateWeb,
]);

const formsById = new Map(
  SANDBOX_FORM_BEHAVIOURS.map((behaviour) => [behaviour.operationId, behaviour]),
);

/** The form behaviour registered for `operationId`, or undefined. */
export function sandboxFormBehaviour(operationId: string): SandboxFormBehaviour | undefined {
  return formsById.get(operationId);
}
