/**
 * Time limits and cancellation of one call, and the translation of what fetch throws into client
 * errors. A call is never retried: every LianLian operation here moves money or commits to it.
 */
import {
  ClientConfigError,
  NetworkError,
  RequestAbortedError,
  RequestTimeoutError,
  type ClientErrorOperation,
} from './errors.js';
import { LianLianError } from '../shared/errors.js';

/** Default time limit of a call: connect, send and read the whole response. */
export const DEFAULT_TIMEOUT_MS = 30_000;

// setTimeout's limit; larger values fire immediately.
const MAX_TIMEOUT_MS = 2_147_483_647;

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
export function checkTimeout(value: unknown, field: string): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value <= 0 ||
    value > MAX_TIMEOUT_MS
  ) {
    throw new ClientConfigError(
      `${field} must be a whole number of milliseconds from 1 to ${MAX_TIMEOUT_MS}`,
      field,
    );
  }
  return value;
}

/** Starts the timer of one call; the timeout covers reading the response body too. */
export function startDeadline(timeoutMs: number, callerSignal: AbortSignal | undefined): Deadline {
  const timer = new AbortController();
  const handle = setTimeout(
    () => timer.abort(new DOMException(`no response within ${timeoutMs} ms`, 'TimeoutError')),
    timeoutMs,
  );
  const signal =
    callerSignal === undefined ? timer.signal : AbortSignal.any([callerSignal, timer.signal]);
  return {
    signal,
    timeoutMs,
    timedOut: () => timer.signal.aborted,
    callerAborted: () => callerSignal?.aborted === true && !timer.signal.aborted,
    dispose: () => clearTimeout(handle),
  };
}

// Failures that happen before any byte of the request can have left this machine.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_INVALID_URL',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
]);

/**
 * Turns whatever a call threw into a client error: errors of the runtime pass through; aborts
 * become {@link RequestTimeoutError} or {@link RequestAbortedError}; anything else from fetch or
 * from reading the body is a {@link NetworkError}.
 * @param sent whether the request had been handed to fetch when the failure happened.
 */
export function toClientError(
  error: unknown,
  operationId: ClientErrorOperation,
  deadline: Deadline,
  sent: boolean,
): LianLianError {
  if (error instanceof LianLianError) return error;
  if (deadline.timedOut()) {
    return new RequestTimeoutError(operationId, deadline.timeoutMs, sent, error);
  }
  if (deadline.callerAborted()) return new RequestAbortedError(operationId, sent, error);
  return new NetworkError(operationId, sent && !connectFailure(error), error);
}

function connectFailure(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return true;
    if (current.message === 'bad port' || current.message === 'invalid method') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
