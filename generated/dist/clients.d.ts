import type { components } from './types.js';
import { type CallOptions, type ClientResult, type LianLianClientOptions, type RequestParams } from './runtime/client/client.js';
import type { ClientOperation } from './runtime/client/operation.js';
/** Operations the client calls (the WEB Payment API is a browser form, not a server call). */
export type ClientOperationId = 'mpayVerify' | 'mpayApply' | 'easypayApply' | 'easypayVerify' | 'instantPayConfirm' | 'instantPayApply' | 'instantPayQuery' | 'balanceQuery' | 'cardBindApply' | 'cardBindVerify' | 'cardUnbind' | 'mpayCardBindApply' | 'mpayCardBindVerify' | 'cardBindQuery' | 'refundApply' | 'refundQuery' | 'cardBinQuery' | 'preauthCapture' | 'preauthCancel' | 'preauthQuery' | 'exchangeApply' | 'exchangeVerify' | 'exchangeQuery' | 'aggregateQuery' | 'aggregatePay' | 'mpayQuery' | 'easypayQuery' | 'unifiedCreateBill';
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
/** Parameters of `LianLianClient.preauthQuery`: `PreauthQueryRequest` without oid_partner, sign_type and sign. */
export type PreauthQueryParams = RequestParams<components['schemas']['PreauthQueryRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.preauthQuery`; failures (`PreauthQueryFailure`) reject with BusinessFailureError. */
export type PreauthQueryResult = ClientResult<'status', components['schemas']['PreauthQueryStatus'], 'preauthQuery'>;
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
/** Parameters of `LianLianClient.aggregatePay`: `AggregatePayRequest` without oid_partner, sign_type and sign. */
export type AggregatePayParams = RequestParams<components['schemas']['AggregatePayRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.aggregatePay`; failures (`AggregatePayFailure`) reject with BusinessFailureError. */
export type AggregatePayResult = ClientResult<'success', components['schemas']['AggregatePaySuccess'], 'aggregatePay'>;
/** Parameters of `LianLianClient.mpayQuery`: `OrderQueryRequest` without oid_partner, sign_type and sign. */
export type MpayQueryParams = RequestParams<components['schemas']['OrderQueryRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.mpayQuery`; failures (`MpayQueryFailure`) reject with BusinessFailureError. */
export type MpayQueryResult = ClientResult<'success', components['schemas']['MpayQueryResult'], 'mpayQuery'> | ClientResult<'paid', components['schemas']['MpayQueryPaid'], 'mpayQuery'>;
/** Parameters of `LianLianClient.easypayQuery`: `OrderQueryRequest` without oid_partner, sign_type and sign. */
export type EasypayQueryParams = RequestParams<components['schemas']['OrderQueryRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.easypayQuery`; failures (`EasypayQueryFailure`) reject with BusinessFailureError. */
export type EasypayQueryResult = ClientResult<'paid', components['schemas']['EasypayQueryPaid'], 'easypayQuery'> | ClientResult<'success', components['schemas']['EasypayQueryResult'], 'easypayQuery'>;
/** Parameters of `LianLianClient.unifiedCreateBill`: `UnifiedCreateBillRequest` without oid_partner, sign_type and sign. */
export type UnifiedCreateBillParams = RequestParams<components['schemas']['UnifiedCreateBillRequest']>;
/** Signed ret_code 0000 answers of `LianLianClient.unifiedCreateBill`; failures (`UnifiedCreateBillFailure`) reject with BusinessFailureError. */
export type UnifiedCreateBillResult = ClientResult<'success', components['schemas']['UnifiedCreateBillSuccess'], 'unifiedCreateBill'>;
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
     * Pre-authorized order status query API: Reports the state of an Easypay pre-authorisation: applied for, captured or cancelled, each successful, in processing or failed.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    preauthQuery(params: PreauthQueryParams, options?: CallOptions): Promise<PreauthQueryResult>;
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
     * Aggregate Payment Direct API: Creates a WeChat Pay or Alipay payment (combinepay) and returns what the payer pays it with: the link of a QR code to show, or the parameters for the WeChat SDK or a WeChat official account.
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    aggregatePay(params: AggregatePayParams, options?: CallOptions): Promise<AggregatePayResult>;
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
    /**
     * Payment Creation Direct API (unified gateway): Creates an order on LianLian's unified gateway from the merchant's server and answers the payment page (gateway_url, with its token, valid for 30 minutes) to send the payer's browser to, whatever the client (web, WAP, app).
     * Resolves with the signed ret_code 0000 answer; rejects with BusinessFailureError for any other
     * ret_code and with another ClientError for validation, transport and signature problems.
     */
    unifiedCreateBill(params: UnifiedCreateBillParams, options?: CallOptions): Promise<UnifiedCreateBillResult>;
    /** The base URL calls of an operation go to (its production server unless overridden). */
    baseUrlOf(operationId: ClientOperationId): string;
}
/**
 * Creates a client for LianLian's server-to-server APIs. Keys are loaded and checked here.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createLianLianClient(config: LianLianClientConfig): LianLianClient;
/**
 * A client for the MPAY Verify Direct API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createMpayVerifyClient(config: LianLianClientOptions<'mpayVerify'>): Pick<LianLianClient, 'mpayVerify'>;
/**
 * A client for the MPAY Apply Direct API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createMpayApplyClient(config: LianLianClientOptions<'mpayApply'>): Pick<LianLianClient, 'mpayApply'>;
/**
 * A client for the Easypay Apply Direct API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createEasypayApplyClient(config: LianLianClientOptions<'easypayApply'>): Pick<LianLianClient, 'easypayApply'>;
/**
 * A client for the Easypay Verify Direct API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createEasypayVerifyClient(config: LianLianClientOptions<'easypayVerify'>): Pick<LianLianClient, 'easypayVerify'>;
/**
 * A client for the Instant payment confirm API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createInstantPayConfirmClient(config: LianLianClientOptions<'instantPayConfirm'>): Pick<LianLianClient, 'instantPayConfirm'>;
/**
 * A client for the Instant payment apply API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createInstantPayApplyClient(config: LianLianClientOptions<'instantPayApply'>): Pick<LianLianClient, 'instantPayApply'>;
/**
 * A client for the Instant payment result query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createInstantPayQueryClient(config: LianLianClientOptions<'instantPayQuery'>): Pick<LianLianClient, 'instantPayQuery'>;
/**
 * A client for the Balance Query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createBalanceQueryClient(config: LianLianClientOptions<'balanceQuery'>): Pick<LianLianClient, 'balanceQuery'>;
/**
 * A client for the Card Bind Apply API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createCardBindApplyClient(config: LianLianClientOptions<'cardBindApply'>): Pick<LianLianClient, 'cardBindApply'>;
/**
 * A client for the Card Bind Verify API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createCardBindVerifyClient(config: LianLianClientOptions<'cardBindVerify'>): Pick<LianLianClient, 'cardBindVerify'>;
/**
 * A client for the Card Unbind API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createCardUnbindClient(config: LianLianClientOptions<'cardUnbind'>): Pick<LianLianClient, 'cardUnbind'>;
/**
 * A client for the MPAY Card Bind Apply API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createMpayCardBindApplyClient(config: LianLianClientOptions<'mpayCardBindApply'>): Pick<LianLianClient, 'mpayCardBindApply'>;
/**
 * A client for the MPAY Card Bind Verify API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createMpayCardBindVerifyClient(config: LianLianClientOptions<'mpayCardBindVerify'>): Pick<LianLianClient, 'mpayCardBindVerify'>;
/**
 * A client for the Card Bind Query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createCardBindQueryClient(config: LianLianClientOptions<'cardBindQuery'>): Pick<LianLianClient, 'cardBindQuery'>;
/**
 * A client for the Refund Apply API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createRefundApplyClient(config: LianLianClientOptions<'refundApply'>): Pick<LianLianClient, 'refundApply'>;
/**
 * A client for the Refund Result Query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createRefundQueryClient(config: LianLianClientOptions<'refundQuery'>): Pick<LianLianClient, 'refundQuery'>;
/**
 * A client for the Card Bin Query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createCardBinQueryClient(config: LianLianClientOptions<'cardBinQuery'>): Pick<LianLianClient, 'cardBinQuery'>;
/**
 * A client for the Pre-authorized capture API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createPreauthCaptureClient(config: LianLianClientOptions<'preauthCapture'>): Pick<LianLianClient, 'preauthCapture'>;
/**
 * A client for the Pre-authorized cancel API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createPreauthCancelClient(config: LianLianClientOptions<'preauthCancel'>): Pick<LianLianClient, 'preauthCancel'>;
/**
 * A client for the Pre-authorized order status query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createPreauthQueryClient(config: LianLianClientOptions<'preauthQuery'>): Pick<LianLianClient, 'preauthQuery'>;
/**
 * A client for the Exchange Payment Apply API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createExchangeApplyClient(config: LianLianClientOptions<'exchangeApply'>): Pick<LianLianClient, 'exchangeApply'>;
/**
 * A client for the Exchange Payment Verify API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createExchangeVerifyClient(config: LianLianClientOptions<'exchangeVerify'>): Pick<LianLianClient, 'exchangeVerify'>;
/**
 * A client for the Exchange Payment Result Query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createExchangeQueryClient(config: LianLianClientOptions<'exchangeQuery'>): Pick<LianLianClient, 'exchangeQuery'>;
/**
 * A client for the Aggregate Payment Result Query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createAggregateQueryClient(config: LianLianClientOptions<'aggregateQuery'>): Pick<LianLianClient, 'aggregateQuery'>;
/**
 * A client for the Aggregate Payment Direct API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createAggregatePayClient(config: LianLianClientOptions<'aggregatePay'>): Pick<LianLianClient, 'aggregatePay'>;
/**
 * A client for the MPAY payment result query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createMpayQueryClient(config: LianLianClientOptions<'mpayQuery'>): Pick<LianLianClient, 'mpayQuery'>;
/**
 * A client for the Easypay payment result query API alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createEasypayQueryClient(config: LianLianClientOptions<'easypayQuery'>): Pick<LianLianClient, 'easypayQuery'>;
/**
 * A client for the Payment Creation Direct API (unified gateway) alone, for code that calls nothing else: a bundler then leaves
 * the other operations' tables and validators out, which {@link createLianLianClient} holds all of.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export declare function createUnifiedCreateBillClient(config: LianLianClientOptions<'unifiedCreateBill'>): Pick<LianLianClient, 'unifiedCreateBill'>;
