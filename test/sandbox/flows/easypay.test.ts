// The Easypay Direct payment flow end to end (direct-flow.ts).
import { describe } from 'vitest';
import { directPaymentFlow } from './direct-flow.js';

describe('Easypay Direct payment in the sandbox', () => {
  directPaymentFlow({
    name: 'easypay',
    notification: 'easypayNotify',
    smsSentCode: '0000',
    payType: 'M',
    applyExtra: { api_version: '1.0' },
    unsignedCardNo: false,
  });
});
