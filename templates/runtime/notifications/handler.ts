/**
 * A plain `node:http` request handler for LianLian's asynchronous notifications (`notify_url`),
 * usable from Express and Fastify too. Per request it:
 *
 *   reads the raw body (size-limited) -> verifies and validates it -> checks it against the
 *   merchant's order -> runs the merchant's callback once per idempotency key -> acknowledges.
 *
 * Which fields look the order up, must match it and key the idempotency (for payments `no_order`,
 * `oid_partner`/`no_order`/`money_order` and `oid_paybill`) is the webhook's
 * `x-lianlian-correlation`, handed in as `correlation` by the generated code.
 *
 * LianLian's acknowledgement (`{"ret_code":"0000","ret_msg":"交易成功"}`) is sent only after the
 * callback succeeded (or had already succeeded for an earlier copy). Anything else gets an error
 * answer, so LianLian sends the notification again; a refused notification never reaches the
 * callback. Log lines carry the webhook, the (masked) order key and idempotency key and the outcome,
 * never other field values (no card data).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConfigurationError } from '../shared/errors.js';
import type { NotificationCorrelation } from '../shared/correlation.js';
import { checkNotificationOrder, type MerchantOrder } from './order.js';
import { MemoryNotificationStore, type NotificationStore } from './store.js';
import { maskDigits } from '../shared/validation.js';
import {
  DEFAULT_NOTIFICATION_BODY_LIMIT,
  type AcceptedNotification,
  type NotificationVerifier,
} from './verify.js';
import { byteLimitOption } from '../shared/response-body.js';

/** The acknowledgement LianLian waits for; any other answer makes it resend. */
export const NOTIFICATION_ACK: { readonly ret_code: '0000'; readonly ret_msg: '交易成功' } =
  Object.freeze({ ret_code: '0000', ret_msg: '交易成功' });

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
  readonly findOrder: (
    orderKey: string,
  ) => MerchantOrder | undefined | Promise<MerchantOrder | undefined>;
  /**
   * Records the payment result. Runs at most once per idempotency key at a time and, once it has
   * resolved, never again for that payment. Throwing (or rejecting) leaves the notification
   * unacknowledged, so LianLian sends it again later. `signal` aborts when `callbackTimeoutMs`
   * runs out: stop there, since after the lease another delivery may run the callback.
   */
  readonly onNotification: (
    notification: T,
    accepted: AcceptedNotification<T>,
    context: { readonly signal: AbortSignal },
  ) => void | Promise<void>;
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
      // A notification comes in one chunk: that chunk is the body, with no copy.
      const [only] = chunks;
      if (!failed)
        resolve(chunks.length === 1 && Buffer.isBuffer(only) ? only : Buffer.concat(chunks, size));
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
export function createNotificationHandler<T extends object>(
  options: NotificationHandlerOptions<T>,
): NotificationRequestHandler {
  for (const name of ['verify', 'findOrder', 'onNotification'] as const) {
    if (typeof options?.[name] !== 'function')
      throw new TypeError(`createNotificationHandler: ${name} must be a function`);
  }
  const correlation = options.correlation;
  if (typeof correlation?.orderKey !== 'string' || typeof correlation.idempotencyKey !== 'string') {
    throw new ConfigurationError(
      'HANDLER_OPTION',
      'createNotificationHandler: correlation must name orderKey and idempotencyKey',
      'correlation',
    );
  }
  const { leaseMs, callbackTimeoutMs } = timing(options);
  const store = options.store ?? new MemoryNotificationStore();
  const limit = byteLimitOption(
    options.maxBodyBytes,
    DEFAULT_NOTIFICATION_BODY_LIMIT,
    'maxBodyBytes',
  );
  const label = options.name ?? 'notification';
  // Without a log, no line is built: `log?.(…)` skips its argument, and masking costs CPU under load.
  const log = options.log;
  // Payments whose callback succeeded but whose store.complete() failed. Their store entry is
  // still claimed, so the callback is never run again for them here; a resend retries complete()
  // and is acknowledged once it succeeds.
  const unrecorded = new Set<string>();
  // Claim owners: unique per delivery (and per handler, for a store several processes share)
  // without a random UUID per request.
  const ownerPrefix = `${randomUUID()}:`;
  let deliveries = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return answer(res, 405, 'method not allowed', () =>
        log?.(`${label}: refused ${String(req.method)} (POST only)`),
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
        () => log?.(`${label}: refused (${tooLarge ? 'body-too-large' : 'unreadable-body'})`),
      );
    }
    const result = options.verify(body, req.headers['content-type']);
    if (!result.ok) {
      return answer(res, 400, `notification refused: ${result.reason}`, () =>
        log?.(`${label}: refused (${result.reason}: ${oneLine(result.detail)})`),
      );
    }
    const n = result.notification;
    const fields = n as Readonly<Record<string, unknown>>;
    const orderKey = fields[correlation.orderKey];
    const key = fields[correlation.idempotencyKey];
    // The spec makes both required strings; a schema that does not is refused, not guessed at.
    if (typeof orderKey !== 'string' || typeof key !== 'string' || key === '') {
      return answer(res, 400, 'notification not tied to an order', () =>
        log?.(`${label}: refused (no ${correlation.orderKey} or ${correlation.idempotencyKey})`),
      );
    }
    const ids = () =>
      `${correlation.orderKey}=${oneLine(orderKey)} ${correlation.idempotencyKey}=${oneLine(key)}`;
    // Hooks may answer synchronously (a Map, the memory store): awaiting those only costs turns.
    const found = options.findOrder(orderKey);
    const order = isThenable(found) ? await found : found;
    if (order === undefined) {
      return answer(res, 400, 'unknown order', () =>
        log?.(`${label}: ${ids()} refused (unknown order)`),
      );
    }
    const match = checkNotificationOrder(n, { order, correlation });
    if (!match.ok) {
      return answer(res, 400, `order mismatch: ${match.field}`, () =>
        log?.(`${label}: ${ids()} refused (${match.field} does not match the order)`),
      );
    }
    if (unrecorded.has(key)) return record(res, key, ids);
    const owner = `${ownerPrefix}${(deliveries += 1)}`;
    const claiming = store.claim(key, { owner, ms: leaseMs });
    const claim = isThenable(claiming) ? await claiming : claiming;
    if (claim === 'done') {
      return acknowledge(res, () => log?.(`${label}: ${ids()} acknowledged (already handled)`));
    }
    if (claim === 'busy') {
      return answer(res, 503, 'being handled', () =>
        log?.(`${label}: ${ids()} deferred (another copy is being handled)`),
      );
    }
    const running = runCallback(
      (context) => options.onNotification(n, result, context),
      () => store.release(key, owner),
      callbackTimeoutMs,
      // A late success is recorded when it comes, so the next resend is not run again.
      (state) => (state === 'handled' ? completeLate(key) : undefined),
    );
    const first = isThenable(running) ? await running : running;
    if (first === 'timeout') {
      return answer(res, 500, 'callback timed out', () =>
        log?.(
          `${label}: ${ids()} not acknowledged (callback still running after ${callbackTimeoutMs} ms; the claim lapses after ${leaseMs} ms)`,
        ),
      );
    }
    if (first === 'release-failed') {
      return answer(res, 500, 'callback failed', () =>
        log?.(
          `${label}: ${ids()} not acknowledged (callback failed, and the store failed to release it; the claim lapses after ${leaseMs} ms)`,
        ),
      );
    }
    if (first === 'failed') {
      return answer(res, 500, 'callback failed', () =>
        log?.(`${label}: ${ids()} not acknowledged (callback failed)`),
      );
    }
    unrecorded.add(key);
    return record(res, key, ids);
  };

  // A success after its timeout: recorded now; if the store fails, the next resend retries.
  const completeLate = async (key: string): Promise<void> => {
    unrecorded.add(key);
    try {
      await store.complete(key);
      unrecorded.delete(key);
    } catch {
      // Left in `unrecorded`.
    }
  };

  // Marks a handled payment done; until the store accepts that, LianLian's resends keep coming.
  const record = async (res: ServerResponse, key: string, ids: () => string): Promise<void> => {
    try {
      const completing = store.complete(key);
      if (isThenable(completing)) await completing;
    } catch {
      return answer(res, 500, 'could not record the notification', () =>
        log?.(
          `${label}: ${ids()} not acknowledged (handled, but the store failed; a resend retries)`,
        ),
      );
    }
    unrecorded.delete(key);
    acknowledge(res, () => log?.(`${label}: ${ids()} acknowledged (handled)`));
  };

  return (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        answer(res, 500, 'internal error', () => log?.(`${label}: failed (internal error)`));
      else res.destroy();
    });
  };
}

