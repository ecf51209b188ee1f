import { type SandboxBehaviour } from '../behaviour.js';
import { type SandboxContext } from '../context.js';
import type { SandboxHtmlAnswer } from '../web.js';
/** The payment page (`?token=`), as LianLian's `/paymentweb/payinit`; its pay button posts to the second. */
export declare const SANDBOX_GATEWAY_PATH = "/sandbox/paymentweb/payinit";
export declare const SANDBOX_GATEWAY_PAY_PATH = "/sandbox/paymentweb/pay";
export declare const unifiedCreateBill: SandboxBehaviour;
/**
 * The browser at the payment page (`path` SANDBOX_GATEWAY_PATH) or paying on it
 * (SANDBOX_GATEWAY_PAY_PATH, POST). The token comes from the query or, posted, from the form body.
 */
export declare function handleSandboxGateway(ctx: SandboxContext, method: string | undefined, path: string, target: string | undefined, body: Buffer | undefined): SandboxHtmlAnswer;
