import type { components } from './types.js';
import { type CallOptions, type ClientResult, type LianLianClientOptions, type RequestParams } from './runtime/client/client.js';
import type { ClientOperation } from './runtime/client/operation.js';
/** Operations the client calls (the WEB Payment API is a browser form, not a server call). */
export type ClientOperationId = 'mpayVerify' | 'mpayApply' | 'easypayApply' | 'easypayVerify' | 'instantPayConfirm' | 'instantPayApply' | 'instantPayQuery' | 'balanceQuery' | 'cardBindApply' | 'cardBindVerify' | 'cardUnbind' | 'mpayCardBindApply' | 'mpayCardBindVerify' | 'cardBindQuery' | 'refundApply' | 'refundQuery' | 'cardBinQuery' | 'preauthCapture' | 'preauthCancel' | 'exchangeApply' | 'exchangeVerify' | 'exchangeQuery' | 'aggregateQuery' | 'mpayQuery' | 'easypayQuery';
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
/** Parameters of `LianLianClient.mpayApply`: `MpayApplyRequest` without oid_partner, sign_type and sign. */
export type MpayApplyParams = RequestParams<components['schemas']['MpayApplyRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.mpayApply`; failures (`MpayApplyFailure`) reject with BusinessFailureError. */
export type MpayApplyResult = ClientResult<'paid', components['schemas']['MpayApplyPaid'], 'mpayApply'> | ClientResult<'success', components['schemas']['MpayApplySmsSent'], 'mpayApply'>;
/** Parameters of `LianLianClient.easypayApply`: `EasypayApplyRequest` without oid_partner, sign_type and sign. */
export type EasypayApplyParams = RequestParams<components['schemas']['EasypayApplyRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.easypayApply`; failures (`EasypayApplyFailure`) reject with BusinessFailureError. */
export type EasypayApplyResult = ClientResult<'paid', components['schemas']['EasypayApplyPaid'], 'easypayApply'> | ClientResult<'success', components['schemas']['EasypayApplySuccess'], 'easypayApply'>;
/** Parameters of `LianLianClient.easypayVerify`: `EasypayVerifyRequest` without oid_partner, sign_type and sign. */
export type EasypayVerifyParams = RequestParams<components['schemas']['EasypayVerifyRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.easypayVerify`; failures (`EasypayVerifyFailure`) reject with BusinessFailureError. */
export type EasypayVerifyResult = ClientResult<'paid', components['schemas']['EasypayVerifyPaid'], 'easypayVerify'> | ClientResult<'success', components['schemas']['EasypayVerifySuccess'], 'easypayVerify'>;
/** Parameters of `LianLianClient.instantPayConfirm`: `InstantPayConfirmRequest` without oid_partner, sign_type and sign. */
export type InstantPayConfirmParams = RequestParams<components['schemas']['InstantPayConfirmRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.instantPayConfirm`; failures (`InstantPayConfirmFailure`) reject with BusinessFailureError. */
export type InstantPayConfirmResult = ClientResult<'success', components['schemas']['InstantPayConfirmSuccess'], 'instantPayConfirm'>;
/** Parameters of `LianLianClient.instantPayApply`: `InstantPayApplyRequest` without oid_partner, sign_type and sign. */
export type InstantPayApplyParams = RequestParams<components['schemas']['InstantPayApplyRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.instantPayApply`; failures (`InstantPayApplyFailure`) reject with BusinessFailureError. */
export type InstantPayApplyResult = ClientResult<'held', components['schemas']['InstantPayApplyHeld'], 'instantPayApply'> | ClientResult<'success', components['schemas']['InstantPayApplySuccess'], 'instantPayApply'>;
/** Parameters of `LianLianClient.instantPayQuery`: `InstantPayQueryRequest` without oid_partner, sign_type and sign. */
export type InstantPayQueryParams = RequestParams<components['schemas']['InstantPayQueryRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.instantPayQuery`; failures (`InstantPayQueryFailure`) reject with BusinessFailureError. */
export type InstantPayQueryResult = ClientResult<'success', components['schemas']['InstantPayQuerySuccess'], 'instantPayQuery'> | ClientResult<'paid', components['schemas']['InstantPayQueryPaid'], 'instantPayQuery'>;
/** Parameters of `LianLianClient.balanceQuery`: `BalanceQueryRequest` without oid_partner, sign_type and sign. */
export type BalanceQueryParams = RequestParams<components['schemas']['BalanceQueryRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.balanceQuery`; failures (`BalanceQueryFailure`) reject with BusinessFailureError. */
export type BalanceQueryResult = ClientResult<'success', components['schemas']['BalanceQuerySuccess'], 'balanceQuery'>;
/** Parameters of `LianLianClient.cardBindApply`: `CardBindApplyRequest` without oid_partner, sign_type and sign. */
export type CardBindApplyParams = RequestParams<components['schemas']['CardBindApplyRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.cardBindApply`; failures (`CardBindApplyFailure`) reject with BusinessFailureError. */
export type CardBindApplyResult = ClientResult<'success', components['schemas']['CardBindApplySuccess'], 'cardBindApply'>;
/** Parameters of `LianLianClient.cardBindVerify`: `CardBindVerifyRequest` without oid_partner, sign_type and sign. */
export type CardBindVerifyParams = RequestParams<components['schemas']['CardBindVerifyRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.cardBindVerify`; failures (`CardBindVerifyFailure`) reject with BusinessFailureError. */
export type CardBindVerifyResult = ClientResult<'success', components['schemas']['CardBindVerifySuccess'], 'cardBindVerify'>;
/** Parameters of `LianLianClient.cardUnbind`: `CardUnbindRequest` without oid_partner, sign_type and sign. */
export type CardUnbindParams = RequestParams<components['schemas']['CardUnbindRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.cardUnbind`; failures (`CardUnbindFailure`) reject with BusinessFailureError. */
export type CardUnbindResult = ClientResult<'success', components['schemas']['CardUnbindSuccess'], 'cardUnbind'>;
/** Parameters of `LianLianClient.mpayCardBindApply`: `MpayCardBindApplyRequest` without oid_partner, sign_type and sign. */
export type MpayCardBindApplyParams = RequestParams<components['schemas']['MpayCardBindApplyRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.mpayCardBindApply`; failures (`MpayCardBindApplyFailure`) reject with BusinessFailureError. */
export type MpayCardBindApplyResult = ClientResult<'success', components['schemas']['MpayCardBindApplySuccess'], 'mpayCardBindApply'>;
/** Parameters of `LianLianClient.mpayCardBindVerify`: `MpayCardBindVerifyRequest` without oid_partner, sign_type and sign. */
export type MpayCardBindVerifyParams = RequestParams<components['schemas']['MpayCardBindVerifyRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.mpayCardBindVerify`; failures (`MpayCardBindVerifyFailure`) reject with BusinessFailureError. */
export type MpayCardBindVerifyResult = ClientResult<'success', components['schemas']['MpayCardBindVerifySuccess'], 'mpayCardBindVerify'>;
/** Parameters of `LianLianClient.cardBindQuery`: `CardBindQueryRequest` without oid_partner, sign_type and sign. */
export type CardBindQueryParams = RequestParams<components['schemas']['CardBindQueryRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.cardBindQuery`; failures (`CardBindQueryFailure`) reject with BusinessFailureError. */
export type CardBindQueryResult = ClientResult<'success', components['schemas']['CardBindQuerySuccess'], 'cardBindQuery'>;
/** Parameters of `LianLianClient.refundApply`: `RefundApplyRequest` without oid_partner, sign_type and sign. */
export type RefundApplyParams = RequestParams<components['schemas']['RefundApplyRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.refundApply`; failures (`RefundFailure`) reject with BusinessFailureError. */
export type RefundApplyResult = ClientResult<'success', components['schemas']['RefundSuccess'], 'refundApply'>;
/** Parameters of `LianLianClient.refundQuery`: `RefundQueryRequest` without oid_partner, sign_type and sign. */
export type RefundQueryParams = RequestParams<components['schemas']['RefundQueryRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.refundQuery`; failures (`RefundFailure`) reject with BusinessFailureError. */
export type RefundQueryResult = ClientResult<'success', components['schemas']['RefundSuccess'], 'refundQuery'>;
/** Parameters of `LianLianClient.cardBinQuery`: `CardBinQueryRequest` without oid_partner, sign_type and sign. */
export type CardBinQueryParams = RequestParams<components['schemas']['CardBinQueryRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.cardBinQuery`; failures (`CardBinQueryFailure`) reject with BusinessFailureError. */
export type CardBinQueryResult = ClientResult<'success', components['schemas']['CardBinQuerySuccess'], 'cardBinQuery'>;
/** Parameters of `LianLianClient.preauthCapture`: `PreauthCaptureRequest` without oid_partner, sign_type and sign. */
export type PreauthCaptureParams = RequestParams<components['schemas']['PreauthCaptureRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.preauthCapture`; failures (`PreauthFailure`) reject with BusinessFailureError. */
export type PreauthCaptureResult = ClientResult<'success', components['schemas']['PreauthCaptureSuccess'], 'preauthCapture'>;
/** Parameters of `LianLianClient.preauthCancel`: `PreauthCancelRequest` without oid_partner, sign_type and sign. */
export type PreauthCancelParams = RequestParams<components['schemas']['PreauthCancelRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.preauthCancel`; failures (`PreauthFailure`) reject with BusinessFailureError. */
export type PreauthCancelResult = ClientResult<'success', components['schemas']['PreauthCancelSuccess'], 'preauthCancel'>;
/** Parameters of `LianLianClient.exchangeApply`: `ExchangeApplyRequest` without oid_partner, sign_type and sign. */
export type ExchangeApplyParams = RequestParams<components['schemas']['ExchangeApplyRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.exchangeApply`; failures (`ExchangeApplyFailure`) reject with BusinessFailureError. */
export type ExchangeApplyResult = ClientResult<'paid', components['schemas']['ExchangeApplyPaid'], 'exchangeApply'> | ClientResult<'success', components['schemas']['ExchangeApplySuccess'], 'exchangeApply'>;
/** Parameters of `LianLianClient.exchangeVerify`: `ExchangeVerifyRequest` without oid_partner, sign_type and sign. */
export type ExchangeVerifyParams = RequestParams<components['schemas']['ExchangeVerifyRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.exchangeVerify`; failures (`ExchangeVerifyFailure`) reject with BusinessFailureError. */
export type ExchangeVerifyResult = ClientResult<'success', components['schemas']['ExchangeVerifySuccess'], 'exchangeVerify'> | ClientResult<'paid', components['schemas']['ExchangeVerifyPaid'], 'exchangeVerify'>;
/** Parameters of `LianLianClient.exchangeQuery`: `ExchangeQueryRequest` without oid_partner, sign_type and sign. */
export type ExchangeQueryParams = RequestParams<components['schemas']['ExchangeQueryRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.exchangeQuery`; failures (`ExchangeQueryFailure`) reject with BusinessFailureError. */
export type ExchangeQueryResult = ClientResult<'success', components['schemas']['ExchangeQuerySuccess'], 'exchangeQuery'> | ClientResult<'paid', components['schemas']['ExchangeQueryPaid'], 'exchangeQuery'>;
/** Parameters of `LianLianClient.aggregateQuery`: `AggregateQueryRequest` without oid_partner, sign_type and sign. */
export type AggregateQueryParams = RequestParams<components['schemas']['AggregateQueryRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.aggregateQuery`; failures (`AggregateQueryFailure`) reject with BusinessFailureError. */
export type AggregateQueryResult = ClientResult<'paid', components['schemas']['AggregateQueryPaid'], 'aggregateQuery'> | ClientResult<'success', components['schemas']['AggregateQuerySuccess'], 'aggregateQuery'>;
/** Parameters of `LianLianClient.mpayQuery`: `OrderQueryRequest` without oid_partner, sign_type and sign. */
export type MpayQueryParams = RequestParams<components['schemas']['OrderQueryRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.mpayQuery`; failures (`MpayQueryFailure`) reject with BusinessFailureError. */
export type MpayQueryResult = ClientResult<'success', components['schemas']['MpayQueryResult'], 'mpayQuery'> | ClientResult<'paid', components['schemas']['MpayQueryPaid'], 'mpayQuery'>;
/** Parameters of `LianLianClient.easypayQuery`: `OrderQueryRequest` without oid_partner, sign_type and sign. */
export type EasypayQueryParams = RequestParams<components['schemas']['OrderQueryRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.easypayQuery`; failures (`EasypayQueryFailure`) reject with BusinessFailureError. */
export type EasypayQueryResult = ClientResult<'paid', components['schemas']['EasypayQueryPaid'], 'easypayQuery'> | ClientResult<'success', components['schemas']['EasypayQueryResult'], 'easypayQuery'>;
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
     * MPAY Apply Direct API: First step of an MPAY card payment: creates the order in LianLian's system and has an SMS code sent to the payer's phone.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    mpayApply(params: MpayApplyParams, options?: CallOptions): Promise<MpayApplyResult>;
    /**
     * Easypay Apply Direct API: First step of an Easypay card payment: creates the order in LianLian's system and has an SMS code sent to the payer's phone.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    easypayApply(params: EasypayApplyParams, options?: CallOptions): Promise<EasypayApplyResult>;
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
    /**
     * Instant payment apply API: Pays out (transfers money) from the merchant's LianLian balance to a personal debit card or a business settlement account, almost in real time.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    instantPayApply(params: InstantPayApplyParams, options?: CallOptions): Promise<InstantPayApplyResult>;
    /**
     * Instant payment result query API: Reports the state of one payout made with the Instant payment apply API, by the merchant's order number.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    instantPayQuery(params: InstantPayQueryParams, options?: CallOptions): Promise<InstantPayQueryResult>;
    /**
     * Balance Query API: Reports the merchant account's available balance (what Instant payment payouts take from) and its unsettled amount (what refunds can use).
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    balanceQuery(params: BalanceQueryParams, options?: CallOptions): Promise<BalanceQueryResult>;
    /**
     * Card Bind Apply API: First step of binding a user's card: the merchant's server POSTs the card number, the holder's name, identity document and phone, and LianLian sends an SMS code to that phone.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    cardBindApply(params: CardBindApplyParams, options?: CallOptions): Promise<CardBindApplyResult>;
    /**
     * Card Bind Verify API: Second step of binding a user's card: the merchant's server POSTs the token of the Card Bind Apply API and the SMS code the user typed; LianLian binds the card to user_id and returns its agreement number no_agree, which later payments can use instead of the card details.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    cardBindVerify(params: CardBindVerifyParams, options?: CallOptions): Promise<CardBindVerifyResult>;
    /**
     * Card Unbind API: Unbinds a card from a user: the merchant's server POSTs user_id and the card's agreement number no_agree, which stops working once LianLian answers ret_code 0000.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    cardUnbind(params: CardUnbindParams, options?: CallOptions): Promise<CardUnbindResult>;
    /**
     * MPAY Card Bind Apply API: First step of binding a user's card for MPAY payments: the merchant's server sends the card number, the holder's name, identity document and phone, and LianLian sends an SMS code to that phone, answering ret_code 8888 with a token for the MPAY Card Bind Verify API.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    mpayCardBindApply(params: MpayCardBindApplyParams, options?: CallOptions): Promise<MpayCardBindApplyResult>;
    /**
     * MPAY Card Bind Verify API: Second step of binding a user's card for MPAY payments: the merchant's server POSTs the token of the MPAY Card Bind Apply API and the SMS code the user typed; LianLian binds the card to user_id and returns its agreement number no_agree.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    mpayCardBindVerify(params: MpayCardBindVerifyParams, options?: CallOptions): Promise<MpayCardBindVerifyResult>;
    /**
     * Card Bind Query API: Lists the cards bound to a user: the merchant's server POSTs user_id (and optionally one no_agree or card_no to narrow the list) and LianLian answers the agreements, newest first, each with the card's last four digits, its bank, type and masked phone.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    cardBindQuery(params: CardBindQueryParams, options?: CallOptions): Promise<CardBindQueryResult>;
    /**
     * Refund Apply API: Returns all or part of a paid order to the payer.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    refundApply(params: RefundApplyParams, options?: CallOptions): Promise<RefundApplyResult>;
    /**
     * Refund Result Query API: Asks for the state of one refund, named by the merchant's refund number and time, signed with the merchant's RSA key.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    refundQuery(params: RefundQueryParams, options?: CallOptions): Promise<RefundQueryResult>;
    /**
     * Card Bin Query API: Looks up a UnionPay card by its number: the issuing bank's code and Chinese name, and whether it is a debit (2) or credit (3) card.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    cardBinQuery(params: CardBinQueryParams, options?: CallOptions): Promise<CardBinQueryResult>;
    /**
     * Pre-authorized capture API: Captures all or part of the amount an Easypay pre-authorisation holds on the payer's card (an Easypay payment made with pay_type F).
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    preauthCapture(params: PreauthCaptureParams, options?: CallOptions): Promise<PreauthCaptureResult>;
    /**
     * Pre-authorized cancel API: Cancels an Easypay pre-authorisation that was not captured, releasing the amount held on the payer's card.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    preauthCancel(params: PreauthCancelParams, options?: CallOptions): Promise<PreauthCancelResult>;
    /**
     * Exchange Payment Apply API: First step of an Exchange Payment: a payer in China pays in CNY with a UnionPay card for goods priced in another supported currency.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    exchangeApply(params: ExchangeApplyParams, options?: CallOptions): Promise<ExchangeApplyResult>;
    /**
     * Exchange Payment Verify API: Second step of an Exchange Payment: the merchant's server POSTs the token from the Apply step and the SMS code the payer typed.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    exchangeVerify(params: ExchangeVerifyParams, options?: CallOptions): Promise<ExchangeVerifyResult>;
    /**
     * Exchange Payment Result Query API: Asks LianLian for the status of one Exchange Payment transaction: SUCCESS (paid, with the settlement and payer amounts), or PROCESSING, WAITING, REFUND or FAILURE.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    exchangeQuery(params: ExchangeQueryParams, options?: CallOptions): Promise<ExchangeQueryResult>;
    /**
     * Aggregate Payment Result Query API: Asks LianLian for one aggregate (or online banking) payment by the merchant's order number or LianLian's transaction number: result_pay SUCCESS with the settlement date and the payment method used, or another status.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    aggregateQuery(params: AggregateQueryParams, options?: CallOptions): Promise<AggregateQueryResult>;
    /**
     * MPAY payment result query API: Asks LianLian for the status of one MPAY payment, named by no_order with dt_order or by oid_paybill.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    mpayQuery(params: MpayQueryParams, options?: CallOptions): Promise<MpayQueryResult>;
    /**
     * Easypay payment result query API: Asks LianLian for the status of one Easypay payment, named by no_order with dt_order or by oid_paybill.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    easypayQuery(params: EasypayQueryParams, options?: CallOptions): Promise<EasypayQueryResult>;
    /** The base URL calls of an operation go to (its production server unless overridden). */
    baseUrlOf(operationId: ClientOperationId): string;
}
/**
 * Creates a client for LianLian's server-to-server APIs. Keys are loaded and checked here.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createLianLianClient(config: LianLianClientConfig): LianLianClient;