/** Default lease of a claim: longer than the callback timeout, shorter than LianLian's 2-minute resend interval. */
export const DEFAULT_CLAIM_LEASE_MS = 60_000;
/** Default time the handler waits for the callback (LianLian itself waits 5 s for the answer). */
export const DEFAULT_CALLBACK_TIMEOUT_MS = 30_000;

function timing(options: { leaseMs?: unknown; callbackTimeoutMs?: unknown }): {
  leaseMs: number;
  callbackTimeoutMs: number;
} {
  const leaseMs = positive(options.leaseMs, DEFAULT_CLAIM_LEASE_MS, 'leaseMs');
  const callbackTimeoutMs = positive(
    options.callbackTimeoutMs,
    DEFAULT_CALLBACK_TIMEOUT_MS,
    'callbackTimeoutMs',
  );
  // A claim lapsing while its callback may still run would let a resend run it a second time.
  if (callbackTimeoutMs >= leaseMs) {
    throw new ConfigurationError(
      'HANDLER_OPTION',
      'createNotificationHandler: callbackTimeoutMs must be shorter than leaseMs',
      'callbackTimeoutMs',
    );
  }
  return { leaseMs, callbackTimeoutMs };
}

function positive(value: unknown, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new ConfigurationError(
      'HANDLER_OPTION',
      `createNotificationHandler: ${field} must be a positive whole number of milliseconds`,
      field,
    );
  }
  return value;
}

