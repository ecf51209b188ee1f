import { type KeyInput } from '../crypto/keys.js';
import { type SandboxCatalogue } from './catalogue.js';
import { type SandboxWebPaymentSubmission } from './context.js';
import type { SandboxSetup } from './behaviour.js';
import { type SandboxDelivery } from './notify.js';
import { type SandboxRuleSettings } from './rules.js';
export type { SandboxPayoutRegistration, SandboxTokenOrder } from './rules.js';
export type { SandboxCardAgreement, SandboxCardBindApplication } from './state/card-binds.js';
export type { SandboxMerchantAccount } from './state/payouts.js';
export type { SandboxRefundSetup } from './behaviour.js';
export type { SandboxPreauthRegistration } from './state/preauths.js';
export type { SandboxExchangeRegistration } from './state/exchange.js';
export type { SandboxWalletRegistration } from './behaviours/aggregate.js';
export type { SandboxDirectOrderRegistration } from './state/direct-payments.js';
/** A merchant the sandbox accepts requests from. */
export interface SandboxMerchant {
    readonly oidPartner: string;
    /** The merchant's RSA public key (PEM, bare base64 SPKI, DER or KeyObject). */
    readonly publicKey: KeyInput;
}
/** Options of {@link startSandbox}. */
export interface SandboxOptions {
    /** The spec's operations and validators: the generated `sandboxCatalogue`. */
    readonly catalogue: SandboxCatalogue;
    readonly merchants: readonly SandboxMerchant[];
    /** LianLian's private key for signing and opening envelopes (default: a new 2048-bit key). */
    readonly lianlianPrivateKey?: KeyInput;
    /** Interface to listen on (default 127.0.0.1). */
    readonly host?: string;
    /** Port (default 0: any free port). */
    readonly port?: number;
    /** Rule settings (amount limit, wrong SMS code, token lifetime). */
    readonly rules?: Partial<SandboxRuleSettings>;
    /** Notification retry pause in ms (default 120000, as LianLian; use ~50 in tests). */
    readonly notifyRetryMs?: number;
    /** Notification attempts before giving up (default 30). */
    readonly notifyMaxAttempts?: number;
    /** Identical copies posted per notification attempt (default 1). */
    readonly notifyCopies?: number;
    /** The sandbox clock (default `() => new Date()`). */
    readonly now?: () => Date;
    /**
     * One line per request and per notification attempt (default: console.log). `false`: no log,
     * and no line is formatted or masked (a load test's sandbox spends nothing on it).
     */
    readonly log?: ((line: string) => void) | false;
    /**
     * Form submissions and notification deliveries kept for `webPaymentSubmissions` and
     * `deliveries`, the most recent (default 1000): a long-running sandbox holds memory flat.
     */
    readonly historyLimit?: number;
    /**
     * Cashier pages shown and not yet paid that stay payable, the most recent (default 1000); each
     * also lapses after the token lifetime (`rules.tokenMinutes`). A dropped page is refused.
     */
    readonly sessionLimit?: number;
    /** Largest request body in bytes (default 64 KiB). */
    readonly maxBodyBytes?: number;
    /**
     * Refuse (1004) a request that lacks a field LianLian's docs call required but LianLian accepts
     * requests without (`x-lianlian-unenforced`). Default false: accept it, as LianLian does, with a
     * warning in the log line and the `X-LianLian-Sandbox-Warning` answer header.
     */
    readonly strict?: boolean;
}
/** A running sandbox. */
export interface Sandbox extends SandboxSetup {
    /** `http://127.0.0.1:<port>`. */
    readonly url: string;
    readonly port: number;
    /** LianLian's public key as PEM SPKI: configure merchants' verifiers and clients with it. */
    readonly lianlianPublicKeyPem: string;
    /** Forms received at the WEB Payment path, in order: the most recent `historyLimit`. */
    readonly webPaymentSubmissions: readonly SandboxWebPaymentSubmission[];
    /** Asynchronous notifications and what became of them: the most recent `historyLimit`. */
    readonly deliveries: readonly SandboxDelivery[];
    /**
     * Same as GET /sandbox/reports/<name>: the report file `name` (`JYMX_{oid_partner}_{settle_date}.txt`,
     * `JYMXSUM_…`, the monthly `JYMX_…_{yyyyMM}.txt`) for the payments and refunds the sandbox
     * completed, in the spec's format; undefined for a name no report format has (reports.ts).
     */
    reportFile(name: string): string | undefined;
    /** Resolves when every notification so far was acknowledged or gave up. */
    notificationsSettled(): Promise<void>;
    /** Stops listening, cancels notification retries and closes open connections. */
    close(): Promise<void>;
}
/** The answer header that carries the sandbox's warnings about an accepted request. */
export declare const SANDBOX_WARNING_HEADER = "X-LianLian-Sandbox-Warning";
/** Starts a sandbox; resolves once it listens. */
export declare function startSandbox(options: SandboxOptions): Promise<Sandbox>;
