export interface paths {
    '/v1/bankcardprepay': {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * MPAY Verify Direct API
         * @description Second step of an MPAY card payment. After the MPAY Apply Direct API has sent an SMS code to the payer and returned a token (valid for 30 minutes), the merchant's server POSTs the token and the code the payer typed. The body is UTF-8 JSON signed with the merchant's RSA key. LianLian always answers HTTP 200 with a JSON body: ret_code 0000 means the verification was accepted, and when the merchant account has no SMS verification step the answer already carries the payment result (result_pay SUCCESS with settle_date and no_agree). Direct APIs must be enabled for the merchant by LianLian's risk-control and due-diligence teams.
         */
        post: operations['mpayVerify'];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    '/easypayverify.htm': {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Easypay Verify Direct API
         * @description Second step of an Easypay card payment. After the Easypay Apply Direct API has sent an SMS code to the payer and returned a token (valid for 30 minutes), the merchant's server POSTs the token, the order time and amount and the code the payer typed. The body is UTF-8 JSON signed with the merchant's RSA key. LianLian always answers HTTP 200 with a JSON body: ret_code 0000 means the verification was accepted, and when the merchant account has no SMS verification step the answer already carries the payment result (result_pay SUCCESS with settle_date and no_agree, or PROCESSING). Direct APIs must be enabled for the merchant by LianLian's risk-control and due-diligence teams.
         */
        post: operations['easypayVerify'];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    '/paymentapi/confirmPayment.htm': {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Instant payment confirm API
         * @description Confirms a payout (money transfer) that LianLian held back, for example as a suspected duplicate or because the payee's card and name did not match, using the confirm code LianLian returned. The merchant signs the plaintext request (InstantPayConfirmRequest) with RSA, serialises it as compact UTF-8 JSON, encrypts it for LianLian's public key into the lianpay1_0_1 envelope described by x-lianlian-envelope, and POSTs {oid_partner, pay_load} as JSON. The answer is plain (not encrypted) JSON with HTTP 200; the final payout result is sent later to notify_url.
         */
        post: operations['instantPayConfirm'];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    '/payment/traveleasypay.htm': {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WEB Payment API
         * @description Opens LianLian's cashier for a card payment. This is not a server-to-server call: the merchant's page, declared charset=UTF-8, renders the signed fields as an HTML form with method post and the payer's browser submits it. LianLian answers the browser with its cashier page (or an error page). After a successful payment the browser POSTs the synchronous notification to url_return (webhook webPaymentReturn) and LianLian's server POSTs the asynchronous notification to notify_url. The timestamp must be within 30 minutes of LianLian's clock (UTC+8).
         */
        post: operations['webPayment'];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    webPaymentReturn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Synchronous Notification
         * @description After a successful payment or authorization LianLian makes the payer's browser POST these signed form fields to the merchant's url_return, once; nothing is sent for failed payments. The merchant verifies the signature over every received field except sign before showing the result, and still relies on the asynchronous notification to notify_url for the authoritative outcome. LianLian does not read the merchant's answer.
         */
        post: operations['webPaymentReturn'];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    webPaymentNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Asynchronous WEB Payment notification
         * @description LianLian's server POSTs the result of a successful WEB payment to the notify_url of the request, as one JSON object with Content-Type text/json;charset=utf-8 (not application/json). Unlike the synchronous notification through the payer's browser, it does not depend on the browser and is the authoritative result. The seeds do not describe this message; it is described here from LianLian's public developer documentation. The merchant verifies the signature over every received field except sign, checks that oid_partner, no_order and money_order are those of its own order, records the payment once per oid_paybill, and answers the acknowledgement within 5 seconds. Without that answer LianLian resends about every 2 minutes, up to 30 times, so handling must be idempotent.
         */
        post: operations['webPaymentNotify'];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    instantPayNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Asynchronous payout notification
         * @description LianLian's server POSTs the final result of a payout to the notify_url given in the Instant payment confirm request, as one JSON object with Content-Type text/json;charset=utf-8 (not application/json). The seeds do not describe this message; it is described here from LianLian's public developer documentation. The merchant verifies the signature over every received field except sign, checks that oid_partner, no_order and money_order are those of its own payout, records the result once per oid_paybill, and answers the acknowledgement within 5 seconds. Without that answer LianLian resends about every 2 minutes, up to 30 times, so handling must be idempotent.
         */
        post: operations['instantPayNotify'];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description Merchant number that LianLian assigns to each merchant account: decimal digits only, at most 18 of them, for example 201304121000001004.
         * @rule must be 1 to 18 digits
         */
        OidPartner: string;
        /** @description The merchant's own order number for this transaction, at most 32 characters, unique within the merchant account. */
        NoOrder: string;
        /** @description LianLian's own transaction number for the payment, at most 18 characters, for example 2011030900001098. */
        OidPaybill: string;
        /**
         * @description Payment token issued by the matching Apply Direct API call. It stops working 30 minutes after it was issued. The seeds give no length; LianLian's samples are 32 hexadecimal characters and the spec allows up to 64 (see errata E30).
         * @errata E30 Fields typed as bare String, without a length
         */
        Token: string;
        /** @description The SMS verification code that LianLian sent to the payer's phone during the Apply Direct API call, at most 6 characters. */
        VerifyCode: string;
        /**
         * @description Signature algorithm a merchant may choose for a request. The seed tables type this field as String(3), which cannot hold SHA256withRSA; the spec allows 13 characters (errata E13).
         * @enum {string}
         * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
         */
        SignType: 'RSA' | 'SHA256withRSA';
        /**
         * @description Signature algorithm LianLian used for a Verify Direct API response. The tables write the SHA-256 variant as SHA256WITHRSA while requests write SHA256withRSA; both spellings name the same algorithm and both are accepted (errata E13, E14).
         * @enum {string}
         * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
         * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
         */
        SignTypeResponse: 'RSA' | 'SHA256WITHRSA' | 'SHA256withRSA';
        /**
         * @description Signature algorithm for the APIs whose tables allow only RSA: RSASSA-PKCS1-v1_5 with an MD5 digest.
         * @enum {string}
         */
        SignTypeRsa: 'RSA';
        /**
         * @description The RSA signature of the message in standard base64 without line breaks, computed as described by x-lianlian-signature-scheme at the root of this document. The seeds type it as a bare String; a 4096-bit key gives 684 characters, so the spec allows up to 1024 (errata E30).
         * @rule must be standard base64 without line breaks
         * @errata E30 Fields typed as bare String, without a length
         */
        Sign: string;
        /**
         * @description Amount in Chinese yuan (CNY) as decimal text with exactly two decimal places, from 0.01 to 100000000.00 inclusive, without thousands separators or leading zeros (0.xx excepted), for example 55.44. Always a string, never a JSON number.
         * @rule must have exactly two decimals, from 0.01 to 100000000.00
         */
        MoneyOrder: string;
        /**
         * @description A local time in China Standard Time (UTC+8) written as yyyyMMddHHmmss: four-digit year, month 01-12, day 01-31, hour 00-23, minute and second 00-59, for example 20170801225714.
         * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
         */
        DateTime14: string;
        /**
         * @description Accounting (settlement) date of the payment in China Standard Time, written yyyyMMdd (month 01-12, day 01-31), for example 20180829.
         * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
         */
        SettleDate: string;
        /**
         * @description Four-digit return code. 0000 means the request succeeded; any other value is a failure or an intermediate state, and LianLian answers it with HTTP 200 like a success. Codes LianLian documents are listed in x-lianlian-return-codes with their exact Chinese ret_msg, a category telling the caller what to do, and a short English meaning. Any other four-digit code is still accepted, because LianLian adds codes over time.
         * @rule must be four digits
         * @returnCodes success: 0000, 2007
         * @returnCodes processing: 1003, 2003, 2004, 2005, 2008
         * @returnCodes payer-action-needed: 1100, 1102, 1103, 1104, 1107, 1108, 1109, 1112, 1113, 1114, 1115, 1200, 1805, 1900, 1901, 1902, 4000, 5001, 5601, 6001, 6002, 7018, 8099, 8110, 8888, 9700, 9701, 9702, 9703, 9912
         * @returnCodes merchant-fix-needed: 1001, 1002, 1004, 1008, 1009, 1012, 3001, 3003, 3005, 3006, 3007, 3008, 3009, 3010, 3011, 4001, 4002, 4003, 4004, 4005, 4007, 5002, 5003, 5004, 5006, 5007, 5503, 5504, 5505, 5506, 7001, 7017, 7119, 7777, 8000, 8010, 8101, 8102, 8106, 8107, 8113, 8114, 9002, 9092, 9093, 9104, 9901, 9907, 9913, 9983
         * @returnCodes retry-later: 1006, 1007, 1202, 5005, 5501, 6601, 8001, 8002, 8003, 8006, 8103, 8109, 8111, 8116, 8117, 9000, 9704, 9902, 9903, 9921, 9970, 9990, 9999
         * @returnCodes failed: 0106, 1000, 1005, 1014, 1016, 1019, 1101, 1105, 1106, 1110, 1111, 1201, 2006, 3002, 3004, 5008, 5502, 8104, 8105, 8108, 8112, 8115, 8901, 8911, 9091, 9094, 9910, 9911, 9920, 9991
         */
        RetCode: string;
        /** @description Human-readable explanation of ret_code in Chinese, at most 100 characters. The text for each documented code is listed in RetCode's x-lianlian-return-codes; some messages carry variable parts (a parameter name, the bank's own message). */
        RetMsg: string;
        /** @description Free-form order remarks of at most 255 characters that the merchant passes along and LianLian echoes back. */
        InfoOrder: string;
        /** @description Name of the goods or service being paid for, at most 40 characters, for example Pen. */
        NameGoods: string;
        /**
         * Format: uri
         * @description Absolute URL on the merchant's server, at most 128 characters, to which LianLian later POSTs the asynchronous payment result (a JSON body sent as text/json), for example http://www.lianlianpay.com/help/notify.
         */
        NotifyUrl: string;
        /** @description Content of the risk_item field: a JSON object with LianLian's risk-control data. Every merchant sends the five base fields; server-side integrations add the client fields, real-name payments the identity fields. LianLian assigns each merchant further industry sections (travel, hotel, goods, games, tickets), so other fields are allowed. All values are strings. */
        RiskItem: {
            /**
             * @description Four-digit industry category code that LianLian assigns to the merchant.
             * @rule must be the four-digit industry code LianLian assigned
             */
            frms_ware_category: string;
            /** @description The payer's user id in the merchant's system, at most 32 characters. */
            user_info_mercht_userno: string;
            /**
             * @description Phone number the payer registered with the merchant.
             * @sensitive phone — masked in messages and logs
             */
            user_info_bind_phone: string;
            /**
             * @description When the payer registered with the merchant, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            user_info_dt_register: components['schemas']['DateTime14'];
            /** @description Name of the goods being bought. */
            goods_name: string;
            /**
             * @description Channel the payer used; sent by server-side integrations.
             * @enum {string}
             */
            frms_client_chnl?: '10' | '13' | '16';
            /** @description The payer's IP address as seen by the merchant; sent by server-side integrations. */
            frms_ip_addr?: string;
            /** @description Device IMEI; sent by app integrations. */
            frms_imei?: string;
            /** @description Device MAC address; sent by web integrations. */
            frms_mac_addr?: string;
            /**
             * @description The payer's real name; sent for real-name payments.
             * @sensitive name — masked in messages and logs
             */
            user_info_full_name?: string;
            /**
             * @description The payer's identity document number; sent for real-name payments.
             * @sensitive id — masked in messages and logs
             */
            user_info_id_no?: string;
            /**
             * @description Whether the merchant has verified the payer's identity; sent for real-name payments.
             * @enum {string}
             */
            user_info_identify_state?: '0' | '1';
            /**
             * @description How the payer's identity was verified; sent for real-name payments.
             * @enum {string}
             */
            user_info_identify_type?: '1' | '2' | '3' | '4';
        };
        /**
         * @description JSON body of the MPAY Verify Direct API: the second step of an MPAY card payment, which submits the token from the Apply step together with the SMS code the payer received. The whole body is signed.
         * @errata E09 A conditional rule names fields the Verify operations do not have
         */
        MpayVerifyRequest: {
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components['schemas']['OidPartner'];
            /** @description The merchant order number used in the Apply step, at most 32 characters. */
            no_order: components['schemas']['NoOrder'];
            /**
             * @description The token returned by the MPAY Apply Direct API; valid for 30 minutes after issue.
             * @errata E30 Fields typed as bare String, without a length
             */
            token: components['schemas']['Token'];
            /**
             * @description Algorithm used to sign this request, RSA (MD5withRSA) or SHA256withRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             */
            sign_type: components['schemas']['SignType'];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components['schemas']['Sign'];
            /**
             * @description Order amount in CNY with two decimal places, 0.01 to 100000000.00; it must equal the amount sent in the Apply step.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             * @errata E31 The MPAY request's money_order states no range
             */
            money_order: components['schemas']['MoneyOrder'];
            /** @description The SMS code sent to the payer by the MPAY Apply Direct API, at most 6 characters. */
            verify_code: components['schemas']['VerifyCode'];
        };
        /** @description Body of every MPAY Verify Direct API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000; success when ret_code is 0000 and result_pay is absent or PROCESSING; paid when ret_code is 0000 and result_pay is SUCCESS. */
        MpayVerifyResponse: components['schemas']['MpayVerifyFailure'] | components['schemas']['MpayVerifySuccess'] | components['schemas']['MpayVerifyPaid'];
        /**
         * @description Response branch for a request LianLian did not complete: ret_code is anything but 0000 (a failure, or a state such as 1003 "payment in progress"). The seed lists only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        MpayVerifyFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components['schemas']['RetCode'];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components['schemas']['RetMsg'];
        };
        /**
         * @description Response branch for ret_code 0000 without a final payment result: the verification was accepted and result_pay is absent or PROCESSING. The seed samples also show settle_date and no_agree in this shape (errata E11). Signed by LianLian.
         * @branch success
         * @errata E10 result_pay decides which fields exist, but MPAY does not define it and Easypay makes it optional
         * @errata E11 Verify samples return settle_date and no_agree without result_pay
         */
        MpayVerifySuccess: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: '0000';
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components['schemas']['RetMsg'];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components['schemas']['OidPartner'];
            /**
             * @description Algorithm LianLian used to sign this response, RSA or SHA256WITHRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
             */
            sign_type: components['schemas']['SignTypeResponse'];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components['schemas']['Sign'];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components['schemas']['NoOrder'];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            dt_order: components['schemas']['DateTime14'];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components['schemas']['OidPaybill'];
            /**
             * @description Transaction amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components['schemas']['MoneyOrder'];
            /**
             * @description A token valid for 30 minutes, returned only when the account uses SMS verification; absent when the account has no SMS verification step.
             * @errata E30 Fields typed as bare String, without a length
             * @errata E35 The Verify response's token is said to be used for the Verify API itself
             */
            token?: components['schemas']['Token'];
            /**
             * @description Order remarks echoed back, at most 255 characters.
             * @errata E32 info_order is returned "when sent in API requests", but the Verify requests have no info_order
             */
            info_order?: components['schemas']['InfoOrder'];
            /**
             * @description Payment result when LianLian reports one without a final outcome: PROCESSING, the payment is still being processed. The MPAY table has no result_pay row (errata E10).
             * @constant
             * @errata E10 result_pay decides which fields exist, but MPAY does not define it and Easypay makes it optional
             */
            result_pay?: 'PROCESSING';
            /**
             * @description Settlement date yyyyMMdd. Documented only for result_pay SUCCESS, but the seed sample sends it without result_pay (errata E11).
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             * @errata E11 Verify samples return settle_date and no_agree without result_pay
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            settle_date?: components['schemas']['SettleDate'];
            /**
             * @description Agreement number standing for the payer's bound card, at most 16 characters. Documented only for result_pay SUCCESS, but the seed sample sends it without result_pay (errata E11).
             * @errata E11 Verify samples return settle_date and no_agree without result_pay
             */
            no_agree?: string;
        };
        /**
         * @description Response branch for ret_code 0000 with result_pay SUCCESS: the account has no SMS verification step and LianLian reports the completed payment directly. Signed by LianLian.
         * @branch paid
         * @errata E10 result_pay decides which fields exist, but MPAY does not define it and Easypay makes it optional
         */
        MpayVerifyPaid: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: '0000';
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components['schemas']['RetMsg'];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components['schemas']['OidPartner'];
            /**
             * @description Algorithm LianLian used to sign this response, RSA or SHA256WITHRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
             */
            sign_type: components['schemas']['SignTypeResponse'];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components['schemas']['Sign'];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components['schemas']['NoOrder'];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            dt_order: components['schemas']['DateTime14'];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components['schemas']['OidPaybill'];
            /**
             * @description Amount paid in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components['schemas']['MoneyOrder'];
            /**
             * @description A token valid for 30 minutes, returned only when the account uses SMS verification, so normally absent in this branch.
             * @errata E30 Fields typed as bare String, without a length
             * @errata E35 The Verify response's token is said to be used for the Verify API itself
             */
            token?: components['schemas']['Token'];
            /**
             * @description Order remarks echoed back, at most 255 characters.
             * @errata E32 info_order is returned "when sent in API requests", but the Verify requests have no info_order
             */
            info_order?: components['schemas']['InfoOrder'];
            /**
             * @description Payment result SUCCESS: the payment completed. It defines this branch, so it is required here; the MPAY table refers to it without defining it (errata E10).
             * @constant
             * @errata E10 result_pay decides which fields exist, but MPAY does not define it and Easypay makes it optional
             */
            result_pay: 'SUCCESS';
            /**
             * @description Settlement date of the payment, yyyyMMdd in UTC+8, e.g. 20180829.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            settle_date?: components['schemas']['SettleDate'];
            /**
             * @description Agreement number standing for the payer's bound card, at most 16 characters; later payments can use it instead of the card details.
             * @errata E28 no_agree is String(16) in the Verify responses but String(32) in the WEB Payment request
             */
            no_agree?: string;
        };
        /**
         * @description JSON body of the Easypay Verify Direct API: the second step of an Easypay card payment, which submits the token from the Apply step together with the SMS code the payer received. The whole body is signed.
         * @errata E04 verify_code is sent by the 001 sample but missing from its table
         * @errata E05 sign is sent by the 001 sample but missing from its request table
         * @errata E06 The 001 sample request lacks the required dt_order
         * @errata E09 A conditional rule names fields the Verify operations do not have
         */
        EasypayVerifyRequest: {
            /**
             * @description Algorithm used to sign this request, RSA (MD5withRSA) or SHA256withRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             */
            sign_type: components['schemas']['SignType'];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body. The seed table has no row for it although its sample sends it (errata E05).
             * @rule must be standard base64 without line breaks
             * @errata E05 sign is sent by the 001 sample but missing from its request table
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components['schemas']['Sign'];
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components['schemas']['OidPartner'];
            /** @description The merchant order number used in the Apply step, at most 32 characters. */
            no_order: components['schemas']['NoOrder'];
            /**
             * @description The token returned by the Easypay Apply Direct API; valid for 30 minutes after issue.
             * @errata E30 Fields typed as bare String, without a length
             */
            token: components['schemas']['Token'];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714. Required by the table although the seed sample omits it (errata E06).
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             * @errata E06 The 001 sample request lacks the required dt_order
             */
            dt_order: components['schemas']['DateTime14'];
            /**
             * @description Order amount in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components['schemas']['MoneyOrder'];
            /**
             * @description The SMS code sent to the payer by the Easypay Apply Direct API, at most 6 characters. Missing from the seed table but sent by its sample; typed as in the MPAY table (errata E04).
             * @errata E04 verify_code is sent by the 001 sample but missing from its table
             */
            verify_code: components['schemas']['VerifyCode'];
        };
        /** @description Body of every Easypay Verify Direct API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000; success when ret_code is 0000 and result_pay is absent or PROCESSING; paid when ret_code is 0000 and result_pay is SUCCESS. */
        EasypayVerifyResponse: components['schemas']['EasypayVerifyFailure'] | components['schemas']['EasypayVerifySuccess'] | components['schemas']['EasypayVerifyPaid'];
        /**
         * @description Response branch for a request LianLian did not complete: ret_code is anything but 0000 (a failure, or a state such as 1003 "payment in progress"). The seed lists only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        EasypayVerifyFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components['schemas']['RetCode'];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components['schemas']['RetMsg'];
        };
        /**
         * @description Response branch for ret_code 0000 without a final payment result: the verification was accepted and result_pay is absent or PROCESSING. The seed sample also shows settle_date and no_agree in this shape (errata E11). Signed by LianLian.
         * @branch success
         * @errata E07 The 001 response table has no sign row
         * @errata E08 The 001 sample response lacks the required dt_order and name_goods
         * @errata E11 Verify samples return settle_date and no_agree without result_pay
         */
        EasypayVerifySuccess: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: '0000';
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components['schemas']['RetMsg'];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components['schemas']['OidPartner'];
            /**
             * @description Algorithm LianLian used to sign this response, RSA or SHA256WITHRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
             */
            sign_type: components['schemas']['SignTypeResponse'];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received. The seed table has no sign row, but its sample carries one (errata E07).
             * @rule must be standard base64 without line breaks
             * @errata E07 The 001 response table has no sign row
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components['schemas']['Sign'];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components['schemas']['NoOrder'];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714. Marked Required in the table but missing from the seed sample, so accepted as optional (errata E08).
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             * @errata E08 The 001 sample response lacks the required dt_order and name_goods
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            dt_order?: components['schemas']['DateTime14'];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components['schemas']['OidPaybill'];
            /**
             * @description Transaction amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components['schemas']['MoneyOrder'];
            /**
             * @description A token valid for 30 minutes, returned only when the account uses SMS verification; absent when the account has no SMS verification step.
             * @errata E30 Fields typed as bare String, without a length
             * @errata E35 The Verify response's token is said to be used for the Verify API itself
             */
            token?: components['schemas']['Token'];
            /**
             * @description Name of the goods, at most 40 characters. Marked Required in the table but missing from the seed sample, so accepted as optional (errata E08).
             * @errata E08 The 001 sample response lacks the required dt_order and name_goods
             */
            name_goods?: components['schemas']['NameGoods'];
            /**
             * @description One-character code of the payment method used for this transaction. The seed lists no values (errata E29).
             * @errata E29 pay_type has different code sets, and none in 001
             */
            pay_type?: string;
            /**
             * @description Order remarks echoed back, at most 255 characters.
             * @errata E32 info_order is returned "when sent in API requests", but the Verify requests have no info_order
             */
            info_order?: components['schemas']['InfoOrder'];
            /**
             * @description Short code of the bank that issued the card used, at most 18 characters.
             * @errata E26 bank_code is String(18) in 001 but bare String in 004
             */
            bank_code?: string;
            /**
             * @description Payment result, returned only when the account has no SMS verification step: PROCESSING means the payment is still being processed.
             * @constant
             */
            result_pay?: 'PROCESSING';
            /**
             * @description Settlement date yyyyMMdd. Documented only for result_pay SUCCESS, but the seed sample sends it without result_pay (errata E11).
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             * @errata E11 Verify samples return settle_date and no_agree without result_pay
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            settle_date?: components['schemas']['SettleDate'];
            /**
             * @description Agreement number standing for the payer's bound card, at most 16 characters. Documented only for result_pay SUCCESS, but the seed sample sends it without result_pay (errata E11).
             * @errata E11 Verify samples return settle_date and no_agree without result_pay
             */
            no_agree?: string;
        };
        /**
         * @description Response branch for ret_code 0000 with result_pay SUCCESS: the account has no SMS verification step and LianLian reports the completed payment directly. Signed by LianLian.
         * @branch paid
         * @errata E07 The 001 response table has no sign row
         * @errata E08 The 001 sample response lacks the required dt_order and name_goods
         * @errata E10 result_pay decides which fields exist, but MPAY does not define it and Easypay makes it optional
         */
        EasypayVerifyPaid: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: '0000';
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components['schemas']['RetMsg'];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components['schemas']['OidPartner'];
            /**
             * @description Algorithm LianLian used to sign this response, RSA or SHA256WITHRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
             */
            sign_type: components['schemas']['SignTypeResponse'];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received. The seed table has no sign row, but its sample carries one (errata E07).
             * @rule must be standard base64 without line breaks
             * @errata E07 The 001 response table has no sign row
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components['schemas']['Sign'];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components['schemas']['NoOrder'];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714. Marked Required in the table but missing from the seed sample, so accepted as optional (errata E08).
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             * @errata E08 The 001 sample response lacks the required dt_order and name_goods
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            dt_order?: components['schemas']['DateTime14'];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components['schemas']['OidPaybill'];
            /**
             * @description Transaction amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components['schemas']['MoneyOrder'];
            /**
             * @description A token valid for 30 minutes, returned only when the account uses SMS verification; absent when the account has no SMS verification step.
             * @errata E30 Fields typed as bare String, without a length
             * @errata E35 The Verify response's token is said to be used for the Verify API itself
             */
            token?: components['schemas']['Token'];
            /**
             * @description Name of the goods, at most 40 characters. Marked Required in the table but missing from the seed sample, so accepted as optional (errata E08).
             * @errata E08 The 001 sample response lacks the required dt_order and name_goods
             */
            name_goods?: components['schemas']['NameGoods'];
            /**
             * @description One-character code of the payment method used for this transaction. The seed lists no values (errata E29).
             * @errata E29 pay_type has different code sets, and none in 001
             */
            pay_type?: string;
            /**
             * @description Order remarks echoed back, at most 255 characters.
             * @errata E32 info_order is returned "when sent in API requests", but the Verify requests have no info_order
             */
            info_order?: components['schemas']['InfoOrder'];
            /**
             * @description Short code of the bank that issued the card used, at most 18 characters.
             * @errata E26 bank_code is String(18) in 001 but bare String in 004
             */
            bank_code?: string;
            /**
             * @description Payment result SUCCESS: the payment completed. Optional in the table, but it defines this branch and is therefore required here (errata E10).
             * @constant
             * @errata E10 result_pay decides which fields exist, but MPAY does not define it and Easypay makes it optional
             */
            result_pay: 'SUCCESS';
            /**
             * @description Settlement date of the payment, yyyyMMdd in UTC+8, e.g. 20150911.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            settle_date?: components['schemas']['SettleDate'];
            /**
             * @description Agreement number standing for the payer's bound card, at most 16 characters; see the card binding documentation.
             * @errata E28 no_agree is String(16) in the Verify responses but String(32) in the WEB Payment request
             */
            no_agree?: string;
        };
        /** @description The signed plaintext of an Instant payment confirm API request. It is never sent as it is: the client signs it, serialises it as compact UTF-8 JSON, encrypts it into the lianpay1_0_1 envelope (see x-lianlian-envelope on the operation) and sends InstantPayConfirmEnvelope. It confirms a payout that LianLian held back (for example a suspected duplicate, codes 4002-4004) using the confirm code LianLian returned. */
        InstantPayConfirmRequest: {
            /**
             * @description Interface version. The seed table says 1.1 while its sample sends 1.0; both are accepted (errata E15).
             * @enum {string}
             * @errata E15 api_version: table 1.1, sample 1.0
             */
            api_version: '1.0' | '1.1';
            /**
             * @description The merchant number LianLian assigned, up to 18 digits; the same value as the envelope's oid_partner.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components['schemas']['OidPartner'];
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components['schemas']['SignTypeRsa'];
            /**
             * @description Base64 RSA signature over every other non-empty field of this plaintext.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components['schemas']['Sign'];
            /** @description The confirmation code LianLian issued for the held payout, at most 6 characters. */
            confirm_code: string;
            /** @description The merchant order number of the original payout request, at most 32 characters. */
            no_order: components['schemas']['NoOrder'];
            /** @description Absolute URL (at most 128 characters) that receives LianLian's asynchronous result notification for this payout. */
            notify_url: components['schemas']['NotifyUrl'];
        };
        /** @description The JSON body actually sent to the Instant payment confirm API: the merchant number in clear and the encrypted, signed request in pay_load. */
        InstantPayConfirmEnvelope: {
            /**
             * @description The merchant number, up to 18 digits, repeated in clear so LianLian can pick the merchant's keys; it must equal oid_partner inside the encrypted request.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components['schemas']['OidPartner'];
            /**
             * @description The lianpay1_0_1 envelope: six fields joined by "$" - the literal lianpay1_0_1, then the base64 of the RSA-OAEP-wrapped HMAC key, the base64 of the RSA-OAEP-wrapped AES key, the base64 of the 8-character nonce, the base64 of the AES-256-CTR ciphertext of the signed JSON, and the base64 of the HMAC-SHA256 tag. Base64 fields may be wrapped at 76 characters with CRLF, as LianLian's own encoder does.
             * @rule must be lianpay1_0_1 followed by five $-separated base64 fields
             */
            pay_load: string;
        };
        /** @description Body of every Instant payment confirm API answer (always HTTP 200, JSON, not encrypted). Exactly one branch matches: failure when ret_code is not 0000, success when it is 0000. */
        InstantPayConfirmResponse: components['schemas']['InstantPayConfirmFailure'] | components['schemas']['InstantPayConfirmSuccess'];
        /**
         * @description Response branch for a confirmation LianLian did not accept: ret_code is anything but 0000. The seed table marks oid_partner, sign_type and sign Required for every response; the spec accepts failures without them because a request that could not be decrypted or attributed cannot be answered with a signature (errata E17). A sign that is present is verified.
         * @branch failure
         * @errata E17 003 marks oid_partner, sign_type and sign Required for every response
         */
        InstantPayConfirmFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components['schemas']['RetCode'];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components['schemas']['RetMsg'];
            /**
             * @description The merchant number the request was made for, up to 18 digits, when returned.
             * @rule must be 1 to 18 digits
             * @errata E17 003 marks oid_partner, sign_type and sign Required for every response
             */
            oid_partner?: components['schemas']['OidPartner'];
            /**
             * @description Signature algorithm of this response, RSA, when the response is signed.
             * @errata E17 003 marks oid_partner, sign_type and sign Required for every response
             */
            sign_type?: components['schemas']['SignTypeRsa'];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field, when present.
             * @rule must be standard base64 without line breaks
             * @errata E17 003 marks oid_partner, sign_type and sign Required for every response
             * @errata E30 Fields typed as bare String, without a length
             */
            sign?: components['schemas']['Sign'];
        };
        /**
         * @description Response branch for ret_code 0000: LianLian accepted the confirmation and the payout proceeds; the final result arrives later at notify_url. Signed by LianLian.
         * @branch success
         */
        InstantPayConfirmSuccess: {
            /**
             * @description Always 0000 in this branch, meaning the confirmation was accepted.
             * @constant
             */
            ret_code: '0000';
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components['schemas']['RetMsg'];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components['schemas']['OidPartner'];
            /** @description Signature algorithm of this response, RSA (MD5withRSA). */
            sign_type: components['schemas']['SignTypeRsa'];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components['schemas']['Sign'];
            /** @description LianLian's transaction number for the payout, at most 18 characters; returned once the transaction object has been created. */
            oid_paybill?: components['schemas']['OidPaybill'];
            /** @description The merchant order number of the original payout request, at most 32 characters. */
            no_order?: components['schemas']['NoOrder'];
        };
        /** @description Form fields of the WEB Payment API. The merchant's page renders them as hidden inputs of an HTML form (method post, page declared charset=UTF-8) that the payer's browser submits to LianLian's cashier. Every non-empty field except sign is signed. */
        WebPaymentRequest: {
            /**
             * @description Interface version, always 1.0.
             * @enum {string}
             */
            version: '1.0';
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components['schemas']['OidPartner'];
            /** @description Platform code, at most 32 characters, that lets several merchant numbers share user information; LianLian must enable it for the merchant first. */
            platform?: string;
            /**
             * @description The payer's unique user id in the merchant's own system, at most 32 characters.
             * @errata E22 Curly apostrophe in "merchant’s"
             */
            user_id: string;
            /**
             * @description Time the request was built, yyyyMMddHHmmss in UTC+8 (China Standard Time), e.g. 20170801225714. It must lie within 30 minutes of LianLian's clock.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            timestamp: components['schemas']['DateTime14'];
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components['schemas']['SignTypeRsa'];
            /**
             * @description Base64 RSA signature over every other non-empty field of the form.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components['schemas']['Sign'];
            /**
             * @description Business type of the goods sold, 101001 for virtual goods or 109001 for physical goods.
             * @enum {string}
             */
            busi_partner: '101001' | '109001';
            /** @description The merchant's order number, at most 32 characters, unique per merchant. */
            no_order: components['schemas']['NoOrder'];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components['schemas']['DateTime14'];
            /** @description Name of the goods, at most 40 characters, e.g. Pen. */
            name_goods: components['schemas']['NameGoods'];
            /** @description Order remarks of at most 255 characters, passed back unchanged in the synchronous and asynchronous notifications. */
            info_order?: components['schemas']['InfoOrder'];
            /**
             * @description Order amount in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components['schemas']['MoneyOrder'];
            /**
             * @description Absolute URL (at most 128 characters) that receives LianLian's asynchronous, server-to-server payment notification. The seed gives this row no description (errata E20).
             * @errata E20 004 rows without a description
             */
            notify_url: components['schemas']['NotifyUrl'];
            /**
             * Format: uri
             * @description Absolute URL (at most 128 characters) the payer's browser is sent to after a successful payment; it receives the synchronous notification as a form POST.
             */
            url_return?: string;
            /**
             * @description The payer's IPv4 address for fraud screening, written with underscores instead of dots (each part 0-255), e.g. 122_11_37_211.
             * @rule must be an IPv4 address with _ in place of each dot, e.g. 122_11_37_211
             */
            userreq_ip: string;
            /**
             * Format: uri
             * @description Absolute URL of the product page, at most 255 characters.
             */
            url_order?: string;
            /**
             * @description How many minutes the order stays payable; when it runs out LianLian closes the transaction. Defaults to 10080 minutes (7 days).
             * @default 10080
             */
            valid_order: number;
            /**
             * @description Kind of payment, M for a regular payment or F for a credit-card authorization.
             * @enum {string}
             * @errata E29 pay_type has different code sets, and none in 001
             */
            pay_type: 'M' | 'F';
            /**
             * @description Risk-control data as the text of a JSON object (see RiskItem). It is signed as exactly the text sent. The seed gives neither a length nor a description (errata E20, E30).
             * @rule must be the text of a JSON object
             * @errata E20 004 rows without a description
             * @errata E30 Fields typed as bare String, without a length
             */
            risk_item: string;
            /**
             * Format: uri
             * @description Absolute URL (at most 128 characters) for the cashier page's link back to the merchant. The seed gives this row no description (errata E20).
             * @errata E20 004 rows without a description
             */
            back_url?: string;
            /**
             * @description Agreement number of a card the payer bound earlier, at most 32 characters; lets the payer pay without entering the card again. The seed gives this row no description (errata E20, E28).
             * @errata E20 004 rows without a description
             * @errata E28 no_agree is String(16) in the Verify responses but String(32) in the WEB Payment request
             */
            no_agree?: string;
            /**
             * @description The payer's name in Chinese characters, at most 64 characters (errata E30).
             * @sensitive name — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             */
            acct_name?: string;
            /**
             * @description The payer's bank card number, at most 32 characters (errata E30).
             * @sensitive card — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             */
            card_no?: string;
            /**
             * @description Kind of identity document id_no belongs to.
             * @enum {string}
             */
            id_type?: '0' | '2' | '3' | '4' | '6' | '9' | 'X';
            /**
             * @description The payer's identity card number: 15 digits, or 17 digits followed by a digit or X (errata E30, E34).
             * @rule must be 15 digits, or 17 digits followed by a digit or X
             * @sensitive id — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             * @errata E34 id_no's format is given only for identity cards
             */
            id_no?: string;
        };
        /** @description Form fields that LianLian makes the payer's browser POST to url_return once a payment or authorization has succeeded. It is sent once and never for failed payments, so it is a hint for the page shown to the payer; the signed asynchronous notification to notify_url is the reliable result. Verify the signature over every received field except sign before trusting it. */
        WebPaymentReturnNotification: {
            /**
             * @description Four-digit return code; 0000 in practice, because only successful payments are notified. The seed gives this row no description (errata E20).
             * @rule must be four digits
             * @errata E20 004 rows without a description
             */
            ret_code: components['schemas']['RetCode'];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components['schemas']['RetMsg'];
            /**
             * @description The merchant number the payment belongs to, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components['schemas']['OidPartner'];
            /** @description Signature algorithm of this notification, RSA (MD5withRSA). */
            sign_type: components['schemas']['SignTypeRsa'];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components['schemas']['Sign'];
            /** @description The merchant's order number, at most 32 characters. */
            no_order: components['schemas']['NoOrder'];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components['schemas']['DateTime14'];
            /** @description LianLian's transaction number, at most 18 characters, e.g. 2011030900001098. */
            oid_paybill: components['schemas']['OidPaybill'];
            /**
             * @description Amount paid in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components['schemas']['MoneyOrder'];
            /**
             * @description Settlement date, yyyyMMdd, returned when the payment succeeded.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            settle_date?: components['schemas']['SettleDate'];
            /** @description The order remarks sent in the request, echoed back; at most 255 characters. */
            info_order?: components['schemas']['InfoOrder'];
            /**
             * @description Payment method actually used. This code set differs from the request's pay_type (M/F) (errata E29).
             * @enum {string}
             * @errata E29 pay_type has different code sets, and none in 001
             */
            pay_type?: '0' | '1' | '8' | '9' | '2' | '3' | 'D' | 'I' | 'L';
            /**
             * @description Short code of the paying bank, at most 18 characters; the seed types it as a bare String here and String(18) in the Easypay response (errata E26).
             * @errata E26 bank_code is String(18) in 001 but bare String in 004
             */
            bank_code?: string;
        };
        /** @description JSON object LianLian's server POSTs to the notify_url of a WEB Payment request once the payment has succeeded, sent as Content-Type text/json;charset=utf-8. It is the authoritative payment result (the synchronous notification through the browser may never arrive). The seeds do not list these fields; they come from LianLian's public developer documentation (see the reference notes on asynchronous notifications). LianLian resends the notification about every 2 minutes, up to 30 times, until the merchant acknowledges it, so the same payment can be notified more than once. Verify the signature over every received field except sign; LianLian adds fields over time, so others are allowed. */
        WebPaymentNotification: {
            /**
             * @description The merchant number the payment belongs to, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components['schemas']['OidPartner'];
            /** @description Signature algorithm of this notification, RSA (MD5withRSA). */
            sign_type: components['schemas']['SignTypeRsa'];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components['schemas']['Sign'];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components['schemas']['DateTime14'];
            /** @description The merchant's order number, at most 32 characters. */
            no_order: components['schemas']['NoOrder'];
            /** @description LianLian's transaction number of the payment, at most 18 characters. */
            oid_paybill: components['schemas']['OidPaybill'];
            /**
             * @description Amount paid in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components['schemas']['MoneyOrder'];
            /** @description The order remarks sent in the WEB Payment request, echoed back; at most 255 characters. */
            info_order?: components['schemas']['InfoOrder'];
            /**
             * @description Payment result; LianLian notifies successful payments only, so always SUCCESS.
             * @constant
             */
            result_pay: 'SUCCESS';
            /**
             * @description Accounting (settlement) date of the payment, yyyyMMdd.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components['schemas']['SettleDate'];
            /**
             * @description How the payment was made. The documentation's table names M (regular) and F (authorization); its samples also show the one-character payment-method codes of the synchronous notification.
             * @enum {string}
             */
            pay_type: 'M' | 'F' | '0' | '1' | '8' | '9' | '2' | '3' | 'D' | 'I' | 'L';
            /** @description Short code of the paying bank, at most 18 characters, when LianLian sends it. */
            bank_code?: string;
            /** @description Agreement number of the card used, at most 32 characters, when the payer bound the card; it lets later payments skip entering the card. */
            no_agree?: string;
        };
        /** @description JSON object LianLian's server POSTs to the notify_url of an Instant payment confirm request once the payout has a final result, sent as Content-Type text/json;charset=utf-8. The seeds do not list these fields; they come from LianLian's public developer documentation (see the reference notes on asynchronous notifications). LianLian resends the notification about every 2 minutes, up to 30 times, until the merchant acknowledges it, so the same payout can be notified more than once. Verify the signature over every received field except sign; LianLian adds fields over time, so others are allowed. */
        InstantPayNotification: {
            /**
             * @description The merchant number the payout belongs to, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components['schemas']['OidPartner'];
            /** @description Signature algorithm of this notification, RSA (MD5withRSA). */
            sign_type: components['schemas']['SignTypeRsa'];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components['schemas']['Sign'];
            /**
             * @description Time the merchant created the payout order, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components['schemas']['DateTime14'];
            /** @description The merchant's payout order number, at most 32 characters. */
            no_order: components['schemas']['NoOrder'];
            /** @description LianLian's transaction number of the payout, at most 18 characters. */
            oid_paybill: components['schemas']['OidPaybill'];
            /**
             * @description Payout amount in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components['schemas']['MoneyOrder'];
            /** @description The order remarks sent with the payout, echoed back; at most 255 characters. */
            info_order?: components['schemas']['InfoOrder'];
            /**
             * @description Final result of the payout, SUCCESS or FAILURE.
             * @enum {string}
             */
            result_pay: 'SUCCESS' | 'FAILURE';
            /**
             * @description Accounting date of the payout, yyyyMMdd, when LianLian sends it.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components['schemas']['SettleDate'];
        };
        /** @description The merchant's answer to an asynchronous notification, as JSON within 5 seconds. Only ret_code 0000 stops LianLian from resending; LianLian's documentation shows ret_msg "交易成功" (its sample also shows "ok"). */
        NotificationAcknowledgement: {
            /**
             * @description Always 0000, meaning the merchant has recorded the notification.
             * @constant
             */
            ret_code: '0000';
            /** @description A short message; 交易成功 by convention. */
            ret_msg: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type SchemaOidPartner = components['schemas']['OidPartner'];
export type SchemaNoOrder = components['schemas']['NoOrder'];
export type SchemaOidPaybill = components['schemas']['OidPaybill'];
export type SchemaToken = components['schemas']['Token'];
export type SchemaVerifyCode = components['schemas']['VerifyCode'];
export type SchemaSignType = components['schemas']['SignType'];
export type SchemaSignTypeResponse = components['schemas']['SignTypeResponse'];
export type SchemaSignTypeRsa = components['schemas']['SignTypeRsa'];
export type SchemaSign = components['schemas']['Sign'];
export type SchemaMoneyOrder = components['schemas']['MoneyOrder'];
export type SchemaDateTime14 = components['schemas']['DateTime14'];
export type SchemaSettleDate = components['schemas']['SettleDate'];
export type SchemaRetCode = components['schemas']['RetCode'];
export type SchemaRetMsg = components['schemas']['RetMsg'];
export type SchemaInfoOrder = components['schemas']['InfoOrder'];
export type SchemaNameGoods = components['schemas']['NameGoods'];
export type SchemaNotifyUrl = components['schemas']['NotifyUrl'];
export type SchemaRiskItem = components['schemas']['RiskItem'];
export type SchemaMpayVerifyRequest = components['schemas']['MpayVerifyRequest'];
export type SchemaMpayVerifyResponse = components['schemas']['MpayVerifyResponse'];
export type SchemaMpayVerifyFailure = components['schemas']['MpayVerifyFailure'];
export type SchemaMpayVerifySuccess = components['schemas']['MpayVerifySuccess'];
export type SchemaMpayVerifyPaid = components['schemas']['MpayVerifyPaid'];
export type SchemaEasypayVerifyRequest = components['schemas']['EasypayVerifyRequest'];
export type SchemaEasypayVerifyResponse = components['schemas']['EasypayVerifyResponse'];
export type SchemaEasypayVerifyFailure = components['schemas']['EasypayVerifyFailure'];
export type SchemaEasypayVerifySuccess = components['schemas']['EasypayVerifySuccess'];
export type SchemaEasypayVerifyPaid = components['schemas']['EasypayVerifyPaid'];
export type SchemaInstantPayConfirmRequest = components['schemas']['InstantPayConfirmRequest'];
export type SchemaInstantPayConfirmEnvelope = components['schemas']['InstantPayConfirmEnvelope'];
export type SchemaInstantPayConfirmResponse = components['schemas']['InstantPayConfirmResponse'];
export type SchemaInstantPayConfirmFailure = components['schemas']['InstantPayConfirmFailure'];
export type SchemaInstantPayConfirmSuccess = components['schemas']['InstantPayConfirmSuccess'];
export type SchemaWebPaymentRequest = components['schemas']['WebPaymentRequest'];
export type SchemaWebPaymentReturnNotification = components['schemas']['WebPaymentReturnNotification'];
export type SchemaWebPaymentNotification = components['schemas']['WebPaymentNotification'];
export type SchemaInstantPayNotification = components['schemas']['InstantPayNotification'];
export type SchemaNotificationAcknowledgement = components['schemas']['NotificationAcknowledgement'];
export type $defs = Record<string, never>;
export interface operations {
    mpayVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed verification request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                'application/json': components['schemas']['MpayVerifyRequest'];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code tells failure, success and paid apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    'application/json': components['schemas']['MpayVerifyResponse'];
                };
            };
        };
    };
    easypayVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed verification request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                'application/json': components['schemas']['EasypayVerifyRequest'];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code and result_pay tell failure, success and paid apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    'application/json': components['schemas']['EasypayVerifyResponse'];
                };
            };
        };
    };
    instantPayConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The envelope body, sent as Content-Type application/json;charset=utf-8. Its pay_load decrypts to an InstantPayConfirmRequest (see seed-003-plaintext-request in components.examples). */
        requestBody: {
            content: {
                'application/json': components['schemas']['InstantPayConfirmEnvelope'];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a plain JSON body; ret_code tells failure and success apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    'application/json': components['schemas']['InstantPayConfirmResponse'];
                };
            };
        };
    };
    webPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed form fields, posted by the payer's browser as a URL-encoded form in UTF-8. */
        requestBody: {
            content: {
                'application/x-www-form-urlencoded': components['schemas']['WebPaymentRequest'];
            };
        };
        responses: {
            /** @description An HTML page for the payer: LianLian's cashier, or an error page showing the return code and message when LianLian rejects the form (for example 1001 for a bad signature). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    'text/html': string;
                };
            };
        };
    };
    webPaymentReturn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed notification fields as a URL-encoded form. */
        requestBody: {
            content: {
                'application/x-www-form-urlencoded': components['schemas']['WebPaymentReturnNotification'];
            };
        };
        responses: {
            /** @description The merchant's own result page for the payer; its content is up to the merchant and LianLian ignores it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webPaymentNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed notification as a UTF-8 JSON object, labelled text/json;charset=utf-8. */
        requestBody: {
            content: {
                'text/json': components['schemas']['WebPaymentNotification'];
            };
        };
        responses: {
            /** @description The acknowledgement. Any other answer, or none within 5 seconds, makes LianLian send the notification again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    'application/json': components['schemas']['NotificationAcknowledgement'];
                };
            };
        };
    };
    instantPayNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed notification as a UTF-8 JSON object, labelled text/json;charset=utf-8. */
        requestBody: {
            content: {
                'text/json': components['schemas']['InstantPayNotification'];
            };
        };
        responses: {
            /** @description The acknowledgement. Any other answer, or none within 5 seconds, makes LianLian send the notification again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    'application/json': components['schemas']['NotificationAcknowledgement'];
                };
            };
        };
    };
}
