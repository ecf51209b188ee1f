/**
 * Errors thrown by the typed API clients. Each has a stable `code`, the `operationId` of the call
 * and `outcomeUnknown`: true when the request may have reached LianLian, so money may have moved
 * and the order must be queried before anything is sent again. Messages name fields and rules,
 * never values; the parsed response, where there is one, is kept in a non-enumerable `received`
 * property so that logging the error does not print it.
 */
import type { ReturnCodeOutcome, SpecOperationId, SpecRetCode } from './operation.js';
import { LianLianError } from '../shared/errors.js';
import {
  issueField,
  maskDigits,
  oneLine,
  summariseIssues,
  type ValidationIssue,
} from '../shared/validation.js';
import type { VerifyFailureReason } from '../crypto/verify.js';

/** Codes of every client error. */
export type ClientErrorCode =
  | 'CLIENT_CONFIG'
  | 'REQUEST_INVALID'
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'ABORTED'
  | 'HTTP_STATUS'
  | 'UNPARSEABLE_BODY'
  | 'RESPONSE_TOO_LARGE'
  | 'SIGNATURE_MISSING'
  | 'SIGNATURE_INVALID'
  | 'RESPONSE_INVALID'
  | 'BUSINESS_FAILURE';

/** The operation an error is about: a client operation, or `createLianLianClient` for its options. */
export type ClientErrorOperation = SpecOperationId | 'createLianLianClient';

/** The validator issues a validation error carries (paths like `money_order`, values masked). */
export type ClientIssue = ValidationIssue;

/** Base class of the errors an API client call throws. */
export class ClientError extends LianLianError<ClientErrorCode> {
  /** The operation that was called (`mpayVerify`, ...). */
  readonly operationId: ClientErrorOperation;
  /**
   * True when LianLian may have received and processed the request. Do not send it again under a
   * new order number before the order's state is known: these calls move money.
   */
  readonly outcomeUnknown: boolean;

  constructor(
    code: ClientErrorCode,
    operationId: ClientErrorOperation,
    message: string,
    outcomeUnknown: boolean,
    field?: string,
    cause?: unknown,
  ) {
    super(code, `${operationId}: ${message}`, field);
    this.operationId = operationId;
    this.outcomeUnknown = outcomeUnknown;
    if (cause !== undefined) hide(this, 'cause', cause);
  }
}

/** The client was configured with options it cannot work with (thrown at creation or call). */
export class ClientConfigError extends ClientError {
  declare readonly code: 'CLIENT_CONFIG';
  /** `operationId` is `createLianLianClient` for the client's options, else the call's. */
  constructor(
    message: string,
    field: string,
    operationId: ClientErrorOperation = 'createLianLianClient',
  ) {
    // Nothing was sent, so no money can have moved.
    super('CLIENT_CONFIG', operationId, message, false, field);
  }
}

/** The request failed validation; nothing was sent. */
export class RequestValidationError extends ClientError {
  declare readonly code: 'REQUEST_INVALID';
  readonly issues: readonly ClientIssue[];
  constructor(operationId: ClientErrorOperation, issues: readonly ClientIssue[]) {
    super(
      'REQUEST_INVALID',
      operationId,
      `the request is invalid and was not sent: ${summariseIssues(issues)}`,
      false,
      issueField(issues),
    );
    this.issues = issues;
  }
}

/** The connection failed or broke before a complete response arrived. */
export class NetworkError extends ClientError {
  declare readonly code: 'NETWORK_ERROR';
  constructor(operationId: ClientErrorOperation, outcomeUnknown: boolean, cause: unknown) {
    super(
      'NETWORK_ERROR',
      operationId,
      outcomeUnknown
        ? 'the connection failed after the request may have been sent; query the order before retrying'
        : 'the connection could not be established; the request was not sent',
      outcomeUnknown,
      undefined,
      cause,
    );
  }
}

