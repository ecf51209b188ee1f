/**
 * The sandbox's card bindings: applications waiting for their SMS code, and the agreements
 * (no_agree) of bound cards, per merchant and user_id. The card bind behaviours (traderapi and
 * MPAY alike) decide from it, and other behaviours can look an agreement up to pay with it
 * ({@link SandboxCardBinds.agreement}). The published rules:
 *
 * - an application for a card the user already has bound is refused (9913);
 * - a user_id belongs to one person: an application naming another acct_name or id_no than the
 *   user's bound cards is refused (1004 user_id), as long as one of them stays bound;
 * - a credit card (pay_type N, or 3 for MPAY) needs vali_date and cvv2 (1004);
 * - the token of an application lasts the token lifetime (30 minutes) and belongs to its merchant
 *   and user (1000 otherwise); the wrong SMS code (`000000`) is refused (1900) and the token stays
 *   usable, the right one binds the card once and uses the token up;
 * - unbinding an agreement the user does not have (never bound, or unbound already) is 3011.
 */
import { randomInt } from 'node:crypto';
import { ConfigurationError } from '../../shared/errors.js';
import { followsFieldRule, type SandboxCatalogue } from '../catalogue.js';
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

interface PendingApplication extends SandboxCardBindApplication {
  readonly expiresAt: number;
}

export class SandboxCardBinds {
  private readonly pending = new Map<string, PendingApplication>();
  /** Agreements by merchant and no_agree, in the order they were bound. */
  private readonly agreements = new Map<string, SandboxCardAgreement>();

  constructor(
    private readonly rules: SandboxRuleSettings,
    private readonly now: () => Date,
    private readonly nextAgreement: () => string,
  ) {}

  /** Decides an Apply request; on success the token to verify it with. */
  apply(application: SandboxCardBindApplication): SandboxOutcome & { token?: string } {
    const bound = this.agreementsOf(application.oidPartner, application.userId);
    if (bound.some((agreement) => agreement.cardNo === application.cardNo))
      return { retCode: '9913', field: 'card_no' };
    if (
      bound.some(
        (agreement) =>
          agreement.acctName !== application.acctName || agreement.idNo !== application.idNo,
      )
    )
      return { retCode: '1004', field: 'user_id' };
    const token = randomHex(32);
    this.pending.set(token, {
      ...application,
      expiresAt: this.now().getTime() + this.rules.tokenMinutes * 60_000,
    });
    return { retCode: '0000', token };
  }

  /** Decides a Verify request; on success the new agreement. */
  verify(request: {
    readonly oidPartner: string;
    readonly userId: string;
    readonly token: string;
    readonly verifyCode: string;
  }): SandboxOutcome & { agreement?: SandboxCardAgreement; noOrder?: string } {
    const application = this.pending.get(request.token);
    if (
      application === undefined ||
      application.expiresAt < this.now().getTime() ||
      application.oidPartner !== request.oidPartner ||
      application.userId !== request.userId
    )
      return { retCode: '1000', field: 'token' };
    if (request.verifyCode === this.rules.wrongSmsCode)
      return { retCode: '1900', field: 'verify_code' };
    this.pending.delete(request.token);
    const agreement: SandboxCardAgreement = {
      noAgree: this.nextAgreement(),
      oidPartner: application.oidPartner,
      userId: application.userId,
      cardNo: application.cardNo,
      acctName: application.acctName,
      idNo: application.idNo,
      bindMob: application.bindMob,
      cardType: application.cardType ?? '2',
      ...(application.payType === undefined ? {} : { payType: application.payType }),
      boundAt: this.now().getTime(),
    };
    this.agreements.set(key(agreement.oidPartner, agreement.noAgree), agreement);
    return {
      retCode: '0000',
      agreement,
      ...(application.noOrder === undefined ? {} : { noOrder: application.noOrder }),
    };
  }

  /** A code the rules accept: any but the wrong one. */
  rightSmsCode(): string {
    return this.rules.wrongSmsCode === '123456' ? '654321' : '123456';
  }

  /** The merchant's agreement `noAgree`, or undefined (never bound, or unbound since). */
  agreement(
    oidPartner: string | undefined,
    noAgree: string | undefined,
  ): SandboxCardAgreement | undefined {
    return this.agreements.get(key(oidPartner, noAgree));
  }

  /** The user's agreements, newest first (as LianLian lists them). */
  agreementsOf(oidPartner: string, userId: string): SandboxCardAgreement[] {
    return [...this.agreements.values()]
      .filter((agreement) => agreement.oidPartner === oidPartner && agreement.userId === userId)
      .reverse();
  }

