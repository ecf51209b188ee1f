/**
 * The cashier pages the sandbox has shown and not yet seen paid, bounded so that a merchant's load
 * test against a long-running sandbox holds memory flat: a page lapses after the rules' token
 * lifetime (`tokenMinutes`, as the unified gateway's page does), and past `sessionLimit` open
 * pages the oldest is dropped. A paid page is dropped at once. A lapsed or dropped page is refused
 * like a paid one.
 */
import type { SandboxFormOperation } from './catalogue.js';

/** Open cashier pages kept by default: far more than a test opens, small under load. */
export const DEFAULT_SANDBOX_SESSIONS = 1000;

/** An open cashier page: the payer has seen it and not paid yet. */
export interface SandboxCashierSession {
  readonly fields: Readonly<Record<string, string>>;
  /** The browser-form operation whose form opened it. */
  readonly operation: SandboxFormOperation;
  /** When it lapses (ms since the epoch, sandbox clock). */
  readonly expiresAt: number;
}

export class SandboxCashierSessions {
  // Insertion order is opening order, so the oldest (and, on a steady clock, the first to lapse)
  // come first and are dropped from the front.
  private readonly open = new Map<string, SandboxCashierSession>();

  constructor(
    private readonly limit: number,
    private readonly lifetimeMs: number,
    private readonly now: () => Date,
  ) {}

  /** Pages open now (lapsed ones not yet dropped included). */
  get size(): number {
    return this.open.size;
  }

  /** Opens a page under `id`, dropping lapsed pages and, past the limit, the oldest. */
  add(id: string, page: Omit<SandboxCashierSession, 'expiresAt'>): void {
    const now = this.now().getTime();
    for (const [oldest, session] of this.open) {
      if (session.expiresAt > now && this.open.size < this.limit) break;
      this.open.delete(oldest);
    }
    this.open.set(id, { ...page, expiresAt: now + this.lifetimeMs });
  }

  /** The open page `id`, or undefined when it is unknown, paid, lapsed or dropped. */
  get(id: string): SandboxCashierSession | undefined {
    const session = this.open.get(id);
    if (session === undefined) return undefined;
    if (session.expiresAt > this.now().getTime()) return session;
    this.open.delete(id);
    return undefined;
  }

  /** Closes page `id` (paid). */
  delete(id: string): void {
    this.open.delete(id);
  }
}
