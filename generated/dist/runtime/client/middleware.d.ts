/**
 * The steps of one API call as openapi-fetch middleware. Each step does one thing:
 *
 *   request:  fill defaults -> validate -> sign -> seal envelope (when the operation has one)
 *             and serialise what is sent
 *   response: check HTTP status -> read at most maxResponseBytes and parse JSON -> verify signature -> validate against its branch
 *             -> match the request (the answer echoes the operation's correlation fields)
 *
 * All steps of one call share its {@link CallContext}: the first request step parses the JSON text
 * openapi-fetch serialised, the others change that one object, and the last serialises it once
 * (building undici Requests and reading their bodies per step cost more than the RSA work).
 * Response steps likewise read the body once and record what they learn in the context; the
 * caller turns that into a result or a business error. Any step may throw: nothing is sent when a
 * request step throws.
 */
import type { KeyObject } from 'node:crypto';
import type { Middleware } from 'openapi-fetch';
import { type ClientBranch, type ClientOperation } from './operation.js';
import type { SignType } from '../crypto/sign-type.js';
import type { Verifier } from '../crypto/verify.js';
/** The client-wide settings the steps use, with keys loaded once. */
export interface ClientSettings {
    readonly oidPartner: string;
    readonly signType: SignType;
    readonly privateKey: KeyObject;
    /**
     * A value of the shape and length of this key's signatures, so the unsigned message can be
     * validated against its schema (which requires `sign`) before the RSA work.
     */
    readonly signPlaceholder: string;
    /** The LianLian public key envelopes are encrypted for (the first one configured). */
    readonly encryptionKey: KeyObject;
    readonly verifierFor: (operation: ClientOperation) => Verifier;
    /** Reject failure responses that carry no signature instead of reporting them as unverified. */
    readonly requireSignedFailures: boolean;
    /** Whether the caller supplied `fetch` (it is then given a Request carrying the final body). */
    readonly injectedFetch: boolean;
    /** Largest response body read, in bytes after decompression. */
    readonly maxResponseBytes: number;
}
/** State of one call, filled in by the steps as it runs. */
export interface CallContext {
    readonly operation: ClientOperation;
    readonly settings: ClientSettings;
    /** Aborts the call: the caller's signal and the call's timeout. */
    readonly signal: AbortSignal;
    /** Set once the request has been handed to fetch. */
    sent: boolean;
    /** The caller's parameters as JSON text (openapi-fetch's body serialiser writes it). */
    params?: string;
    /** The request message the request steps build, parsed once from `params`. */
    message?: Record<string, unknown>;
    /** The signed request message (the plaintext, for enveloped operations). */
    request?: Record<string, unknown>;
    /** The exact text sent, written once by the last request step. */
    body?: string;
    /** The answer as parsed JSON, which the validation and result steps read. */
    received?: Record<string, unknown>;
    /**
     * The answer's members with each value's text exactly as received (`10.00` stays `10.00`),
     * which is what LianLian signed; the signature is checked over these, never over re-serialised
     * values.
     */
    receivedText?: Record<string, string>;
    /** The verified signature, or `null` for a failure accepted without one. */
    signature?: {
        signType: SignType;
        keyIndex: number;
    } | null;
    branch?: ClientBranch;
    /**
     * True once the answer echoed every correlation field with the request's value; false for a
     * failure that lacks one (reported, but as outcome unknown). Unset until checked.
     */
    correlated?: boolean;
}
/**
 * The middleware of one call, in openapi-fetch registration order. openapi-fetch runs onRequest
 * in that order and onResponse in reverse, so the response steps are listed last-to-first.
 */
export declare function callPipeline(context: CallContext): Middleware[];
