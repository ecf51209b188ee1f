/**
 * A plain `node:http` request handler for LianLian's asynchronous notifications (`notify_url`),
 * usable from Express and Fastify too. Per request it:
 *
 *   reads the raw body (size-limited) -> verifies and validates it -> checks it against the
 *   merchant's order -> runs the merchant's callback once per `oid_paybill` -> acknowledges.
 *
 * LianLian's acknowledgement (`{"ret_code":"0000","ret_msg":"交易成功"}`) is sent only after the
 * callback succeeded (or had already succeeded for an earlier copy). Anything else gets an error
 * answer, so LianLian sends the notification again; a refused notification never reaches the
 * callback. Log lines carry the webhook, the order and payment numbers and the outcome, never other
 * field values (no card data).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type MerchantOrder } from './notification-order.js';
import { type NotificationStore } from './notification-store.js';
import { type AcceptedNotification, type NotificationVerifier } from './notification-verify.js';
/** The acknowledgement LianLian waits for; any other answer makes it resend. */
export declare const NOTIFICATION_ACK: Readonly<{
    ret_code: "0000";
    ret_msg: "交易成功";
}>;
/** The fields the handler itself reads from a notification. */
export interface HandledNotificationFields {
    readonly oid_partner: string;
    readonly no_order: string;
    readonly money_order: string;
    readonly oid_paybill: string;
}
/** Options of {@link createNotificationHandler}. */
export interface NotificationHandlerOptions<T extends HandledNotificationFields> {
    /** The verifier of this notification kind (e.g. `createLianLianNotificationVerifier('webPaymentNotify', …)`). */
    readonly verify: NotificationVerifier<T>;
    /** Looks up the merchant's order by the notification's `no_order`; undefined when unknown. */
    readonly findOrder: (noOrder: string) => MerchantOrder | undefined | Promise<MerchantOrder | undefined>;
    /**
     * Records the payment result. Runs at most once per `oid_paybill` at a time and, once it has
     * resolved, never again for that payment. Throwing (or rejecting) leaves the notification
     * unacknowledged, so LianLian sends it again later.
     */
    readonly onNotification: (notification: T, accepted: AcceptedNotification<T>) => void | Promise<void>;
    /**
     * Where handled payments are recorded (default: a new in-memory store). When `complete` fails
     * after the callback succeeded, the copy is answered 500 and the resend retries `complete`
     * instead of running the callback again.
     */
    readonly store?: NotificationStore;
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
 * @throws {TypeError} when a required option is missing.
 */
export declare function createNotificationHandler<T extends HandledNotificationFields>(options: NotificationHandlerOptions<T>): NotificationRequestHandler;
