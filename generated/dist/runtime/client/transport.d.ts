/**
 * Time limits and cancellation of one call, and the translation of what fetch throws into client
 * errors. A call is never retried: every LianLian operation here moves money or commits to it.
 */
import { type ClientErrorOperation } from './errors.js';
import { LianLianError } from '../shared/errors.js';
/** Default time limit of a call: connect, send and read the whole response. */
export declare const DEFAULT_TIMEOUT_MS = 30000;
/** The signal one call runs under: the caller's signal and the call's own timeout, combined. */
export interface Deadline {
    readonly signal: AbortSignal;
    readonly timeoutMs: number;
    readonly timedOut: () => boolean;
    readonly callerAborted: () => boolean;
    /** Stops the timer once the call has finished. */
    readonly dispose: () => void;
}
/**
 * Checks a timeout option.
 * @throws {ClientConfigError} unless it is a positive whole number of milliseconds.
 */
export declare function checkTimeout(value: unknown, field: string): number;
/** Starts the timer of one call; the timeout covers reading the response body too. */
export declare function startDeadline(timeoutMs: number, callerSignal: AbortSignal | undefined): Deadline;
/**
 * Turns whatever a call threw into a client error: errors of the runtime pass through; aborts
 * become {@link RequestTimeoutError} or {@link RequestAbortedError}; anything else from fetch or
 * from reading the body is a {@link NetworkError}.
 * @param sent whether the request had been handed to fetch when the failure happened.
 */
export declare function toClientError(error: unknown, operationId: ClientErrorOperation, deadline: Deadline, sent: boolean): LianLianError;
