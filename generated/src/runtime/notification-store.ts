/**
 * Idempotency of notification handling. LianLian resends a notification until it is acknowledged
 * (about every 2 minutes, up to 30 times), and copies can arrive at the same time; the merchant's
 * callback must run once per payment (`oid_paybill`). A store records which payments are being
 * handled and which are done. Implement {@link NotificationStore} over a database for several
 * processes; {@link MemoryNotificationStore} serves one process.
 */

/** Outcome of {@link NotificationStore.claim}. */
export type NotificationClaim =
  /** This caller now owns the key and must call `complete` or `release`. */
  | 'claimed'
  /** A callback for this key has already succeeded. */
  | 'done'
  /** Another delivery of the same key is being handled right now. */
  | 'busy';

/** Where the notification handler records which payments it has handled. */
export interface NotificationStore {
  /** Atomically claims `key` unless it is done or claimed by someone else. */
  claim(key: string): NotificationClaim | Promise<NotificationClaim>;
  /** The callback for `key` succeeded: later deliveries are acknowledged without running it. */
  complete(key: string): void | Promise<void>;
  /** The callback for `key` failed: a later delivery may try again. */
  release(key: string): void | Promise<void>;
}

/** Options of {@link MemoryNotificationStore}. */
export interface MemoryNotificationStoreOptions {
  /** How long a completed key is remembered, in milliseconds (default 48 hours). */
  readonly retainMs?: number;
  /** The clock (default `Date.now`). */
  readonly now?: () => number;
}

/** An in-process {@link NotificationStore}. Keys of finished payments are forgotten after `retainMs`. */
export class MemoryNotificationStore implements NotificationStore {
  private readonly entries = new Map<string, { state: 'busy' | 'done'; at: number }>();
  private readonly retainMs: number;
  private readonly now: () => number;
  private prunedAt = 0;

  constructor(options: MemoryNotificationStoreOptions = {}) {
    this.retainMs = options.retainMs ?? 48 * 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
  }

  claim(key: string): NotificationClaim {
    this.prune();
    const entry = this.entries.get(key);
    if (entry !== undefined) return entry.state;
    this.entries.set(key, { state: 'busy', at: this.now() });
    return 'claimed';
  }

  complete(key: string): void {
    this.entries.set(key, { state: 'done', at: this.now() });
  }

  release(key: string): void {
    if (this.entries.get(key)?.state === 'busy') this.entries.delete(key);
  }

  private prune(): void {
    const now = this.now();
    // A full sweep at most once a minute keeps claim() cheap under bursts.
    if (now - this.prunedAt < 60_000) return;
    this.prunedAt = now;
    const oldest = now - this.retainMs;
    for (const [key, entry] of this.entries) {
      if (entry.state === 'done' && entry.at < oldest) this.entries.delete(key);
    }
  }
}
