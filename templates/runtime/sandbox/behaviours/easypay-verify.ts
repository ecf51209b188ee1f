// Easypay Verify: as MPAY Verify, and the request repeats the order time of its token.
import type { SandboxBehaviour } from '../behaviour.js';
import { verifyBehaviour } from './verify.js';

export const easypayVerify: SandboxBehaviour = verifyBehaviour('easypayVerify', {
  checkDtOrder: true,
  notification: 'easypayNotify',
});
