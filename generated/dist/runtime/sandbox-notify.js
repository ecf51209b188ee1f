/**
 * Delivery of the sandbox's asynchronous notifications, as LianLian does it: a JSON POST labelled
 * `text/json;charset=utf-8`, repeated until the merchant answers ret_code 0000 or the attempts run
 * out. Each attempt can post several identical copies at once, because real deliveries overlap
 * (a resend arriving while the merchant still handles the previous one).
 */
/** Sends notifications and keeps retrying them in the background. */
export class SandboxNotifier {
    settings;
    deliveries = [];
    timers = new Set();
    inFlight = new Set();
    closed = false;
    waiters = [];
    constructor(settings) {
        this.settings = settings;
    }
    /** Starts delivering `fields` to `url`. */
    send(kind, url, fields) {
        const delivery = {
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
    idle() {
        if (this.deliveries.every((d) => d.finished))
            return Promise.resolve();
        return new Promise((resolve) => this.waiters.push(resolve));
    }
    /** Stops all retries and waits for POSTs under way. */
    async close() {
        this.closed = true;
        for (const timer of this.timers)
            clearTimeout(timer);
        this.timers.clear();
        await Promise.allSettled([...this.inFlight]);
        for (const d of this.deliveries)
            d.finished = true;
        this.settle();
    }
    attempt(delivery, body) {
        if (this.closed)
            return;
        delivery.attempts += 1;
        const copies = Array.from({ length: this.settings.copies }, () => this.post(delivery, body));
        const round = Promise.all(copies).then((answers) => {
            const acknowledged = answers.some((ok) => ok);
            this.settings.log(`notify ${delivery.kind} no_order=${delivery.noOrder} attempt ${delivery.attempts}: ${acknowledged ? 'acknowledged' : 'not acknowledged'}`);
            if (acknowledged) {
                delivery.acknowledged = true;
                delivery.finished = true;
            }
            else if (delivery.attempts >= this.settings.maxAttempts) {
                delivery.finished = true;
            }
            else if (!this.closed) {
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
    async post(delivery, body) {
        delivery.posts += 1;
        try {
            const response = await fetch(delivery.url, {
                method: 'POST',
                headers: { 'Content-Type': 'text/json;charset=utf-8' },
                body,
                redirect: 'manual',
                signal: AbortSignal.timeout(this.settings.timeoutMs),
            });
            const text = await response.text();
            const answer = JSON.parse(text);
            return response.ok && answer.ret_code === '0000';
        }
        catch {
            return false;
        }
    }
    settle() {
        if (!this.deliveries.every((d) => d.finished))
            return;
        const waiters = this.waiters;
        this.waiters = [];
        for (const resolve of waiters)
            resolve();
    }
}
