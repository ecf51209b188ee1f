/**
 * Delivery of the sandbox's asynchronous notifications, as LianLian does it: a JSON POST labelled
 * `text/json;charset=utf-8`, repeated until the merchant answers ret_code 0000 or the attempts run
 * out. Each attempt can post several identical copies at once, because real deliveries overlap
 * (a resend arriving while the merchant still handles the previous one).
 */
import { readJsonObject } from './json-text.js';
import { readBodyUpTo } from './response-body.js';

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
  readonly log: (line: string) => void;
}

/** What happened to one notification. */
export interface SandboxDelivery {
  readonly kind: string;
  readonly url: string;
  readonly noOrder: string;
  /** POSTs made so far (copies included). */
  posts: number;
  attempts: number;
  acknowledged: boolean;
  /** True once acknowledged or out of attempts. */
  finished: boolean;
}

/** Sends notifications and keeps retrying them in the background. */
export class SandboxNotifier {
  readonly deliveries: SandboxDelivery[] = [];
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
      noOrder: fields.no_order ?? '',
      posts: 0,
      attempts: 0,
      acknowledged: false,
      finished: false,
    };
    this.deliveries.push(delivery);
    this.attempt(delivery, JSON.stringify(fields));
    return delivery;
  }

  /** Resolves once every delivery has been acknowledged or has given up. */
  idle(): Promise<void> {
    if (this.deliveries.every((d) => d.finished)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Stops all retries and waits for POSTs under way. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
    for (const d of this.deliveries) d.finished = true;
    this.settle();
  }

  private attempt(delivery: SandboxDelivery, body: string): void {
    if (this.closed) return;
    delivery.attempts += 1;
    const copies = Array.from({ length: this.settings.copies }, () => this.post(delivery, body));
    const round = Promise.all(copies).then((answers) => {
      const acknowledged = answers.some((ok) => ok);
      this.settings.log(
        `notify ${delivery.kind} no_order=${delivery.noOrder} attempt ${delivery.attempts}: ${acknowledged ? 'acknowledged' : 'not acknowledged'}`,
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

  private async post(delivery: SandboxDelivery, body: string): Promise<boolean> {
    delivery.posts += 1;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: { 'Content-Type': 'text/json;charset=utf-8' },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      // The acknowledgement is a few dozen bytes; a longer answer is not one.
      const bytes = await readBodyUpTo(response, ACK_LIMIT);
      if (bytes === undefined) return false;
      // A repeated ret_code is no acknowledgement, whichever copy says 0000.
      const answer = readJsonObject(new TextDecoder().decode(bytes));
      return response.ok && answer.ok && answer.value.ret_code === '0000';
    } catch {
      return false;
    }
  }

  private settle(): void {
    if (!this.deliveries.every((d) => d.finished)) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
