/** WEB Payment: the Easypay cashier whose synchronous return is a form POST to url_return. */
import type { SandboxFormBehaviour } from '../behaviour.js';
export declare const webPayment: SandboxFormBehaviour;
