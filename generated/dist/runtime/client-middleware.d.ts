/**
 * The steps of one API call as openapi-fetch middleware. Each step does one thing:
 *
 *   request:  fill defaults -> validate -> sign -> seal envelope (when the operation has one)
 *   response: check HTTP status -> parse JSON -> verify signature -> validate against its branch
 *             -> match the request (the answer is about this merchant, order and amount)
 *
 * Request steps read the JSON body openapi-fetch serialised and return a new Request with the
 * changed body. Response steps record what they learn in the call's {@link CallContext}; the
 * caller turns that into a result or a business error. Any step may throw: nothing is sent when a
 * request step throws.
 */
import type { KeyObject } from 'node:crypto';
import type { Middleware } from 'openapi-fetch';
import { type ClientBranch, type ClientOperation } from './client-operation.js';
import type { SignType } from './sign-type.js';
import type { Verifier } from './verify.js';
/** The client-wide settings the steps use, with keys loaded once. */
export interface ClientSettings {
    readonly oidPartner: string;
    readonly signType: SignType;
    readonly privateKey: KeyObject;
    /** The LianLian public key envelopes are encrypted for (the first one configured). */
    readonly encryptionKey: KeyObject;
    readonly verifierFor: (operation: ClientOperation) => Verifier;
    /** Reject failure responses that carry no signature instead of reporting them as unverified. */
    readonly requireSignedFailures: boolean;
}
/** State of one call, filled in by the steps as it runs. */
export interface CallContext {
    readonly operation: ClientOperation;
    readonly settings: ClientSettings;
    /** Set once the request has been handed to fetch. */
    sent: boolean;
    /** The signed request message (the plaintext, for enveloped operations). */
    request?: Record<string, unknown>;
    received?: Record<string, unknown>;
    /** The verified signature, or `null` for a failure accepted without one. */
    signature?: {
        signType: SignType;
        keyIndex: number;
    } | null;
    branch?: ClientBranch;
}
/**
 * The middleware of one call, in openapi-fetch registration order. openapi-fetch runs onRequest
 * in that order and onResponse in reverse, so the response steps are listed last-to-first.
 */
export declare function callPipeline(context: CallContext): Middleware[];
