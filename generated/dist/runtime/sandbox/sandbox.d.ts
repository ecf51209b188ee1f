import { type KeyInput } from '../crypto/keys.js';
import { type SandboxCatalogue } from './catalogue.js';
import { type SandboxWebPaymentSubmission } from './context.js';
import type { SandboxSetup } from './behaviour.js';
import { type SandboxDelivery } from './notify.js';
import { type SandboxPayoutRegistration, type SandboxRuleSettings, type SandboxTokenOrder } from './rules.js';
export type { SandboxPayoutRegistration, SandboxTokenOrder } from './rules.js';
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
    /** One line per request and per notification attempt (default: console.log). */
    readonly log?: (line: string) => void;
    /** Largest request body in bytes (default 64 KiB). */
    readonly maxBodyBytes?: number;
}
/** A running sandbox. */
export interface Sandbox extends SandboxSetup {
    /** `http://127.0.0.1:<port>`. */
    readonly url: string;
    readonly port: number;
    /** LianLian's public key as PEM SPKI: configure merchants' verifiers and clients with it. */
    readonly lianlianPublicKeyPem: string;
    /** Forms received at the WEB Payment path, in order. */
    readonly webPaymentSubmissions: readonly SandboxWebPaymentSubmission[];
    /** Asynchronous notifications and what became of them. */
    readonly deliveries: readonly SandboxDelivery[];
    /** Same as POST /sandbox/tokens: a token for a later Verify call of this order. */
    issueToken(order: SandboxTokenOrder): {
        token: string;
        expires_at: string;
    };
    /** Same as POST /sandbox/payouts; returns the confirm_code. */
    holdPayout(payout: SandboxPayoutRegistration): {
        confirm_code: string;
    };
    /** Resolves when every notification so far was acknowledged or gave up. */
    notificationsSettled(): Promise<void>;
    /** Stops listening, cancels notification retries and closes open connections. */
    close(): Promise<void>;
}
/** Starts a sandbox; resolves once it listens. */
export declare function startSandbox(options: SandboxOptions): Promise<Sandbox>;
