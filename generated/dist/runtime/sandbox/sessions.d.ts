/**
 * The cashier pages the sandbox has shown and not yet seen paid, bounded so that a merchant's load
 * test against a long-running sandbox holds memory flat: a page lapses after the rules' token
 * lifetime (`tokenMinutes`, as the unified gateway's page does), and past `sessionLimit` open
 * pages the oldest is dropped. A paid page is dropped at once. A lapsed or dropped page is refused
 * like a paid one.
 */
import type { SandboxFormOperation } from './catalogue.js';
/** Open cashier pages kept by default: far more than a test opens, small under load. */
export declare const DEFAULT_SANDBOX_SESSIONS = 1000;
/** An open cashier page: the payer has seen it and not paid yet. */
export interface SandboxCashierSession {
    readonly fields: Readonly<Record<string, string>>;
    /** The browser-form operation whose form opened it. */
    readonly operation: SandboxFormOperation;
    /** When it lapses (ms since the epoch, sandbox clock). */
    readonly expiresAt: number;
}
export declare class SandboxCashierSessions {
    private readonly limit;
    private readonly lifetimeMs;
    private readonly now;
    private readonly open;
    constructor(limit: number, lifetimeMs: number, now: () => Date);
    /** Pages open now (lapsed ones not yet dropped included). */
    get size(): number;
    /** Opens a page under `id`, dropping lapsed pages and, past the limit, the oldest. */
    add(id: string, page: Omit<SandboxCashierSession, 'expiresAt'>): void;
    /** The open page `id`, or undefined when it is unknown, paid, lapsed or dropped. */
    get(id: string): SandboxCashierSession | undefined;
    /** Closes page `id` (paid). */
    delete(id: string): void;
}
