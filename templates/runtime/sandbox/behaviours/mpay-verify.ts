// MPAY Verify: pays a tokenised order once the payer's SMS code checks out.
import { verifyBehaviour } from './verify.js';

export const mpayVerify = verifyBehaviour('mpayVerify', {
  checkDtOrder: false,
  notification: 'mpayNotify',
});
