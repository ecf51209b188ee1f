// MPAY Verify: pays a tokenised order once the payer's SMS code checks out.
import type { SandboxBehaviour } from '../behaviour.js';
import { verifyBehaviour } from './verify.js';

export const mpayVerify: SandboxBehaviour = verifyBehaviour('mpayVerify', {
  checkDtOrder: false,
  notification: 'mpayNotify',
});
