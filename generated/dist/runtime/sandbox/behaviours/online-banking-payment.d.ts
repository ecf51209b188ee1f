/**
 * The online banking redirect: the merchant's form (decoded and verified in its charset_name by the
 * generic form pipeline, errata E530) opens the sandbox's bank choice under the WEB Payment rules;
 * the payer picks a bank (unless the form named one in bank_code) and pays, which sends the signed
 * onlineBankingNotify to notify_url and the browser back to url_return with an empty form post,
 * since the page documents no synchronous notification (E535).
 */
import type { SandboxFormBehaviour } from '../behaviour.js';
export declare const onlineBankingPayment: SandboxFormBehaviour;
