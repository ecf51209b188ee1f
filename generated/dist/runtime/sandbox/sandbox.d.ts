import { type KeyInput } from '../crypto/keys.js';
import { type SandboxCatalogue } from './catalogue.js';
import { type SandboxWebPaymentSubmission } from './context.js';
import type { SandboxRefundSetup, SandboxSetup } from './behaviour.js';
import type { SandboxPreauthRegistration } from './state/preauths.js';
import { type SandboxDelivery } from './notify.js';
import { type SandboxPayoutRegistration, type SandboxRuleSettings, type SandboxTokenOrder } from './rules.js';
import { type SandboxCardBindApplication } from './state/card-binds.js';
import type { SandboxMerchantAccount } from './state/payouts.js';
import { type SandboxExchangeRegistration } from './state/exchange.js';
import { type SandboxWalletRegistration } from './behaviours/aggregate.js';
import type { SandboxDirectOrderRegistration } from './state/direct-payments.js';
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
    /** One line per request and per notification attempt (default: console.log). */
    readonly log?: (line: string) => void;
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
    /** What a Card Bind Apply request would do: a token for a later Card Bind Verify call. */
    applyCardBind(application: SandboxCardBindApplication): {
        token: string;
    };
    /** Apply and Verify in one: the user's card is bound; returns its agreement number. */
    bindCard(application: SandboxCardBindApplication): {
        no_agree: string;
    };
    /**
     * Sets a merchant's available balance, unsettled amount or Instant payment right (see the
     * payout rules in state/payouts.ts).
     * @throws {ConfigurationError} `SANDBOX_ORDER`, naming the option, for an unknown merchant or an
     * amount that is not decimal text with at most two decimals.
     */
    setMerchantAccount(account: SandboxMerchantAccount): void;
    /** Same as POST /sandbox/payments: the order paid, as a Verify call would, ready for refunds. */
    payOrder(order: SandboxTokenOrder): {
        oid_paybill: string;
        dt_order: string;
    };
    /**
     * A refund of a paid order, recorded as the Refund Apply API would (without a notification).
     * @throws {ConfigurationError} `SANDBOX_REFUND` when the sandbox's refund rules refuse it.
     */
    refundOrder(refund: SandboxRefundSetup): {
        oid_refundno: string;
    };
    /**
     * Same as POST /sandbox/preauths: an Easypay pre-authorisation (what the Easypay Apply and Verify
     * APIs with pay_type F would make), held unless `status` says `captured` or `cancelled`.
     */
    holdPreauth(preauth: SandboxPreauthRegistration): {
        oid_paybill: string;
        dt_order: string;
    };
    /** An applied Exchange Payment awaiting its SMS code; returns its token and oid_paybill. */
    openExchange(order: SandboxExchangeRegistration): {
        token: string;
        oid_paybill: string;
    };
    /**
     * An unpaid aggregate (WeChat Pay / Alipay) payment, standing in for combinepay; returns its
     * oid_paybill and pay_url, whose POST is the payer paying (then the notification goes out).
     */
    openWalletPayment(order: SandboxWalletRegistration): {
        oid_paybill: string;
        pay_url: string;
    };
    /**
     * An MPAY or Easypay Direct order as its Apply (and, with `paid`, its Verify) would have left
     * it, for the result queries; returns its oid_paybill.
     */
    recordDirectOrder(order: SandboxDirectOrderRegistration): {
        oid_paybill: string;
    };
    /** Resolves when every notification so far was acknowledged or gave up. */
    notificationsSettled(): Promise<void>;
    /** Stops listening, cancels notification retries and closes open connections. */
    close(): Promise<void>;
}
/** The answer header that carries the sandbox's warnings about an accepted request. */
export declare const SANDBOX_WARNING_HEADER = "X-LianLian-Sandbox-Warning";
/** Starts a sandbox; resolves once it listens. */
export declare function startSandbox(options: SandboxOptions): Promise<Sandbox>;