/** No complete response arrived within the timeout. */
export class RequestTimeoutError extends ClientError {
  declare readonly code: 'TIMEOUT';
  readonly timeoutMs: number;
  constructor(
    operationId: ClientErrorOperation,
    timeoutMs: number,
    outcomeUnknown: boolean,
    cause: unknown,
  ) {
    super(
      'TIMEOUT',
      operationId,
      outcomeUnknown
        ? `no complete response within ${timeoutMs} ms; query the order before retrying`
        : `the ${timeoutMs} ms timeout ran out before the request was sent`,
      outcomeUnknown,
      undefined,
      cause,
    );
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's AbortSignal fired before the call completed. */
export class RequestAbortedError extends ClientError {
  declare readonly code: 'ABORTED';
  constructor(operationId: ClientErrorOperation, outcomeUnknown: boolean, reason: unknown) {
    super(
      'ABORTED',
      operationId,
      outcomeUnknown
        ? 'aborted by the caller after the request may have been sent'
        : 'aborted by the caller before the request was sent',
      outcomeUnknown,
      undefined,
      reason,
    );
  }
}

/** LianLian (or something in front of it) answered with a non-2xx HTTP status. */
export class HttpStatusError extends ClientError {
  declare readonly code: 'HTTP_STATUS';
  readonly status: number;
  constructor(operationId: ClientErrorOperation, status: number) {
    super('HTTP_STATUS', operationId, `unexpected HTTP status ${status}`, true);
    this.status = status;
  }
}

/** The response body is not a JSON object (an HTML error page, truncated text, ...). */
export class UnparseableBodyError extends ClientError {
  declare readonly code: 'UNPARSEABLE_BODY';
  readonly status: number;
  /** The media type the response declared (parameters dropped), or `''`. */
  readonly contentType: string;
  /** @param field the member name a refused body repeats, when that is why it was refused. */
  constructor(
    operationId: ClientErrorOperation,
    status: number,
    contentType: string,
    detail: string,
    field?: string,
  ) {
    super(
      'UNPARSEABLE_BODY',
      operationId,
      `the response body ${maskDigits(detail)} (content type ${contentType || 'none'})`,
      true,
      field,
    );
    this.status = status;
    this.contentType = contentType;
  }
}

/**
 * The response body is longer than `maxResponseBytes` (counted after decompression); reading
 * stopped at the cap. The request had been sent, so LianLian may have acted on it.
 */
export class ResponseTooLargeError extends ClientError {
  declare readonly code: 'RESPONSE_TOO_LARGE';
  readonly status: number;
  /** The cap, in bytes. */
  readonly limit: number;
  constructor(operationId: ClientErrorOperation, status: number, limit: number) {
    super(
      'RESPONSE_TOO_LARGE',
      operationId,
      `the response body is larger than ${limit} bytes (maxResponseBytes, counted decompressed) and was not read further; the request was sent, so its outcome is unknown: query the order before retrying`,
      true,
    );
    this.status = status;
    this.limit = limit;
  }
}

/** The response's signature is missing where one is required, or does not verify. */
export class ResponseSignatureError extends ClientError {
  declare readonly code: 'SIGNATURE_MISSING' | 'SIGNATURE_INVALID';
  /** The verifier's reason, e.g. `bad-signature`, `missing-sign`, `sign-type-not-allowed`. */
  readonly reason: VerifyFailureReason;
  declare readonly received: Readonly<Record<string, unknown>>;
  constructor(
    operationId: ClientErrorOperation,
    reason: VerifyFailureReason,
    detail: string,
    received: Record<string, unknown>,
  ) {
    const missing = reason === 'missing-sign';
    super(
      missing ? 'SIGNATURE_MISSING' : 'SIGNATURE_INVALID',
      operationId,
      `the response cannot be trusted: ${maskDigits(detail)}; do not act on it, query the order instead`,
      true,
      missing ? 'sign' : signatureField(reason),
    );
    this.reason = reason;
    hide(this, 'received', received);
  }
}

/** A signed response does not match the response schema of the operation. */
export class ResponseValidationError extends ClientError {
  declare readonly code: 'RESPONSE_INVALID';
  readonly issues: readonly ClientIssue[];
  /** The branch the response claims to be (by ret_code / result_pay), when one matched. */
  readonly branch: string | undefined;
  declare readonly received: Readonly<Record<string, unknown>>;
  constructor(
    operationId: ClientErrorOperation,
    branch: string | undefined,
    issues: readonly ClientIssue[],
    received: Record<string, unknown>,
  ) {
    super(
      'RESPONSE_INVALID',
      operationId,
      `the response does not match the ${branch ?? 'documented'} response shape: ${summariseIssues(issues)}; query the order before acting`,
      true,
      issueField(issues),
    );
    this.issues = issues;
    this.branch = branch;
    hide(this, 'received', received);
  }
}

/** LianLian answered with a ret_code other than 0000. */
export class BusinessFailureError extends ClientError {
  declare readonly code: 'BUSINESS_FAILURE';
  readonly retCode: SpecRetCode;
  /** LianLian's message (Chinese), with long digit runs masked. */
  readonly retMsg: string;
  /**
   * What the code means for the caller (`failed`, `processing`, `retry-later`, ...) from the
   * spec's return-code table, or `unknown` for a code the table does not list.
   */
  readonly category: ReturnCodeOutcome;
  /** English meaning of the code from the return-code table, when it lists the code. */
  readonly description: string | undefined;
  /**
   * True when the failure carried a signature that verified. An unverified failure is only as
   * trustworthy as the TLS connection it came over: before retrying under a new order number or
   * abandoning the order, query its state.
   */
  readonly verified: boolean;
  /**
   * True when the failure echoed every field the operation's `x-lianlian-correlation` names with
   * this request's values. A failure that does not (LianLian's failures often carry only ret_code
   * and ret_msg) may be a replay of another call's answer, so `outcomeUnknown` is true.
   */
  readonly correlated: boolean;
  declare readonly received: Readonly<Record<string, unknown>>;
  constructor(
    operationId: ClientErrorOperation,
    failure: {
      retCode: SpecRetCode;
      retMsg: string;
      category: ReturnCodeOutcome;
      description: string | undefined;
      verified: boolean;
      correlated: boolean;
    },
    received: Record<string, unknown>,
  ) {
    const retMsg = maskDigits(failure.retMsg);
    const notes = `${failure.verified ? '' : ', unsigned'}${failure.correlated ? '' : ', not tied to this request'}`;
    super(
      'BUSINESS_FAILURE',
      operationId,
      `LianLian answered ret_code ${failure.retCode} (${failure.category}${notes}): ${oneLine(retMsg)}`,
      failure.category === 'processing' ||
        failure.category === 'unknown' ||
        !failure.verified ||
        !failure.correlated,
      'ret_code',
    );
    this.retCode = failure.retCode;
    this.retMsg = retMsg;
    this.category = failure.category;
    this.description = failure.description;
    this.verified = failure.verified;
    this.correlated = failure.correlated;
    hide(this, 'received', received);
  }
}

// Still exported from here: it was part of the package's API before it moved.
export { maskDigits };

function signatureField(reason: VerifyFailureReason): string | undefined {
  if (reason === 'missing-sign-type' || reason === 'unknown-sign-type') return 'sign_type';
  if (reason === 'sign-type-not-allowed') return 'sign_type';
  if (reason === 'malformed-sign' || reason === 'bad-signature') return 'sign';
  return undefined;
}

function hide(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: false, writable: false });
}
