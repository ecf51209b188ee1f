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
import { checkNotificationOrder, type MerchantOrder } from './notification-order.js';
import { MemoryNotificationStore, type NotificationStore } from './notification-store.js';
import {
  DEFAULT_NOTIFICATION_BODY_LIMIT,
  type AcceptedNotification,
  type NotificationVerifier,
} from './notification-verify.js';
import { byteLimitOption } from './response-body.js';

/** The acknowledgement LianLian waits for; any other answer makes it resend. */
export const NOTIFICATION_ACK = Object.freeze({ ret_code: '0000', ret_msg: '交易成功' });

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
  readonly findOrder: (
    noOrder: string,
  ) => MerchantOrder | undefined | Promise<MerchantOrder | undefined>;
  /**
   * Records the payment result. Runs at most once per `oid_paybill` at a time and, once it has
   * resolved, never again for that payment. Throwing (or rejecting) leaves the notification
   * unacknowledged, so LianLian sends it again later.
   */
  readonly onNotification: (
    notification: T,
    accepted: AcceptedNotification<T>,
  ) => void | Promise<void>;
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
export class RequestBodyTooLargeError extends Error {
  readonly code = 'BODY_TOO_LARGE' as const;
  readonly field = undefined;
  constructor(readonly limit: number) {
    super(`the request body is larger than ${limit} bytes`);
    this.name = 'RequestBodyTooLargeError';
  }
}

/**
 * Reads a request's raw body, at most `limit` bytes. A body a framework already read as bytes or
 * text (`req.body`, e.g. `express.raw()`) is used as it is; a body it already parsed into an object
 * cannot be verified and is refused.
 * @throws {RequestBodyTooLargeError} beyond `limit`; other errors when the body was parsed or the
 *   connection broke.
 */
export async function readRequestBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const preRead = (req as IncomingMessage & { body?: unknown }).body;
  if (Buffer.isBuffer(preRead) || typeof preRead === 'string') {
    const bytes = Buffer.isBuffer(preRead) ? preRead : Buffer.from(preRead, 'utf8');
    if (bytes.length > limit) throw new RequestBodyTooLargeError(limit);
    return bytes;
  }
  if (preRead !== undefined && req.readableEnded) {
    throw new Error(
      'the body was already parsed by a body parser; the raw text is needed to verify the signature',
    );
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new RequestBodyTooLargeError(limit);
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(new RequestBodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (!failed) reject(error);
      failed = true;
    });
  });
}

/**
 * Creates the handler.
 * @throws {TypeError} when a required option is missing; {@link ConfigurationError}
 *   `LIMIT_INVALID` for a `maxBodyBytes` that is not a whole number of bytes.
 */
export function createNotificationHandler<T extends HandledNotificationFields>(
  options: NotificationHandlerOptions<T>,
): NotificationRequestHandler {
  for (const name of ['verify', 'findOrder', 'onNotification'] as const) {
    if (typeof options?.[name] !== 'function')
      throw new TypeError(`createNotificationHandler: ${name} must be a function`);
  }
  const store = options.store ?? new MemoryNotificationStore();
  const limit = byteLimitOption(
    options.maxBodyBytes,
    DEFAULT_NOTIFICATION_BODY_LIMIT,
    'maxBodyBytes',
  );
  const label = options.name ?? 'notification';
  const log = options.log ?? (() => {});
  // Payments whose callback succeeded but whose store.complete() failed. Their store entry is
  // still claimed, so the callback is never run again for them here; a resend retries complete()
  // and is acknowledged once it succeeds.
  const unrecorded = new Set<string>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return answer(res, 405, 'method not allowed', () =>
        log(`${label}: refused ${String(req.method)} (POST only)`),
      );
    }
    let body: Buffer;
    try {
      body = await readRequestBody(req, limit);
    } catch (error) {
      const tooLarge = error instanceof RequestBodyTooLargeError;
      res.setHeader('Connection', 'close');
      return answer(
        res,
        tooLarge ? 413 : 400,
        tooLarge ? 'body too large' : 'unreadable body',
        () => log(`${label}: refused (${tooLarge ? 'body-too-large' : 'unreadable-body'})`),
      );
    }
    const result = options.verify(body, req.headers['content-type']);
    if (!result.ok) {
      return answer(res, 400, `notification refused: ${result.reason}`, () =>
        log(`${label}: refused (${result.reason}: ${oneLine(result.detail)})`),
      );
    }
    const n = result.notification;
    const ids = `no_order=${oneLine(n.no_order)} oid_paybill=${oneLine(n.oid_paybill)}`;
    const order = await options.findOrder(n.no_order);
    if (order === undefined) {
      return answer(res, 400, 'unknown order', () =>
        log(`${label}: ${ids} refused (unknown order)`),
      );
    }
    const match = checkNotificationOrder(n, order);
    if (!match.ok) {
      return answer(res, 400, `order mismatch: ${match.field}`, () =>
        log(`${label}: ${ids} refused (${match.field} does not match the order)`),
      );
    }
    if (unrecorded.has(n.oid_paybill)) return record(res, n.oid_paybill, ids);
    const claim = await store.claim(n.oid_paybill);
    if (claim === 'done') {
      return acknowledge(res, () => log(`${label}: ${ids} acknowledged (already handled)`));
    }
    if (claim === 'busy') {
      return answer(res, 503, 'being handled', () =>
        log(`${label}: ${ids} deferred (another copy is being handled)`),
      );
    }
    try {
      await options.onNotification(n, result);
    } catch {
      await store.release(n.oid_paybill);
      return answer(res, 500, 'callback failed', () =>
        log(`${label}: ${ids} not acknowledged (callback failed)`),
      );
    }
    unrecorded.add(n.oid_paybill);
    return record(res, n.oid_paybill, ids);
  };

  // Marks a handled payment done; until the store accepts that, LianLian's resends keep coming.
  const record = async (res: ServerResponse, key: string, ids: string): Promise<void> => {
    try {
      await store.complete(key);
    } catch {
      return answer(res, 500, 'could not record the notification', () =>
        log(`${label}: ${ids} not acknowledged (handled, but the store failed; a resend retries)`),
      );
    }
    unrecorded.delete(key);
    acknowledge(res, () => log(`${label}: ${ids} acknowledged (handled)`));
  };

  return (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        answer(res, 500, 'internal error', () => log(`${label}: failed (internal error)`));
      else res.destroy();
    });
  };
}

function acknowledge(res: ServerResponse, done: () => void): void {
  res.writeHead(200, { 'Content-Type': 'application/json;charset=utf-8' });
  res.end(JSON.stringify(NOTIFICATION_ACK));
  done();
}

// Any answer but the acknowledgement makes LianLian resend; 9999 is its generic system error.
function answer(res: ServerResponse, status: number, message: string, done: () => void): void {
  res.writeHead(status, { 'Content-Type': 'application/json;charset=utf-8' });
  res.end(JSON.stringify({ ret_code: '9999', ret_msg: message }));
  done();
}

function oneLine(text: string): string {
  const flat = String(text).replace(/[^\x20-\x7e\u00a0-\uffff]/g, '?');
  return flat.length > 64 ? `${flat.slice(0, 64)}…` : flat;
}
