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
/** An in-process {@link NotificationStore}. Keys of finished payments are forgotten after `retainMs`. */
export class MemoryNotificationStore {
    entries = new Map();
    retainMs;
    now;
    prunedAt = 0;
    constructor(options = {}) {
        this.retainMs = options.retainMs ?? 48 * 60 * 60 * 1000;
        this.now = options.now ?? Date.now;
    }
    claim(key, lease) {
        this.prune();
        const entry = this.entries.get(key);
        if (entry?.state === 'done')
            return 'done';
        const now = this.now();
        if (entry !== undefined && entry.until > now)
            return 'busy';
        this.entries.set(key, { state: 'busy', owner: lease.owner, until: now + lease.ms });
        return 'claimed';
    }
    complete(key) {
        this.entries.set(key, { state: 'done', at: this.now() });
    }
    release(key, owner) {
        const entry = this.entries.get(key);
        // After a lapse another delivery may own the key; only the owner's own claim is dropped.
        if (entry?.state === 'busy' && entry.owner === owner)
            this.entries.delete(key);
    }
    prune() {
        const now = this.now();
        // A full sweep at most once a minute keeps claim() cheap under bursts.
        if (now - this.prunedAt < 60_000)
            return;
        this.prunedAt = now;
        const oldest = now - this.retainMs;
        for (const [key, entry] of this.entries) {
            if (entry.state === 'done' ? entry.at < oldest : entry.until <= now)
                this.entries.delete(key);
        }
    }
}
