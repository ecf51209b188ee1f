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
    readonly webPaymentReturn: {
        readonly notification: readonly ["bank_code", "dt_order", "info_order", "money_order", "no_order", "oid_partner", "oid_paybill", "pay_type", "ret_code", "ret_msg", "settle_date", "sign_type"];
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
    readonly exchangeApply: readonly ["notify_url"];
    readonly exchangeVerify: readonly [];
    readonly exchangeQuery: readonly [];
    readonly aggregateQuery: readonly [];
    readonly mpayQuery: readonly [];
    readonly easypayQuery: readonly [];
};
