import { type RedirectAnswer, type RedirectOptions, type RedirectPage, type RedirectTarget } from './runtime/forms/redirect.js';
export { RedirectError, type RedirectAnswer, type RedirectErrorCode, type RedirectOptions, type RedirectPage, type RedirectTarget, } from './runtime/forms/redirect.js';
/** An operation whose success answer names a LianLian page for the payer's browser. */
export type LianLianRedirectOperation = 'unifiedCreateBill';
/** Per operation: the answer field holding the page, and the origins it may have in production. */
export declare const redirectTargets: {
    readonly [K in LianLianRedirectOperation]: RedirectTarget;
};
/**
 * The page that posts the payer's browser to the LianLian page named by a verified success answer
 * of `operationId` (the client's result), after checking that the URL's origin is the spec's
 * production origin or one of `options.allowedOrigins` (a sandbox).
 * @throws {RedirectError} when it is not such an answer or the URL is not allowed.
 */
export declare function buildLianLianRedirect(operationId: LianLianRedirectOperation, answer: RedirectAnswer, options?: RedirectOptions): RedirectPage;
