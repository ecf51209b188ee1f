import type { SandboxOutcome } from '../rules.js';
/** A pre-authorisation to hold, as `Sandbox.holdPreauth` takes it. */
export interface SandboxPreauthRegistration {
    readonly oidPartner: string;
    readonly noOrder: string;
    /** The amount held. */
    readonly moneyOrder: string;
    readonly userId: string;
    /** The order time, `yyyyMMddHHmmss` (default: now, UTC+8). */
    readonly dtOrder?: string;
    /**
     * The state to set it up in (default `held`): `captured` (the whole amount) or `cancelled`, to
     * try what the APIs do with a pre-authorisation that is no longer held.
     */
    readonly status?: SandboxPreauthStatus;
}
export type SandboxPreauthStatus = 'held' | 'captured' | 'cancelled';
export interface SandboxPreauth {
    readonly oidPartner: string;
    readonly noOrder: string;
    readonly dtOrder: string;
    readonly moneyOrder: string;
    readonly userId: string;
    readonly oidPaybill: string;
    status: SandboxPreauthStatus;
    /** The amount captured, once captured. */
    captured?: string;
}
/** The fields of a capture or cancel request the rules look at. */
export interface SandboxPreauthRequest {
    readonly oidPartner: string;
    readonly noOrder: string;
    readonly dtOrder: string;
    readonly userId: string;
    readonly moneyOrder: string;
    readonly oidPaybill?: string;
}
export declare class SandboxPreauths {
    private readonly holds;
    /** Records a pre-authorisation, held unless `status` says otherwise. */
    hold(preauth: Omit<SandboxPreauth, 'status'>, status?: SandboxPreauthStatus): SandboxPreauth;
    /** Captures `moneyOrder` of the hold the request names. */
    capture(request: SandboxPreauthRequest): SandboxOutcome & {
        preauth?: SandboxPreauth;
    };
    /** Cancels the hold the request names; its money_order must be the amount held. */
    cancel(request: SandboxPreauthRequest): SandboxOutcome & {
        preauth?: SandboxPreauth;
    };
    /**
     * The pre-authorisation a status query names (order, and oid_paybill and dt_order as given),
     * whatever its state; 5002 when there is none.
     */
    lookup(request: Pick<SandboxPreauthRequest, 'oidPartner' | 'noOrder' | 'dtOrder' | 'oidPaybill'>): SandboxOutcome & {
        preauth?: SandboxPreauth;
    };
    private find;
}
