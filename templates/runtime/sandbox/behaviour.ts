/**
 * One operation's behaviour in the sandbox. The generic pipeline (json.ts) decodes, opens the
 * envelope, validates and checks the merchant's signature; a behaviour then decides the outcome
 * from the store and answers. Behaviours are registered in behaviours/index.ts.
 */
import type { SignType } from '../crypto/sign-type.js';
import type { SandboxJsonOperation } from './catalogue.js';
import {
  sandboxReturnMessage,
  sandboxSign,
  type SandboxContext,
  type SandboxRequestNote,
} from './context.js';
import type { SandboxOutcome, SandboxPayoutRegistration, SandboxTokenOrder } from './rules.js';
import type { SandboxDirectOrderRegistration } from './state/direct-payments.js';

/** The answer to one JSON request: HTTP 200 unless `status` says otherwise. */
export interface SandboxJsonAnswer {
  readonly status?: number;
  readonly body: Record<string, string>;
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
 * The sandbox's setup calls, as `Sandbox.issueToken`, `Sandbox.holdPayout` and
 * `Sandbox.recordDirectOrder` offer them.
 */
export interface SandboxSetup {
  issueToken(order: SandboxTokenOrder): { token: string; expires_at: string };
  holdPayout(payout: SandboxPayoutRegistration): { confirm_code: string };
  recordDirectOrder(order: SandboxDirectOrderRegistration): { oid_paybill: string };
}

export interface SandboxBehaviour {
  /** The spec's operationId this behaviour answers. */
  readonly operationId: string;
  /** Decides and answers one verified request. */
  handle(ctx: SandboxContext, request: SandboxVerifiedRequest): SandboxJsonAnswer;
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
  prepare?(sandbox: SandboxSetup, request: Readonly<Record<string, string>>): SandboxPrepared;
  /**
   * How to bring about each failure `ret_code` the spec's response examples show, under the
   * default rules: the setup and request changes that make the sandbox answer it. Contract tests
   * fail for a failure example without an entry here.
   */
  readonly failures?: Readonly<
    Record<
      string,
      (sandbox: SandboxSetup, request: Readonly<Record<string, string>>) => SandboxPrepared
    >
  >;
}

/** What {@link SandboxBehaviour.prepare} set up. */
export interface SandboxPrepared {
  /** Request fields to replace (e.g. the issued token, the confirm code). */
  readonly request: Readonly<Record<string, string>>;
  /** The order as set up, as the merchant has it on record (what its notifications must match). */
  readonly order: Readonly<Record<string, string>>;
}

/** A documented failure, signed and attributed to the merchant, as LianLian answers it. */
export function sandboxRefusal(
  ctx: SandboxContext,
  request: SandboxVerifiedRequest,
  outcome: SandboxOutcome,
): SandboxJsonAnswer {
  const { retCode, field } = outcome;
  request.note.outcome = field === undefined ? retCode : `${retCode} (${field})`;
  const body = {
    ret_code: retCode,
    ret_msg: sandboxReturnMessage(ctx, retCode, field),
    oid_partner: request.fields.oid_partner as string,
  };
  return { body: sandboxSign(ctx, body, request.signType), note: request.note };
}

/** A success: ret_code 0000 and `fields`, signed; `outcome` is logged after the code. */
export function sandboxSuccess(
  ctx: SandboxContext,
  request: SandboxVerifiedRequest,
  fields: Record<string, string>,
  outcome: string,
): SandboxJsonAnswer {
  request.note.outcome = `0000 (${outcome})`;
  const body = { ret_code: '0000', ret_msg: sandboxReturnMessage(ctx, '0000'), ...fields };
  return { body: sandboxSign(ctx, body, request.signType), note: request.note };
}
