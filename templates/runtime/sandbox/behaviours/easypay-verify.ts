// Easypay Verify: as MPAY Verify, and the request repeats the order time of its token.
import { verifyBehaviour } from './verify.js';

export const easypayVerify = verifyBehaviour('easypayVerify', {
  checkDtOrder: true,
  notification: 'easypayNotify',
});
