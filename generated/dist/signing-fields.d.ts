/** @internal {@link signingFields}.mpayVerify.request, on its own so a bundler can keep it alone. */
export declare const mpayVerifyRequestSigningFields: readonly ["money_order", "no_order", "oid_partner", "sign_type", "token", "verify_code"];
declare const mpayVerifyResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const mpayVerifyResponseSuccessSigningFields: readonly ["dt_order", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
declare const mpayVerifyResponsePaidSigningFields: readonly ["dt_order", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
/** @internal {@link signingFields}.mpayApply.request, on its own so a bundler can keep it alone. */
export declare const mpayApplyRequestSigningFields: readonly ["acct_name", "bank_code", "bind_mob", "busi_partner", "card_no", "cvv2", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "pay_type", "risk_item", "sign_type", "user_id", "vali_date", "valid_order"];
declare const mpayApplyResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const mpayApplyResponseSuccessSigningFields: readonly ["dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "ret_code", "ret_msg", "sign_type", "token"];
declare const mpayApplyResponsePaidSigningFields: readonly ["dt_order", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
/** @internal {@link signingFields}.easypayApply.request, on its own so a bundler can keep it alone. */
export declare const easypayApplyRequestSigningFields: readonly ["acct_name", "api_version", "bank_code", "bind_mob", "busi_partner", "card_no", "client_chnl", "cvv2", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "pay_type", "platform", "risk_item", "sign_type", "user_id", "vali_date", "valid_order"];
declare const easypayApplyResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const easypayApplyResponseSuccessSigningFields: readonly ["bank_code", "dt_order", "info_order", "money_order", "name_goods", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "sign_type", "token"];
declare const easypayApplyResponsePaidSigningFields: readonly ["bank_code", "dt_order", "info_order", "money_order", "name_goods", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
/** @internal {@link signingFields}.easypayVerify.request, on its own so a bundler can keep it alone. */
export declare const easypayVerifyRequestSigningFields: readonly ["dt_order", "money_order", "no_order", "oid_partner", "sign_type", "token", "verify_code"];
declare const easypayVerifyResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const easypayVerifyResponseSuccessSigningFields: readonly ["bank_code", "currency_order", "dt_order", "info_order", "money_order", "name_goods", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
declare const easypayVerifyResponsePaidSigningFields: readonly ["bank_code", "currency_order", "dt_order", "info_order", "money_order", "name_goods", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
/** @internal {@link signingFields}.instantPayConfirm.request, on its own so a bundler can keep it alone. */
export declare const instantPayConfirmRequestSigningFields: readonly ["api_version", "confirm_code", "no_order", "notify_url", "oid_partner", "sign_type"];
declare const instantPayConfirmResponseFailureSigningFields: readonly ["oid_partner", "ret_code", "ret_msg", "sign_type"];
declare const instantPayConfirmResponseSuccessSigningFields: readonly ["no_order", "oid_partner", "oid_paybill", "ret_code", "ret_msg", "sign_type"];
/** @internal {@link signingFields}.instantPayApply.request, on its own so a bundler can keep it alone. */
export declare const instantPayApplyRequestSigningFields: readonly ["acct_name", "api_version", "bank_code", "card_no", "dt_order", "flag_card", "info_order", "memo", "money_order", "no_order", "notify_url", "oid_partner", "sign_type"];
declare const instantPayApplyResponseFailureSigningFields: readonly ["no_order", "oid_partner", "ret_code", "ret_msg", "sign_type"];
declare const instantPayApplyResponseHeldSigningFields: readonly ["confirm_code", "no_order", "oid_partner", "ret_code", "ret_msg", "sign_type"];
declare const instantPayApplyResponseSuccessSigningFields: readonly ["no_order", "oid_partner", "oid_paybill", "ret_code", "ret_msg", "sign_type"];
/** @internal {@link signingFields}.instantPayQuery.request, on its own so a bundler can keep it alone. */
export declare const instantPayQueryRequestSigningFields: readonly ["api_version", "no_order", "oid_partner", "oid_paybill", "query_version", "sign_type"];
declare const instantPayQueryResponseFailureSigningFields: readonly ["no_order", "oid_partner", "ret_code", "ret_msg", "sign_type"];
declare const instantPayQueryResponseSuccessSigningFields: readonly ["dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
declare const instantPayQueryResponsePaidSigningFields: readonly ["dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
/** @internal {@link signingFields}.balanceQuery.request, on its own so a bundler can keep it alone. */
export declare const balanceQueryRequestSigningFields: readonly ["api_version", "oid_partner", "sign_type"];
declare const balanceQueryResponseFailureSigningFields: readonly ["oid_partner", "ret_code", "ret_msg", "sign_type"];
declare const balanceQueryResponseSuccessSigningFields: readonly ["amt_balance", "amt_unsettle", "ret_code", "ret_msg", "sign_type"];
/** @internal {@link signingFields}.webPayment.request, on its own so a bundler can keep it alone. */
export declare const webPaymentRequestSigningFields: readonly ["acct_name", "back_url", "busi_partner", "card_no", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "pay_type", "platform", "risk_item", "sign_type", "timestamp", "url_order", "url_return", "user_id", "userreq_ip", "valid_order", "version"];
/** @internal {@link signingFields}.onlineBankingPayment.request, on its own so a bundler can keep it alone. */
export declare const onlineBankingPaymentRequestSigningFields: readonly ["bank_code", "busi_partner", "charset_name", "dt_order", "info_order", "money_order", "name_goods", "no_order", "notify_url", "oid_partner", "pay_type", "risk_item", "sign_type", "timestamp", "url_order", "url_return", "user_id", "userreq_ip", "valid_order", "version"];
/** @internal {@link signingFields}.cardBindApply.request, on its own so a bundler can keep it alone. */
export declare const cardBindApplyRequestSigningFields: readonly ["acct_name", "api_version", "bind_mob", "card_no", "cvv2", "id_no", "id_type", "oid_partner", "pay_type", "platform", "risk_item", "sign_type", "user_id", "vali_date"];
declare const cardBindApplyResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const cardBindApplyResponseSuccessSigningFields: readonly ["oid_partner", "ret_code", "ret_msg", "sign_type", "token", "user_id"];
/** @internal {@link signingFields}.cardBindVerify.request, on its own so a bundler can keep it alone. */
export declare const cardBindVerifyRequestSigningFields: readonly ["oid_partner", "sign_type", "token", "user_id", "verify_code"];
declare const cardBindVerifyResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const cardBindVerifyResponseSuccessSigningFields: readonly ["card_no", "no_agree", "oid_partner", "ret_code", "ret_msg", "sign_type", "user_id"];
/** @internal {@link signingFields}.cardUnbind.request, on its own so a bundler can keep it alone. */
export declare const cardUnbindRequestSigningFields: readonly ["no_agree", "oid_partner", "pay_type", "platform", "sign_type", "user_id"];
declare const cardUnbindResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const cardUnbindResponseSuccessSigningFields: readonly ["ret_code", "ret_msg", "sign_type"];
/** @internal {@link signingFields}.mpayCardBindApply.request, on its own so a bundler can keep it alone. */
export declare const mpayCardBindApplyRequestSigningFields: readonly ["acct_name", "api_version", "bind_mob", "card_no", "cvv2", "dt_order", "id_no", "id_type", "no_order", "notify_url", "oid_partner", "pay_type", "risk_item", "sign_type", "user_id", "vali_date"];
declare const mpayCardBindApplyResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const mpayCardBindApplyResponseSuccessSigningFields: readonly ["dt_order", "no_order", "oid_partner", "ret_code", "ret_msg", "sign_type", "token", "user_id"];
/** @internal {@link signingFields}.mpayCardBindVerify.request, on its own so a bundler can keep it alone. */
export declare const mpayCardBindVerifyRequestSigningFields: readonly ["no_order", "oid_partner", "sign_type", "token", "user_id", "verify_code"];
declare const mpayCardBindVerifyResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const mpayCardBindVerifyResponseSuccessSigningFields: readonly ["card_no", "no_agree", "no_order", "oid_partner", "ret_code", "ret_msg", "sign_type", "user_id"];
/** @internal {@link signingFields}.cardBindQuery.request, on its own so a bundler can keep it alone. */
export declare const cardBindQueryRequestSigningFields: readonly ["card_no", "no_agree", "offset", "oid_partner", "pay_type", "platform", "sign_type", "user_id"];
declare const cardBindQueryResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const cardBindQueryResponseSuccessSigningFields: readonly ["agreement_list", "count", "oid_paybill", "ret_code", "ret_msg", "sign_type", "user_id"];
/** @internal {@link signingFields}.refundApply.request, on its own so a bundler can keep it alone. */
export declare const refundApplyRequestSigningFields: readonly ["dt_order", "dt_refund", "money_refund", "no_order", "no_refund", "notify_url", "oid_partner", "oid_paybill", "sign_type"];
declare const refundApplyResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const refundApplyResponseSuccessSigningFields: readonly ["dt_refund", "exchange_bankcode", "money_foreign_refund", "money_refund", "no_refund", "oid_partner", "oid_refundno", "rate", "rate_id", "ret_code", "ret_msg", "settle_date", "sign_type", "sta_refund"];
/** @internal {@link signingFields}.refundQuery.request, on its own so a bundler can keep it alone. */
export declare const refundQueryRequestSigningFields: readonly ["dt_refund", "no_refund", "oid_partner", "sign_type"];
declare const refundQueryResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const refundQueryResponseSuccessSigningFields: readonly ["dt_refund", "exchange_bankcode", "money_foreign_refund", "money_refund", "no_refund", "oid_partner", "oid_refundno", "rate", "rate_id", "ret_code", "ret_msg", "settle_date", "sign_type", "sta_refund"];
/** @internal {@link signingFields}.cardBinQuery.request, on its own so a bundler can keep it alone. */
export declare const cardBinQueryRequestSigningFields: readonly ["api_version", "card_no", "oid_partner", "sign_type"];
declare const cardBinQueryResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const cardBinQueryResponseSuccessSigningFields: readonly ["bank_code", "bank_name", "card_no", "card_type", "ret_code", "ret_msg", "sign_type"];
/** @internal {@link signingFields}.preauthCapture.request, on its own so a bundler can keep it alone. */
export declare const preauthCaptureRequestSigningFields: readonly ["api_version", "dt_order", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "platform", "risk_item", "sign_type", "user_id"];
declare const preauthCaptureResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const preauthCaptureResponseSuccessSigningFields: readonly ["dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "ret_code", "ret_msg", "settle_date", "sign_type", "user_id"];
/** @internal {@link signingFields}.preauthCancel.request, on its own so a bundler can keep it alone. */
export declare const preauthCancelRequestSigningFields: readonly ["api_version", "dt_order", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "platform", "sign_type", "user_id"];
declare const preauthCancelResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const preauthCancelResponseSuccessSigningFields: readonly ["dt_order", "no_order", "oid_partner", "oid_paybill", "ret_code", "ret_msg", "sign_type", "user_id"];
/** @internal {@link signingFields}.preauthQuery.request, on its own so a bundler can keep it alone. */
export declare const preauthQueryRequestSigningFields: readonly ["api_version", "dt_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "platform", "sign_type"];
declare const preauthQueryResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const preauthQueryResponseStatusSigningFields: readonly ["dt_order", "money_order", "no_order", "oid_partner", "oid_paybill", "ret_code", "ret_msg", "sign_type", "user_id"];
/** @internal {@link signingFields}.exchangeApply.request, on its own so a bundler can keep it alone. */
export declare const exchangeApplyRequestSigningFields: readonly ["acct_name", "api_version", "bind_mob", "busi_partner", "card_no", "currency_order", "currency_settle", "cvv2", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "pay_type", "platform", "risk_item", "sign_type", "time_stamp", "user_id", "vali_date", "valid_order"];
declare const exchangeApplyResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const exchangeApplyResponseSuccessSigningFields: readonly ["currency_order", "dt_order", "money_order", "no_order", "oid_partner", "oid_paybill", "result_pay", "ret_code", "ret_msg", "sign_type", "token"];
declare const exchangeApplyResponsePaidSigningFields: readonly ["currency_order", "currency_pay", "currency_settle", "dt_order", "exchange_rate", "info_order", "money_order", "money_pay", "money_settle", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
/** @internal {@link signingFields}.exchangeVerify.request, on its own so a bundler can keep it alone. */
export declare const exchangeVerifyRequestSigningFields: readonly ["api_version", "no_order", "oid_partner", "sign_type", "time_stamp", "token", "user_id", "verify_code"];
declare const exchangeVerifyResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const exchangeVerifyResponseSuccessSigningFields: readonly ["bank_code", "currency_order", "currency_pay", "currency_settle", "dt_order", "exchange_rate", "info_order", "money_order", "money_pay", "money_settle", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
declare const exchangeVerifyResponsePaidSigningFields: readonly ["bank_code", "currency_order", "currency_pay", "currency_settle", "dt_order", "exchange_rate", "info_order", "money_order", "money_pay", "money_settle", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
/** @internal {@link signingFields}.exchangeQuery.request, on its own so a bundler can keep it alone. */
export declare const exchangeQueryRequestSigningFields: readonly ["no_order", "oid_partner", "oid_paybill", "sign_type"];
declare const exchangeQueryResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const exchangeQueryResponseSuccessSigningFields: readonly ["currency_order", "dt_order", "memo", "money_order", "no_order", "oid_partner", "oid_paybill", "result_pay", "ret_code", "ret_msg", "sign_type"];
declare const exchangeQueryResponsePaidSigningFields: readonly ["bank_code", "currency_order", "currency_pay", "currency_settle", "dt_order", "exchange_rate", "info_order", "memo", "money_order", "money_pay", "money_settle", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
/** @internal {@link signingFields}.aggregateQuery.request, on its own so a bundler can keep it alone. */
export declare const aggregateQueryRequestSigningFields: readonly ["dt_order", "no_order", "oid_partner", "oid_paybill", "query_version", "sign_type", "user_id"];
declare const aggregateQueryResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const aggregateQueryResponseSuccessSigningFields: readonly ["bank_code", "bank_name", "dt_order", "info_order", "memo", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
declare const aggregateQueryResponsePaidSigningFields: readonly ["bank_code", "bank_name", "dt_order", "info_order", "memo", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
/** @internal {@link signingFields}.aggregatePay.request, on its own so a bundler can keep it alone. */
export declare const aggregatePayRequestSigningFields: readonly ["appid", "busi_partner", "col_oidpartner", "col_userid", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "name_user", "no_order", "notify_url", "oid_partner", "openid", "pay_type", "return_url", "risk_item", "shareing_data", "sign_type", "user_id"];
declare const aggregatePayResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const aggregatePayResponseSuccessSigningFields: readonly ["info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "payLoad", "ret_code", "ret_msg", "sign_type", "user_id"];
/** @internal {@link signingFields}.aggregateWeb.request, on its own so a bundler can keep it alone. */
export declare const aggregateWebRequestSigningFields: readonly ["acct_name", "bank_code", "busi_partner", "buyer_confirm_valid", "col_oidpartner", "col_userid", "dt_order", "id_no", "info_order", "money_order", "name_goods", "no_order", "notify_url", "oid_partner", "pay_type", "risk_item", "secured_partner", "seller_send_valid", "shareing_data", "sign_type", "timestamp", "url_order", "url_return", "user_id", "userreq_ip", "valid_order", "version"];
/** @internal {@link signingFields}.mpayQuery.request, on its own so a bundler can keep it alone. */
export declare const mpayQueryRequestSigningFields: readonly ["dt_order", "no_order", "oid_partner", "oid_paybill", "query_version", "sign_type"];
declare const mpayQueryResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const mpayQueryResponseSuccessSigningFields: readonly ["bank_code", "bank_name", "card_no", "dt_order", "info_order", "memo", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
declare const mpayQueryResponsePaidSigningFields: readonly ["bank_code", "bank_name", "card_no", "dt_order", "info_order", "memo", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
/** @internal {@link signingFields}.easypayQuery.request, on its own so a bundler can keep it alone. */
export declare const easypayQueryRequestSigningFields: readonly ["dt_order", "no_order", "oid_partner", "oid_paybill", "query_version", "sign_type"];
declare const easypayQueryResponseFailureSigningFields: readonly ["ret_code", "ret_msg"];
declare const easypayQueryResponseSuccessSigningFields: readonly ["bank_code", "bank_name", "card_no", "dt_order", "info_order", "memo", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
declare const easypayQueryResponsePaidSigningFields: readonly ["bank_code", "bank_name", "card_no", "dt_order", "info_order", "memo", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
/** @internal {@link signingFields}.unifiedCreateBill.request, on its own so a bundler can keep it alone. */
export declare const unifiedCreateBillRequestSigningFields: readonly ["acct_name", "api_version", "back_url", "bank_code", "bind_mob", "busi_partner", "card_no", "card_type", "dt_order", "flag_chnl", "flag_pay_product", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "platform", "risk_item", "shareing_data", "sign_type", "time_stamp", "url_return", "user_id", "userreq_ip", "valid_order"];
declare const unifiedCreateBillResponseFailureSigningFields: readonly ["ret_code", "ret_msg", "sign_type"];
declare const unifiedCreateBillResponseSuccessSigningFields: readonly ["dt_order", "gateway_url", "money_order", "no_order", "oid_partner", "oid_paybill", "ret_code", "ret_msg", "sign_type", "token", "user_id"];
/** @internal {@link signingFields}.easypayH5Payment.request, on its own so a bundler can keep it alone. */
export declare const easypayH5PaymentRequestSigningFields: readonly ["acct_name", "app_request", "back_url", "bg_color", "busi_partner", "card_no", "dt_order", "font_color", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "pay_type", "platform", "risk_item", "sign_type", "syschnotify_flag", "timestamp", "url_return", "user_id", "valid_order", "version"];
/** @internal {@link signingFields}.webPaymentReturn.notification, on its own so a bundler can keep it alone. */
export declare const webPaymentReturnNotificationSigningFields: readonly ["bank_code", "dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
/** @internal {@link signingFields}.easypayH5Return.notification, on its own so a bundler can keep it alone. */
export declare const easypayH5ReturnNotificationSigningFields: readonly ["dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "result_pay", "settle_date", "sign_type"];
/** @internal {@link signingFields}.webPaymentNotify.notification, on its own so a bundler can keep it alone. */
export declare const webPaymentNotifyNotificationSigningFields: readonly ["bank_code", "dt_order", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "settle_date", "sign_type"];
/** @internal {@link signingFields}.instantPayNotify.notification, on its own so a bundler can keep it alone. */
export declare const instantPayNotifyNotificationSigningFields: readonly ["dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "result_pay", "settle_date", "sign_type"];
/** @internal {@link signingFields}.refundNotify.notification, on its own so a bundler can keep it alone. */
export declare const refundNotifyNotificationSigningFields: readonly ["dt_refund", "exchange_bankcode", "money_foreign_refund", "money_refund", "no_refund", "oid_partner", "oid_refundno", "rate", "rate_id", "ret_code", "ret_msg", "settle_date", "sign_type", "sta_refund"];
/** @internal {@link signingFields}.exchangeNotify.notification, on its own so a bundler can keep it alone. */
export declare const exchangeNotifyNotificationSigningFields: readonly ["bank_code", "currency_order", "currency_pay", "currency_settle", "dt_order", "exchange_rate", "info_order", "money_order", "money_pay", "money_settle", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
/** @internal {@link signingFields}.aggregateNotify.notification, on its own so a bundler can keep it alone. */
export declare const aggregateNotifyNotificationSigningFields: readonly ["bank_code", "dt_order", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "settle_date", "sign_type"];
/** @internal {@link signingFields}.aggregateWebReturn.notification, on its own so a bundler can keep it alone. */
export declare const aggregateWebReturnNotificationSigningFields: readonly ["bank_code", "dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "settle_date", "sign_type"];
/** @internal {@link signingFields}.onlineBankingNotify.notification, on its own so a bundler can keep it alone. */
export declare const onlineBankingNotifyNotificationSigningFields: readonly ["bank_code", "dt_order", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "settle_date", "sign_type"];
/** @internal {@link signingFields}.mpayNotify.notification, on its own so a bundler can keep it alone. */
export declare const mpayNotifyNotificationSigningFields: readonly ["acct_name", "bank_code", "card_no", "dt_order", "id_no", "id_type", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "settle_date", "sign_type"];
/** @internal {@link signingFields}.easypayNotify.notification, on its own so a bundler can keep it alone. */
export declare const easypayNotifyNotificationSigningFields: readonly ["bank_code", "dt_order", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "settle_date", "sign_type"];
/** The type of {@link signingFields}. */
export type SigningFields = {
    readonly mpayVerify: {
        readonly request: typeof mpayVerifyRequestSigningFields;
        readonly response: {
            readonly failure: typeof mpayVerifyResponseFailureSigningFields;
            readonly success: typeof mpayVerifyResponseSuccessSigningFields;
            readonly paid: typeof mpayVerifyResponsePaidSigningFields;
        };
    };
    readonly mpayApply: {
        readonly request: typeof mpayApplyRequestSigningFields;
        readonly response: {
            readonly failure: typeof mpayApplyResponseFailureSigningFields;
            readonly success: typeof mpayApplyResponseSuccessSigningFields;
            readonly paid: typeof mpayApplyResponsePaidSigningFields;
        };
    };
    readonly easypayApply: {
        readonly request: typeof easypayApplyRequestSigningFields;
        readonly response: {
            readonly failure: typeof easypayApplyResponseFailureSigningFields;
            readonly success: typeof easypayApplyResponseSuccessSigningFields;
            readonly paid: typeof easypayApplyResponsePaidSigningFields;
        };
    };
    readonly easypayVerify: {
        readonly request: typeof easypayVerifyRequestSigningFields;
        readonly response: {
            readonly failure: typeof easypayVerifyResponseFailureSigningFields;
            readonly success: typeof easypayVerifyResponseSuccessSigningFields;
            readonly paid: typeof easypayVerifyResponsePaidSigningFields;
        };
    };
    readonly instantPayConfirm: {
        readonly request: typeof instantPayConfirmRequestSigningFields;
        readonly response: {
            readonly failure: typeof instantPayConfirmResponseFailureSigningFields;
            readonly success: typeof instantPayConfirmResponseSuccessSigningFields;
        };
    };
    readonly instantPayApply: {
        readonly request: typeof instantPayApplyRequestSigningFields;
        readonly response: {
            readonly failure: typeof instantPayApplyResponseFailureSigningFields;
            readonly held: typeof instantPayApplyResponseHeldSigningFields;
            readonly success: typeof instantPayApplyResponseSuccessSigningFields;
        };
    };
    readonly instantPayQuery: {
        readonly request: typeof instantPayQueryRequestSigningFields;
        readonly response: {
            readonly failure: typeof instantPayQueryResponseFailureSigningFields;
            readonly success: typeof instantPayQueryResponseSuccessSigningFields;
            readonly paid: typeof instantPayQueryResponsePaidSigningFields;
        };
    };
    readonly balanceQuery: {
        readonly request: typeof balanceQueryRequestSigningFields;
        readonly response: {
            readonly failure: typeof balanceQueryResponseFailureSigningFields;
            readonly success: typeof balanceQueryResponseSuccessSigningFields;
        };
    };
    readonly webPayment: {
        readonly request: typeof webPaymentRequestSigningFields;
    };
    readonly onlineBankingPayment: {
        readonly request: typeof onlineBankingPaymentRequestSigningFields;
    };
    readonly cardBindApply: {
        readonly request: typeof cardBindApplyRequestSigningFields;
        readonly response: {
            readonly failure: typeof cardBindApplyResponseFailureSigningFields;
            readonly success: typeof cardBindApplyResponseSuccessSigningFields;
        };
    };
    readonly cardBindVerify: {
        readonly request: typeof cardBindVerifyRequestSigningFields;
        readonly response: {
            readonly failure: typeof cardBindVerifyResponseFailureSigningFields;
            readonly success: typeof cardBindVerifyResponseSuccessSigningFields;
        };
    };
    readonly cardUnbind: {
        readonly request: typeof cardUnbindRequestSigningFields;
        readonly response: {
            readonly failure: typeof cardUnbindResponseFailureSigningFields;
            readonly success: typeof cardUnbindResponseSuccessSigningFields;
        };
    };
    readonly mpayCardBindApply: {
        readonly request: typeof mpayCardBindApplyRequestSigningFields;
        readonly response: {
            readonly failure: typeof mpayCardBindApplyResponseFailureSigningFields;
            readonly success: typeof mpayCardBindApplyResponseSuccessSigningFields;
        };
    };
    readonly mpayCardBindVerify: {
        readonly request: typeof mpayCardBindVerifyRequestSigningFields;
        readonly response: {
            readonly failure: typeof mpayCardBindVerifyResponseFailureSigningFields;
            readonly success: typeof mpayCardBindVerifyResponseSuccessSigningFields;
        };
    };
    readonly cardBindQuery: {
        readonly request: typeof cardBindQueryRequestSigningFields;
        readonly response: {
            readonly failure: typeof cardBindQueryResponseFailureSigningFields;
            readonly success: typeof cardBindQueryResponseSuccessSigningFields;
        };
    };
    readonly refundApply: {
        readonly request: typeof refundApplyRequestSigningFields;
        readonly response: {
            readonly failure: typeof refundApplyResponseFailureSigningFields;
            readonly success: typeof refundApplyResponseSuccessSigningFields;
        };
    };
    readonly refundQuery: {
        readonly request: typeof refundQueryRequestSigningFields;
        readonly response: {
            readonly failure: typeof refundQueryResponseFailureSigningFields;
            readonly success: typeof refundQueryResponseSuccessSigningFields;
        };
    };
    readonly cardBinQuery: {
        readonly request: typeof cardBinQueryRequestSigningFields;
        readonly response: {
            readonly failure: typeof cardBinQueryResponseFailureSigningFields;
            readonly success: typeof cardBinQueryResponseSuccessSigningFields;
        };
    };
    readonly preauthCapture: {
        readonly request: typeof preauthCaptureRequestSigningFields;
        readonly response: {
            readonly failure: typeof preauthCaptureResponseFailureSigningFields;
            readonly success: typeof preauthCaptureResponseSuccessSigningFields;
        };
    };
    readonly preauthCancel: {
        readonly request: typeof preauthCancelRequestSigningFields;
        readonly response: {
            readonly failure: typeof preauthCancelResponseFailureSigningFields;
            readonly success: typeof preauthCancelResponseSuccessSigningFields;
        };
    };
    readonly preauthQuery: {
        readonly request: typeof preauthQueryRequestSigningFields;
        readonly response: {
            readonly failure: typeof preauthQueryResponseFailureSigningFields;
            readonly status: typeof preauthQueryResponseStatusSigningFields;
        };
    };
    readonly exchangeApply: {
        readonly request: typeof exchangeApplyRequestSigningFields;
        readonly response: {
            readonly failure: typeof exchangeApplyResponseFailureSigningFields;
            readonly success: typeof exchangeApplyResponseSuccessSigningFields;
            readonly paid: typeof exchangeApplyResponsePaidSigningFields;
        };
    };
    readonly exchangeVerify: {
        readonly request: typeof exchangeVerifyRequestSigningFields;
        readonly response: {
            readonly failure: typeof exchangeVerifyResponseFailureSigningFields;
            readonly success: typeof exchangeVerifyResponseSuccessSigningFields;
            readonly paid: typeof exchangeVerifyResponsePaidSigningFields;
        };
    };
    readonly exchangeQuery: {
        readonly request: typeof exchangeQueryRequestSigningFields;
        readonly response: {
            readonly failure: typeof exchangeQueryResponseFailureSigningFields;
            readonly success: typeof exchangeQueryResponseSuccessSigningFields;
            readonly paid: typeof exchangeQueryResponsePaidSigningFields;
        };
    };
    readonly aggregateQuery: {
        readonly request: typeof aggregateQueryRequestSigningFields;
        readonly response: {
            readonly failure: typeof aggregateQueryResponseFailureSigningFields;
            readonly success: typeof aggregateQueryResponseSuccessSigningFields;
            readonly paid: typeof aggregateQueryResponsePaidSigningFields;
        };
    };
    readonly aggregatePay: {
        readonly request: typeof aggregatePayRequestSigningFields;
        readonly response: {
            readonly failure: typeof aggregatePayResponseFailureSigningFields;
            readonly success: typeof aggregatePayResponseSuccessSigningFields;
        };
    };
    readonly aggregateWeb: {
        readonly request: typeof aggregateWebRequestSigningFields;
    };
    readonly mpayQuery: {
        readonly request: typeof mpayQueryRequestSigningFields;
        readonly response: {
            readonly failure: typeof mpayQueryResponseFailureSigningFields;
            readonly success: typeof mpayQueryResponseSuccessSigningFields;
            readonly paid: typeof mpayQueryResponsePaidSigningFields;
        };
    };
    readonly easypayQuery: {
        readonly request: typeof easypayQueryRequestSigningFields;
        readonly response: {
            readonly failure: typeof easypayQueryResponseFailureSigningFields;
            readonly success: typeof easypayQueryResponseSuccessSigningFields;
            readonly paid: typeof easypayQueryResponsePaidSigningFields;
        };
    };
    readonly unifiedCreateBill: {
        readonly request: typeof unifiedCreateBillRequestSigningFields;
        readonly response: {
            readonly failure: typeof unifiedCreateBillResponseFailureSigningFields;
            readonly success: typeof unifiedCreateBillResponseSuccessSigningFields;
        };
    };
    readonly easypayH5Payment: {
        readonly request: typeof easypayH5PaymentRequestSigningFields;
    };
    readonly webPaymentReturn: {
        readonly notification: typeof webPaymentReturnNotificationSigningFields;
    };
    readonly easypayH5Return: {
        readonly notification: typeof easypayH5ReturnNotificationSigningFields;
    };
    readonly webPaymentNotify: {
        readonly notification: typeof webPaymentNotifyNotificationSigningFields;
    };
    readonly instantPayNotify: {
        readonly notification: typeof instantPayNotifyNotificationSigningFields;
    };
    readonly refundNotify: {
        readonly notification: typeof refundNotifyNotificationSigningFields;
    };
    readonly exchangeNotify: {
        readonly notification: typeof exchangeNotifyNotificationSigningFields;
    };
    readonly aggregateNotify: {
        readonly notification: typeof aggregateNotifyNotificationSigningFields;
    };
    readonly aggregateWebReturn: {
        readonly notification: typeof aggregateWebReturnNotificationSigningFields;
    };
    readonly onlineBankingNotify: {
        readonly notification: typeof onlineBankingNotifyNotificationSigningFields;
    };
    readonly mpayNotify: {
        readonly notification: typeof mpayNotifyNotificationSigningFields;
    };
    readonly easypayNotify: {
        readonly notification: typeof easypayNotifyNotificationSigningFields;
    };
};
/**
 * The fields that take part in each message's signature, already in signing order: ascending
 * byte order of the keys, without `sign`.
 * A signer walks the list and skips absent or empty fields, so nothing is sorted at run time.
 * The lists are frozen: a signer may then check an ordering once and trust it afterwards.
 */
export declare const signingFields: SigningFields;
/**
 * Per signed request, its fields whose schema is `format: uri`, in signing order. Requests are
 * closed, so a signer (and the sandbox) applies the closed sign-source rule: a URL's query string
 * may contain `&name=` unless `name` is a field of that request or `sign`; every other value may
 * not contain `&name=` at all (spec/guides/signing.md, "Why a value may not contain `&name=`").
 */
/** @internal {@link signingUriFields}.mpayVerify, on its own so a bundler can keep it alone. */
export declare const mpayVerifySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.mpayApply, on its own so a bundler can keep it alone. */
export declare const mpayApplySigningUriFields: readonly ["notify_url"];
/** @internal {@link signingUriFields}.easypayApply, on its own so a bundler can keep it alone. */
export declare const easypayApplySigningUriFields: readonly ["notify_url"];
/** @internal {@link signingUriFields}.easypayVerify, on its own so a bundler can keep it alone. */
export declare const easypayVerifySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.instantPayConfirm, on its own so a bundler can keep it alone. */
export declare const instantPayConfirmSigningUriFields: readonly ["notify_url"];
/** @internal {@link signingUriFields}.instantPayApply, on its own so a bundler can keep it alone. */
export declare const instantPayApplySigningUriFields: readonly ["notify_url"];
/** @internal {@link signingUriFields}.instantPayQuery, on its own so a bundler can keep it alone. */
export declare const instantPayQuerySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.balanceQuery, on its own so a bundler can keep it alone. */
export declare const balanceQuerySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.webPayment, on its own so a bundler can keep it alone. */
export declare const webPaymentSigningUriFields: readonly ["back_url", "notify_url", "url_order", "url_return"];
/** @internal {@link signingUriFields}.onlineBankingPayment, on its own so a bundler can keep it alone. */
export declare const onlineBankingPaymentSigningUriFields: readonly ["notify_url", "url_order", "url_return"];
/** @internal {@link signingUriFields}.cardBindApply, on its own so a bundler can keep it alone. */
export declare const cardBindApplySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.cardBindVerify, on its own so a bundler can keep it alone. */
export declare const cardBindVerifySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.cardUnbind, on its own so a bundler can keep it alone. */
export declare const cardUnbindSigningUriFields: readonly [];
/** @internal {@link signingUriFields}.mpayCardBindApply, on its own so a bundler can keep it alone. */
export declare const mpayCardBindApplySigningUriFields: readonly ["notify_url"];
/** @internal {@link signingUriFields}.mpayCardBindVerify, on its own so a bundler can keep it alone. */
export declare const mpayCardBindVerifySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.cardBindQuery, on its own so a bundler can keep it alone. */
export declare const cardBindQuerySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.refundApply, on its own so a bundler can keep it alone. */
export declare const refundApplySigningUriFields: readonly ["notify_url"];
/** @internal {@link signingUriFields}.refundQuery, on its own so a bundler can keep it alone. */
export declare const refundQuerySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.cardBinQuery, on its own so a bundler can keep it alone. */
export declare const cardBinQuerySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.preauthCapture, on its own so a bundler can keep it alone. */
export declare const preauthCaptureSigningUriFields: readonly [];
/** @internal {@link signingUriFields}.preauthCancel, on its own so a bundler can keep it alone. */
export declare const preauthCancelSigningUriFields: readonly [];
/** @internal {@link signingUriFields}.preauthQuery, on its own so a bundler can keep it alone. */
export declare const preauthQuerySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.exchangeApply, on its own so a bundler can keep it alone. */
export declare const exchangeApplySigningUriFields: readonly ["notify_url"];
/** @internal {@link signingUriFields}.exchangeVerify, on its own so a bundler can keep it alone. */
export declare const exchangeVerifySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.exchangeQuery, on its own so a bundler can keep it alone. */
export declare const exchangeQuerySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.aggregateQuery, on its own so a bundler can keep it alone. */
export declare const aggregateQuerySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.aggregatePay, on its own so a bundler can keep it alone. */
export declare const aggregatePaySigningUriFields: readonly ["notify_url", "return_url"];
/** @internal {@link signingUriFields}.aggregateWeb, on its own so a bundler can keep it alone. */
export declare const aggregateWebSigningUriFields: readonly ["notify_url", "url_order", "url_return"];
/** @internal {@link signingUriFields}.mpayQuery, on its own so a bundler can keep it alone. */
export declare const mpayQuerySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.easypayQuery, on its own so a bundler can keep it alone. */
export declare const easypayQuerySigningUriFields: readonly [];
/** @internal {@link signingUriFields}.unifiedCreateBill, on its own so a bundler can keep it alone. */
export declare const unifiedCreateBillSigningUriFields: readonly ["back_url", "notify_url", "url_return"];
/** @internal {@link signingUriFields}.easypayH5Payment, on its own so a bundler can keep it alone. */
export declare const easypayH5PaymentSigningUriFields: readonly ["back_url", "notify_url", "url_return"];
/** The type of {@link signingUriFields}. */
export type SigningUriFields = {
    readonly mpayVerify: typeof mpayVerifySigningUriFields;
    readonly mpayApply: typeof mpayApplySigningUriFields;
    readonly easypayApply: typeof easypayApplySigningUriFields;
    readonly easypayVerify: typeof easypayVerifySigningUriFields;
    readonly instantPayConfirm: typeof instantPayConfirmSigningUriFields;
    readonly instantPayApply: typeof instantPayApplySigningUriFields;
    readonly instantPayQuery: typeof instantPayQuerySigningUriFields;
    readonly balanceQuery: typeof balanceQuerySigningUriFields;
    readonly webPayment: typeof webPaymentSigningUriFields;
    readonly onlineBankingPayment: typeof onlineBankingPaymentSigningUriFields;
    readonly cardBindApply: typeof cardBindApplySigningUriFields;
    readonly cardBindVerify: typeof cardBindVerifySigningUriFields;
    readonly cardUnbind: typeof cardUnbindSigningUriFields;
    readonly mpayCardBindApply: typeof mpayCardBindApplySigningUriFields;
    readonly mpayCardBindVerify: typeof mpayCardBindVerifySigningUriFields;
    readonly cardBindQuery: typeof cardBindQuerySigningUriFields;
    readonly refundApply: typeof refundApplySigningUriFields;
    readonly refundQuery: typeof refundQuerySigningUriFields;
    readonly cardBinQuery: typeof cardBinQuerySigningUriFields;
    readonly preauthCapture: typeof preauthCaptureSigningUriFields;
    readonly preauthCancel: typeof preauthCancelSigningUriFields;
    readonly preauthQuery: typeof preauthQuerySigningUriFields;
    readonly exchangeApply: typeof exchangeApplySigningUriFields;
    readonly exchangeVerify: typeof exchangeVerifySigningUriFields;
    readonly exchangeQuery: typeof exchangeQuerySigningUriFields;
    readonly aggregateQuery: typeof aggregateQuerySigningUriFields;
    readonly aggregatePay: typeof aggregatePaySigningUriFields;
    readonly aggregateWeb: typeof aggregateWebSigningUriFields;
    readonly mpayQuery: typeof mpayQuerySigningUriFields;
    readonly easypayQuery: typeof easypayQuerySigningUriFields;
    readonly unifiedCreateBill: typeof unifiedCreateBillSigningUriFields;
    readonly easypayH5Payment: typeof easypayH5PaymentSigningUriFields;
};
export declare const signingUriFields: SigningUriFields;
export {};
