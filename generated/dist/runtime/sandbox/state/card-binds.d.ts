import { type SandboxCatalogue } from '../catalogue.js';
import type { SandboxOutcome, SandboxRuleSettings } from '../rules.js';
/** A user's card and its holder, as binding names them. */
interface SandboxUserCard {
    readonly oidPartner: string;
    readonly userId: string;
    readonly cardNo: string;
    readonly acctName: string;
    readonly idNo: string;
    readonly bindMob: string;
}
/** A card to bind, as an Apply request (or `Sandbox.applyCardBind`) names it. */
export interface SandboxCardBindApplication extends SandboxUserCard {
    /** `3` for a credit card, `2` for a debit card (default). */
    readonly cardType?: '2' | '3';
    /** The product the card is bound for, the request's pay_type (kept with the agreement). */
    readonly payType?: string;
    readonly noOrder?: string;
}
/** A bound card. The full card number stays in the sandbox's memory; answers show its last four. */
export interface SandboxCardAgreement extends SandboxUserCard {
    readonly noAgree: string;
    readonly cardType: '2' | '3';
    readonly payType?: string;
    readonly boundAt: number;
}
export declare class SandboxCardBinds {
    private readonly rules;
    private readonly now;
    private readonly nextAgreement;
    private readonly pending;
    /** Agreements by merchant and no_agree, in the order they were bound. */
    private readonly agreements;
    constructor(rules: SandboxRuleSettings, now: () => Date, nextAgreement: () => string);
    /** Decides an Apply request; on success the token to verify it with. */
    apply(application: SandboxCardBindApplication): SandboxOutcome & {
        token?: string;
    };
    /** Decides a Verify request; on success the new agreement. */
    verify(request: {
        readonly oidPartner: string;
        readonly userId: string;
        readonly token: string;
        readonly verifyCode: string;
    }): SandboxOutcome & {
        agreement?: SandboxCardAgreement;
        noOrder?: string;
    };
    /** A code the rules accept: any but the wrong one. */
    rightSmsCode(): string;
    /** The merchant's agreement `noAgree`, or undefined (never bound, or unbound since). */
    agreement(oidPartner: string | undefined, noAgree: string | undefined): SandboxCardAgreement | undefined;
    /** The user's agreements, newest first (as LianLian lists them). */
    agreementsOf(oidPartner: string, userId: string): SandboxCardAgreement[];
    /** Decides an Unbind request: the user's agreement is removed, or 3011. */
    unbind(oidPartner: string, userId: string, noAgree: string): SandboxOutcome;
}
/** The card binding calls of `Sandbox`. */
export interface SandboxCardBindSetup {
    applyCardBind(application: SandboxCardBindApplication): {
        token: string;
    };
    bindCard(application: SandboxCardBindApplication): {
        no_agree: string;
    };
}
/**
 * The setup calls `Sandbox.applyCardBind` and `Sandbox.bindCard`: what the Apply API (and then the
 * Verify API with the right code) would do, for tests that start from a later step.
 * @throws {ConfigurationError} `SANDBOX_ORDER` when the application breaks a field rule or the
 *   binding rules refuse it (e.g. the card is bound already).
 */
export declare function sandboxCardBindSetup(binds: SandboxCardBinds, catalogue: SandboxCatalogue, knownMerchant: (oidPartner: unknown) => boolean): SandboxCardBindSetup;
/**
 * A card application given to `Sandbox.applyCardBind` or `bindCard`, held to the spec's rules of
 * its fields (the generated catalogue's), so setup cannot create what no request could.
 * @throws {ConfigurationError} `SANDBOX_ORDER`, naming the option, when it breaks one.
 */
export declare function checkedCardBindApplication(catalogue: SandboxCatalogue, knownMerchant: (oidPartner: unknown) => boolean, application: SandboxCardBindApplication): SandboxCardBindApplication;
/** The last four digits of a card number, as the bound-card answers show it. */
export declare function lastFour(cardNo: string): string;
export {};
