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
export declare class SandboxNotifier {
    private readonly settings;
    /** The most recent deliveries, oldest first (at most `historyLimit`). */
    readonly deliveries: SandboxDelivery[];
    private readonly unfinished;
    private readonly timers;
    private readonly inFlight;
    private closed;
    private waiters;
    constructor(settings: SandboxNotifierSettings);
    /** Starts delivering `fields` to `url`. */
    send(kind: string, url: string, fields: Readonly<Record<string, string>>): SandboxDelivery;
    /** Resolves once every delivery has been acknowledged or has given up. */
    idle(): Promise<void>;
    /** Stops all retries and waits for POSTs under way. */
    close(): Promise<void>;
    private attempt;
    private post;
    private settle;
}
