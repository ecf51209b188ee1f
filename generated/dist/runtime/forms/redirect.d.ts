/**
 * Sending the payer's browser to a LianLian page a success answer names (a payment page LianLian's
 * SDK has the merchant post the browser to), per `x-lianlian-redirect`. The URL comes from
 * the network, so it is used only from a verified success answer and only when its origin is one
 * the spec lists for that answer (`x-lianlian-redirect`) or one the merchant configured (a
 * sandbox): a tampered or misrouted answer cannot send payers to another site.
 */
import { LianLianError } from '../shared/errors.js';
/** What the spec says about one operation's redirect (generated from `x-lianlian-redirect`). */
export interface RedirectTarget {
    /** The answer field holding the page's URL; the browser goes there by a form POST. */
    readonly field: string;
    /** The origins the URL may have in production (`https://host`). */
    readonly origins: readonly string[];
}
/** Codes of {@link RedirectError}. */
export type RedirectErrorCode = 
/** Not a verified success answer of the operation. */
'REDIRECT_NOT_SUCCESS'
/** The answer has no usable URL in the field. */
 | 'REDIRECT_NO_URL'
/** The URL's origin is neither the spec's nor one configured. */
 | 'REDIRECT_UNTRUSTED_ORIGIN' | 'REDIRECT_OPTIONS';
/** No page was built: the browser must not be sent anywhere. */
export declare class RedirectError extends LianLianError<RedirectErrorCode> {
}
/** Options of a redirect page. */
export interface RedirectOptions {
    /**
     * Further origins the URL may have, exactly (`http://127.0.0.1:8080` for a local sandbox).
     * The spec's production origins are always allowed.
     */
    readonly allowedOrigins?: readonly string[];
    /** Nonce of the page's Content-Security-Policy for the auto-submit script. */
    readonly cspNonce?: string;
    /** Title of the page (default: a short Chinese "redirecting to LianLian Pay"). */
    readonly title?: string;
    /** Label of the button shown without JavaScript. */
    readonly submitLabel?: string;
}
/** The way to LianLian's page. */
export interface RedirectPage {
    /** The checked URL. */
    readonly url: string;
    /** A complete page whose inline script (carrying `cspNonce`) posts the browser there on load. */
    readonly html: string;
    /** The same page without any script: the payer presses a visible button. */
    readonly htmlWithoutScript: string;
}
/** The part of a client result the helper reads. */
export interface RedirectAnswer {
    readonly operationId: string;
    readonly branch: string;
    readonly data: Readonly<Record<string, unknown>>;
}
/**
 * Builds the page that sends the payer's browser to the URL of a verified success `answer` of
 * `operationId`, after checking the URL's origin.
 * @throws {RedirectError} when the answer is not such an answer, has no URL, or names a URL whose
 *   origin is not allowed; the message never repeats the URL (it may carry a payment token).
 */
export declare function buildRedirectPage(operationId: string, target: RedirectTarget, answer: RedirectAnswer, options?: RedirectOptions): RedirectPage;
