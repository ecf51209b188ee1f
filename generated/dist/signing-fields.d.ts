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
    readonly easypayVerify: {
        readonly request: readonly ["dt_order", "money_order", "no_order", "oid_partner", "sign_type", "token", "verify_code"];
        readonly response: {
            readonly failure: readonly ["ret_code", "ret_msg"];
            readonly success: readonly ["bank_code", "dt_order", "info_order", "money_order", "name_goods", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
            readonly paid: readonly ["bank_code", "dt_order", "info_order", "money_order", "name_goods", "no_agree", "no_order", "oid_partner", "oid_paybill", "pay_type", "result_pay", "ret_code", "ret_msg", "settle_date", "sign_type", "token"];
        };
    };
    readonly instantPayConfirm: {
        readonly request: readonly ["api_version", "confirm_code", "no_order", "notify_url", "oid_partner", "sign_type"];
        readonly response: {
            readonly failure: readonly ["oid_partner", "ret_code", "ret_msg", "sign_type"];
            readonly success: readonly ["no_order", "oid_partner", "oid_paybill", "ret_code", "ret_msg", "sign_type"];
        };
    };
    readonly webPayment: {
        readonly request: readonly ["acct_name", "back_url", "busi_partner", "card_no", "dt_order", "id_no", "id_type", "info_order", "money_order", "name_goods", "no_agree", "no_order", "notify_url", "oid_partner", "pay_type", "platform", "risk_item", "sign_type", "timestamp", "url_order", "url_return", "user_id", "userreq_ip", "valid_order", "version"];
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
    readonly easypayVerify: readonly [];
    readonly instantPayConfirm: readonly ["notify_url"];
    readonly webPayment: readonly ["back_url", "notify_url", "url_order", "url_return"];
};
