/**
 * Idempotency of notification handling. LianLian resends a notification until it is acknowledged
 * (about every 2 minutes, up to 30 times), and copies can arrive at the same time; the merchant's
 * callback must run once per payment (`oid_paybill`). A store records which payments are being
 * handled and which are done. Implement {@link NotificationStore} over a database for several
 * processes; {@link MemoryNotificationStore} serves one process.
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
    claim(key) {
        this.prune();
        const entry = this.entries.get(key);
        if (entry !== undefined)
            return entry.state;
        this.entries.set(key, { state: 'busy', at: this.now() });
        return 'claimed';
    }
    complete(key) {
        this.entries.set(key, { state: 'done', at: this.now() });
    }
    release(key) {
        if (this.entries.get(key)?.state === 'busy')
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
            if (entry.state === 'done' && entry.at < oldest)
                this.entries.delete(key);
        }
    }
}
