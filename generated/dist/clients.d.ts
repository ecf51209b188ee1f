import type { components } from './types.js';
import { type CallOptions, type ClientResult, type LianLianClientOptions, type RequestParams } from './runtime/client/client.js';
import type { ClientOperation } from './runtime/client/operation.js';
/** Operations the client calls (the WEB Payment API is a browser form, not a server call). */
export type ClientOperationId = 'mpayVerify' | 'easypayVerify' | 'instantPayConfirm';
declare module './runtime/client/operation.js' {
    interface LianLianSpecSets {
        readonly operationId: ClientOperationId;
    }
}
/** Options of {@link createLianLianClient}. */
export type LianLianClientConfig = LianLianClientOptions<ClientOperationId>;
/** Parameters of `LianLianClient.mpayVerify`: `MpayVerifyRequest` without oid_partner, sign_type and sign. */
export type MpayVerifyParams = RequestParams<components['schemas']['MpayVerifyRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.mpayVerify`; failures (`MpayVerifyFailure`) reject with BusinessFailureError. */
export type MpayVerifyResult = ClientResult<'paid', components['schemas']['MpayVerifyPaid'], 'mpayVerify'> | ClientResult<'success', components['schemas']['MpayVerifySuccess'], 'mpayVerify'>;
/** Parameters of `LianLianClient.easypayVerify`: `EasypayVerifyRequest` without oid_partner, sign_type and sign. */
export type EasypayVerifyParams = RequestParams<components['schemas']['EasypayVerifyRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.easypayVerify`; failures (`EasypayVerifyFailure`) reject with BusinessFailureError. */
export type EasypayVerifyResult = ClientResult<'paid', components['schemas']['EasypayVerifyPaid'], 'easypayVerify'> | ClientResult<'success', components['schemas']['EasypayVerifySuccess'], 'easypayVerify'>;
/** Parameters of `LianLianClient.instantPayConfirm`: `InstantPayConfirmRequest` without oid_partner, sign_type and sign. */
export type InstantPayConfirmParams = RequestParams<components['schemas']['InstantPayConfirmRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.instantPayConfirm`; failures (`InstantPayConfirmFailure`) reject with BusinessFailureError. */
export type InstantPayConfirmResult = ClientResult<'success', components['schemas']['InstantPayConfirmSuccess'], 'instantPayConfirm'>;
/** What the spec says about each operation, for the runtime pipeline. */
export declare const clientOperations: Readonly<Record<ClientOperationId, ClientOperation>>;
/** One method per LianLian server-to-server operation. No method retries: they move money. */
export interface LianLianClient {
    /**
     * MPAY Verify Direct API: Second step of an MPAY card payment.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    mpayVerify(params: MpayVerifyParams, options?: CallOptions): Promise<MpayVerifyResult>;
    /**
     * Easypay Verify Direct API: Second step of an Easypay card payment.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    easypayVerify(params: EasypayVerifyParams, options?: CallOptions): Promise<EasypayVerifyResult>;
    /**
     * Instant payment confirm API: Confirms a payout (money transfer) that LianLian held back, for example as a suspected duplicate or because the payee's card and name did not match, using the confirm code LianLian returned.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    instantPayConfirm(params: InstantPayConfirmParams, options?: CallOptions): Promise<InstantPayConfirmResult>;
    /** The base URL calls of an operation go to (its production server unless overridden). */
    baseUrlOf(operationId: ClientOperationId): string;
}
/**
 * Creates a client for LianLian's server-to-server APIs. Keys are loaded and checked here.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createLianLianClient(config: LianLianClientConfig): LianLianClient;
