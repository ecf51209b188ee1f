/**
 * What the sandbox's request handlers share: its keys, state, notifier and catalogue, and the
 * helpers that turn an outcome into LianLian's answer.
 */
import type { KeyObject } from 'node:crypto';
import type { SandboxCatalogue } from './catalogue.js';
import type { SandboxCashierSessions } from './sessions.js';
import type { SandboxNotifier } from './notify.js';
import type { SandboxState } from './rules.js';
import type { SignType } from '../crypto/sign-type.js';
import type { SignKeyOrder } from '../crypto/canonical.js';
import { type ClosedSignMessage, type Verifier } from '../crypto/verify.js';
/** A form the sandbox received at the WEB Payment path, for tests and the payment page. */
export interface SandboxWebPaymentSubmission {
    /** Every received field, decoded once, in the order received. */
    readonly fields: Readonly<Record<string, string>>;
    /** The return code the sandbox decided (0000: the payment page was shown). */
    readonly retCode: string;
}
/** What one handled request contributes to its log line; never card, ID or phone numbers in clear. */
export interface SandboxRequestNote {
    operation: string;
    /** The fields naming the order, as `name=value` (sandboxOrderLabel), for the log line. */
    order?: string;
    card?: string;
    outcome: string;
    /** What the request lacks that the docs require and LianLian accepts (x-lianlian-unenforced). */
    warnings?: string[];
}
export interface SandboxContext {
    readonly catalogue: SandboxCatalogue;
    readonly state: SandboxState;
    readonly notifier: SandboxNotifier;
    readonly lianlianPrivateKey: KeyObject;
    readonly now: () => Date;
    /** The most recent form submissions, oldest first: add with `keepRecent` and `historyLimit`. */
    readonly submissions: SandboxWebPaymentSubmission[];
    /** Records kept in `submissions` and in the notifier's `deliveries`. */
    readonly historyLimit: number;
    /** The open cashier pages, bounded by `sessionLimit` and the token lifetime. */
    readonly sessions: SandboxCashierSessions;
    /** The sandbox's own `http://127.0.0.1:<port>`, set once it listens (links it hands out). */
    baseUrl: string;
    /** Refuse requests lacking a field the docs require but LianLian accepts without. */
    readonly strict: boolean;
    /**
     * The verifier of a registered merchant's requests of one message (closed sign-source rule) for
     * the given sign types, or undefined.
     */
    verifierFor(oidPartner: unknown, signTypes: readonly string[], message?: ClosedSignMessage): Verifier | undefined;
}
/** Builds the merchant lookup: one verifier per merchant, message and set of sign types, made once. */
export declare function sandboxMerchantVerifiers(merchants: ReadonlyMap<string, KeyObject>): (oidPartner: unknown, signTypes: readonly string[], message?: ClosedSignMessage) => Verifier | undefined;
/** LianLian's ret_msg for `code`, with the parameter name filled in where the message asks for one. */
export declare function sandboxReturnMessage(ctx: SandboxContext, code: string, field?: string): string;
/**
 * Signs an answer with the sandbox's LianLian key, its sign source in `keyOrder` (the operation's
 * `answerKeyOrder`; byte order by default).
 */
export declare function sandboxSign(ctx: SandboxContext, fields: Record<string, string>, signType: SignType, keyOrder?: SignKeyOrder): Record<string, string>;
/** A card number as it may appear in a log line. */
export declare function sandboxMaskedCard(value: unknown): string | undefined;
