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
export declare class SandboxNotifier {
    private readonly settings;
    readonly deliveries: SandboxDelivery[];
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
