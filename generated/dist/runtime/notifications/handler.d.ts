import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NotificationCorrelation } from '../shared/correlation.js';
import { type MerchantOrder } from './order.js';
import { type NotificationStore } from './store.js';
import { type AcceptedNotification, type NotificationVerifier } from './verify.js';
/** The acknowledgement LianLian waits for; any other answer makes it resend. */
export declare const NOTIFICATION_ACK: {
    readonly ret_code: '0000';
    readonly ret_msg: '交易成功';
};
/** Options of {@link createNotificationHandler}. */
export interface NotificationHandlerOptions<T extends object> {
    /** The verifier of this notification kind (e.g. `createLianLianNotificationVerifier('webPaymentNotify', …)`). */
    readonly verify: NotificationVerifier<T>;
    /** The webhook's `x-lianlian-correlation` (the generated code passes the spec's). */
    readonly correlation: NotificationCorrelation;
    /**
     * Looks up the merchant's order by the notification's order key (`no_order` for payments);
     * undefined when unknown. The record must hold every correlation field.
     */
    readonly findOrder: (orderKey: string) => MerchantOrder | undefined | Promise<MerchantOrder | undefined>;
    /**
     * Records the payment result. Runs at most once per idempotency key at a time and, once it has
     * resolved, never again for that payment. Throwing (or rejecting) leaves the notification
     * unacknowledged, so LianLian sends it again later. `signal` aborts when `callbackTimeoutMs`
     * runs out: stop there, since after the lease another delivery may run the callback.
     */
    readonly onNotification: (notification: T, accepted: AcceptedNotification<T>, context: {
        readonly signal: AbortSignal;
    }) => void | Promise<void>;
    /**
     * Where handled payments are recorded (default: a new in-memory store). When `complete` fails
     * after the callback succeeded, the copy is answered 500 and the resend retries `complete`
     * instead of running the callback again.
     */
    readonly store?: NotificationStore;
    /**
     * How long one delivery's claim on a payment holds, in milliseconds (default 60 000). A claim
     * whose callback never settled, whose process died or whose release failed lapses after this,
     * and the next resend runs the callback again. Must exceed `callbackTimeoutMs`.
     */
    readonly leaseMs?: number;
    /**
     * How long the handler waits for `onNotification`, in milliseconds (default 30 000). It then
     * answers 500 (LianLian resends) and aborts the callback's `signal`; a callback that still
     * settles within the lease is recorded (success) or released (failure) as usual.
     */
    readonly callbackTimeoutMs?: number;
    /** Largest body accepted, in bytes (default 64 KiB). */
    readonly maxBodyBytes?: number;
    /** Receives one line per request; values other than order and payment numbers never appear. */
    readonly log?: (line: string) => void;
    /** Name used in log lines (default `notification`). */
    readonly name?: string;
}
/** A request handler for `http.createServer`, Express (`app.post(path, handler)`) and others. */
export type NotificationRequestHandler = (req: IncomingMessage, res: ServerResponse) => void;
/** Thrown inside {@link readRequestBody} when the body exceeds its limit. */
export declare class RequestBodyTooLargeError extends Error {
    readonly limit: number;
    readonly code: "BODY_TOO_LARGE";
    readonly field: undefined;
    constructor(limit: number);
}
/**
 * Reads a request's raw body, at most `limit` bytes. A body a framework already read as bytes or
 * text (`req.body`, e.g. `express.raw()`) is used as it is; a body it already parsed into an object
 * cannot be verified and is refused.
 * @throws {RequestBodyTooLargeError} beyond `limit`; other errors when the body was parsed or the
 *   connection broke.
 */
export declare function readRequestBody(req: IncomingMessage, limit: number): Promise<Buffer>;
/**
 * Creates the handler.
 * @throws {TypeError} when a required option is missing; {@link ConfigurationError}
 *   `LIMIT_INVALID` for a `maxBodyBytes` that is not a whole number of bytes.
 */
export declare function createNotificationHandler<T extends object>(options: NotificationHandlerOptions<T>): NotificationRequestHandler;
/** Default lease of a claim: longer than the callback timeout, shorter than LianLian's 2-minute resend interval. */
export declare const DEFAULT_CLAIM_LEASE_MS = 60000;
/** Default time the handler waits for the callback (LianLian itself waits 5 s for the answer). */
export declare const DEFAULT_CALLBACK_TIMEOUT_MS = 30000;