type CallbackOutcome = 'handled' | 'failed' | 'release-failed';

/** What `onNotification` receives besides the notification. */
type CallbackContext = { readonly signal: AbortSignal };

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}

/**
 * Runs the callback for a claimed key with a timeout and returns what the answer reports: its
 * outcome, or `timeout` when `timeoutMs` ran out first (its signal is then aborted, and `late`
 * gets the outcome whenever it comes). A failed callback's claim is released.
 *
 * A callback that returns no promise has finished when it returns, before any timer could fire:
 * its outcome is known at once, with no timer, and no AbortController unless it reads `signal`
 * (created on first read, already aborted if the time ran out before).
 */
function runCallback(
  callback: (context: CallbackContext) => void | Promise<void>,
  release: () => void | Promise<void>,
  timeoutMs: number,
  late: (outcome: CallbackOutcome) => void,
): CallbackOutcome | 'timeout' | Promise<CallbackOutcome | 'timeout'> {
  let controller: AbortController | undefined;
  let abortedWith: Error | undefined;
  const context: CallbackContext = {
    get signal() {
      if (controller === undefined) {
        controller = new AbortController();
        if (abortedWith !== undefined) controller.abort(abortedWith);
      }
      return controller.signal;
    },
  };
  let returned: void | Promise<void>;
  try {
    returned = callback(context);
  } catch {
    return releaseAfterFailure(release);
  }
  if (!isThenable(returned)) return 'handled';
  const settled: Promise<CallbackOutcome> = Promise.resolve(returned).then(
    () => 'handled' as const,
    () => releaseAfterFailure(release),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      abortedWith = timeoutReason();
      controller?.abort(abortedWith);
      resolve('timeout');
    }, timeoutMs);
  });
  return Promise.race([settled, timedOut]).then((first) => {
    clearTimeout(timer);
    if (first === 'timeout') void settled.then(late);
    return first;
  });
}

/** Releases a failed callback's claim: `failed`, or `release-failed` when the store threw. */
function releaseAfterFailure(
  release: () => void | Promise<void>,
): CallbackOutcome | Promise<CallbackOutcome> {
  let released: void | Promise<void>;
  try {
    released = release();
  } catch {
    return 'release-failed';
  }
  return isThenable(released)
    ? Promise.resolve(released).then(
        () => 'failed' as const,
        () => 'release-failed' as const,
      )
    : 'failed';
}

function timeoutReason(): Error {
  const error = new Error('the notification callback timed out');
  error.name = 'TimeoutError';
  return error;
}

// Serialised once: every acknowledgement is the same text.
const ACK_TEXT = JSON.stringify(NOTIFICATION_ACK);

function acknowledge(res: ServerResponse, done: () => void): void {
  res.writeHead(200, { 'Content-Type': 'application/json;charset=utf-8' });
  res.end(ACK_TEXT);
  done();
}

// Any answer but the acknowledgement makes LianLian resend; 9999 is its generic system error.
function answer(res: ServerResponse, status: number, message: string, done: () => void): void {
  res.writeHead(status, { 'Content-Type': 'application/json;charset=utf-8' });
  res.end(JSON.stringify({ ret_code: '9999', ret_msg: message }));
  done();
}

// Order and payment numbers may be card or phone numbers too: masked like every logged value.
function oneLine(text: string): string {
  const flat = maskDigits(String(text)).replace(/[^\x20-\x7e\u00a0-\uffff]/g, '?');
  return flat.length > 64 ? `${flat.slice(0, 64)}…` : flat;
}
