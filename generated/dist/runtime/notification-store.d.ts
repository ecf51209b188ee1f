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
'claimed'
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
export declare class MemoryNotificationStore implements NotificationStore {
    private readonly entries;
    private readonly retainMs;
    private readonly now;
    private prunedAt;
    constructor(options?: MemoryNotificationStoreOptions);
    claim(key: string): NotificationClaim;
    complete(key: string): void;
    release(key: string): void;
    private prune;
}
