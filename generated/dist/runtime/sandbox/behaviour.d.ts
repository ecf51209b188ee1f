/**
 * One operation's behaviour in the sandbox. The generic pipeline (json.ts) decodes, opens the
 * envelope, validates and checks the merchant's signature; a behaviour then decides the outcome
 * from the store and answers. Behaviours are registered in behaviours/index.ts.
 */
import type { SignType } from '../crypto/sign-type.js';
import type { SandboxFormOperation, SandboxJsonOperation } from './catalogue.js';
import { type SandboxContext, type SandboxRequestNote } from './context.js';
import type { SandboxOutcome, SandboxPayoutRegistration, SandboxTokenOrder } from './rules.js';
import type { SandboxDirectOrderRegistration } from './state/direct-payments.js';
import type { SandboxRuleSet } from './rule-table.js';
import type { SandboxCardBindApplication } from './state/card-binds.js';
/**
 * A field of an answer: text, or a list of flat records (the Card Bind Query's agreement_list,
 * which LianLian leaves out of its signature).
 */
export type SandboxAnswerValue = string | readonly Readonly<Record<string, string>>[];
import type { SandboxMerchantAccount } from './state/payouts.js';
import type { SandboxPreauthRegistration } from './state/preauths.js';
import type { SandboxExchangeRegistration } from './state/exchange.js';
import type { SandboxWalletRegistration } from './behaviours/aggregate.js';
/** The answer to one JSON request: HTTP 200 unless `status` says otherwise. */
export interface SandboxJsonAnswer {
    readonly status?: number;
    readonly body: Readonly<Record<string, SandboxAnswerValue>>;
    readonly note: SandboxRequestNote;
    /** Sent in the X-LianLian-Sandbox-Warning header: what LianLian accepts but its docs forbid. */
    readonly warnings?: readonly string[];
}
/** A request that passed validation and the signature check. */
export interface SandboxVerifiedRequest {
    readonly operation: SandboxJsonOperation;
    /** The signed request's fields (the envelope's plaintext when sealed). */
    readonly fields: Readonly<Record<string, string>>;
    /** The sign type the merchant used; the answer is signed with it. */
    readonly signType: SignType;
    readonly note: SandboxRequestNote;
}
/**
 * The sandbox's setup calls, which `Sandbox` offers (each `POST /sandbox/...` endpoint is one of
 * them): what a flow's earlier requests would have left in the sandbox's state.
 */
export interface SandboxSetup {
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
}
/** A refund to record on a paid order without a Refund Apply call, as `Sandbox.refundOrder` takes it. */
export interface SandboxRefundSetup {
    readonly oidPartner: string;
    readonly noOrder: string;
    readonly noRefund: string;
    readonly dtRefund: string;
    readonly moneyRefund: string;
}
export interface SandboxBehaviour {
    /** The spec's operationId this behaviour answers. */
    readonly operationId: string;
    /** Decides and answers one verified request. */
    handle(ctx: SandboxContext, request: SandboxVerifiedRequest): SandboxJsonAnswer;
    /**
     * The rules `handle` applies, in its order, as the published rules table shows them (the
     * Getting started guide and the sandbox's index page render them; rule-table.ts). Every
     * registered behaviour declares them (test/sandbox/rules.test.ts): an empty list when it refuses
     * nothing beyond the pipeline's checks.
     */
    readonly rules?: SandboxRuleSet;
    /**
     * Notifications a success sends, and the request field carrying their address. With
     * `orderFields`, the address and those fields belong to the order `prepare` sets up (what an
     * earlier Apply request sent), not to this request: `prepare` is given them.
     */
    readonly emits?: readonly {
        readonly webhook: string;
        readonly urlField: string;
        readonly orderFields?: readonly string[];
    }[];
    /**
     * The setup a request needs before it can succeed (a token, a held payout), done through the
     * sandbox's public setup calls. Contract tests call it for every operation alike.
     */
    prepare?: SandboxPrepare;
    /**
     * How to bring about each failure `ret_code` the spec's response examples show, under the
     * default rules: the setup and request changes that make the sandbox answer it. Contract tests
     * fail for a failure example without an entry here.
     */
    readonly failures?: Readonly<Record<string, SandboxPrepare>>;
}
/** A form of a browser-form operation that passed validation and the signature check. */
export interface SandboxVerifiedForm {
    readonly operation: SandboxFormOperation;
    /** Every received field, decoded once. */
    readonly fields: Readonly<Record<string, string>>;
}
/** What paying on the cashier page did: where the payer's browser goes next. */
export interface SandboxFormPayment {
    /** Logged after the code, e.g. `paid, returning to url_return`. */
    readonly outcome: string;
    /** A refusal code when the order can no longer be paid (paid meanwhile in another tab). */
    readonly refused?: string;
    /**
     * Signed fields the browser takes back to the merchant at `url`; absent: a result page. They are
     * posted as a form, or sent in the query parameter the spec gives the `webhook`
     * (`notificationQueryParameters`, e.g. `?res_data={json}`).
     */
    readonly returnTo?: {
        readonly url: string;
        readonly fields: Record<string, string>;
        readonly webhook?: string;
    };
}
/**
 * One browser-form operation's behaviour: the generic form pipeline (web.ts) decodes, validates
 * and checks the merchant's signature; the behaviour decides whether the cashier opens, what it
 * shows, and what paying there does. Registered in behaviours/index.ts.
 */