  /** Decides an Unbind request: the user's agreement is removed, or 3011. */
  unbind(oidPartner: string, userId: string, noAgree: string): SandboxOutcome {
    const agreement = this.agreement(oidPartner, noAgree);
    if (agreement === undefined || agreement.userId !== userId)
      return { retCode: '3011', field: 'no_agree' };
    this.agreements.delete(key(oidPartner, noAgree));
    return { retCode: '0000' };
  }
}

/** The card binding calls of `Sandbox`. */
export interface SandboxCardBindSetup {
  applyCardBind(application: SandboxCardBindApplication): { token: string };
  bindCard(application: SandboxCardBindApplication): { no_agree: string };
}

/**
 * The setup calls `Sandbox.applyCardBind` and `Sandbox.bindCard`: what the Apply API (and then the
 * Verify API with the right code) would do, for tests that start from a later step.
 * @throws {ConfigurationError} `SANDBOX_ORDER` when the application breaks a field rule or the
 *   binding rules refuse it (e.g. the card is bound already).
 */
export function sandboxCardBindSetup(
  binds: SandboxCardBinds,
  catalogue: SandboxCatalogue,
  knownMerchant: (oidPartner: unknown) => boolean,
): SandboxCardBindSetup {
  const apply = (application: SandboxCardBindApplication): { token: string } => {
    const checked = checkedCardBindApplication(catalogue, knownMerchant, application);
    const outcome = binds.apply(checked);
    if (outcome.token === undefined) {
      throw new ConfigurationError(
        'SANDBOX_ORDER',
        `the card bind rules refuse this application (${outcome.retCode} ${outcome.field ?? ''})`,
        outcome.field === 'card_no' ? 'cardNo' : 'userId',
      );
    }
    return { token: outcome.token };
  };
  return {
    applyCardBind: apply,
    bindCard(application: SandboxCardBindApplication): { no_agree: string } {
      const { token } = apply(application);
      const outcome = binds.verify({
        oidPartner: application.oidPartner,
        userId: application.userId,
        token,
        verifyCode: binds.rightSmsCode(),
      });
      return { no_agree: (outcome.agreement as SandboxCardAgreement).noAgree };
    },
  };
}

/** The Apply request fields a card application takes, with the option of the setup call. */
const APPLICATION_FIELDS = [
  ['user_id', 'userId'],
  ['card_no', 'cardNo'],
  ['acct_name', 'acctName'],
  ['id_no', 'idNo'],
  ['bind_mob', 'bindMob'],
] as const;

/**
 * A card application given to `Sandbox.applyCardBind` or `bindCard`, held to the spec's rules of
 * its fields (the generated catalogue's), so setup cannot create what no request could.
 * @throws {ConfigurationError} `SANDBOX_ORDER`, naming the option, when it breaks one.
 */
export function checkedCardBindApplication(
  catalogue: SandboxCatalogue,
  knownMerchant: (oidPartner: unknown) => boolean,
  application: SandboxCardBindApplication,
): SandboxCardBindApplication {
  const input = (
    typeof application === 'object' && application !== null ? application : {}
  ) as Partial<Record<string, unknown>>;
  if (!knownMerchant(input.oidPartner))
    throw new ConfigurationError(
      'SANDBOX_ORDER',
      'oidPartner must be a registered merchant number',
      'oidPartner',
    );
  for (const [field, option] of APPLICATION_FIELDS) {
    const rule = catalogue.fieldRules[field];
    if (!followsFieldRule(rule, input[option])) {
      throw new ConfigurationError(
        'SANDBOX_ORDER',
        `${option} ${rule?.rule ?? 'is required'}`,
        option,
      );
    }
  }
  if (input.cardType !== undefined && input.cardType !== '2' && input.cardType !== '3')
    throw new ConfigurationError('SANDBOX_ORDER', 'cardType must be 2 or 3', 'cardType');
  return application;
}

/** The last four digits of a card number, as the bound-card answers show it. */
export function lastFour(cardNo: string): string {
  return cardNo.slice(-4);
}

function key(oidPartner: string | undefined, noAgree: string | undefined): string {
  return `${oidPartner ?? ''}\u0000${noAgree ?? ''}`;
}

function randomHex(length: number): string {
  let out = '';
  while (out.length < length) out += randomInt(0, 16).toString(16);
  return out;
}
