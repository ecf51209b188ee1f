/**
 * Idempotency of notification handling. LianLian resends a notification until it is acknowledged
 * (about every 2 minutes, up to 30 times), and copies can arrive at the same time; the merchant's
 * callback must run once per payment (the webhook's idempotency key, e.g. `oid_paybill`). A store
 * records which payments are being handled and which are done. Implement
 * {@link NotificationStore} over a database for several processes; {@link MemoryNotificationStore}
 * serves one process.
 *
 * A claim is a lease: it names its owner (one delivery) and lapses after a time, so a callback
 * that never settles, a process that dies mid-callback or a failed `release` delays the payment by
 * one lease instead of blocking it for good.
 */

/** Outcome of {@link NotificationStore.claim}. */
export type NotificationClaim =
  /** This caller now owns the key and must call `complete` or `release`. */
  | 'claimed'
  /** A callback for this key has already succeeded. */
  | 'done'
  /** Another delivery of the same key holds an unexpired claim. */
  | 'busy';

/** Who claims a key and for how long. */
export interface ClaimLease {
  /** Unique per delivery; only this owner may release the claim. */
  readonly owner: string;
  /** How long the claim holds, in milliseconds; after that another delivery may claim the key. */
  readonly ms: number;
}

/** Where the notification handler records which payments it has handled. */
export interface NotificationStore {
  /**
   * Atomically claims `key` for `lease.owner` unless it is done or someone else's claim on it has
   * not yet expired (a database store: one conditional insert/update on key, state and expiry).
   */
  claim(key: string, lease: ClaimLease): NotificationClaim | Promise<NotificationClaim>;
  /**
   * The callback for `key` succeeded: later deliveries are acknowledged without running it. Done
   * whoever holds the claim now, since the payment was handled.
   */
  complete(key: string): void | Promise<void>;
  /** The callback of `owner` failed: a later delivery may try again. A lapsed claim is left alone. */
  release(key: string, owner: string): void | Promise<void>;
}

/** Options of {@link MemoryNotificationStore}. */
export interface MemoryNotificationStoreOptions {
  /** How long a completed key is remembered, in milliseconds (default 48 hours). */
  readonly retainMs?: number;
  /** The clock (default `Date.now`). */
  readonly now?: () => number;
}

type Entry =
  | { readonly state: 'busy'; readonly owner: string; readonly until: number }
  | { readonly state: 'done'; readonly at: number };

/**
 * A key the store owns. The handler's keys are read out of the received body without a copy, and
 * V8 keeps a whole string alive for any slice of it: stored as it came, each key would hold its
 * delivery's body for the retention time (48 hours by default). UTF-16 round-trips every code unit.
 */
const ownKey = (key: string): string => Buffer.from(key, 'utf16le').toString('utf16le');

/** An in-process {@link NotificationStore}. Keys of finished payments are forgotten after `retainMs`. */
export class MemoryNotificationStore implements NotificationStore {
  private readonly entries = new Map<string, Entry>();
  private readonly retainMs: number;
  private readonly now: () => number;
  private prunedAt = 0;

  constructor(options: MemoryNotificationStoreOptions = {}) {
    this.retainMs = options.retainMs ?? 48 * 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
  }

  claim(key: string, lease: ClaimLease): NotificationClaim {
    const now = this.now();
    this.prune(now);
    const entry = this.entries.get(key);
    if (entry?.state === 'done') return 'done';
    if (entry !== undefined && entry.until > now) return 'busy';
    const until = now + lease.ms;
    // Map.set keeps the key it first stored, so only a new entry needs its own copy.
    this.entries.set(entry === undefined ? ownKey(key) : key, {
      state: 'busy',
      owner: lease.owner,
      until,
    });
    return 'claimed';
  }

  complete(key: string): void {
    const stored = this.entries.has(key) ? key : ownKey(key);
    this.entries.set(stored, { state: 'done', at: this.now() });
  }

  release(key: string, owner: string): void {
    const entry = this.entries.get(key);
    // After a lapse another delivery may own the key; only the owner's own claim is dropped.
    if (entry?.state === 'busy' && entry.owner === owner) this.entries.delete(key);
  }

  private prune(now: number): void {
    // A full sweep at most once a minute keeps claim() cheap under bursts.
    if (now - this.prunedAt < 60_000) return;
    this.prunedAt = now;
    const oldest = now - this.retainMs;
    for (const [key, entry] of this.entries) {
      if (entry.state === 'done' ? entry.at < oldest : entry.until <= now) this.entries.delete(key);
    }
  }
}
