/** WEB Payment: the Easypay cashier whose synchronous return is a form POST to url_return. */
import type { SandboxFormBehaviour } from '../behaviour.js';
import { sandboxReturnMessage } from '../context.js';
import { cashierBehaviour, SANDBOX_BANK_CODE } from './cashier.js';

export const webPayment: SandboxFormBehaviour = cashierBehaviour({
  operationId: 'webPayment',
  label: 'WEB Payment',
  result: { webhook: 'webPaymentNotify', urlField: 'notify_url' },
  return: { webhook: 'webPaymentReturn', urlField: 'url_return' },
  synchronous: (ctx) => ({
    ret_code: '0000',
    ret_msg: sandboxReturnMessage(ctx, '0000'),
    pay_type: '2',
    bank_code: SANDBOX_BANK_CODE,
  }),
});
