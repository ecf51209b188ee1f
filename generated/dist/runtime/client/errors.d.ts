/**
 * Errors thrown by the typed API clients. Each has a stable `code`, the `operationId` of the call
 * and `outcomeUnknown`: true when the request may have reached LianLian, so money may have moved
 * and the order must be queried before anything is sent again. Messages name fields and rules,
 * never values; the parsed response, where there is one, is kept in a non-enumerable `received`
 * property so that logging the error does not print it.
 */
import type { ReturnCodeOutcome, SpecOperationId, SpecRetCode } from './operation.js';
import { LianLianError } from '../shared/errors.js';
import { maskDigits, type ValidationIssue } from '../shared/validation.js';
import type { VerifyFailureReason } from '../crypto/verify.js';
/** Codes of every client error. */
export type ClientErrorCode = 'CLIENT_CONFIG' | 'REQUEST_INVALID' | 'NETWORK_ERROR' | 'TIMEOUT' | 'ABORTED' | 'HTTP_STATUS' | 'UNPARSEABLE_BODY' | 'RESPONSE_TOO_LARGE' | 'SIGNATURE_MISSING' | 'SIGNATURE_INVALID' | 'RESPONSE_INVALID' | 'BUSINESS_FAILURE';
/** The operation an error is about: a client operation, or `createLianLianClient` for its options. */
export type ClientErrorOperation = SpecOperationId | 'createLianLianClient';
/** The validator issues a validation error carries (paths like `money_order`, values masked). */
export type ClientIssue = ValidationIssue;
/** Base class of the errors an API client call throws. */
export declare class ClientError extends LianLianError<ClientErrorCode> {
    /** The operation that was called (`mpayVerify`, ...). */
    readonly operationId: ClientErrorOperation;
    /**
     * True when LianLian may have received and processed the request. Do not send it again under a
     * new order number before the order's state is known: these calls move money.
     */
    readonly outcomeUnknown: boolean;
    constructor(code: ClientErrorCode, operationId: ClientErrorOperation, message: string, outcomeUnknown: boolean, field?: string, cause?: unknown);
}
/** The client was configured with options it cannot work with (thrown at creation or call). */
export declare class ClientConfigError extends ClientError {
    readonly code: 'CLIENT_CONFIG';
    /** `operationId` is `createLianLianClient` for the client's options, else the call's. */
    constructor(message: string, field: string, operationId?: ClientErrorOperation);
}
/** The request failed validation; nothing was sent. */
export declare class RequestValidationError extends ClientError {
    readonly code: 'REQUEST_INVALID';
    readonly issues: readonly ClientIssue[];
    constructor(operationId: ClientErrorOperation, issues: readonly ClientIssue[]);
}
/** The connection failed or broke before a complete response arrived. */
export declare class NetworkError extends ClientError {
    readonly code: 'NETWORK_ERROR';
    constructor(operationId: ClientErrorOperation, outcomeUnknown: boolean, cause: unknown);
}
/** No complete response arrived within the timeout. */
export declare class RequestTimeoutError extends ClientError {
    readonly code: 'TIMEOUT';
    readonly timeoutMs: number;
    constructor(operationId: ClientErrorOperation, timeoutMs: number, outcomeUnknown: boolean, cause: unknown);
}
/** The caller's AbortSignal fired before the call completed. */
export declare class RequestAbortedError extends ClientError {
    readonly code: 'ABORTED';
    constructor(operationId: ClientErrorOperation, outcomeUnknown: boolean, reason: unknown);
}
/** LianLian (or something in front of it) answered with a non-2xx HTTP status. */
export declare class HttpStatusError extends ClientError {
    readonly code: 'HTTP_STATUS';
    readonly status: number;
    constructor(operationId: ClientErrorOperation, status: number);
}
/** The response body is not a JSON object (an HTML error page, truncated text, ...). */
export declare class UnparseableBodyError extends ClientError {
    readonly code: 'UNPARSEABLE_BODY';
    readonly status: number;
    /** The media type the response declared (parameters dropped), or `''`. */
    readonly contentType: string;
    /** @param field the member name a refused body repeats, when that is why it was refused. */
    constructor(operationId: ClientErrorOperation, status: number, contentType: string, detail: string, field?: string);
}
/**
 * The response body is longer than `maxResponseBytes` (counted after decompression); reading
 * stopped at the cap. The request had been sent, so LianLian may have acted on it.
 */
export declare class ResponseTooLargeError extends ClientError {
    readonly code: 'RESPONSE_TOO_LARGE';
    readonly status: number;
    /** The cap, in bytes. */
    readonly limit: number;
    constructor(operationId: ClientErrorOperation, status: number, limit: number);
}
/** The response's signature is missing where one is required, or does not verify. */
export declare class ResponseSignatureError extends ClientError {
    readonly code: 'SIGNATURE_MISSING' | 'SIGNATURE_INVALID';
    /** The verifier's reason, e.g. `bad-signature`, `missing-sign`, `sign-type-not-allowed`. */
    readonly reason: VerifyFailureReason;
    readonly received: Readonly<Record<string, unknown>>;
    constructor(operationId: ClientErrorOperation, reason: VerifyFailureReason, detail: string, received: Record<string, unknown>);
}
/** A signed response does not match the response schema of the operation. */
export declare class ResponseValidationError extends ClientError {
    readonly code: 'RESPONSE_INVALID';
    readonly issues: readonly ClientIssue[];
    /** The branch the response claims to be (by ret_code / result_pay), when one matched. */
    readonly branch: string | undefined;
    readonly received: Readonly<Record<string, unknown>>;
    constructor(operationId: ClientErrorOperation, branch: string | undefined, issues: readonly ClientIssue[], received: Record<string, unknown>);
}
/** LianLian answered with a ret_code other than 0000. */
export declare class BusinessFailureError extends ClientError {
    readonly code: 'BUSINESS_FAILURE';
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
    readonly received: Readonly<Record<string, unknown>>;
    constructor(operationId: ClientErrorOperation, failure: {
        retCode: SpecRetCode;
        retMsg: string;
        category: ReturnCodeOutcome;
        description: string | undefined;
        verified: boolean;
        correlated: boolean;
    }, received: Record<string, unknown>);
}
export { maskDigits };
