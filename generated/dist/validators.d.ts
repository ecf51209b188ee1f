/**
 * Runtime validators for the 144 message schemas of LianLian Pay merchant APIs, emitted as plain code from
 * the schemas (no schema interpreter, no dependency). For each schema:
 *
 * - `is<Schema>(value)`: a type guard that stops at the first failure and allocates nothing;
 * - `validate<Schema>(value)`: `{ ok: true, value }`, or `{ ok: false, schema, issues }` listing
 *   every issue (path, keyword, limit, message) with card, ID and phone numbers and signatures
 *   masked. Response unions also say which branch matched.
 *
 * `validatorsBySchema` and `validatorsByOperation` look the validators up by schema name and by
 * operationId (webhook name) and message.
 */
import type { components } from './types.js';
import { type ValidationFailure, type ValidationResult, type ValidationSuccess } from './runtime/shared/validation.js';
type Schemas = components['schemas'];
/** Whether a value matches components.schemas.MpayVerifyRequest (no allocation, stops at the first failure). */
export declare function isMpayVerifyRequest(v: unknown): v is Schemas["MpayVerifyRequest"];
/** Whether a value matches components.schemas.MpayVerifyResponse (no allocation, stops at the first failure). */
export declare function isMpayVerifyResponse(v: unknown): v is Schemas["MpayVerifyResponse"];
/** Whether a value matches components.schemas.MpayVerifyFailure (no allocation, stops at the first failure). */
export declare function isMpayVerifyFailure(v: unknown): v is Schemas["MpayVerifyFailure"];
/** Whether a value matches components.schemas.MpayVerifySuccess (no allocation, stops at the first failure). */
export declare function isMpayVerifySuccess(v: unknown): v is Schemas["MpayVerifySuccess"];
/** Whether a value matches components.schemas.MpayVerifyPaid (no allocation, stops at the first failure). */
export declare function isMpayVerifyPaid(v: unknown): v is Schemas["MpayVerifyPaid"];
/** Whether a value matches components.schemas.MpayApplyEnvelope (no allocation, stops at the first failure). */
export declare function isMpayApplyEnvelope(v: unknown): v is Schemas["MpayApplyEnvelope"];
/** Whether a value matches components.schemas.MpayApplyResponse (no allocation, stops at the first failure). */
export declare function isMpayApplyResponse(v: unknown): v is Schemas["MpayApplyResponse"];
/** Whether a value matches components.schemas.MpayApplyFailure (no allocation, stops at the first failure). */
export declare function isMpayApplyFailure(v: unknown): v is Schemas["MpayApplyFailure"];
/** Whether a value matches components.schemas.MpayApplySmsSent (no allocation, stops at the first failure). */
export declare function isMpayApplySmsSent(v: unknown): v is Schemas["MpayApplySmsSent"];
/** Whether a value matches components.schemas.MpayApplyPaid (no allocation, stops at the first failure). */
export declare function isMpayApplyPaid(v: unknown): v is Schemas["MpayApplyPaid"];
/** Whether a value matches components.schemas.MpayApplyRequest (no allocation, stops at the first failure). */
export declare function isMpayApplyRequest(v: unknown): v is Schemas["MpayApplyRequest"];
/** Whether a value matches components.schemas.EasypayApplyRequest (no allocation, stops at the first failure). */
export declare function isEasypayApplyRequest(v: unknown): v is Schemas["EasypayApplyRequest"];
/** Whether a value matches components.schemas.EasypayApplyResponse (no allocation, stops at the first failure). */
export declare function isEasypayApplyResponse(v: unknown): v is Schemas["EasypayApplyResponse"];
/** Whether a value matches components.schemas.EasypayApplyFailure (no allocation, stops at the first failure). */
export declare function isEasypayApplyFailure(v: unknown): v is Schemas["EasypayApplyFailure"];
/** Whether a value matches components.schemas.EasypayApplySuccess (no allocation, stops at the first failure). */
export declare function isEasypayApplySuccess(v: unknown): v is Schemas["EasypayApplySuccess"];
/** Whether a value matches components.schemas.EasypayApplyPaid (no allocation, stops at the first failure). */
export declare function isEasypayApplyPaid(v: unknown): v is Schemas["EasypayApplyPaid"];
/** Whether a value matches components.schemas.EasypayVerifyRequest (no allocation, stops at the first failure). */
export declare function isEasypayVerifyRequest(v: unknown): v is Schemas["EasypayVerifyRequest"];
/** Whether a value matches components.schemas.EasypayVerifyResponse (no allocation, stops at the first failure). */
export declare function isEasypayVerifyResponse(v: unknown): v is Schemas["EasypayVerifyResponse"];
/** Whether a value matches components.schemas.EasypayVerifyFailure (no allocation, stops at the first failure). */
export declare function isEasypayVerifyFailure(v: unknown): v is Schemas["EasypayVerifyFailure"];
/** Whether a value matches components.schemas.EasypayVerifySuccess (no allocation, stops at the first failure). */
export declare function isEasypayVerifySuccess(v: unknown): v is Schemas["EasypayVerifySuccess"];
/** Whether a value matches components.schemas.EasypayVerifyPaid (no allocation, stops at the first failure). */
export declare function isEasypayVerifyPaid(v: unknown): v is Schemas["EasypayVerifyPaid"];
/** Whether a value matches components.schemas.InstantPayConfirmEnvelope (no allocation, stops at the first failure). */
export declare function isInstantPayConfirmEnvelope(v: unknown): v is Schemas["InstantPayConfirmEnvelope"];
/** Whether a value matches components.schemas.InstantPayConfirmResponse (no allocation, stops at the first failure). */
export declare function isInstantPayConfirmResponse(v: unknown): v is Schemas["InstantPayConfirmResponse"];
/** Whether a value matches components.schemas.InstantPayConfirmFailure (no allocation, stops at the first failure). */
export declare function isInstantPayConfirmFailure(v: unknown): v is Schemas["InstantPayConfirmFailure"];
/** Whether a value matches components.schemas.InstantPayConfirmSuccess (no allocation, stops at the first failure). */
export declare function isInstantPayConfirmSuccess(v: unknown): v is Schemas["InstantPayConfirmSuccess"];
/** Whether a value matches components.schemas.InstantPayConfirmRequest (no allocation, stops at the first failure). */
export declare function isInstantPayConfirmRequest(v: unknown): v is Schemas["InstantPayConfirmRequest"];
/** Whether a value matches components.schemas.InstantPayApplyEnvelope (no allocation, stops at the first failure). */
export declare function isInstantPayApplyEnvelope(v: unknown): v is Schemas["InstantPayApplyEnvelope"];
/** Whether a value matches components.schemas.InstantPayApplyResponse (no allocation, stops at the first failure). */
export declare function isInstantPayApplyResponse(v: unknown): v is Schemas["InstantPayApplyResponse"];
/** Whether a value matches components.schemas.InstantPayApplyFailure (no allocation, stops at the first failure). */
export declare function isInstantPayApplyFailure(v: unknown): v is Schemas["InstantPayApplyFailure"];
/** Whether a value matches components.schemas.InstantPayApplyHeld (no allocation, stops at the first failure). */
export declare function isInstantPayApplyHeld(v: unknown): v is Schemas["InstantPayApplyHeld"];
/** Whether a value matches components.schemas.InstantPayApplySuccess (no allocation, stops at the first failure). */
export declare function isInstantPayApplySuccess(v: unknown): v is Schemas["InstantPayApplySuccess"];
/** Whether a value matches components.schemas.InstantPayApplyRequest (no allocation, stops at the first failure). */
export declare function isInstantPayApplyRequest(v: unknown): v is Schemas["InstantPayApplyRequest"];
/** Whether a value matches components.schemas.InstantPayQueryRequest (no allocation, stops at the first failure). */
export declare function isInstantPayQueryRequest(v: unknown): v is Schemas["InstantPayQueryRequest"];
/** Whether a value matches components.schemas.InstantPayQueryResponse (no allocation, stops at the first failure). */
export declare function isInstantPayQueryResponse(v: unknown): v is Schemas["InstantPayQueryResponse"];
/** Whether a value matches components.schemas.InstantPayQueryFailure (no allocation, stops at the first failure). */
export declare function isInstantPayQueryFailure(v: unknown): v is Schemas["InstantPayQueryFailure"];
/** Whether a value matches components.schemas.InstantPayQuerySuccess (no allocation, stops at the first failure). */
export declare function isInstantPayQuerySuccess(v: unknown): v is Schemas["InstantPayQuerySuccess"];
/** Whether a value matches components.schemas.InstantPayQueryPaid (no allocation, stops at the first failure). */
export declare function isInstantPayQueryPaid(v: unknown): v is Schemas["InstantPayQueryPaid"];
/** Whether a value matches components.schemas.BalanceQueryRequest (no allocation, stops at the first failure). */
export declare function isBalanceQueryRequest(v: unknown): v is Schemas["BalanceQueryRequest"];
/** Whether a value matches components.schemas.BalanceQueryResponse (no allocation, stops at the first failure). */
export declare function isBalanceQueryResponse(v: unknown): v is Schemas["BalanceQueryResponse"];
/** Whether a value matches components.schemas.BalanceQueryFailure (no allocation, stops at the first failure). */
export declare function isBalanceQueryFailure(v: unknown): v is Schemas["BalanceQueryFailure"];
/** Whether a value matches components.schemas.BalanceQuerySuccess (no allocation, stops at the first failure). */
export declare function isBalanceQuerySuccess(v: unknown): v is Schemas["BalanceQuerySuccess"];
/** Whether a value matches components.schemas.WebPaymentRequest (no allocation, stops at the first failure). */
export declare function isWebPaymentRequest(v: unknown): v is Schemas["WebPaymentRequest"];
/** Whether a value matches components.schemas.OnlineBankingPaymentRequest (no allocation, stops at the first failure). */
export declare function isOnlineBankingPaymentRequest(v: unknown): v is Schemas["OnlineBankingPaymentRequest"];
/** Whether a value matches components.schemas.CardBindApplyRequest (no allocation, stops at the first failure). */
export declare function isCardBindApplyRequest(v: unknown): v is Schemas["CardBindApplyRequest"];
/** Whether a value matches components.schemas.CardBindApplyResponse (no allocation, stops at the first failure). */
export declare function isCardBindApplyResponse(v: unknown): v is Schemas["CardBindApplyResponse"];
/** Whether a value matches components.schemas.CardBindApplyFailure (no allocation, stops at the first failure). */
export declare function isCardBindApplyFailure(v: unknown): v is Schemas["CardBindApplyFailure"];
/** Whether a value matches components.schemas.CardBindApplySuccess (no allocation, stops at the first failure). */
export declare function isCardBindApplySuccess(v: unknown): v is Schemas["CardBindApplySuccess"];
/** Whether a value matches components.schemas.CardBindVerifyRequest (no allocation, stops at the first failure). */
export declare function isCardBindVerifyRequest(v: unknown): v is Schemas["CardBindVerifyRequest"];
/** Whether a value matches components.schemas.CardBindVerifyResponse (no allocation, stops at the first failure). */
export declare function isCardBindVerifyResponse(v: unknown): v is Schemas["CardBindVerifyResponse"];
/** Whether a value matches components.schemas.CardBindVerifyFailure (no allocation, stops at the first failure). */
export declare function isCardBindVerifyFailure(v: unknown): v is Schemas["CardBindVerifyFailure"];
/** Whether a value matches components.schemas.CardBindVerifySuccess (no allocation, stops at the first failure). */
export declare function isCardBindVerifySuccess(v: unknown): v is Schemas["CardBindVerifySuccess"];
/** Whether a value matches components.schemas.CardUnbindRequest (no allocation, stops at the first failure). */
export declare function isCardUnbindRequest(v: unknown): v is Schemas["CardUnbindRequest"];
/** Whether a value matches components.schemas.CardUnbindResponse (no allocation, stops at the first failure). */
export declare function isCardUnbindResponse(v: unknown): v is Schemas["CardUnbindResponse"];
/** Whether a value matches components.schemas.CardUnbindFailure (no allocation, stops at the first failure). */
export declare function isCardUnbindFailure(v: unknown): v is Schemas["CardUnbindFailure"];
/** Whether a value matches components.schemas.CardUnbindSuccess (no allocation, stops at the first failure). */
export declare function isCardUnbindSuccess(v: unknown): v is Schemas["CardUnbindSuccess"];
/** Whether a value matches components.schemas.MpayCardBindApplyEnvelope (no allocation, stops at the first failure). */
export declare function isMpayCardBindApplyEnvelope(v: unknown): v is Schemas["MpayCardBindApplyEnvelope"];
/** Whether a value matches components.schemas.MpayCardBindApplyResponse (no allocation, stops at the first failure). */
export declare function isMpayCardBindApplyResponse(v: unknown): v is Schemas["MpayCardBindApplyResponse"];
/** Whether a value matches components.schemas.MpayCardBindApplyFailure (no allocation, stops at the first failure). */
export declare function isMpayCardBindApplyFailure(v: unknown): v is Schemas["MpayCardBindApplyFailure"];
/** Whether a value matches components.schemas.MpayCardBindApplySuccess (no allocation, stops at the first failure). */
export declare function isMpayCardBindApplySuccess(v: unknown): v is Schemas["MpayCardBindApplySuccess"];
/** Whether a value matches components.schemas.MpayCardBindApplyRequest (no allocation, stops at the first failure). */
export declare function isMpayCardBindApplyRequest(v: unknown): v is Schemas["MpayCardBindApplyRequest"];
/** Whether a value matches components.schemas.MpayCardBindVerifyRequest (no allocation, stops at the first failure). */
export declare function isMpayCardBindVerifyRequest(v: unknown): v is Schemas["MpayCardBindVerifyRequest"];
/** Whether a value matches components.schemas.MpayCardBindVerifyResponse (no allocation, stops at the first failure). */
export declare function isMpayCardBindVerifyResponse(v: unknown): v is Schemas["MpayCardBindVerifyResponse"];
/** Whether a value matches components.schemas.MpayCardBindVerifyFailure (no allocation, stops at the first failure). */
export declare function isMpayCardBindVerifyFailure(v: unknown): v is Schemas["MpayCardBindVerifyFailure"];
/** Whether a value matches components.schemas.MpayCardBindVerifySuccess (no allocation, stops at the first failure). */
export declare function isMpayCardBindVerifySuccess(v: unknown): v is Schemas["MpayCardBindVerifySuccess"];
/** Whether a value matches components.schemas.CardBindQueryRequest (no allocation, stops at the first failure). */
export declare function isCardBindQueryRequest(v: unknown): v is Schemas["CardBindQueryRequest"];
/** Whether a value matches components.schemas.CardBindQueryResponse (no allocation, stops at the first failure). */
export declare function isCardBindQueryResponse(v: unknown): v is Schemas["CardBindQueryResponse"];
/** Whether a value matches components.schemas.CardBindQueryFailure (no allocation, stops at the first failure). */
export declare function isCardBindQueryFailure(v: unknown): v is Schemas["CardBindQueryFailure"];
/** Whether a value matches components.schemas.CardBindQuerySuccess (no allocation, stops at the first failure). */
export declare function isCardBindQuerySuccess(v: unknown): v is Schemas["CardBindQuerySuccess"];
/** Whether a value matches components.schemas.RefundApplyRequest (no allocation, stops at the first failure). */
export declare function isRefundApplyRequest(v: unknown): v is Schemas["RefundApplyRequest"];
/** Whether a value matches components.schemas.RefundApplyResponse (no allocation, stops at the first failure). */
export declare function isRefundApplyResponse(v: unknown): v is Schemas["RefundApplyResponse"];
/** Whether a value matches components.schemas.RefundFailure (no allocation, stops at the first failure). */
export declare function isRefundFailure(v: unknown): v is Schemas["RefundFailure"];
/** Whether a value matches components.schemas.RefundSuccess (no allocation, stops at the first failure). */
export declare function isRefundSuccess(v: unknown): v is Schemas["RefundSuccess"];
/** Whether a value matches components.schemas.RefundQueryRequest (no allocation, stops at the first failure). */
export declare function isRefundQueryRequest(v: unknown): v is Schemas["RefundQueryRequest"];
/** Whether a value matches components.schemas.RefundQueryResponse (no allocation, stops at the first failure). */
export declare function isRefundQueryResponse(v: unknown): v is Schemas["RefundQueryResponse"];
/** Whether a value matches components.schemas.CardBinQueryRequest (no allocation, stops at the first failure). */
export declare function isCardBinQueryRequest(v: unknown): v is Schemas["CardBinQueryRequest"];
/** Whether a value matches components.schemas.CardBinQueryResponse (no allocation, stops at the first failure). */
export declare function isCardBinQueryResponse(v: unknown): v is Schemas["CardBinQueryResponse"];
/** Whether a value matches components.schemas.CardBinQueryFailure (no allocation, stops at the first failure). */
export declare function isCardBinQueryFailure(v: unknown): v is Schemas["CardBinQueryFailure"];
/** Whether a value matches components.schemas.CardBinQuerySuccess (no allocation, stops at the first failure). */
export declare function isCardBinQuerySuccess(v: unknown): v is Schemas["CardBinQuerySuccess"];
/** Whether a value matches components.schemas.PreauthCaptureRequest (no allocation, stops at the first failure). */
export declare function isPreauthCaptureRequest(v: unknown): v is Schemas["PreauthCaptureRequest"];
/** Whether a value matches components.schemas.PreauthCaptureResponse (no allocation, stops at the first failure). */
export declare function isPreauthCaptureResponse(v: unknown): v is Schemas["PreauthCaptureResponse"];
/** Whether a value matches components.schemas.PreauthFailure (no allocation, stops at the first failure). */
export declare function isPreauthFailure(v: unknown): v is Schemas["PreauthFailure"];
/** Whether a value matches components.schemas.PreauthCaptureSuccess (no allocation, stops at the first failure). */
export declare function isPreauthCaptureSuccess(v: unknown): v is Schemas["PreauthCaptureSuccess"];
/** Whether a value matches components.schemas.PreauthCancelRequest (no allocation, stops at the first failure). */
export declare function isPreauthCancelRequest(v: unknown): v is Schemas["PreauthCancelRequest"];
/** Whether a value matches components.schemas.PreauthCancelResponse (no allocation, stops at the first failure). */
export declare function isPreauthCancelResponse(v: unknown): v is Schemas["PreauthCancelResponse"];
/** Whether a value matches components.schemas.PreauthCancelSuccess (no allocation, stops at the first failure). */
export declare function isPreauthCancelSuccess(v: unknown): v is Schemas["PreauthCancelSuccess"];
/** Whether a value matches components.schemas.PreauthQueryRequest (no allocation, stops at the first failure). */
export declare function isPreauthQueryRequest(v: unknown): v is Schemas["PreauthQueryRequest"];
/** Whether a value matches components.schemas.PreauthQueryResponse (no allocation, stops at the first failure). */
export declare function isPreauthQueryResponse(v: unknown): v is Schemas["PreauthQueryResponse"];
/** Whether a value matches components.schemas.PreauthQueryFailure (no allocation, stops at the first failure). */
export declare function isPreauthQueryFailure(v: unknown): v is Schemas["PreauthQueryFailure"];
/** Whether a value matches components.schemas.PreauthQueryStatus (no allocation, stops at the first failure). */
export declare function isPreauthQueryStatus(v: unknown): v is Schemas["PreauthQueryStatus"];
/** Whether a value matches components.schemas.ExchangeApplyRequest (no allocation, stops at the first failure). */
export declare function isExchangeApplyRequest(v: unknown): v is Schemas["ExchangeApplyRequest"];
/** Whether a value matches components.schemas.ExchangeApplyResponse (no allocation, stops at the first failure). */
export declare function isExchangeApplyResponse(v: unknown): v is Schemas["ExchangeApplyResponse"];
/** Whether a value matches components.schemas.ExchangeApplyFailure (no allocation, stops at the first failure). */
export declare function isExchangeApplyFailure(v: unknown): v is Schemas["ExchangeApplyFailure"];
/** Whether a value matches components.schemas.ExchangeApplySuccess (no allocation, stops at the first failure). */
export declare function isExchangeApplySuccess(v: unknown): v is Schemas["ExchangeApplySuccess"];
/** Whether a value matches components.schemas.ExchangeApplyPaid (no allocation, stops at the first failure). */
export declare function isExchangeApplyPaid(v: unknown): v is Schemas["ExchangeApplyPaid"];
/** Whether a value matches components.schemas.ExchangeVerifyRequest (no allocation, stops at the first failure). */
export declare function isExchangeVerifyRequest(v: unknown): v is Schemas["ExchangeVerifyRequest"];
/** Whether a value matches components.schemas.ExchangeVerifyResponse (no allocation, stops at the first failure). */
export declare function isExchangeVerifyResponse(v: unknown): v is Schemas["ExchangeVerifyResponse"];
/** Whether a value matches components.schemas.ExchangeVerifyFailure (no allocation, stops at the first failure). */
export declare function isExchangeVerifyFailure(v: unknown): v is Schemas["ExchangeVerifyFailure"];
/** Whether a value matches components.schemas.ExchangeVerifySuccess (no allocation, stops at the first failure). */
export declare function isExchangeVerifySuccess(v: unknown): v is Schemas["ExchangeVerifySuccess"];
/** Whether a value matches components.schemas.ExchangeVerifyPaid (no allocation, stops at the first failure). */
export declare function isExchangeVerifyPaid(v: unknown): v is Schemas["ExchangeVerifyPaid"];
/** Whether a value matches components.schemas.ExchangeQueryRequest (no allocation, stops at the first failure). */
export declare function isExchangeQueryRequest(v: unknown): v is Schemas["ExchangeQueryRequest"];
/** Whether a value matches components.schemas.ExchangeQueryResponse (no allocation, stops at the first failure). */
export declare function isExchangeQueryResponse(v: unknown): v is Schemas["ExchangeQueryResponse"];
/** Whether a value matches components.schemas.ExchangeQueryFailure (no allocation, stops at the first failure). */
export declare function isExchangeQueryFailure(v: unknown): v is Schemas["ExchangeQueryFailure"];
/** Whether a value matches components.schemas.ExchangeQuerySuccess (no allocation, stops at the first failure). */
export declare function isExchangeQuerySuccess(v: unknown): v is Schemas["ExchangeQuerySuccess"];
/** Whether a value matches components.schemas.ExchangeQueryPaid (no allocation, stops at the first failure). */
export declare function isExchangeQueryPaid(v: unknown): v is Schemas["ExchangeQueryPaid"];
/** Whether a value matches components.schemas.AggregateQueryRequest (no allocation, stops at the first failure). */
export declare function isAggregateQueryRequest(v: unknown): v is Schemas["AggregateQueryRequest"];
/** Whether a value matches components.schemas.AggregateQueryResponse (no allocation, stops at the first failure). */
export declare function isAggregateQueryResponse(v: unknown): v is Schemas["AggregateQueryResponse"];
/** Whether a value matches components.schemas.AggregateQueryFailure (no allocation, stops at the first failure). */
export declare function isAggregateQueryFailure(v: unknown): v is Schemas["AggregateQueryFailure"];
/** Whether a value matches components.schemas.AggregateQuerySuccess (no allocation, stops at the first failure). */
export declare function isAggregateQuerySuccess(v: unknown): v is Schemas["AggregateQuerySuccess"];
/** Whether a value matches components.schemas.AggregateQueryPaid (no allocation, stops at the first failure). */
export declare function isAggregateQueryPaid(v: unknown): v is Schemas["AggregateQueryPaid"];
/** Whether a value matches components.schemas.AggregatePayRequest (no allocation, stops at the first failure). */
export declare function isAggregatePayRequest(v: unknown): v is Schemas["AggregatePayRequest"];
/** Whether a value matches components.schemas.AggregatePayResponse (no allocation, stops at the first failure). */
export declare function isAggregatePayResponse(v: unknown): v is Schemas["AggregatePayResponse"];
/** Whether a value matches components.schemas.AggregatePayFailure (no allocation, stops at the first failure). */
export declare function isAggregatePayFailure(v: unknown): v is Schemas["AggregatePayFailure"];
/** Whether a value matches components.schemas.AggregatePaySuccess (no allocation, stops at the first failure). */
export declare function isAggregatePaySuccess(v: unknown): v is Schemas["AggregatePaySuccess"];
/** Whether a value matches components.schemas.AggregateWebRequest (no allocation, stops at the first failure). */
export declare function isAggregateWebRequest(v: unknown): v is Schemas["AggregateWebRequest"];
/** Whether a value matches components.schemas.OrderQueryRequest (no allocation, stops at the first failure). */
export declare function isOrderQueryRequest(v: unknown): v is Schemas["OrderQueryRequest"];
/** Whether a value matches components.schemas.MpayQueryResponse (no allocation, stops at the first failure). */
export declare function isMpayQueryResponse(v: unknown): v is Schemas["MpayQueryResponse"];
/** Whether a value matches components.schemas.MpayQueryFailure (no allocation, stops at the first failure). */
export declare function isMpayQueryFailure(v: unknown): v is Schemas["MpayQueryFailure"];
/** Whether a value matches components.schemas.MpayQueryResult (no allocation, stops at the first failure). */
export declare function isMpayQueryResult(v: unknown): v is Schemas["MpayQueryResult"];
/** Whether a value matches components.schemas.MpayQueryPaid (no allocation, stops at the first failure). */
export declare function isMpayQueryPaid(v: unknown): v is Schemas["MpayQueryPaid"];
/** Whether a value matches components.schemas.EasypayQueryResponse (no allocation, stops at the first failure). */
export declare function isEasypayQueryResponse(v: unknown): v is Schemas["EasypayQueryResponse"];
/** Whether a value matches components.schemas.EasypayQueryFailure (no allocation, stops at the first failure). */
export declare function isEasypayQueryFailure(v: unknown): v is Schemas["EasypayQueryFailure"];
/** Whether a value matches components.schemas.EasypayQueryResult (no allocation, stops at the first failure). */
export declare function isEasypayQueryResult(v: unknown): v is Schemas["EasypayQueryResult"];
/** Whether a value matches components.schemas.EasypayQueryPaid (no allocation, stops at the first failure). */
export declare function isEasypayQueryPaid(v: unknown): v is Schemas["EasypayQueryPaid"];
/** Whether a value matches components.schemas.UnifiedCreateBillRequest (no allocation, stops at the first failure). */
export declare function isUnifiedCreateBillRequest(v: unknown): v is Schemas["UnifiedCreateBillRequest"];
/** Whether a value matches components.schemas.UnifiedCreateBillResponse (no allocation, stops at the first failure). */
export declare function isUnifiedCreateBillResponse(v: unknown): v is Schemas["UnifiedCreateBillResponse"];
/** Whether a value matches components.schemas.UnifiedCreateBillFailure (no allocation, stops at the first failure). */
export declare function isUnifiedCreateBillFailure(v: unknown): v is Schemas["UnifiedCreateBillFailure"];
/** Whether a value matches components.schemas.UnifiedCreateBillSuccess (no allocation, stops at the first failure). */
export declare function isUnifiedCreateBillSuccess(v: unknown): v is Schemas["UnifiedCreateBillSuccess"];
/** Whether a value matches components.schemas.EasypayH5Form (no allocation, stops at the first failure). */
export declare function isEasypayH5Form(v: unknown): v is Schemas["EasypayH5Form"];
/** Whether a value matches components.schemas.WebPaymentReturnNotification (no allocation, stops at the first failure). */
export declare function isWebPaymentReturnNotification(v: unknown): v is Schemas["WebPaymentReturnNotification"];
/** Whether a value matches components.schemas.EasypayH5ReturnNotification (no allocation, stops at the first failure). */
export declare function isEasypayH5ReturnNotification(v: unknown): v is Schemas["EasypayH5ReturnNotification"];
/** Whether a value matches components.schemas.WebPaymentNotification (no allocation, stops at the first failure). */
export declare function isWebPaymentNotification(v: unknown): v is Schemas["WebPaymentNotification"];
/** Whether a value matches components.schemas.NotificationAcknowledgement (no allocation, stops at the first failure). */
export declare function isNotificationAcknowledgement(v: unknown): v is Schemas["NotificationAcknowledgement"];
/** Whether a value matches components.schemas.InstantPayNotification (no allocation, stops at the first failure). */
export declare function isInstantPayNotification(v: unknown): v is Schemas["InstantPayNotification"];
/** Whether a value matches components.schemas.RefundNotification (no allocation, stops at the first failure). */
export declare function isRefundNotification(v: unknown): v is Schemas["RefundNotification"];
/** Whether a value matches components.schemas.ExchangeNotification (no allocation, stops at the first failure). */
export declare function isExchangeNotification(v: unknown): v is Schemas["ExchangeNotification"];
/** Whether a value matches components.schemas.AggregateNotification (no allocation, stops at the first failure). */
export declare function isAggregateNotification(v: unknown): v is Schemas["AggregateNotification"];
/** Whether a value matches components.schemas.AggregateWebReturnNotification (no allocation, stops at the first failure). */
export declare function isAggregateWebReturnNotification(v: unknown): v is Schemas["AggregateWebReturnNotification"];
/** Whether a value matches components.schemas.OnlineBankingNotification (no allocation, stops at the first failure). */
export declare function isOnlineBankingNotification(v: unknown): v is Schemas["OnlineBankingNotification"];
/** Whether a value matches components.schemas.MpayNotification (no allocation, stops at the first failure). */
export declare function isMpayNotification(v: unknown): v is Schemas["MpayNotification"];
/** Whether a value matches components.schemas.EasypayNotification (no allocation, stops at the first failure). */
export declare function isEasypayNotification(v: unknown): v is Schemas["EasypayNotification"];
/** Whether a value matches components.schemas.TransactionReportRow (no allocation, stops at the first failure). */
export declare function isTransactionReportRow(v: unknown): v is Schemas["TransactionReportRow"];
/** Whether a value matches components.schemas.TransactionReportSummary (no allocation, stops at the first failure). */
export declare function isTransactionReportSummary(v: unknown): v is Schemas["TransactionReportSummary"];
/** Whether a value matches components.schemas.RiskItem (no allocation, stops at the first failure). */
export declare function isRiskItem(v: unknown): v is Schemas["RiskItem"];
/** Whether a value matches components.schemas.EasypayH5Request (no allocation, stops at the first failure). */
export declare function isEasypayH5Request(v: unknown): v is Schemas["EasypayH5Request"];
/** Validates components.schemas.MpayVerifyRequest (request of mpayVerify), reporting every issue. */
export declare function validateMpayVerifyRequest(value: unknown): ValidationResult<Schemas["MpayVerifyRequest"]>;
/** Result of {@link validateMpayVerifyResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type MpayVerifyResponseResult = (ValidationSuccess<Schemas["MpayVerifyFailure"]> & {
    readonly branch: "failure";
    readonly schema: "MpayVerifyFailure";
}) | (ValidationSuccess<Schemas["MpayVerifySuccess"]> & {
    readonly branch: "success";
    readonly schema: "MpayVerifySuccess";
}) | (ValidationSuccess<Schemas["MpayVerifyPaid"]> & {
    readonly branch: "paid";
    readonly schema: "MpayVerifyPaid";
}) | ValidationFailure;
/** Validates components.schemas.MpayVerifyResponse (response of mpayVerify), reporting every issue. */
export declare function validateMpayVerifyResponse(value: unknown): MpayVerifyResponseResult;
/** Validates components.schemas.MpayApplyEnvelope (request of mpayApply), reporting every issue. */
export declare function validateMpayApplyEnvelope(value: unknown): ValidationResult<Schemas["MpayApplyEnvelope"]>;
/** Result of {@link validateMpayApplyResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type MpayApplyResponseResult = (ValidationSuccess<Schemas["MpayApplyFailure"]> & {
    readonly branch: "failure";
    readonly schema: "MpayApplyFailure";
}) | (ValidationSuccess<Schemas["MpayApplySmsSent"]> & {
    readonly branch: "success";
    readonly schema: "MpayApplySmsSent";
}) | (ValidationSuccess<Schemas["MpayApplyPaid"]> & {
    readonly branch: "paid";
    readonly schema: "MpayApplyPaid";
}) | ValidationFailure;
/** Validates components.schemas.MpayApplyResponse (response of mpayApply), reporting every issue. */
export declare function validateMpayApplyResponse(value: unknown): MpayApplyResponseResult;
/** Validates components.schemas.MpayApplyRequest (plaintext of mpayApply), reporting every issue. */
export declare function validateMpayApplyRequest(value: unknown): ValidationResult<Schemas["MpayApplyRequest"]>;
/** Validates components.schemas.EasypayApplyRequest (request of easypayApply), reporting every issue. */
export declare function validateEasypayApplyRequest(value: unknown): ValidationResult<Schemas["EasypayApplyRequest"]>;
/** Result of {@link validateEasypayApplyResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type EasypayApplyResponseResult = (ValidationSuccess<Schemas["EasypayApplyFailure"]> & {
    readonly branch: "failure";
    readonly schema: "EasypayApplyFailure";
}) | (ValidationSuccess<Schemas["EasypayApplySuccess"]> & {
    readonly branch: "success";
    readonly schema: "EasypayApplySuccess";
}) | (ValidationSuccess<Schemas["EasypayApplyPaid"]> & {
    readonly branch: "paid";
    readonly schema: "EasypayApplyPaid";
}) | ValidationFailure;
/** Validates components.schemas.EasypayApplyResponse (response of easypayApply), reporting every issue. */
export declare function validateEasypayApplyResponse(value: unknown): EasypayApplyResponseResult;
/** Validates components.schemas.EasypayVerifyRequest (request of easypayVerify), reporting every issue. */
export declare function validateEasypayVerifyRequest(value: unknown): ValidationResult<Schemas["EasypayVerifyRequest"]>;
/** Result of {@link validateEasypayVerifyResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type EasypayVerifyResponseResult = (ValidationSuccess<Schemas["EasypayVerifyFailure"]> & {
    readonly branch: "failure";
    readonly schema: "EasypayVerifyFailure";
}) | (ValidationSuccess<Schemas["EasypayVerifySuccess"]> & {
    readonly branch: "success";
    readonly schema: "EasypayVerifySuccess";
}) | (ValidationSuccess<Schemas["EasypayVerifyPaid"]> & {
    readonly branch: "paid";
    readonly schema: "EasypayVerifyPaid";
}) | ValidationFailure;
/** Validates components.schemas.EasypayVerifyResponse (response of easypayVerify), reporting every issue. */
export declare function validateEasypayVerifyResponse(value: unknown): EasypayVerifyResponseResult;
/** Validates components.schemas.InstantPayConfirmEnvelope (request of instantPayConfirm), reporting every issue. */
export declare function validateInstantPayConfirmEnvelope(value: unknown): ValidationResult<Schemas["InstantPayConfirmEnvelope"]>;
/** Result of {@link validateInstantPayConfirmResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type InstantPayConfirmResponseResult = (ValidationSuccess<Schemas["InstantPayConfirmFailure"]> & {
    readonly branch: "failure";
    readonly schema: "InstantPayConfirmFailure";
}) | (ValidationSuccess<Schemas["InstantPayConfirmSuccess"]> & {
    readonly branch: "success";
    readonly schema: "InstantPayConfirmSuccess";
}) | ValidationFailure;
/** Validates components.schemas.InstantPayConfirmResponse (response of instantPayConfirm), reporting every issue. */
export declare function validateInstantPayConfirmResponse(value: unknown): InstantPayConfirmResponseResult;
/** Validates components.schemas.InstantPayConfirmRequest (plaintext of instantPayConfirm), reporting every issue. */
export declare function validateInstantPayConfirmRequest(value: unknown): ValidationResult<Schemas["InstantPayConfirmRequest"]>;
/** Validates components.schemas.InstantPayApplyEnvelope (request of instantPayApply), reporting every issue. */
export declare function validateInstantPayApplyEnvelope(value: unknown): ValidationResult<Schemas["InstantPayApplyEnvelope"]>;
/** Result of {@link validateInstantPayApplyResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type InstantPayApplyResponseResult = (ValidationSuccess<Schemas["InstantPayApplyFailure"]> & {
    readonly branch: "failure";
    readonly schema: "InstantPayApplyFailure";
}) | (ValidationSuccess<Schemas["InstantPayApplyHeld"]> & {
    readonly branch: "held";
    readonly schema: "InstantPayApplyHeld";
}) | (ValidationSuccess<Schemas["InstantPayApplySuccess"]> & {
    readonly branch: "success";
    readonly schema: "InstantPayApplySuccess";
}) | ValidationFailure;
/** Validates components.schemas.InstantPayApplyResponse (response of instantPayApply), reporting every issue. */
export declare function validateInstantPayApplyResponse(value: unknown): InstantPayApplyResponseResult;
/** Validates components.schemas.InstantPayApplyRequest (plaintext of instantPayApply), reporting every issue. */
export declare function validateInstantPayApplyRequest(value: unknown): ValidationResult<Schemas["InstantPayApplyRequest"]>;
/** Validates components.schemas.InstantPayQueryRequest (request of instantPayQuery), reporting every issue. */
export declare function validateInstantPayQueryRequest(value: unknown): ValidationResult<Schemas["InstantPayQueryRequest"]>;
/** Result of {@link validateInstantPayQueryResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type InstantPayQueryResponseResult = (ValidationSuccess<Schemas["InstantPayQueryFailure"]> & {
    readonly branch: "failure";
    readonly schema: "InstantPayQueryFailure";
}) | (ValidationSuccess<Schemas["InstantPayQuerySuccess"]> & {
    readonly branch: "success";
    readonly schema: "InstantPayQuerySuccess";
}) | (ValidationSuccess<Schemas["InstantPayQueryPaid"]> & {
    readonly branch: "paid";
    readonly schema: "InstantPayQueryPaid";
}) | ValidationFailure;
/** Validates components.schemas.InstantPayQueryResponse (response of instantPayQuery), reporting every issue. */
export declare function validateInstantPayQueryResponse(value: unknown): InstantPayQueryResponseResult;
/** Validates components.schemas.BalanceQueryRequest (request of balanceQuery), reporting every issue. */
export declare function validateBalanceQueryRequest(value: unknown): ValidationResult<Schemas["BalanceQueryRequest"]>;
/** Result of {@link validateBalanceQueryResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type BalanceQueryResponseResult = (ValidationSuccess<Schemas["BalanceQueryFailure"]> & {
    readonly branch: "failure";
    readonly schema: "BalanceQueryFailure";
}) | (ValidationSuccess<Schemas["BalanceQuerySuccess"]> & {
    readonly branch: "success";
    readonly schema: "BalanceQuerySuccess";
}) | ValidationFailure;
/** Validates components.schemas.BalanceQueryResponse (response of balanceQuery), reporting every issue. */
export declare function validateBalanceQueryResponse(value: unknown): BalanceQueryResponseResult;
/** Validates components.schemas.WebPaymentRequest (request of webPayment), reporting every issue. */
export declare function validateWebPaymentRequest(value: unknown): ValidationResult<Schemas["WebPaymentRequest"]>;
/** Validates components.schemas.OnlineBankingPaymentRequest (request of onlineBankingPayment), reporting every issue. */
export declare function validateOnlineBankingPaymentRequest(value: unknown): ValidationResult<Schemas["OnlineBankingPaymentRequest"]>;
/** Validates components.schemas.CardBindApplyRequest (request of cardBindApply), reporting every issue. */
export declare function validateCardBindApplyRequest(value: unknown): ValidationResult<Schemas["CardBindApplyRequest"]>;
/** Result of {@link validateCardBindApplyResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type CardBindApplyResponseResult = (ValidationSuccess<Schemas["CardBindApplyFailure"]> & {
    readonly branch: "failure";
    readonly schema: "CardBindApplyFailure";
}) | (ValidationSuccess<Schemas["CardBindApplySuccess"]> & {
    readonly branch: "success";
    readonly schema: "CardBindApplySuccess";
}) | ValidationFailure;
/** Validates components.schemas.CardBindApplyResponse (response of cardBindApply), reporting every issue. */
export declare function validateCardBindApplyResponse(value: unknown): CardBindApplyResponseResult;
/** Validates components.schemas.CardBindVerifyRequest (request of cardBindVerify), reporting every issue. */
export declare function validateCardBindVerifyRequest(value: unknown): ValidationResult<Schemas["CardBindVerifyRequest"]>;
/** Result of {@link validateCardBindVerifyResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type CardBindVerifyResponseResult = (ValidationSuccess<Schemas["CardBindVerifyFailure"]> & {
    readonly branch: "failure";
    readonly schema: "CardBindVerifyFailure";
}) | (ValidationSuccess<Schemas["CardBindVerifySuccess"]> & {
    readonly branch: "success";
    readonly schema: "CardBindVerifySuccess";
}) | ValidationFailure;
/** Validates components.schemas.CardBindVerifyResponse (response of cardBindVerify), reporting every issue. */
export declare function validateCardBindVerifyResponse(value: unknown): CardBindVerifyResponseResult;
/** Validates components.schemas.CardUnbindRequest (request of cardUnbind), reporting every issue. */
export declare function validateCardUnbindRequest(value: unknown): ValidationResult<Schemas["CardUnbindRequest"]>;
/** Result of {@link validateCardUnbindResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type CardUnbindResponseResult = (ValidationSuccess<Schemas["CardUnbindFailure"]> & {
    readonly branch: "failure";
    readonly schema: "CardUnbindFailure";
}) | (ValidationSuccess<Schemas["CardUnbindSuccess"]> & {
    readonly branch: "success";
    readonly schema: "CardUnbindSuccess";
}) | ValidationFailure;
/** Validates components.schemas.CardUnbindResponse (response of cardUnbind), reporting every issue. */
export declare function validateCardUnbindResponse(value: unknown): CardUnbindResponseResult;
/** Validates components.schemas.MpayCardBindApplyEnvelope (request of mpayCardBindApply), reporting every issue. */
export declare function validateMpayCardBindApplyEnvelope(value: unknown): ValidationResult<Schemas["MpayCardBindApplyEnvelope"]>;
/** Result of {@link validateMpayCardBindApplyResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type MpayCardBindApplyResponseResult = (ValidationSuccess<Schemas["MpayCardBindApplyFailure"]> & {
    readonly branch: "failure";
    readonly schema: "MpayCardBindApplyFailure";
}) | (ValidationSuccess<Schemas["MpayCardBindApplySuccess"]> & {
    readonly branch: "success";
    readonly schema: "MpayCardBindApplySuccess";
}) | ValidationFailure;
/** Validates components.schemas.MpayCardBindApplyResponse (response of mpayCardBindApply), reporting every issue. */
export declare function validateMpayCardBindApplyResponse(value: unknown): MpayCardBindApplyResponseResult;
/** Validates components.schemas.MpayCardBindApplyRequest (plaintext of mpayCardBindApply), reporting every issue. */
export declare function validateMpayCardBindApplyRequest(value: unknown): ValidationResult<Schemas["MpayCardBindApplyRequest"]>;
/** Validates components.schemas.MpayCardBindVerifyRequest (request of mpayCardBindVerify), reporting every issue. */
export declare function validateMpayCardBindVerifyRequest(value: unknown): ValidationResult<Schemas["MpayCardBindVerifyRequest"]>;
/** Result of {@link validateMpayCardBindVerifyResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type MpayCardBindVerifyResponseResult = (ValidationSuccess<Schemas["MpayCardBindVerifyFailure"]> & {
    readonly branch: "failure";
    readonly schema: "MpayCardBindVerifyFailure";
}) | (ValidationSuccess<Schemas["MpayCardBindVerifySuccess"]> & {
    readonly branch: "success";
    readonly schema: "MpayCardBindVerifySuccess";
}) | ValidationFailure;
/** Validates components.schemas.MpayCardBindVerifyResponse (response of mpayCardBindVerify), reporting every issue. */
export declare function validateMpayCardBindVerifyResponse(value: unknown): MpayCardBindVerifyResponseResult;
/** Validates components.schemas.CardBindQueryRequest (request of cardBindQuery), reporting every issue. */
export declare function validateCardBindQueryRequest(value: unknown): ValidationResult<Schemas["CardBindQueryRequest"]>;
/** Result of {@link validateCardBindQueryResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type CardBindQueryResponseResult = (ValidationSuccess<Schemas["CardBindQueryFailure"]> & {
    readonly branch: "failure";
    readonly schema: "CardBindQueryFailure";
}) | (ValidationSuccess<Schemas["CardBindQuerySuccess"]> & {
    readonly branch: "success";
    readonly schema: "CardBindQuerySuccess";
}) | ValidationFailure;
/** Validates components.schemas.CardBindQueryResponse (response of cardBindQuery), reporting every issue. */
export declare function validateCardBindQueryResponse(value: unknown): CardBindQueryResponseResult;
/** Validates components.schemas.RefundApplyRequest (request of refundApply), reporting every issue. */
export declare function validateRefundApplyRequest(value: unknown): ValidationResult<Schemas["RefundApplyRequest"]>;
/** Result of {@link validateRefundApplyResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type RefundApplyResponseResult = (ValidationSuccess<Schemas["RefundFailure"]> & {
    readonly branch: "failure";
    readonly schema: "RefundFailure";
}) | (ValidationSuccess<Schemas["RefundSuccess"]> & {
    readonly branch: "success";
    readonly schema: "RefundSuccess";
}) | ValidationFailure;
/** Validates components.schemas.RefundApplyResponse (response of refundApply), reporting every issue. */
export declare function validateRefundApplyResponse(value: unknown): RefundApplyResponseResult;
/** Validates components.schemas.RefundQueryRequest (request of refundQuery), reporting every issue. */
export declare function validateRefundQueryRequest(value: unknown): ValidationResult<Schemas["RefundQueryRequest"]>;
/** Result of {@link validateRefundQueryResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type RefundQueryResponseResult = (ValidationSuccess<Schemas["RefundFailure"]> & {
    readonly branch: "failure";
    readonly schema: "RefundFailure";
}) | (ValidationSuccess<Schemas["RefundSuccess"]> & {
    readonly branch: "success";
    readonly schema: "RefundSuccess";
}) | ValidationFailure;
/** Validates components.schemas.RefundQueryResponse (response of refundQuery), reporting every issue. */
export declare function validateRefundQueryResponse(value: unknown): RefundQueryResponseResult;
/** Validates components.schemas.CardBinQueryRequest (request of cardBinQuery), reporting every issue. */
export declare function validateCardBinQueryRequest(value: unknown): ValidationResult<Schemas["CardBinQueryRequest"]>;
/** Result of {@link validateCardBinQueryResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type CardBinQueryResponseResult = (ValidationSuccess<Schemas["CardBinQueryFailure"]> & {
    readonly branch: "failure";
    readonly schema: "CardBinQueryFailure";
}) | (ValidationSuccess<Schemas["CardBinQuerySuccess"]> & {
    readonly branch: "success";
    readonly schema: "CardBinQuerySuccess";
}) | ValidationFailure;
/** Validates components.schemas.CardBinQueryResponse (response of cardBinQuery), reporting every issue. */
export declare function validateCardBinQueryResponse(value: unknown): CardBinQueryResponseResult;
/** Validates components.schemas.PreauthCaptureRequest (request of preauthCapture), reporting every issue. */
export declare function validatePreauthCaptureRequest(value: unknown): ValidationResult<Schemas["PreauthCaptureRequest"]>;
/** Result of {@link validatePreauthCaptureResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type PreauthCaptureResponseResult = (ValidationSuccess<Schemas["PreauthFailure"]> & {
    readonly branch: "failure";
    readonly schema: "PreauthFailure";
}) | (ValidationSuccess<Schemas["PreauthCaptureSuccess"]> & {
    readonly branch: "success";
    readonly schema: "PreauthCaptureSuccess";
}) | ValidationFailure;
/** Validates components.schemas.PreauthCaptureResponse (response of preauthCapture), reporting every issue. */
export declare function validatePreauthCaptureResponse(value: unknown): PreauthCaptureResponseResult;
/** Validates components.schemas.PreauthCancelRequest (request of preauthCancel), reporting every issue. */
export declare function validatePreauthCancelRequest(value: unknown): ValidationResult<Schemas["PreauthCancelRequest"]>;
/** Result of {@link validatePreauthCancelResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type PreauthCancelResponseResult = (ValidationSuccess<Schemas["PreauthFailure"]> & {
    readonly branch: "failure";
    readonly schema: "PreauthFailure";
}) | (ValidationSuccess<Schemas["PreauthCancelSuccess"]> & {
    readonly branch: "success";
    readonly schema: "PreauthCancelSuccess";
}) | ValidationFailure;
/** Validates components.schemas.PreauthCancelResponse (response of preauthCancel), reporting every issue. */
export declare function validatePreauthCancelResponse(value: unknown): PreauthCancelResponseResult;
/** Validates components.schemas.PreauthQueryRequest (request of preauthQuery), reporting every issue. */
export declare function validatePreauthQueryRequest(value: unknown): ValidationResult<Schemas["PreauthQueryRequest"]>;
/** Result of {@link validatePreauthQueryResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type PreauthQueryResponseResult = (ValidationSuccess<Schemas["PreauthQueryFailure"]> & {
    readonly branch: "failure";
    readonly schema: "PreauthQueryFailure";
}) | (ValidationSuccess<Schemas["PreauthQueryStatus"]> & {
    readonly branch: "status";
    readonly schema: "PreauthQueryStatus";
}) | ValidationFailure;
/** Validates components.schemas.PreauthQueryResponse (response of preauthQuery), reporting every issue. */
export declare function validatePreauthQueryResponse(value: unknown): PreauthQueryResponseResult;
/** Validates components.schemas.ExchangeApplyRequest (request of exchangeApply), reporting every issue. */
export declare function validateExchangeApplyRequest(value: unknown): ValidationResult<Schemas["ExchangeApplyRequest"]>;
/** Result of {@link validateExchangeApplyResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type ExchangeApplyResponseResult = (ValidationSuccess<Schemas["ExchangeApplyFailure"]> & {
    readonly branch: "failure";
    readonly schema: "ExchangeApplyFailure";
}) | (ValidationSuccess<Schemas["ExchangeApplySuccess"]> & {
    readonly branch: "success";
    readonly schema: "ExchangeApplySuccess";
}) | (ValidationSuccess<Schemas["ExchangeApplyPaid"]> & {
    readonly branch: "paid";
    readonly schema: "ExchangeApplyPaid";
}) | ValidationFailure;
/** Validates components.schemas.ExchangeApplyResponse (response of exchangeApply), reporting every issue. */
export declare function validateExchangeApplyResponse(value: unknown): ExchangeApplyResponseResult;
/** Validates components.schemas.ExchangeVerifyRequest (request of exchangeVerify), reporting every issue. */
export declare function validateExchangeVerifyRequest(value: unknown): ValidationResult<Schemas["ExchangeVerifyRequest"]>;
/** Result of {@link validateExchangeVerifyResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type ExchangeVerifyResponseResult = (ValidationSuccess<Schemas["ExchangeVerifyFailure"]> & {
    readonly branch: "failure";
    readonly schema: "ExchangeVerifyFailure";
}) | (ValidationSuccess<Schemas["ExchangeVerifySuccess"]> & {
    readonly branch: "success";
    readonly schema: "ExchangeVerifySuccess";
}) | (ValidationSuccess<Schemas["ExchangeVerifyPaid"]> & {
    readonly branch: "paid";
    readonly schema: "ExchangeVerifyPaid";
}) | ValidationFailure;
/** Validates components.schemas.ExchangeVerifyResponse (response of exchangeVerify), reporting every issue. */
export declare function validateExchangeVerifyResponse(value: unknown): ExchangeVerifyResponseResult;
/** Validates components.schemas.ExchangeQueryRequest (request of exchangeQuery), reporting every issue. */
export declare function validateExchangeQueryRequest(value: unknown): ValidationResult<Schemas["ExchangeQueryRequest"]>;
/** Result of {@link validateExchangeQueryResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type ExchangeQueryResponseResult = (ValidationSuccess<Schemas["ExchangeQueryFailure"]> & {
    readonly branch: "failure";
    readonly schema: "ExchangeQueryFailure";
}) | (ValidationSuccess<Schemas["ExchangeQuerySuccess"]> & {
    readonly branch: "success";
    readonly schema: "ExchangeQuerySuccess";
}) | (ValidationSuccess<Schemas["ExchangeQueryPaid"]> & {
    readonly branch: "paid";
    readonly schema: "ExchangeQueryPaid";
}) | ValidationFailure;
/** Validates components.schemas.ExchangeQueryResponse (response of exchangeQuery), reporting every issue. */
export declare function validateExchangeQueryResponse(value: unknown): ExchangeQueryResponseResult;
/** Validates components.schemas.AggregateQueryRequest (request of aggregateQuery), reporting every issue. */
export declare function validateAggregateQueryRequest(value: unknown): ValidationResult<Schemas["AggregateQueryRequest"]>;
/** Result of {@link validateAggregateQueryResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type AggregateQueryResponseResult = (ValidationSuccess<Schemas["AggregateQueryFailure"]> & {
    readonly branch: "failure";
    readonly schema: "AggregateQueryFailure";
}) | (ValidationSuccess<Schemas["AggregateQuerySuccess"]> & {
    readonly branch: "success";
    readonly schema: "AggregateQuerySuccess";
}) | (ValidationSuccess<Schemas["AggregateQueryPaid"]> & {
    readonly branch: "paid";
    readonly schema: "AggregateQueryPaid";
}) | ValidationFailure;
/** Validates components.schemas.AggregateQueryResponse (response of aggregateQuery), reporting every issue. */
export declare function validateAggregateQueryResponse(value: unknown): AggregateQueryResponseResult;
/** Validates components.schemas.AggregatePayRequest (request of aggregatePay), reporting every issue. */
export declare function validateAggregatePayRequest(value: unknown): ValidationResult<Schemas["AggregatePayRequest"]>;
/** Result of {@link validateAggregatePayResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type AggregatePayResponseResult = (ValidationSuccess<Schemas["AggregatePayFailure"]> & {
    readonly branch: "failure";
    readonly schema: "AggregatePayFailure";
}) | (ValidationSuccess<Schemas["AggregatePaySuccess"]> & {
    readonly branch: "success";
    readonly schema: "AggregatePaySuccess";
}) | ValidationFailure;
/** Validates components.schemas.AggregatePayResponse (response of aggregatePay), reporting every issue. */
export declare function validateAggregatePayResponse(value: unknown): AggregatePayResponseResult;
/** Validates components.schemas.AggregateWebRequest (request of aggregateWeb), reporting every issue. */
export declare function validateAggregateWebRequest(value: unknown): ValidationResult<Schemas["AggregateWebRequest"]>;
/** Validates components.schemas.OrderQueryRequest (request of mpayQuery; request of easypayQuery), reporting every issue. */
export declare function validateOrderQueryRequest(value: unknown): ValidationResult<Schemas["OrderQueryRequest"]>;
/** Result of {@link validateMpayQueryResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type MpayQueryResponseResult = (ValidationSuccess<Schemas["MpayQueryFailure"]> & {
    readonly branch: "failure";
    readonly schema: "MpayQueryFailure";
}) | (ValidationSuccess<Schemas["MpayQueryResult"]> & {
    readonly branch: "success";
    readonly schema: "MpayQueryResult";
}) | (ValidationSuccess<Schemas["MpayQueryPaid"]> & {
    readonly branch: "paid";
    readonly schema: "MpayQueryPaid";
}) | ValidationFailure;
/** Validates components.schemas.MpayQueryResponse (response of mpayQuery), reporting every issue. */
export declare function validateMpayQueryResponse(value: unknown): MpayQueryResponseResult;
/** Result of {@link validateEasypayQueryResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type EasypayQueryResponseResult = (ValidationSuccess<Schemas["EasypayQueryFailure"]> & {
    readonly branch: "failure";
    readonly schema: "EasypayQueryFailure";
}) | (ValidationSuccess<Schemas["EasypayQueryResult"]> & {
    readonly branch: "success";
    readonly schema: "EasypayQueryResult";
}) | (ValidationSuccess<Schemas["EasypayQueryPaid"]> & {
    readonly branch: "paid";
    readonly schema: "EasypayQueryPaid";
}) | ValidationFailure;
/** Validates components.schemas.EasypayQueryResponse (response of easypayQuery), reporting every issue. */
export declare function validateEasypayQueryResponse(value: unknown): EasypayQueryResponseResult;
/** Validates components.schemas.UnifiedCreateBillRequest (request of unifiedCreateBill), reporting every issue. */
export declare function validateUnifiedCreateBillRequest(value: unknown): ValidationResult<Schemas["UnifiedCreateBillRequest"]>;
/** Result of {@link validateUnifiedCreateBillResponse}: on success, the branch that matched (x-lianlian-branch) and its schema. */
export type UnifiedCreateBillResponseResult = (ValidationSuccess<Schemas["UnifiedCreateBillFailure"]> & {
    readonly branch: "failure";
    readonly schema: "UnifiedCreateBillFailure";
}) | (ValidationSuccess<Schemas["UnifiedCreateBillSuccess"]> & {
    readonly branch: "success";
    readonly schema: "UnifiedCreateBillSuccess";
}) | ValidationFailure;
/** Validates components.schemas.UnifiedCreateBillResponse (response of unifiedCreateBill), reporting every issue. */
export declare function validateUnifiedCreateBillResponse(value: unknown): UnifiedCreateBillResponseResult;
/** Validates components.schemas.EasypayH5Form (request of easypayH5Payment), reporting every issue. */
export declare function validateEasypayH5Form(value: unknown): ValidationResult<Schemas["EasypayH5Form"]>;
/** Validates components.schemas.WebPaymentReturnNotification (notification of webPaymentReturn), reporting every issue. */
export declare function validateWebPaymentReturnNotification(value: unknown): ValidationResult<Schemas["WebPaymentReturnNotification"]>;
/** Validates components.schemas.EasypayH5ReturnNotification (notification of easypayH5Return), reporting every issue. */
export declare function validateEasypayH5ReturnNotification(value: unknown): ValidationResult<Schemas["EasypayH5ReturnNotification"]>;
/** Validates components.schemas.WebPaymentNotification (notification of webPaymentNotify), reporting every issue. */
export declare function validateWebPaymentNotification(value: unknown): ValidationResult<Schemas["WebPaymentNotification"]>;
/** Validates components.schemas.NotificationAcknowledgement (response of webPaymentNotify; response of instantPayNotify; response of refundNotify; response of exchangeNotify; response of aggregateNotify; response of onlineBankingNotify; response of mpayNotify; response of easypayNotify), reporting every issue. */
export declare function validateNotificationAcknowledgement(value: unknown): ValidationResult<Schemas["NotificationAcknowledgement"]>;
/** Validates components.schemas.InstantPayNotification (notification of instantPayNotify), reporting every issue. */
export declare function validateInstantPayNotification(value: unknown): ValidationResult<Schemas["InstantPayNotification"]>;
/** Validates components.schemas.RefundNotification (notification of refundNotify), reporting every issue. */
export declare function validateRefundNotification(value: unknown): ValidationResult<Schemas["RefundNotification"]>;
/** Validates components.schemas.ExchangeNotification (notification of exchangeNotify), reporting every issue. */
export declare function validateExchangeNotification(value: unknown): ValidationResult<Schemas["ExchangeNotification"]>;
/** Validates components.schemas.AggregateNotification (notification of aggregateNotify), reporting every issue. */
export declare function validateAggregateNotification(value: unknown): ValidationResult<Schemas["AggregateNotification"]>;
/** Validates components.schemas.AggregateWebReturnNotification (notification of aggregateWebReturn), reporting every issue. */
export declare function validateAggregateWebReturnNotification(value: unknown): ValidationResult<Schemas["AggregateWebReturnNotification"]>;
/** Validates components.schemas.OnlineBankingNotification (notification of onlineBankingNotify), reporting every issue. */
export declare function validateOnlineBankingNotification(value: unknown): ValidationResult<Schemas["OnlineBankingNotification"]>;
/** Validates components.schemas.MpayNotification (notification of mpayNotify), reporting every issue. */
export declare function validateMpayNotification(value: unknown): ValidationResult<Schemas["MpayNotification"]>;
/** Validates components.schemas.EasypayNotification (notification of easypayNotify), reporting every issue. */
export declare function validateEasypayNotification(value: unknown): ValidationResult<Schemas["EasypayNotification"]>;
/** Validates components.schemas.TransactionReportRow (row of the dailyDetail report; row of the monthlyDetail report), reporting every issue. */
export declare function validateTransactionReportRow(value: unknown): ValidationResult<Schemas["TransactionReportRow"]>;
/** Validates components.schemas.TransactionReportSummary (row of the dailySummary report), reporting every issue. */
export declare function validateTransactionReportSummary(value: unknown): ValidationResult<Schemas["TransactionReportSummary"]>;
/** Validates components.schemas.MpayVerifyFailure (branch of MpayVerifyResponse), reporting every issue. */
export declare function validateMpayVerifyFailure(value: unknown): ValidationResult<Schemas["MpayVerifyFailure"]>;
/** Validates components.schemas.MpayVerifySuccess (branch of MpayVerifyResponse), reporting every issue. */
export declare function validateMpayVerifySuccess(value: unknown): ValidationResult<Schemas["MpayVerifySuccess"]>;
/** Validates components.schemas.MpayVerifyPaid (branch of MpayVerifyResponse), reporting every issue. */
export declare function validateMpayVerifyPaid(value: unknown): ValidationResult<Schemas["MpayVerifyPaid"]>;
/** Validates components.schemas.MpayApplyFailure (branch of MpayApplyResponse), reporting every issue. */
export declare function validateMpayApplyFailure(value: unknown): ValidationResult<Schemas["MpayApplyFailure"]>;
/** Validates components.schemas.MpayApplySmsSent (branch of MpayApplyResponse), reporting every issue. */
export declare function validateMpayApplySmsSent(value: unknown): ValidationResult<Schemas["MpayApplySmsSent"]>;
/** Validates components.schemas.MpayApplyPaid (branch of MpayApplyResponse), reporting every issue. */
export declare function validateMpayApplyPaid(value: unknown): ValidationResult<Schemas["MpayApplyPaid"]>;
/** Validates components.schemas.EasypayApplyFailure (branch of EasypayApplyResponse), reporting every issue. */
export declare function validateEasypayApplyFailure(value: unknown): ValidationResult<Schemas["EasypayApplyFailure"]>;
/** Validates components.schemas.EasypayApplySuccess (branch of EasypayApplyResponse), reporting every issue. */
export declare function validateEasypayApplySuccess(value: unknown): ValidationResult<Schemas["EasypayApplySuccess"]>;
/** Validates components.schemas.EasypayApplyPaid (branch of EasypayApplyResponse), reporting every issue. */
export declare function validateEasypayApplyPaid(value: unknown): ValidationResult<Schemas["EasypayApplyPaid"]>;
/** Validates components.schemas.EasypayVerifyFailure (branch of EasypayVerifyResponse), reporting every issue. */
export declare function validateEasypayVerifyFailure(value: unknown): ValidationResult<Schemas["EasypayVerifyFailure"]>;
/** Validates components.schemas.EasypayVerifySuccess (branch of EasypayVerifyResponse), reporting every issue. */
export declare function validateEasypayVerifySuccess(value: unknown): ValidationResult<Schemas["EasypayVerifySuccess"]>;
/** Validates components.schemas.EasypayVerifyPaid (branch of EasypayVerifyResponse), reporting every issue. */
export declare function validateEasypayVerifyPaid(value: unknown): ValidationResult<Schemas["EasypayVerifyPaid"]>;
/** Validates components.schemas.InstantPayConfirmFailure (branch of InstantPayConfirmResponse), reporting every issue. */
export declare function validateInstantPayConfirmFailure(value: unknown): ValidationResult<Schemas["InstantPayConfirmFailure"]>;
/** Validates components.schemas.InstantPayConfirmSuccess (branch of InstantPayConfirmResponse), reporting every issue. */
export declare function validateInstantPayConfirmSuccess(value: unknown): ValidationResult<Schemas["InstantPayConfirmSuccess"]>;
/** Validates components.schemas.InstantPayApplyFailure (branch of InstantPayApplyResponse), reporting every issue. */
export declare function validateInstantPayApplyFailure(value: unknown): ValidationResult<Schemas["InstantPayApplyFailure"]>;
/** Validates components.schemas.InstantPayApplyHeld (branch of InstantPayApplyResponse), reporting every issue. */
export declare function validateInstantPayApplyHeld(value: unknown): ValidationResult<Schemas["InstantPayApplyHeld"]>;
/** Validates components.schemas.InstantPayApplySuccess (branch of InstantPayApplyResponse), reporting every issue. */
export declare function validateInstantPayApplySuccess(value: unknown): ValidationResult<Schemas["InstantPayApplySuccess"]>;
/** Validates components.schemas.InstantPayQueryFailure (branch of InstantPayQueryResponse), reporting every issue. */
export declare function validateInstantPayQueryFailure(value: unknown): ValidationResult<Schemas["InstantPayQueryFailure"]>;
/** Validates components.schemas.InstantPayQuerySuccess (branch of InstantPayQueryResponse), reporting every issue. */
export declare function validateInstantPayQuerySuccess(value: unknown): ValidationResult<Schemas["InstantPayQuerySuccess"]>;
/** Validates components.schemas.InstantPayQueryPaid (branch of InstantPayQueryResponse), reporting every issue. */
export declare function validateInstantPayQueryPaid(value: unknown): ValidationResult<Schemas["InstantPayQueryPaid"]>;
/** Validates components.schemas.BalanceQueryFailure (branch of BalanceQueryResponse), reporting every issue. */
export declare function validateBalanceQueryFailure(value: unknown): ValidationResult<Schemas["BalanceQueryFailure"]>;
/** Validates components.schemas.BalanceQuerySuccess (branch of BalanceQueryResponse), reporting every issue. */
export declare function validateBalanceQuerySuccess(value: unknown): ValidationResult<Schemas["BalanceQuerySuccess"]>;
/** Validates components.schemas.CardBindApplyFailure (branch of CardBindApplyResponse), reporting every issue. */
export declare function validateCardBindApplyFailure(value: unknown): ValidationResult<Schemas["CardBindApplyFailure"]>;
/** Validates components.schemas.CardBindApplySuccess (branch of CardBindApplyResponse), reporting every issue. */
export declare function validateCardBindApplySuccess(value: unknown): ValidationResult<Schemas["CardBindApplySuccess"]>;
/** Validates components.schemas.CardBindVerifyFailure (branch of CardBindVerifyResponse), reporting every issue. */
export declare function validateCardBindVerifyFailure(value: unknown): ValidationResult<Schemas["CardBindVerifyFailure"]>;
/** Validates components.schemas.CardBindVerifySuccess (branch of CardBindVerifyResponse), reporting every issue. */
export declare function validateCardBindVerifySuccess(value: unknown): ValidationResult<Schemas["CardBindVerifySuccess"]>;
/** Validates components.schemas.CardUnbindFailure (branch of CardUnbindResponse), reporting every issue. */
export declare function validateCardUnbindFailure(value: unknown): ValidationResult<Schemas["CardUnbindFailure"]>;
/** Validates components.schemas.CardUnbindSuccess (branch of CardUnbindResponse), reporting every issue. */
export declare function validateCardUnbindSuccess(value: unknown): ValidationResult<Schemas["CardUnbindSuccess"]>;
/** Validates components.schemas.MpayCardBindApplyFailure (branch of MpayCardBindApplyResponse), reporting every issue. */
export declare function validateMpayCardBindApplyFailure(value: unknown): ValidationResult<Schemas["MpayCardBindApplyFailure"]>;
/** Validates components.schemas.MpayCardBindApplySuccess (branch of MpayCardBindApplyResponse), reporting every issue. */
export declare function validateMpayCardBindApplySuccess(value: unknown): ValidationResult<Schemas["MpayCardBindApplySuccess"]>;
/** Validates components.schemas.MpayCardBindVerifyFailure (branch of MpayCardBindVerifyResponse), reporting every issue. */
export declare function validateMpayCardBindVerifyFailure(value: unknown): ValidationResult<Schemas["MpayCardBindVerifyFailure"]>;
/** Validates components.schemas.MpayCardBindVerifySuccess (branch of MpayCardBindVerifyResponse), reporting every issue. */
export declare function validateMpayCardBindVerifySuccess(value: unknown): ValidationResult<Schemas["MpayCardBindVerifySuccess"]>;
/** Validates components.schemas.CardBindQueryFailure (branch of CardBindQueryResponse), reporting every issue. */
export declare function validateCardBindQueryFailure(value: unknown): ValidationResult<Schemas["CardBindQueryFailure"]>;
/** Validates components.schemas.CardBindQuerySuccess (branch of CardBindQueryResponse), reporting every issue. */
export declare function validateCardBindQuerySuccess(value: unknown): ValidationResult<Schemas["CardBindQuerySuccess"]>;
/** Validates components.schemas.RefundFailure (branch of RefundApplyResponse; branch of RefundQueryResponse), reporting every issue. */
export declare function validateRefundFailure(value: unknown): ValidationResult<Schemas["RefundFailure"]>;
/** Validates components.schemas.RefundSuccess (branch of RefundApplyResponse; branch of RefundQueryResponse), reporting every issue. */
export declare function validateRefundSuccess(value: unknown): ValidationResult<Schemas["RefundSuccess"]>;
/** Validates components.schemas.CardBinQueryFailure (branch of CardBinQueryResponse), reporting every issue. */
export declare function validateCardBinQueryFailure(value: unknown): ValidationResult<Schemas["CardBinQueryFailure"]>;
/** Validates components.schemas.CardBinQuerySuccess (branch of CardBinQueryResponse), reporting every issue. */
export declare function validateCardBinQuerySuccess(value: unknown): ValidationResult<Schemas["CardBinQuerySuccess"]>;
/** Validates components.schemas.PreauthFailure (branch of PreauthCaptureResponse; branch of PreauthCancelResponse), reporting every issue. */
export declare function validatePreauthFailure(value: unknown): ValidationResult<Schemas["PreauthFailure"]>;
/** Validates components.schemas.PreauthCaptureSuccess (branch of PreauthCaptureResponse), reporting every issue. */
export declare function validatePreauthCaptureSuccess(value: unknown): ValidationResult<Schemas["PreauthCaptureSuccess"]>;
/** Validates components.schemas.PreauthCancelSuccess (branch of PreauthCancelResponse), reporting every issue. */
export declare function validatePreauthCancelSuccess(value: unknown): ValidationResult<Schemas["PreauthCancelSuccess"]>;
/** Validates components.schemas.PreauthQueryFailure (branch of PreauthQueryResponse), reporting every issue. */
export declare function validatePreauthQueryFailure(value: unknown): ValidationResult<Schemas["PreauthQueryFailure"]>;
/** Validates components.schemas.PreauthQueryStatus (branch of PreauthQueryResponse), reporting every issue. */
export declare function validatePreauthQueryStatus(value: unknown): ValidationResult<Schemas["PreauthQueryStatus"]>;
/** Validates components.schemas.ExchangeApplyFailure (branch of ExchangeApplyResponse), reporting every issue. */
export declare function validateExchangeApplyFailure(value: unknown): ValidationResult<Schemas["ExchangeApplyFailure"]>;
/** Validates components.schemas.ExchangeApplySuccess (branch of ExchangeApplyResponse), reporting every issue. */
export declare function validateExchangeApplySuccess(value: unknown): ValidationResult<Schemas["ExchangeApplySuccess"]>;
/** Validates components.schemas.ExchangeApplyPaid (branch of ExchangeApplyResponse), reporting every issue. */
export declare function validateExchangeApplyPaid(value: unknown): ValidationResult<Schemas["ExchangeApplyPaid"]>;
/** Validates components.schemas.ExchangeVerifyFailure (branch of ExchangeVerifyResponse), reporting every issue. */
export declare function validateExchangeVerifyFailure(value: unknown): ValidationResult<Schemas["ExchangeVerifyFailure"]>;
/** Validates components.schemas.ExchangeVerifySuccess (branch of ExchangeVerifyResponse), reporting every issue. */
export declare function validateExchangeVerifySuccess(value: unknown): ValidationResult<Schemas["ExchangeVerifySuccess"]>;
/** Validates components.schemas.ExchangeVerifyPaid (branch of ExchangeVerifyResponse), reporting every issue. */
export declare function validateExchangeVerifyPaid(value: unknown): ValidationResult<Schemas["ExchangeVerifyPaid"]>;
/** Validates components.schemas.ExchangeQueryFailure (branch of ExchangeQueryResponse), reporting every issue. */
export declare function validateExchangeQueryFailure(value: unknown): ValidationResult<Schemas["ExchangeQueryFailure"]>;
/** Validates components.schemas.ExchangeQuerySuccess (branch of ExchangeQueryResponse), reporting every issue. */
export declare function validateExchangeQuerySuccess(value: unknown): ValidationResult<Schemas["ExchangeQuerySuccess"]>;
/** Validates components.schemas.ExchangeQueryPaid (branch of ExchangeQueryResponse), reporting every issue. */
export declare function validateExchangeQueryPaid(value: unknown): ValidationResult<Schemas["ExchangeQueryPaid"]>;
/** Validates components.schemas.AggregateQueryFailure (branch of AggregateQueryResponse), reporting every issue. */
export declare function validateAggregateQueryFailure(value: unknown): ValidationResult<Schemas["AggregateQueryFailure"]>;
/** Validates components.schemas.AggregateQuerySuccess (branch of AggregateQueryResponse), reporting every issue. */
export declare function validateAggregateQuerySuccess(value: unknown): ValidationResult<Schemas["AggregateQuerySuccess"]>;
/** Validates components.schemas.AggregateQueryPaid (branch of AggregateQueryResponse), reporting every issue. */
export declare function validateAggregateQueryPaid(value: unknown): ValidationResult<Schemas["AggregateQueryPaid"]>;
/** Validates components.schemas.AggregatePayFailure (branch of AggregatePayResponse), reporting every issue. */
export declare function validateAggregatePayFailure(value: unknown): ValidationResult<Schemas["AggregatePayFailure"]>;
/** Validates components.schemas.AggregatePaySuccess (branch of AggregatePayResponse), reporting every issue. */
export declare function validateAggregatePaySuccess(value: unknown): ValidationResult<Schemas["AggregatePaySuccess"]>;
/** Validates components.schemas.MpayQueryFailure (branch of MpayQueryResponse), reporting every issue. */
export declare function validateMpayQueryFailure(value: unknown): ValidationResult<Schemas["MpayQueryFailure"]>;
/** Validates components.schemas.MpayQueryResult (branch of MpayQueryResponse), reporting every issue. */
export declare function validateMpayQueryResult(value: unknown): ValidationResult<Schemas["MpayQueryResult"]>;
/** Validates components.schemas.MpayQueryPaid (branch of MpayQueryResponse), reporting every issue. */
export declare function validateMpayQueryPaid(value: unknown): ValidationResult<Schemas["MpayQueryPaid"]>;
/** Validates components.schemas.EasypayQueryFailure (branch of EasypayQueryResponse), reporting every issue. */
export declare function validateEasypayQueryFailure(value: unknown): ValidationResult<Schemas["EasypayQueryFailure"]>;
/** Validates components.schemas.EasypayQueryResult (branch of EasypayQueryResponse), reporting every issue. */
export declare function validateEasypayQueryResult(value: unknown): ValidationResult<Schemas["EasypayQueryResult"]>;
/** Validates components.schemas.EasypayQueryPaid (branch of EasypayQueryResponse), reporting every issue. */
export declare function validateEasypayQueryPaid(value: unknown): ValidationResult<Schemas["EasypayQueryPaid"]>;
/** Validates components.schemas.UnifiedCreateBillFailure (branch of UnifiedCreateBillResponse), reporting every issue. */
export declare function validateUnifiedCreateBillFailure(value: unknown): ValidationResult<Schemas["UnifiedCreateBillFailure"]>;
/** Validates components.schemas.UnifiedCreateBillSuccess (branch of UnifiedCreateBillResponse), reporting every issue. */
export declare function validateUnifiedCreateBillSuccess(value: unknown): ValidationResult<Schemas["UnifiedCreateBillSuccess"]>;
/** Validates components.schemas.RiskItem (content of a field of MpayApplyRequest; content of a field of EasypayApplyRequest; content of a field of WebPaymentRequest; content of a field of OnlineBankingPaymentRequest; content of a field of PreauthCaptureRequest; content of a field of ExchangeApplyRequest; content of a field of AggregatePayRequest; content of a field of AggregateWebRequest; content of a field of UnifiedCreateBillRequest; content of a field of EasypayH5Form), reporting every issue. */
export declare function validateRiskItem(value: unknown): ValidationResult<Schemas["RiskItem"]>;
/** Validates components.schemas.EasypayH5Request (content of a field of EasypayH5Form), reporting every issue. */
export declare function validateEasypayH5Request(value: unknown): ValidationResult<Schemas["EasypayH5Request"]>;
/** The type of {@link validatorsBySchema}. */
export type ValidatorsBySchema = {
    readonly MpayVerifyRequest: typeof validateMpayVerifyRequest;
    readonly MpayVerifyResponse: typeof validateMpayVerifyResponse;
    readonly MpayApplyEnvelope: typeof validateMpayApplyEnvelope;
    readonly MpayApplyResponse: typeof validateMpayApplyResponse;
    readonly MpayApplyRequest: typeof validateMpayApplyRequest;
    readonly EasypayApplyRequest: typeof validateEasypayApplyRequest;
    readonly EasypayApplyResponse: typeof validateEasypayApplyResponse;
    readonly EasypayVerifyRequest: typeof validateEasypayVerifyRequest;
    readonly EasypayVerifyResponse: typeof validateEasypayVerifyResponse;
    readonly InstantPayConfirmEnvelope: typeof validateInstantPayConfirmEnvelope;
    readonly InstantPayConfirmResponse: typeof validateInstantPayConfirmResponse;
    readonly InstantPayConfirmRequest: typeof validateInstantPayConfirmRequest;
    readonly InstantPayApplyEnvelope: typeof validateInstantPayApplyEnvelope;
    readonly InstantPayApplyResponse: typeof validateInstantPayApplyResponse;
    readonly InstantPayApplyRequest: typeof validateInstantPayApplyRequest;
    readonly InstantPayQueryRequest: typeof validateInstantPayQueryRequest;
    readonly InstantPayQueryResponse: typeof validateInstantPayQueryResponse;
    readonly BalanceQueryRequest: typeof validateBalanceQueryRequest;
    readonly BalanceQueryResponse: typeof validateBalanceQueryResponse;
    readonly WebPaymentRequest: typeof validateWebPaymentRequest;
    readonly OnlineBankingPaymentRequest: typeof validateOnlineBankingPaymentRequest;
    readonly CardBindApplyRequest: typeof validateCardBindApplyRequest;
    readonly CardBindApplyResponse: typeof validateCardBindApplyResponse;
    readonly CardBindVerifyRequest: typeof validateCardBindVerifyRequest;
    readonly CardBindVerifyResponse: typeof validateCardBindVerifyResponse;
    readonly CardUnbindRequest: typeof validateCardUnbindRequest;
    readonly CardUnbindResponse: typeof validateCardUnbindResponse;
    readonly MpayCardBindApplyEnvelope: typeof validateMpayCardBindApplyEnvelope;
    readonly MpayCardBindApplyResponse: typeof validateMpayCardBindApplyResponse;
    readonly MpayCardBindApplyRequest: typeof validateMpayCardBindApplyRequest;
    readonly MpayCardBindVerifyRequest: typeof validateMpayCardBindVerifyRequest;
    readonly MpayCardBindVerifyResponse: typeof validateMpayCardBindVerifyResponse;
    readonly CardBindQueryRequest: typeof validateCardBindQueryRequest;
    readonly CardBindQueryResponse: typeof validateCardBindQueryResponse;
    readonly RefundApplyRequest: typeof validateRefundApplyRequest;
    readonly RefundApplyResponse: typeof validateRefundApplyResponse;
    readonly RefundQueryRequest: typeof validateRefundQueryRequest;
    readonly RefundQueryResponse: typeof validateRefundQueryResponse;
    readonly CardBinQueryRequest: typeof validateCardBinQueryRequest;
    readonly CardBinQueryResponse: typeof validateCardBinQueryResponse;
    readonly PreauthCaptureRequest: typeof validatePreauthCaptureRequest;
    readonly PreauthCaptureResponse: typeof validatePreauthCaptureResponse;
    readonly PreauthCancelRequest: typeof validatePreauthCancelRequest;
    readonly PreauthCancelResponse: typeof validatePreauthCancelResponse;
    readonly PreauthQueryRequest: typeof validatePreauthQueryRequest;
    readonly PreauthQueryResponse: typeof validatePreauthQueryResponse;
    readonly ExchangeApplyRequest: typeof validateExchangeApplyRequest;
    readonly ExchangeApplyResponse: typeof validateExchangeApplyResponse;
    readonly ExchangeVerifyRequest: typeof validateExchangeVerifyRequest;
    readonly ExchangeVerifyResponse: typeof validateExchangeVerifyResponse;
    readonly ExchangeQueryRequest: typeof validateExchangeQueryRequest;
    readonly ExchangeQueryResponse: typeof validateExchangeQueryResponse;
    readonly AggregateQueryRequest: typeof validateAggregateQueryRequest;
    readonly AggregateQueryResponse: typeof validateAggregateQueryResponse;
    readonly AggregatePayRequest: typeof validateAggregatePayRequest;
    readonly AggregatePayResponse: typeof validateAggregatePayResponse;
    readonly AggregateWebRequest: typeof validateAggregateWebRequest;
    readonly OrderQueryRequest: typeof validateOrderQueryRequest;
    readonly MpayQueryResponse: typeof validateMpayQueryResponse;
    readonly EasypayQueryResponse: typeof validateEasypayQueryResponse;
    readonly UnifiedCreateBillRequest: typeof validateUnifiedCreateBillRequest;
    readonly UnifiedCreateBillResponse: typeof validateUnifiedCreateBillResponse;
    readonly EasypayH5Form: typeof validateEasypayH5Form;
    readonly WebPaymentReturnNotification: typeof validateWebPaymentReturnNotification;
    readonly EasypayH5ReturnNotification: typeof validateEasypayH5ReturnNotification;
    readonly WebPaymentNotification: typeof validateWebPaymentNotification;
    readonly NotificationAcknowledgement: typeof validateNotificationAcknowledgement;
    readonly InstantPayNotification: typeof validateInstantPayNotification;
    readonly RefundNotification: typeof validateRefundNotification;
    readonly ExchangeNotification: typeof validateExchangeNotification;
    readonly AggregateNotification: typeof validateAggregateNotification;
    readonly AggregateWebReturnNotification: typeof validateAggregateWebReturnNotification;
    readonly OnlineBankingNotification: typeof validateOnlineBankingNotification;
    readonly MpayNotification: typeof validateMpayNotification;
    readonly EasypayNotification: typeof validateEasypayNotification;
    readonly TransactionReportRow: typeof validateTransactionReportRow;
    readonly TransactionReportSummary: typeof validateTransactionReportSummary;
    readonly MpayVerifyFailure: typeof validateMpayVerifyFailure;
    readonly MpayVerifySuccess: typeof validateMpayVerifySuccess;
    readonly MpayVerifyPaid: typeof validateMpayVerifyPaid;
    readonly MpayApplyFailure: typeof validateMpayApplyFailure;
    readonly MpayApplySmsSent: typeof validateMpayApplySmsSent;
    readonly MpayApplyPaid: typeof validateMpayApplyPaid;
    readonly EasypayApplyFailure: typeof validateEasypayApplyFailure;
    readonly EasypayApplySuccess: typeof validateEasypayApplySuccess;
    readonly EasypayApplyPaid: typeof validateEasypayApplyPaid;
    readonly EasypayVerifyFailure: typeof validateEasypayVerifyFailure;
    readonly EasypayVerifySuccess: typeof validateEasypayVerifySuccess;
    readonly EasypayVerifyPaid: typeof validateEasypayVerifyPaid;
    readonly InstantPayConfirmFailure: typeof validateInstantPayConfirmFailure;
    readonly InstantPayConfirmSuccess: typeof validateInstantPayConfirmSuccess;
    readonly InstantPayApplyFailure: typeof validateInstantPayApplyFailure;
    readonly InstantPayApplyHeld: typeof validateInstantPayApplyHeld;
    readonly InstantPayApplySuccess: typeof validateInstantPayApplySuccess;
    readonly InstantPayQueryFailure: typeof validateInstantPayQueryFailure;
    readonly InstantPayQuerySuccess: typeof validateInstantPayQuerySuccess;
    readonly InstantPayQueryPaid: typeof validateInstantPayQueryPaid;
    readonly BalanceQueryFailure: typeof validateBalanceQueryFailure;
    readonly BalanceQuerySuccess: typeof validateBalanceQuerySuccess;
    readonly CardBindApplyFailure: typeof validateCardBindApplyFailure;
    readonly CardBindApplySuccess: typeof validateCardBindApplySuccess;
    readonly CardBindVerifyFailure: typeof validateCardBindVerifyFailure;
    readonly CardBindVerifySuccess: typeof validateCardBindVerifySuccess;
    readonly CardUnbindFailure: typeof validateCardUnbindFailure;
    readonly CardUnbindSuccess: typeof validateCardUnbindSuccess;
    readonly MpayCardBindApplyFailure: typeof validateMpayCardBindApplyFailure;
    readonly MpayCardBindApplySuccess: typeof validateMpayCardBindApplySuccess;
    readonly MpayCardBindVerifyFailure: typeof validateMpayCardBindVerifyFailure;
    readonly MpayCardBindVerifySuccess: typeof validateMpayCardBindVerifySuccess;
    readonly CardBindQueryFailure: typeof validateCardBindQueryFailure;
    readonly CardBindQuerySuccess: typeof validateCardBindQuerySuccess;
    readonly RefundFailure: typeof validateRefundFailure;
    readonly RefundSuccess: typeof validateRefundSuccess;
    readonly CardBinQueryFailure: typeof validateCardBinQueryFailure;
    readonly CardBinQuerySuccess: typeof validateCardBinQuerySuccess;
    readonly PreauthFailure: typeof validatePreauthFailure;
    readonly PreauthCaptureSuccess: typeof validatePreauthCaptureSuccess;
    readonly PreauthCancelSuccess: typeof validatePreauthCancelSuccess;
    readonly PreauthQueryFailure: typeof validatePreauthQueryFailure;
    readonly PreauthQueryStatus: typeof validatePreauthQueryStatus;
    readonly ExchangeApplyFailure: typeof validateExchangeApplyFailure;
    readonly ExchangeApplySuccess: typeof validateExchangeApplySuccess;
    readonly ExchangeApplyPaid: typeof validateExchangeApplyPaid;
    readonly ExchangeVerifyFailure: typeof validateExchangeVerifyFailure;
    readonly ExchangeVerifySuccess: typeof validateExchangeVerifySuccess;
    readonly ExchangeVerifyPaid: typeof validateExchangeVerifyPaid;
    readonly ExchangeQueryFailure: typeof validateExchangeQueryFailure;
    readonly ExchangeQuerySuccess: typeof validateExchangeQuerySuccess;
    readonly ExchangeQueryPaid: typeof validateExchangeQueryPaid;
    readonly AggregateQueryFailure: typeof validateAggregateQueryFailure;
    readonly AggregateQuerySuccess: typeof validateAggregateQuerySuccess;
    readonly AggregateQueryPaid: typeof validateAggregateQueryPaid;
    readonly AggregatePayFailure: typeof validateAggregatePayFailure;
    readonly AggregatePaySuccess: typeof validateAggregatePaySuccess;
    readonly MpayQueryFailure: typeof validateMpayQueryFailure;
    readonly MpayQueryResult: typeof validateMpayQueryResult;
    readonly MpayQueryPaid: typeof validateMpayQueryPaid;
    readonly EasypayQueryFailure: typeof validateEasypayQueryFailure;
    readonly EasypayQueryResult: typeof validateEasypayQueryResult;
    readonly EasypayQueryPaid: typeof validateEasypayQueryPaid;
    readonly UnifiedCreateBillFailure: typeof validateUnifiedCreateBillFailure;
    readonly UnifiedCreateBillSuccess: typeof validateUnifiedCreateBillSuccess;
    readonly RiskItem: typeof validateRiskItem;
    readonly EasypayH5Request: typeof validateEasypayH5Request;
};
/** Every validator, by component schema name. */
export declare const validatorsBySchema: ValidatorsBySchema;
/** The type of {@link validatorsByOperation}. */
export type ValidatorsByOperation = {
    readonly mpayVerify: {
        readonly request: typeof validateMpayVerifyRequest;
        readonly response: typeof validateMpayVerifyResponse;
    };
    readonly mpayApply: {
        readonly request: typeof validateMpayApplyEnvelope;
        readonly response: typeof validateMpayApplyResponse;
        readonly plaintext: typeof validateMpayApplyRequest;
    };
    readonly easypayApply: {
        readonly request: typeof validateEasypayApplyRequest;
        readonly response: typeof validateEasypayApplyResponse;
    };
    readonly easypayVerify: {
        readonly request: typeof validateEasypayVerifyRequest;
        readonly response: typeof validateEasypayVerifyResponse;
    };
    readonly instantPayConfirm: {
        readonly request: typeof validateInstantPayConfirmEnvelope;
        readonly response: typeof validateInstantPayConfirmResponse;
        readonly plaintext: typeof validateInstantPayConfirmRequest;
    };
    readonly instantPayApply: {
        readonly request: typeof validateInstantPayApplyEnvelope;
        readonly response: typeof validateInstantPayApplyResponse;
        readonly plaintext: typeof validateInstantPayApplyRequest;
    };
    readonly instantPayQuery: {
        readonly request: typeof validateInstantPayQueryRequest;
        readonly response: typeof validateInstantPayQueryResponse;
    };
    readonly balanceQuery: {
        readonly request: typeof validateBalanceQueryRequest;
        readonly response: typeof validateBalanceQueryResponse;
    };
    readonly webPayment: {
        readonly request: typeof validateWebPaymentRequest;
    };
    readonly onlineBankingPayment: {
        readonly request: typeof validateOnlineBankingPaymentRequest;
    };
    readonly cardBindApply: {
        readonly request: typeof validateCardBindApplyRequest;
        readonly response: typeof validateCardBindApplyResponse;
    };
    readonly cardBindVerify: {
        readonly request: typeof validateCardBindVerifyRequest;
        readonly response: typeof validateCardBindVerifyResponse;
    };
    readonly cardUnbind: {
        readonly request: typeof validateCardUnbindRequest;
        readonly response: typeof validateCardUnbindResponse;
    };
    readonly mpayCardBindApply: {
        readonly request: typeof validateMpayCardBindApplyEnvelope;
        readonly response: typeof validateMpayCardBindApplyResponse;
        readonly plaintext: typeof validateMpayCardBindApplyRequest;
    };
    readonly mpayCardBindVerify: {
        readonly request: typeof validateMpayCardBindVerifyRequest;
        readonly response: typeof validateMpayCardBindVerifyResponse;
    };
    readonly cardBindQuery: {
        readonly request: typeof validateCardBindQueryRequest;
        readonly response: typeof validateCardBindQueryResponse;
    };
    readonly refundApply: {
        readonly request: typeof validateRefundApplyRequest;
        readonly response: typeof validateRefundApplyResponse;
    };
    readonly refundQuery: {
        readonly request: typeof validateRefundQueryRequest;
        readonly response: typeof validateRefundQueryResponse;
    };
    readonly cardBinQuery: {
        readonly request: typeof validateCardBinQueryRequest;
        readonly response: typeof validateCardBinQueryResponse;
    };
    readonly preauthCapture: {
        readonly request: typeof validatePreauthCaptureRequest;
        readonly response: typeof validatePreauthCaptureResponse;
    };
    readonly preauthCancel: {
        readonly request: typeof validatePreauthCancelRequest;
        readonly response: typeof validatePreauthCancelResponse;
    };
    readonly preauthQuery: {
        readonly request: typeof validatePreauthQueryRequest;
        readonly response: typeof validatePreauthQueryResponse;
    };
    readonly exchangeApply: {
        readonly request: typeof validateExchangeApplyRequest;
        readonly response: typeof validateExchangeApplyResponse;
    };
    readonly exchangeVerify: {
        readonly request: typeof validateExchangeVerifyRequest;
        readonly response: typeof validateExchangeVerifyResponse;
    };
    readonly exchangeQuery: {
        readonly request: typeof validateExchangeQueryRequest;
        readonly response: typeof validateExchangeQueryResponse;
    };
    readonly aggregateQuery: {
        readonly request: typeof validateAggregateQueryRequest;
        readonly response: typeof validateAggregateQueryResponse;
    };
    readonly aggregatePay: {
        readonly request: typeof validateAggregatePayRequest;
        readonly response: typeof validateAggregatePayResponse;
    };
    readonly aggregateWeb: {
        readonly request: typeof validateAggregateWebRequest;
    };
    readonly mpayQuery: {
        readonly request: typeof validateOrderQueryRequest;
        readonly response: typeof validateMpayQueryResponse;
    };
    readonly easypayQuery: {
        readonly request: typeof validateOrderQueryRequest;
        readonly response: typeof validateEasypayQueryResponse;
    };
    readonly unifiedCreateBill: {
        readonly request: typeof validateUnifiedCreateBillRequest;
        readonly response: typeof validateUnifiedCreateBillResponse;
    };
    readonly easypayH5Payment: {
        readonly request: typeof validateEasypayH5Form;
    };
    readonly webPaymentReturn: {
        readonly notification: typeof validateWebPaymentReturnNotification;
    };
    readonly easypayH5Return: {
        readonly notification: typeof validateEasypayH5ReturnNotification;
    };
    readonly webPaymentNotify: {
        readonly notification: typeof validateWebPaymentNotification;
        readonly response: typeof validateNotificationAcknowledgement;
    };
    readonly instantPayNotify: {
        readonly notification: typeof validateInstantPayNotification;
        readonly response: typeof validateNotificationAcknowledgement;
    };
    readonly refundNotify: {
        readonly notification: typeof validateRefundNotification;
        readonly response: typeof validateNotificationAcknowledgement;
    };
    readonly exchangeNotify: {
        readonly notification: typeof validateExchangeNotification;
        readonly response: typeof validateNotificationAcknowledgement;
    };
    readonly aggregateNotify: {
        readonly notification: typeof validateAggregateNotification;
        readonly response: typeof validateNotificationAcknowledgement;
    };
    readonly aggregateWebReturn: {
        readonly notification: typeof validateAggregateWebReturnNotification;
    };
    readonly onlineBankingNotify: {
        readonly notification: typeof validateOnlineBankingNotification;
        readonly response: typeof validateNotificationAcknowledgement;
    };
    readonly mpayNotify: {
        readonly notification: typeof validateMpayNotification;
        readonly response: typeof validateNotificationAcknowledgement;
    };
    readonly easypayNotify: {
        readonly notification: typeof validateEasypayNotification;
        readonly response: typeof validateNotificationAcknowledgement;
    };
};
/** Validators by operationId (or webhook name) and message: request, response, notification, plaintext. */
export declare const validatorsByOperation: ValidatorsByOperation;
/** Names accepted by {@link validatorsBySchema}. */
export type ValidatedSchemaName = keyof typeof validatorsBySchema;
export {};
