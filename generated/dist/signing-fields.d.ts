/** @internal {@link signingFields}.mpayVerify.request, on its own so a bundler can keep it alone. */
export declare const mpayVerifyRequestSigningFields: readonly ["money_order", "no_order", "oid_partner", "sign_type", "token", "verify_code"];
/** @internal {@link signingFields}.mpayApply.request, on its own so a bundler can keep it alone. */
export declare const mpayApplyRequestSigningFields: readonly ["acct_name", "bank_code", "bind_mob", "busi_partner", "card_no", "cvv2", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "pay_type", "risk_item", "sign_type", "user_id", "vali_date", "valid_order"];
/** @internal {@link signingFields}.easypayApply.request, on its own so a bundler can keep it alone. */
export declare const easypayApplyRequestSigningFields: readonly ["acct_name", "api_version", "bank_code", "bind_mob", "busi_partner", "card_no", "client_chnl", "cvv2", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "pay_type", "platform", "risk_item", "sign_type", "user_id", "vali_date", "valid_order"];
/** @internal {@link signingFields}.easypayVerify.request, on its own so a bundler can keep it alone. */
export declare const easypayVerifyRequestSigningFields: readonly ["dt_order", "money_order", "no_order", "oid_partner", "sign_type", "token", "verify_code"];
/** @internal {@link signingFields}.instantPayConfirm.request, on its own so a bundler can keep it alone. */
export declare const instantPayConfirmRequestSigningFields: readonly ["api_version", "confirm_code", "no_order", "notify_url", "oid_partner", "sign_type"];
/** @internal {@link signingFields}.instantPayApply.request, on its own so a bundler can keep it alone. */
export declare const instantPayApplyRequestSigningFields: readonly ["acct_name", "api_version", "bank_code", "card_no", "dt_order", "flag_card", "info_order", "memo", "money_order", "no_order", "notify_url", "oid_partner", "sign_type"];
/** @internal {@link signingFields}.instantPayQuery.request, on its own so a bundler can keep it alone. */
export declare const instantPayQueryRequestSigningFields: readonly ["api_version", "no_order", "oid_partner", "oid_paybill", "query_version", "sign_type"];
/** @internal {@link signingFields}.balanceQuery.request, on its own so a bundler can keep it alone. */
export declare const balanceQueryRequestSigningFields: readonly ["api_version", "oid_partner", "sign_type"];
/** @internal {@link signingFields}.webPayment.request, on its own so a bundler can keep it alone. */
export declare const webPaymentRequestSigningFields: readonly ["acct_name", "back_url", "busi_partner", "card_no", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "pay_type", "platform", "risk_item", "sign_type", "timestamp", "url_order", "url_return", "user_id", "userreq_ip", "valid_order", "version"];
/** @internal {@link signingFields}.onlineBankingPayment.request, on its own so a bundler can keep it alone. */
export declare const onlineBankingPaymentRequestSigningFields: readonly ["bank_code", "busi_partner", "charset_name", "dt_order", "info_order", "money_order", "name_goods", "no_order", "notify_url", "oid_partner", "pay_type", "risk_item", "sign_type", "timestamp", "url_order", "url_return", "user_id", "userreq_ip", "valid_order", "version"];
/** @internal {@link signingFields}.cardBindApply.request, on its own so a bundler can keep it alone. */
export declare const cardBindApplyRequestSigningFields: readonly ["acct_name", "api_version", "bind_mob", "card_no", "cvv2", "id_no", "id_type", "oid_partner", "pay_type", "platform", "risk_item", "sign_type", "user_id", "vali_date"];
/** @internal {@link signingFields}.cardBindVerify.request, on its own so a bundler can keep it alone. */
export declare const cardBindVerifyRequestSigningFields: readonly ["oid_partner", "sign_type", "token", "user_id", "verify_code"];
/** @internal {@link signingFields}.cardUnbind.request, on its own so a bundler can keep it alone. */
export declare const cardUnbindRequestSigningFields: readonly ["no_agree", "oid_partner", "pay_type", "platform", "sign_type", "user_id"];
/** @internal {@link signingFields}.mpayCardBindApply.request, on its own so a bundler can keep it alone. */
export declare const mpayCardBindApplyRequestSigningFields: readonly ["acct_name", "api_version", "bind_mob", "card_no", "cvv2", "dt_order", "id_no", "id_type", "no_order", "notify_url", "oid_partner", "pay_type", "risk_item", "sign_type", "user_id", "vali_date"];
/** @internal {@link signingFields}.mpayCardBindVerify.request, on its own so a bundler can keep it alone. */
export declare const mpayCardBindVerifyRequestSigningFields: readonly ["no_order", "oid_partner", "sign_type", "token", "user_id", "verify_code"];
/** @internal {@link signingFields}.cardBindQuery.request, on its own so a bundler can keep it alone. */
export declare const cardBindQueryRequestSigningFields: readonly ["card_no", "no_agree", "offset", "oid_partner", "pay_type", "platform", "sign_type", "user_id"];
/** @internal {@link signingFields}.refundApply.request, on its own so a bundler can keep it alone. */
export declare const refundApplyRequestSigningFields: readonly ["dt_order", "dt_refund", "money_refund", "no_order", "no_refund", "notify_url", "oid_partner", "oid_paybill", "sign_type"];
/** @internal {@link signingFields}.refundQuery.request, on its own so a bundler can keep it alone. */
export declare const refundQueryRequestSigningFields: readonly ["dt_refund", "no_refund", "oid_partner", "sign_type"];
/** @internal {@link signingFields}.cardBinQuery.request, on its own so a bundler can keep it alone. */
export declare const cardBinQueryRequestSigningFields: readonly ["api_version", "card_no", "oid_partner", "sign_type"];
/** @internal {@link signingFields}.preauthCapture.request, on its own so a bundler can keep it alone. */
export declare const preauthCaptureRequestSigningFields: readonly ["api_version", "dt_order", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "platform", "risk_item", "sign_type", "user_id"];
/** @internal {@link signingFields}.preauthCancel.request, on its own so a bundler can keep it alone. */
export declare const preauthCancelRequestSigningFields: readonly ["api_version", "dt_order", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "platform", "sign_type", "user_id"];
/** @internal {@link signingFields}.preauthQuery.request, on its own so a bundler can keep it alone. */
export declare const preauthQueryRequestSigningFields: readonly ["api_version", "dt_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "platform", "sign_type"];
/** @internal {@link signingFields}.exchangeApply.request, on its own so a bundler can keep it alone. */
export declare const exchangeApplyRequestSigningFields: readonly ["acct_name", "api_version", "bind_mob", "busi_partner", "card_no", "currency_order", "currency_settle", "cvv2", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "pay_type", "platform", "risk_item", "sign_type", "time_stamp", "user_id", "vali_date", "valid_order"];
/** @internal {@link signingFields}.exchangeVerify.request, on its own so a bundler can keep it alone. */
export declare const exchangeVerifyRequestSigningFields: readonly ["api_version", "no_order", "oid_partner", "sign_type", "time_stamp", "token", "user_id", "verify_code"];
/** @internal {@link signingFields}.exchangeQuery.request, on its own so a bundler can keep it alone. */
export declare const exchangeQueryRequestSigningFields: readonly ["no_order", "oid_partner", "oid_paybill", "sign_type"];
/** @internal {@link signingFields}.aggregateQuery.request, on its own so a bundler can keep it alone. */
export declare const aggregateQueryRequestSigningFields: readonly ["dt_order", "no_order", "oid_partner", "oid_paybill", "query_version", "sign_type", "user_id"];
/** @internal {@link signingFields}.aggregatePay.request, on its own so a bundler can keep it alone. */
export declare const aggregatePayRequestSigningFields: readonly ["appid", "busi_partner", "col_oidpartner", "col_userid", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "name_user", "no_order", "notify_url", "oid_partner", "openid", "pay_type", "return_url", "risk_item", "shareing_data", "sign_type", "user_id"];
/** @internal {@link signingFields}.aggregateWeb.request, on its own so a bundler can keep it alone. */
export declare const aggregateWebRequestSigningFields: readonly ["acct_name", "bank_code", "busi_partner", "buyer_confirm_valid", "col_oidpartner", "col_userid", "dt_order", "id_no", "info_order", "money_order", "name_goods", "no_order", "notify_url", "oid_partner", "pay_type", "risk_item", "secured_partner", "seller_send_valid", "shareing_data", "sign_type", "timestamp", "url_order", "url_return", "user_id", "userreq_ip", "valid_order", "version"];
/** @internal {@link signingFields}.mpayQuery.request, on its own so a bundler can keep it alone. */
export declare const mpayQueryRequestSigningFields: readonly ["dt_order", "no_order", "oid_partner", "oid_paybill", "query_version", "sign_type"];
/** @internal {@link signingFields}.easypayQuery.request, on its own so a bundler can keep it alone. */
export declare const easypayQueryRequestSigningFields: readonly ["dt_order", "no_order", "oid_partner", "oid_paybill", "query_version", "sign_type"];
/** @internal {@link signingFields}.unifiedCreateBill.request, on its own so a bundler can keep it alone. */
export declare const unifiedCreateBillRequestSigningFields: readonly ["acct_name", "api_version", "back_url", "bank_code", "bind_mob", "busi_partner", "card_no", "card_type", "dt_order", "flag_chnl", "flag_pay_product", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "platform", "risk_item", "shareing_data", "sign_type", "time_stamp", "url_return", "user_id", "userreq_ip", "valid_order"];
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
/**
 * The fields that take part in each message's signature, already in signing order: ascending
 * byte order of the keys, without `sign`.
 * A signer walks the list and skips absent or empty fields, so nothing is sorted at run time.
 * The lists are frozen: a signer may then check an ordering once and trust it afterwards.
 */
export declare const signingFields: {
    readonly mpayVerify: {
        readonly request: readonly ["money_order", "no_order", "oid_partner", "sign_type", "token", "verify_code"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["dt_order", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
            readonly paid: readonly ["dt_order", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
        };
    };
    readonly mpayApply: {
        readonly request: readonly ["acct_name", "bank_code", "bind_mob", "busi_partner", "card_no", "cvv2", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "pay_type", "risk_item", "sign_type", "user_id", "vali_date", "valid_order"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "ret_code", "ret_msg", "sign_type", "token"];
            readonly paid: readonly ["dt_order", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
        };
    };
    readonly easypayApply: {
        readonly request: readonly ["acct_name", "api_version", "bank_code", "bind_mob", "busi_partner", "card_no", "client_chnl", "cvv2", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "pay_type", "platform", "risk_item", "sign_type", "user_id", "vali_date", "valid_order"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["bank_code", "dt_order", "info_order", "money_order", "name_goods", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "sign_type", "token"];
            readonly paid: readonly ["bank_code", "dt_order", "info_order", "money_order", "name_goods", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
        };
    };
    readonly easypayVerify: {
        readonly request: readonly ["dt_order", "money_order", "no_order", "oid_partner", "sign_type", "token", "verify_code"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["bank_code", "currency_order", "dt_order", "info_order", "money_order", "name_goods", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
            readonly paid: readonly ["bank_code", "currency_order", "dt_order", "info_order", "money_order", "name_goods", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
        };
    };
    readonly instantPayConfirm: {
        readonly request: readonly ["api_version", "confirm_code", "no_order", "notify_url", "oid_partner", "sign_type"];
        readonly response: {
            readonly failure: readonly ["oid_partner", "ret_code", "ret_msg", "sign_type"];
            readonly success: readonly ["no_order", "oid_partner", "oid_paybill", "ret_code", "ret_msg", "sign_type"];
        };
    };
    readonly instantPayApply: {
        readonly request: readonly ["acct_name", "api_version", "bank_code", "card_no", "dt_order", "flag_card", "info_order", "memo", "money_order", "no_order", "notify_url", "oid_partner", "sign_type"];
        readonly response: {
            readonly failure: readonly ["no_order", "oid_partner", "ret_code", "ret_msg", "sign_type"];
            readonly held: readonly ["confirm_code", "no_order", "oid_partner", "ret_code", "ret_msg", "sign_type"];
            readonly success: readonly ["no_order", "oid_partner", "oid_paybill", "ret_code", "ret_msg", "sign_type"];
        };
    };
    readonly instantPayQuery: {
        readonly request: readonly ["api_version", "no_order", "oid_partner", "oid_paybill", "query_version", "sign_type"];
        readonly response: {
            readonly failure: readonly ["no_order", "oid_partner", "ret_code", "ret_msg", "sign_type"];
            readonly success: readonly ["dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
            readonly paid: readonly ["dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
        };
    };
    readonly balanceQuery: {
        readonly request: readonly ["api_version", "oid_partner", "sign_type"];
        readonly response: {
            readonly failure: readonly ["oid_partner", "ret_code", "ret_msg", "sign_type"];
            readonly success: readonly ["amt_balance", "amt_unsettle", "ret_code", "ret_msg", "sign_type"];
        };
    };
    readonly webPayment: {
        readonly request: readonly ["acct_name", "back_url", "busi_partner", "card_no", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "pay_type", "platform", "risk_item", "sign_type", "timestamp", "url_order", "url_return", "user_id", "userreq_ip", "valid_order", "version"];
    };
    readonly onlineBankingPayment: {
        readonly request: readonly ["bank_code", "busi_partner", "charset_name", "dt_order", "info_order", "money_order", "name_goods", "no_order", "notify_url", "oid_partner", "pay_type", "risk_item", "sign_type", "timestamp", "url_order", "url_return", "user_id", "userreq_ip", "valid_order", "version"];
    };
    readonly cardBindApply: {
        readonly request: readonly ["acct_name", "api_version", "bind_mob", "card_no", "cvv2", "id_no", "id_type", "oid_partner", "pay_type", "platform", "risk_item", "sign_type", "user_id", "vali_date"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["oid_partner", "ret_code", "ret_msg", "sign_type", "token", "user_id"];
        };
    };
    readonly cardBindVerify: {
        readonly request: readonly ["oid_partner", "sign_type", "token", "user_id", "verify_code"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["card_no", "no_agree", "oid_partner", "ret_code", "ret_msg", "sign_type", "user_id"];
        };
    };
    readonly cardUnbind: {
        readonly request: readonly ["no_agree", "oid_partner", "pay_type", "platform", "sign_type", "user_id"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["ret_code", "ret_msg", "sign_type"];
        };
    };
    readonly mpayCardBindApply: {
        readonly request: readonly ["acct_name", "api_version", "bind_mob", "card_no", "cvv2", "dt_order", "id_no", "id_type", "no_order", "notify_url", "oid_partner", "pay_type", "risk_item", "sign_type", "user_id", "vali_date"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["dt_order", "no_order", "oid_partner", "ret_code", "ret_msg", "sign_type", "token", "user_id"];
        };
    };
    readonly mpayCardBindVerify: {
        readonly request: readonly ["no_order", "oid_partner", "sign_type", "token", "user_id", "verify_code"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["card_no", "no_agree", "no_order", "oid_partner", "ret_code", "ret_msg", "sign_type", "user_id"];
        };
    };
    readonly cardBindQuery: {
        readonly request: readonly ["card_no", "no_agree", "offset", "oid_partner", "pay_type", "platform", "sign_type", "user_id"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["agreement_list", "count", "oid_paybill", "ret_code", "ret_msg", "sign_type", "user_id"];
        };
    };
    readonly refundApply: {
        readonly request: readonly ["dt_order", "dt_refund", "money_refund", "no_order", "no_refund", "notify_url", "oid_partner", "oid_paybill", "sign_type"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["dt_refund", "exchange_bankcode", "money_foreign_refund", "money_refund", "no_refund", "oid_partner", "oid_refundno", "rate", "rate_id", "ret_code", "ret_msg", "settle_date", "sign_type", "sta_refund"];
        };
    };
    readonly refundQuery: {
        readonly request: readonly ["dt_refund", "no_refund", "oid_partner", "sign_type"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["dt_refund", "exchange_bankcode", "money_foreign_refund", "money_refund", "no_refund", "oid_partner", "oid_refundno", "rate", "rate_id", "ret_code", "ret_msg", "settle_date", "sign_type", "sta_refund"];
        };
    };
    readonly cardBinQuery: {
        readonly request: readonly ["api_version", "card_no", "oid_partner", "sign_type"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["bank_code", "bank_name", "card_no", "card_type", "ret_code", "ret_msg", "sign_type"];
        };
    };
    readonly preauthCapture: {
        readonly request: readonly ["api_version", "dt_order", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "platform", "risk_item", "sign_type", "user_id"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "ret_code", "ret_msg", "settle_date", "sign_type", "user_id"];
        };
    };
    readonly preauthCancel: {
        readonly request: readonly ["api_version", "dt_order", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "platform", "sign_type", "user_id"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["dt_order", "no_order", "oid_partner", "oid_paybill", "ret_code", "ret_msg", "sign_type", "user_id"];
        };
    };
    readonly preauthQuery: {
        readonly request: readonly ["api_version", "dt_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "platform", "sign_type"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly status: readonly ["dt_order", "money_order", "no_order", "oid_partner", "oid_paybill", "ret_code", "ret_msg", "sign_type", "user_id"];
        };
    };
    readonly exchangeApply: {
        readonly request: readonly ["acct_name", "api_version", "bind_mob", "busi_partner", "card_no", "currency_order", "currency_settle", "cvv2", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "pay_type", "platform", "risk_item", "sign_type", "time_stamp", "user_id", "vali_date", "valid_order"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["currency_order", "dt_order", "money_order", "no_order", "oid_partner", "oid_paybill", "result_pay", "ret_code", "ret_msg", "sign_type", "token"];
            readonly paid: readonly ["currency_order", "currency_pay", "currency_settle", "dt_order", "exchange_rate", "info_order", "money_order", "money_pay", "money_settle", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
        };
    };
    readonly exchangeVerify: {
        readonly request: readonly ["api_version", "no_order", "oid_partner", "sign_type", "time_stamp", "token", "user_id", "verify_code"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["bank_code", "currency_order", "currency_pay", "currency_settle", "dt_order", "exchange_rate", "info_order", "money_order", "money_pay", "money_settle", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
            readonly paid: readonly ["bank_code", "currency_order", "currency_pay", "currency_settle", "dt_order", "exchange_rate", "info_order", "money_order", "money_pay", "money_settle", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
        };
    };
    readonly exchangeQuery: {
        readonly request: readonly ["no_order", "oid_partner", "oid_paybill", "sign_type"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["currency_order", "dt_order", "memo", "money_order", "no_order", "oid_partner", "oid_paybill", "result_pay", "ret_code", "ret_msg", "sign_type"];
            readonly paid: readonly ["bank_code", "currency_order", "currency_pay", "currency_settle", "dt_order", "exchange_rate", "info_order", "memo", "money_order", "money_pay", "money_settle", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
        };
    };
    readonly aggregateQuery: {
        readonly request: readonly ["dt_order", "no_order", "oid_partner", "oid_paybill", "query_version", "sign_type", "user_id"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["bank_code", "bank_name", "dt_order", "info_order", "memo", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
            readonly paid: readonly ["bank_code", "bank_name", "dt_order", "info_order", "memo", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
        };
    };
    readonly aggregatePay: {
        readonly request: readonly ["appid", "busi_partner", "col_oidpartner", "col_userid", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "name_user", "no_order", "notify_url", "oid_partner", "openid", "pay_type", "return_url", "risk_item", "shareing_data", "sign_type", "user_id"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "payLoad", "ret_code", "ret_msg", "sign_type", "user_id"];
        };
    };
    readonly aggregateWeb: {
        readonly request: readonly ["acct_name", "bank_code", "busi_partner", "buyer_confirm_valid", "col_oidpartner", "col_userid", "dt_order", "id_no", "info_order", "money_order", "name_goods", "no_order", "notify_url", "oid_partner", "pay_type", "risk_item", "secured_partner", "seller_send_valid", "shareing_data", "sign_type", "timestamp", "url_order", "url_return", "user_id", "userreq_ip", "valid_order", "version"];
    };
    readonly mpayQuery: {
        readonly request: readonly ["dt_order", "no_order", "oid_partner", "oid_paybill", "query_version", "sign_type"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["bank_code", "bank_name", "card_no", "dt_order", "info_order", "memo", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
            readonly paid: readonly ["bank_code", "bank_name", "card_no", "dt_order", "info_order", "memo", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
        };
    };
    readonly easypayQuery: {
        readonly request: readonly ["dt_order", "no_order", "oid_partner", "oid_paybill", "query_version", "sign_type"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["bank_code", "bank_name", "card_no", "dt_order", "info_order", "memo", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
            readonly paid: readonly ["bank_code", "bank_name", "card_no", "dt_order", "info_order", "memo", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
        };
    };
    readonly unifiedCreateBill: {
        readonly request: readonly ["acct_name", "api_version", "back_url", "bank_code", "bind_mob", "busi_partner", "card_no", "card_type", "dt_order", "flag_chnl", "flag_pay_product", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "platform", "risk_item", "shareing_data", "sign_type", "time_stamp", "url_return", "user_id", "userreq_ip", "valid_order"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg", "sign_type"];
            readonly success: readonly ["dt_order", "gateway_url", "money_order", "no_order", "oid_partner", "oid_paybill", "ret_code", "ret_msg", "sign_type", "token", "user_id"];
        };
    };
    readonly easypayH5Payment: {
        readonly request: readonly ["acct_name", "app_request", "back_url", "bg_color", "busi_partner", "card_no", "dt_order", "font_color", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "pay_type", "platform", "risk_item", "sign_type", "syschnotify_flag", "timestamp", "url_return", "user_id", "valid_order", "version"];
    };
    readonly webPaymentReturn: {
        readonly notification: readonly ["bank_code", "dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
    };
    readonly easypayH5Return: {
        readonly notification: readonly ["dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "result_pay", "settle_date", "sign_type"];
    };
    readonly webPaymentNotify: {
        readonly notification: readonly ["bank_code", "dt_order", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "settle_date", "sign_type"];
    };
    readonly instantPayNotify: {
        readonly notification: readonly ["dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "result_pay", "settle_date", "sign_type"];
    };
    readonly refundNotify: {
        readonly notification: readonly ["dt_refund", "exchange_bankcode", "money_foreign_refund", "money_refund", "no_refund", "oid_partner", "oid_refundno", "rate", "rate_id", "ret_code", "ret_msg", "settle_date", "sign_type", "sta_refund"];
    };
    readonly exchangeNotify: {
        readonly notification: readonly ["bank_code", "currency_order", "currency_pay", "currency_settle", "dt_order", "exchange_rate", "info_order", "money_order", "money_pay", "money_settle", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type"];
    };
    readonly aggregateNotify: {
        readonly notification: readonly ["bank_code", "dt_order", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "settle_date", "sign_type"];
    };
    readonly aggregateWebReturn: {
        readonly notification: readonly ["bank_code", "dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "settle_date", "sign_type"];
    };
    readonly onlineBankingNotify: {
        readonly notification: readonly ["bank_code", "dt_order", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "settle_date", "sign_type"];
    };
    readonly mpayNotify: {
        readonly notification: readonly ["acct_name", "bank_code", "card_no", "dt_order", "id_no", "id_type", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "settle_date", "sign_type"];
    };
    readonly easypayNotify: {
        readonly notification: readonly ["bank_code", "dt_order", "info_order", "money_order", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "settle_date", "sign_type"];
    };
};
export type SigningFields = typeof signingFields;
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
export declare const signingUriFields: {
    readonly mpayVerify: readonly [];
    readonly mpayApply: readonly ["notify_url"];
    readonly easypayApply: readonly ["notify_url"];
    readonly easypayVerify: readonly [];
    readonly instantPayConfirm: readonly ["notify_url"];
    readonly instantPayApply: readonly ["notify_url"];
    readonly instantPayQuery: readonly [];
    readonly balanceQuery: readonly [];
    readonly webPayment: readonly ["back_url", "notify_url", "url_order", "url_return"];
    readonly onlineBankingPayment: readonly ["notify_url", "url_order", "url_return"];
    readonly cardBindApply: readonly [];
    readonly cardBindVerify: readonly [];
    readonly cardUnbind: readonly [];
    readonly mpayCardBindApply: readonly ["notify_url"];
    readonly mpayCardBindVerify: readonly [];
    readonly cardBindQuery: readonly [];
    readonly refundApply: readonly ["notify_url"];
    readonly refundQuery: readonly [];
    readonly cardBinQuery: readonly [];
    readonly preauthCapture: readonly [];
    readonly preauthCancel: readonly [];
    readonly preauthQuery: readonly [];
    readonly exchangeApply: readonly ["notify_url"];
    readonly exchangeVerify: readonly [];
    readonly exchangeQuery: readonly [];
    readonly aggregateQuery: readonly [];
    readonly aggregatePay: readonly ["notify_url", "return_url"];
    readonly aggregateWeb: readonly ["notify_url", "url_order", "url_return"];
    readonly mpayQuery: readonly [];
    readonly easypayQuery: readonly [];
    readonly unifiedCreateBill: readonly ["back_url", "notify_url", "url_return"];
    readonly easypayH5Payment: readonly ["back_url", "notify_url", "url_return"];
};
