/**
 * Delivery of the sandbox's asynchronous notifications, as LianLian does it: a JSON POST labelled
 * `text/json;charset=utf-8`, repeated until the merchant answers ret_code 0000 or the attempts run
 * out. Each attempt can post several identical copies at once, because real deliveries overlap
 * (a resend arriving while the merchant still handles the previous one).
 */
import { readJsonObject } from '../shared/json-text.js';
import { maskDigits, oneLine } from '../shared/validation.js';
import { readBodyUpTo } from '../shared/response-body.js';
import { DEFAULT_SANDBOX_HISTORY, keepRecent } from './history.js';

const ACK_LIMIT = 4096;

/** Settings of {@link SandboxNotifier}. */
export interface SandboxNotifierSettings {
  /** Pause between attempts, in milliseconds (LianLian: about 2 minutes). */
  readonly retryIntervalMs: number;
  /** Attempts before giving up (LianLian: up to 30). */
  readonly maxAttempts: number;
  /** Identical copies posted at once per attempt (default 1). */
  readonly copies: number;
  /** Time limit of one POST in milliseconds (LianLian expects an answer within 5 seconds). */
  readonly timeoutMs: number;
  /** Deliveries kept in {@link SandboxNotifier.deliveries}, the most recent (default 1000). */
  readonly historyLimit?: number;
  /** Receives one line per attempt; undefined: no line is built at all. */
  readonly log: ((line: string) => void) | undefined;
  /** Each webhook's orderKey (the catalogue's), for `order` and the log lines. */
  readonly orderKeys: Readonly<Record<string, string>>;
}

/** What happened to one notification. */
export interface SandboxDelivery {
  readonly kind: string;
  readonly url: string;
  /** The value of the order field the webhook's orderKey names (empty when absent). */
  readonly order: string;
  /** POSTs made so far (copies included). */
  posts: number;
  attempts: number;
  acknowledged: boolean;
  /** True once acknowledged or out of attempts. */
  finished: boolean;
}

/** Sends notifications and keeps retrying them in the background. */
export class SandboxNotifier {
  /** The most recent deliveries, oldest first (at most `historyLimit`). */
  readonly deliveries: SandboxDelivery[] = [];
  // Deliveries still retrying, kept apart from the bounded history so none is dropped unfinished.
  private readonly unfinished = new Set<SandboxDelivery>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;
  private waiters: (() => void)[] = [];

  constructor(private readonly settings: SandboxNotifierSettings) {}

  /** Starts delivering `fields` to `url`. */
  send(kind: string, url: string, fields: Readonly<Record<string, string>>): SandboxDelivery {
    const delivery: SandboxDelivery = {
      kind,
      url,
      order: fields[this.settings.orderKeys[kind] ?? ''] ?? '',
      posts: 0,
      attempts: 0,
      acknowledged: false,
      finished: false,
    };
    keepRecent(this.deliveries, delivery, this.settings.historyLimit ?? DEFAULT_SANDBOX_HISTORY);
    this.unfinished.add(delivery);
    this.attempt(delivery, JSON.stringify(fields));
    return delivery;
  }

  /** Resolves once every delivery has been acknowledged or has given up. */
  idle(): Promise<void> {
    if (this.unfinished.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Stops all retries and waits for POSTs under way. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
    for (const d of this.unfinished) d.finished = true;
    this.unfinished.clear();
    this.settle();
  }

  private attempt(delivery: SandboxDelivery, body: string): void {
    if (this.closed) return;
    delivery.attempts += 1;
    const copies = Array.from({ length: this.settings.copies }, () => this.post(delivery, body));
    const round = Promise.all(copies).then((answers) => {
      const acknowledged = answers.some((answer) => answer.ok);
      // The merchant developer reads this line to find out why their endpoint is not accepted.
      // Built only for a sink: the summary masks the merchant's answer.
      const why = answers.find((answer) => !answer.ok)?.why;
      this.settings.log?.(
        `notify ${delivery.kind} ${this.settings.orderKeys[delivery.kind] ?? 'order'}=${delivery.order} attempt ${delivery.attempts}: ${acknowledged ? 'acknowledged' : `not acknowledged (${why?.()})`}`,
      );
      if (acknowledged) {
        delivery.acknowledged = true;
        delivery.finished = true;
      } else if (delivery.attempts >= this.settings.maxAttempts) {
        delivery.finished = true;
      } else if (!this.closed) {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          this.attempt(delivery, body);
        }, this.settings.retryIntervalMs);
        this.timers.add(timer);
      }
      this.settle();
    });
    this.inFlight.add(round);
    void round.finally(() => this.inFlight.delete(round));
  }

  private async post(delivery: SandboxDelivery, body: string): Promise<PostAnswer> {
    delivery.posts += 1;
    let status: number;
    let text: string;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: { 'Content-Type': 'text/json;charset=utf-8' },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      status = response.status;
      // The acknowledgement is a few dozen bytes; a longer answer is not one.
      const bytes = await readBodyUpTo(response, ACK_LIMIT);
      if (bytes === undefined) {
        return { ok: false, why: () => `HTTP ${status}, an answer longer than ${ACK_LIMIT} bytes` };
      }
      text = new TextDecoder().decode(bytes);
    } catch (error) {
      return { ok: false, why: () => unreachable(error, this.settings.timeoutMs) };
    }
    // A repeated ret_code is no acknowledgement, whichever copy says 0000.
    const answer = readJsonObject(text);
    if (!answer.ok) {
      const why = answer.problem === 'syntax' ? 'body not JSON' : answer.detail;
      return { ok: false, why: () => `HTTP ${status}, ${why}: ${bodySummary(text)}` };
    }
    const retCode = answer.value.ret_code;
    if (status >= 200 && status < 300 && retCode === '0000') return { ok: true };
    const code =
      typeof retCode === 'string' && /^[0-9A-Za-z]{1,8}$/.test(retCode)
        ? `ret_code ${retCode}`
        : 'no ret_code "0000"';
    return { ok: false, why: () => `HTTP ${status}, ${code}: ${bodySummary(text)}` };
  }

  private settle(): void {
    for (const d of this.unfinished) if (d.finished) this.unfinished.delete(d);
    if (this.unfinished.size > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

type PostAnswer = { ok: true; why?: undefined } | { ok: false; why: () => string };

/** Why a POST got no answer: timeout, or the network error's code (ECONNREFUSED, ...). */
function unreachable(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: unknown })?.name;
  if (name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: unknown } })?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : String(name ?? 'error');
  return `no answer: ${code}`;
}

/** The start of a body on one line, long digit runs (card, ID, phone numbers) masked. */
function bodySummary(text: string): string {
  if (text.length === 0) return 'empty body';
  const flat = oneLine(maskDigits(text));
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 80)}…` : flat);
}
