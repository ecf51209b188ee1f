/**
 * Easypay H5: the Easypay cashier opened by the one req_data input; its synchronous return sends
 * the payer's browser to url_return with the signed fields as `?res_data={json}`.
 */
import type { SandboxFormBehaviour } from '../behaviour.js';
import { cashierBehaviour } from './cashier.js';

export const easypayH5Payment: SandboxFormBehaviour = cashierBehaviour({
  operationId: 'easypayH5Payment',
  label: 'Easypay H5',
  result: { webhook: 'webPaymentNotify', urlField: 'notify_url' },
  return: { webhook: 'easypayH5Return', urlField: 'url_return' },
  synchronous: () => ({ result_pay: 'SUCCESS' }),
});
