/**
 * Easypay H5: the Easypay cashier opened by the one req_data input; its synchronous return sends
 * the payer's browser to url_return with the signed fields as `?res_data={json}`.
 */
import type { SandboxFormBehaviour } from '../behaviour.js';
export declare const easypayH5Payment: SandboxFormBehaviour;