export interface SandboxFormBehaviour {
    /** The spec's operationId of the form. */
    readonly operationId: string;
    /** The rules `open` applies, in its order, for the rules table. */
    readonly rules?: SandboxRuleSet;
    /** Notifications paying sends, and the form field carrying their address. */
    readonly emits?: readonly {
        readonly webhook: string;
        readonly urlField: string;
    }[];
    /** The order fields the cashier page shows, in order. */
    readonly shows: readonly string[];
    /** Whether the verified form opens the cashier (`0000`) or is refused with a code. */
    open(ctx: SandboxContext, form: SandboxVerifiedForm): SandboxOutcome;
    /**
     * What the payer picks on the cashier page before paying (online banking: the bank), or
     * undefined when there is nothing to pick.
     */
    choice?(form: SandboxVerifiedForm): SandboxCashierChoice | undefined;
    /**
     * The payer paid on the cashier page: record it and send the notifications. `chosen` is the
     * option picked for {@link choice}, already checked to be one of its options.
     */
    pay(ctx: SandboxContext, form: SandboxVerifiedForm, chosen?: string): SandboxFormPayment;
}
/** A choice the cashier page offers: a select element named `field`. */
export interface SandboxCashierChoice {
    readonly field: string;
    readonly label: string;
    /** `[value, label]` pairs, in order; the first is preselected. */
    readonly options: readonly (readonly [value: string, label: string])[];
}
/**
 * Checks a notification the sandbox built against its webhook's schema, then sends it to `url`
 * until acknowledged.
 * @throws Error when the sandbox's own notification breaks the schema (a sandbox bug).
 */
export declare function sandboxSendNotification(ctx: SandboxContext, webhook: string, url: string, fields: Record<string, string>): void;
/**
 * A notification from LianLian: `fields` signed as LianLian signs its notifications (RSA),
 * checked against the webhook's schema and sent to `url` until acknowledged.
 * @throws Error when the sandbox's own notification breaks the schema (a sandbox bug).
 */
export declare function sandboxNotify(ctx: SandboxContext, webhook: string, url: string, fields: Record<string, string>): void;
/**
 * Checks a message the sandbox built against the schema of webhook `webhook`.
 * @throws Error when the catalogue has no such webhook or the message breaks its schema.
 */
export declare function sandboxCheckNotification(ctx: SandboxContext, webhook: string, fields: Record<string, string>): void;
/** What {@link SandboxBehaviour.prepare} set up. */
export interface SandboxPrepared {
    /** Request fields to replace (e.g. the issued token, the confirm code). */
    readonly request: Readonly<Record<string, string>>;
    /** The order as set up, as the merchant has it on record (what its notifications must match). */
    readonly order: Readonly<Record<string, string>>;
}
/** How a behaviour's `prepare` (and each of its `failures`) sets a request up. */
export type SandboxPrepare = (sandbox: SandboxSetup, request: Readonly<Record<string, string>>) => SandboxPrepared;
/**
 * A failure brought about by the usual setup and then `change` to the request, e.g.
 * `{ verify_code: DEFAULT_SANDBOX_RULES.wrongSmsCode }` for the SMS code the rules refuse.
 */
export declare function sandboxPreparedWith(prepare: SandboxPrepare, change: Readonly<Record<string, string>>): SandboxPrepare;
/** A documented failure, signed and attributed to the merchant, as LianLian answers it. */
export declare function sandboxRefusal(ctx: SandboxContext, request: SandboxVerifiedRequest, outcome: SandboxOutcome): SandboxJsonAnswer;
/**
 * An answer with `retCode`, its documented message and `fields`, signed in the operation's answer
 * key order; `outcome` is logged after the code.
 */
export declare function sandboxAnswer(ctx: SandboxContext, request: SandboxVerifiedRequest, retCode: string, fields: Record<string, string>, outcome: string): SandboxJsonAnswer;
/** A success: ret_code 0000 and `fields`, signed; `outcome` is logged after the code. */
export declare function sandboxSuccess(ctx: SandboxContext, request: SandboxVerifiedRequest, fields: Record<string, string>, outcome: string): SandboxJsonAnswer;
