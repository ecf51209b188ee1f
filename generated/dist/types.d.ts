export interface paths {
    "/v1/bankcardprepay": {
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
        post: operations["mpayVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bankcardprepay#apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * MPAY Apply Direct API
         * @description First step of an MPAY card payment: creates the order in LianLian's system and has an SMS code sent to the payer's phone. The merchant signs the request (MpayApplyRequest) with RSA, seals it in the lianpay1_0_1 envelope for LianLian's public key and POSTs {oid_partner, pay_load} as JSON, to the same URL as the MPAY Verify Direct API (the path key's #apply names this API and is never sent). LianLian answers HTTP 200 with plain JSON: ret_code 8888 with a token (valid for 30 minutes) for the MPAY Verify Direct API, or, when the account has no SMS verification step, 0000 with the payment handled at once. A payer with a bound card may be named by no_agree instead of the card fields. Direct APIs must be enabled for the merchant by LianLian's risk-control and due-diligence teams.
         */
        post: operations["mpayApply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/easypay.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Easypay Apply Direct API
         * @description First step of an Easypay card payment: creates the order in LianLian's system and has an SMS code sent to the payer's phone. The body is UTF-8 JSON signed with the merchant's RSA key (not sealed). LianLian answers HTTP 200 with a JSON body: ret_code 0000 with a token (valid for 30 minutes) for the Easypay Verify Direct API, or, when the account has no SMS verification step, 0000 with result_pay SUCCESS or PROCESSING. A payer with a bound card may be named by no_agree instead of the card fields. Direct APIs must be enabled for the merchant by LianLian's risk-control and due-diligence teams.
         */
        post: operations["easypayApply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/easypayverify.htm": {
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
        post: operations["easypayVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paymentapi/confirmPayment.htm": {
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
        post: operations["instantPayConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paymentapi/payment.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Instant payment apply API
         * @description Pays out (transfers money) from the merchant's LianLian balance to a personal debit card or a business settlement account, almost in real time. The merchant signs the plaintext request (InstantPayApplyRequest) with RSA, serialises it as compact UTF-8 JSON, encrypts it for LianLian's public key into the lianpay1_0_1 envelope described by x-lianlian-envelope, and POSTs {oid_partner, pay_load} as JSON. The answer is plain (not encrypted) JSON with HTTP 200: 0000 means the payout is being processed and its result arrives later at notify_url; 4002, 4003 and 4004 mean LianLian held the payout and it goes ahead only once confirmed with the Instant payment confirm API and the returned confirm_code within 24 hours.
         */
        post: operations["instantPayApply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/paymentapi/queryPayment.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Instant payment result query API
         * @description Reports the state of one payout made with the Instant payment apply API, by the merchant's order number. Use it whenever the apply answer was not a clear 0000 or held code (a timeout, 1002, 2005, 4006, 4007, 4009, 9999) before treating a payout as failed, and when no notification arrived. Plain signed JSON (not sealed in the envelope); the answer is signed. 8901 means LianLian has no such payout.
         */
        post: operations["instantPayQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/traderAcctQuery.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Balance Query API
         * @description Reports the merchant account's available balance (what Instant payment payouts take from) and its unsettled amount (what refunds can use). Plain signed JSON, not sealed in the envelope; the 0000 answer is signed.
         */
        post: operations["balanceQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment/traveleasypay.htm": {
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
        post: operations["webPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment/bankgateway.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Online banking redirect
         * @description Sends the payer to online banking. This is not a server-to-server call: the merchant's page renders the signed fields as an HTML form with method post and accept-charset set to charset_name (UTF-8, GBK, GB2312 or GB18030), and the payer's browser submits it, encoded in that charset, to LianLian's bank gateway, which shows the bank choice (or, with bank_code, goes straight to that bank). The signature covers the bytes of the sign source in charset_name, and a value the charset cannot encode cannot be sent (errata E530, E531). Once the payment is confirmed LianLian's server POSTs the asynchronous notification (webhook onlineBankingNotify) to notify_url; the page documents no synchronous notification (errata E535). The timestamp must be within 30 minutes of LianLian's clock (UTC+8).
         */
        post: operations["onlineBankingPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bankcardbind.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Card Bind Apply API
         * @description First step of binding a user's card: the merchant's server POSTs the card number, the holder's name, identity document and phone, and LianLian sends an SMS code to that phone. The answer's token goes with the code to the Card Bind Verify API, which binds the card and returns its agreement number no_agree. The body is UTF-8 JSON signed with the merchant's RSA key; LianLian always answers HTTP 200 with a JSON body, ret_code 0000 meaning the code was sent.
         */
        post: operations["cardBindApply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bankcardbindverfy.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Card Bind Verify API
         * @description Second step of binding a user's card: the merchant's server POSTs the token of the Card Bind Apply API and the SMS code the user typed; LianLian binds the card to user_id and returns its agreement number no_agree, which later payments can use instead of the card details. The body is UTF-8 JSON signed with the merchant's RSA key; LianLian always answers HTTP 200 with a JSON body. The page prints two addresses; this is the one its sample and LianLian's SDKs use with the Card Bind Apply API (errata E141).
         */
        post: operations["cardBindVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bankcardunbind.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Card Unbind API
         * @description Unbinds a card from a user: the merchant's server POSTs user_id and the card's agreement number no_agree, which stops working once LianLian answers ret_code 0000. The body is UTF-8 JSON signed with the merchant's RSA key; LianLian always answers HTTP 200 with a JSON body, which carries no field of the request. The page prints its address with a stray space (errata E142).
         */
        post: operations["cardUnbind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bankcardbind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * MPAY Card Bind Apply API
         * @description First step of binding a user's card for MPAY payments: the merchant's server sends the card number, the holder's name, identity document and phone, and LianLian sends an SMS code to that phone, answering ret_code 8888 with a token for the MPAY Card Bind Verify API. The merchant signs the plaintext request (MpayCardBindApplyRequest), serialises it as compact UTF-8 JSON, encrypts it for LianLian's public key into the lianpay1_0_1 envelope described by x-lianlian-envelope, and POSTs {oid_partner, pay_load} as JSON, as the page's samples and LianLian's SDK do. The answer is plain signed JSON with HTTP 200.
         */
        post: operations["mpayCardBindApply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bankcardbindverfy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * MPAY Card Bind Verify API
         * @description Second step of binding a user's card for MPAY payments: the merchant's server POSTs the token of the MPAY Card Bind Apply API and the SMS code the user typed; LianLian binds the card to user_id and returns its agreement number no_agree. Unlike the Apply step, the body is sent in clear (UTF-8 JSON signed with the merchant's RSA key), as the page's sample and LianLian's SDK do. LianLian always answers HTTP 200 with a JSON body.
         */
        post: operations["mpayCardBindVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bankcardbindlist.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Card Bind Query API
         * @description Lists the cards bound to a user: the merchant's server POSTs user_id (and optionally one no_agree or card_no to narrow the list) and LianLian answers the agreements, newest first, each with the card's last four digits, its bank, type and masked phone. The body is UTF-8 JSON signed with the merchant's RSA key; LianLian always answers HTTP 200 with a JSON body, signed over every field but agreement_list (errata E147).
         */
        post: operations["cardBindQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchangerefund.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund Apply API
         * @description Returns all or part of a paid order to the payer. The merchant's server POSTs its own refund number and time, the amount and the original order (no_order or oid_paybill), signed with its RSA key; several partial refunds of one order are allowed as long as together they do not exceed what was paid (otherwise 5007). LianLian answers HTTP 200 with a JSON body: ret_code 0000 and sta_refund with the refund's state as LianLian's gateway (the bank) accepted it, which is not yet the money reaching the payer. When the refund is confirmed successful LianLian POSTs the refund notification (refundNotify) to notify_url. Refunds are possible for payments of the last 6 months. LianLian's own SDK posts refunds to /refund.htm instead of the documented /exchangerefund.htm (E332): try it if production refuses the documented address.
         */
        post: operations["refundApply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/refundquery.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund Result Query API
         * @description Asks for the state of one refund, named by the merchant's refund number and time, signed with the merchant's RSA key. LianLian answers HTTP 200 with a JSON body shaped as the Refund Apply API's answer: ret_code 0000 and sta_refund (0 initialised, 1 processing, 2 success, 3 failed). LianLian recommends querying 15 minutes after the refund was applied for, when no refund notification has arrived.
         */
        post: operations["refundQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bankcardbin.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Card Bin Query API
         * @description Looks up a UnionPay card by its number: the issuing bank's code and Chinese name, and whether it is a debit (2) or credit (3) card. The merchant's server POSTs the card number signed with its RSA key; LianLian answers HTTP 200 with a JSON body, ret_code 0000 with the bank and the card's last four digits, or a failure such as 5001 when the card bin is not recognised.
         */
        post: operations["cardBinQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/preauthComplete.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pre-authorized capture API
         * @description Captures all or part of the amount an Easypay pre-authorisation holds on the payer's card (an Easypay payment made with pay_type F). The merchant's server POSTs the order, the payer's user_id and the amount to capture, at most the amount held, signed with its RSA key. LianLian answers HTTP 200 with a JSON body: ret_code 0000 with the amount captured, or a failure, for example 2006 when the pre-authorisation was cancelled.
         */
        post: operations["preauthCapture"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/preauthCancel.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pre-authorized cancel API
         * @description Cancels an Easypay pre-authorisation that was not captured, releasing the amount held on the payer's card. The merchant's server POSTs the order, the payer's user_id and the amount held, signed with its RSA key. LianLian answers HTTP 200 with a JSON body: ret_code 0000 with the transaction number and user_id, or a failure, for example 2007 when it was already captured.
         */
        post: operations["preauthCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/preauthquery.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pre-authorized order status query API
         * @description Reports the state of an Easypay pre-authorisation: applied for, captured or cancelled, each successful, in processing or failed. The merchant's server POSTs the order and its transaction number, signed with its RSA key. LianLian answers HTTP 200 with a JSON body whose ret_code is the status code (PR07 to PR16, 2003 or 2006), or a failure code when it cannot answer for the order.
         */
        post: operations["preauthQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/v1/bankcardpayapply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange Payment Apply API
         * @description First step of an Exchange Payment: a payer in China pays in CNY with a UnionPay card for goods priced in another supported currency. The merchant's server POSTs the order, the currencies, the card and the payer's identity; LianLian creates the transaction, sends an SMS code to the payer's phone and returns a token for the Exchange Payment Verify API. An SMS code is valid for 10 minutes; calling Apply again for the order sends a new one. When the account has no SMS verification step, the answer carries the payment result instead (result_pay). Direct APIs must be enabled for the merchant by LianLian's risk-control and due-diligence teams.
         */
        post: operations["exchangeApply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchange/v1/bankcardpayverify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange Payment Verify API
         * @description Second step of an Exchange Payment: the merchant's server POSTs the token from the Apply step and the SMS code the payer typed. LianLian then proceeds with the payment and answers with its result (result_pay SUCCESS, or PROCESSING while the gateways have not answered), in the order, settlement and payer currencies with the exchange rate applied. A successful transaction is also reported by the asynchronous notification (exchangeNotify) to the notify_url of the Apply request. Not used when the account has no SMS verification step.
         */
        post: operations["exchangeVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exchangeorderquery.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange Payment Result Query API
         * @description Asks LianLian for the status of one Exchange Payment transaction: SUCCESS (paid, with the settlement and payer amounts), or PROCESSING, WAITING, REFUND or FAILURE. Use it when the asynchronous notification has not arrived, or to read a status other than SUCCESS, which only this API reports.
         */
        post: operations["exchangeQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/llwalletapi/orderquery.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Aggregate Payment Result Query API
         * @description Asks LianLian for one aggregate (or online banking) payment by the merchant's order number or LianLian's transaction number: result_pay SUCCESS with the settlement date and the payment method used, or another status. Use it when the asynchronous notification has not arrived.
         */
        post: operations["aggregateQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/llwalletapi/combinepay.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Aggregate Payment Direct API
         * @description Creates a WeChat Pay or Alipay payment (combinepay) and returns what the payer pays it with: the link of a QR code to show, or the parameters for the WeChat SDK or a WeChat official account. The payment's result arrives in the aggregate asynchronous notification; the result query reports it too.
         */
        post: operations["aggregatePay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aggregateweb/gateway.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Aggregate Web Redirect API
         * @description Opens LianLian's aggregate cashier, where the payer pays with WeChat Pay, Alipay or online banking. This is not a server-to-server call: the merchant's page, declared charset=UTF-8, renders the signed fields as an HTML form with method post and the payer's browser submits it. After a successful payment the browser POSTs the synchronous notification to url_return (webhook aggregateWebReturn) and LianLian's server POSTs the asynchronous notification to notify_url (aggregateNotify). The timestamp must be within 30 minutes of LianLian's clock (UTC+8).
         */
        post: operations["aggregateWeb"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orderquery.htm#mpay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * MPAY payment result query API
         * @description Asks LianLian for the status of one MPAY payment, named by no_order with dt_order or by oid_paybill. The MPAY and Easypay queries share one URL (the path key's #mpay names this one and is never sent); LianLian answers from the order. HTTP 200 with a signed JSON body: ret_code 0000 and result_pay SUCCESS, WAITING, PROCESSING, REFUND or FAILURE (final except WAITING and PROCESSING), or a failure such as 8901 when there is no such order. bank_name and memo (asked for with query_version 1.1) and card_no are outside the signature.
         */
        post: operations["mpayQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orderquery.htm#easypay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Easypay payment result query API
         * @description Asks LianLian for the status of one Easypay payment, named by no_order with dt_order or by oid_paybill. The MPAY and Easypay queries share one URL (the path key's #easypay names this one and is never sent); LianLian answers from the order. HTTP 200 with a signed JSON body: ret_code 0000 and result_pay SUCCESS, WAITING, PROCESSING, REFUND or FAILURE (final except WAITING and PROCESSING), or a failure such as 8901 when there is no such order. bank_name and memo (asked for with query_version 1.1) are outside the signature.
         */
        post: operations["easypayQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/paycreatebill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Payment Creation Direct API (unified gateway)
         * @description Creates an order on LianLian's unified gateway from the merchant's server and answers the payment page (gateway_url, with its token, valid for 30 minutes) to send the payer's browser to, whatever the client (web, WAP, app). flag_pay_product picks card payment, online banking or mobile online banking; with bank_code the page opens that bank's online banking directly. The body is UTF-8 JSON signed with the merchant's RSA key (not sealed; LianLian's SDK posts it in clear to this URL). Once the payer has paid, LianLian POSTs the aggregate asynchronous notification to notify_url and the browser returns to url_return with the synchronous notification; the docs name no result query for these orders (errata E571).
         */
        post: operations["unifiedCreateBill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/travlepay.htm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Easypay H5 Redirect API
         * @description Opens LianLian's H5 (mobile) cashier for a card payment. Like the WEB Payment API this is a form the payer's browser posts, not a server-to-server call, but the whole signed request travels as the text of one JSON object in the single input req_data (EasypayH5Form). The fields are signed as usual, over every non-empty field except sign; the JSON carries each value as a string. After a successful payment the browser is sent to url_return with the signed synchronous notification in its res_data query parameter (webhook easypayH5Return) and LianLian's server POSTs the asynchronous notification to notify_url.
         */
        post: operations["easypayH5Payment"];
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
        post: operations["webPaymentReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    easypayH5Return: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Easypay H5 synchronous notification
         * @description After a successful H5 payment or authorization LianLian sends the payer's browser to the merchant's url_return with the signed fields as the JSON text of one query parameter, res_data (GET {url_return}?res_data={json}), once; nothing is sent for failed payments. The merchant verifies the signature over every received field except sign before showing the result, and still relies on the asynchronous notification to notify_url for the outcome. LianLian does not read the merchant's answer.
         */
        get: operations["easypayH5Return"];
        put?: never;
        post?: never;
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
        post: operations["webPaymentNotify"];
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
        post: operations["instantPayNotify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    refundNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund asynchronous notification
         * @description LianLian's server POSTs a refund's result to the notify_url of its Refund Apply request once the refund is confirmed successful, as one JSON object with Content-Type text/json;charset=utf-8. Unlike the payment notifications, it is about a refund: the merchant looks its record up by its own refund number no_refund, checks that oid_partner, no_refund and money_refund are those of the refund it applied for, records the result once per LianLian refund number oid_refundno (an order refunded in parts is notified once per refund), and answers the acknowledgement. Without it LianLian sends the notification again, so handling must be idempotent.
         */
        post: operations["refundNotify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    exchangeNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange Payment asynchronous notification
         * @description LianLian's server POSTs the result of an Exchange Payment to the notify_url of the Apply request once the transaction is confirmed SUCCESS, as one JSON object with Content-Type text/json;charset=utf-8. It carries the order, settlement and payer amounts with their currencies and the exchange rate. The merchant verifies the signature over every received field except sign, checks that oid_partner, no_order and money_order are those of its own order, records the result once per oid_paybill, and answers the acknowledgement; LianLian resends until it gets it, so handling must be idempotent.
         */
        post: operations["exchangeNotify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    aggregateNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Aggregate Payment asynchronous notification
         * @description LianLian's server POSTs the result of an aggregate payment (and of a unified gateway payment) to the request's notify_url once it is confirmed SUCCESS, as one JSON object with Content-Type text/json;charset=utf-8. The merchant verifies the signature over every received field except sign, checks that oid_partner, no_order and money_order are those of its own order, records the payment once per oid_paybill and answers the acknowledgement; LianLian resends until it gets it, so handling must be idempotent.
         */
        post: operations["aggregateNotify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    aggregateWebReturn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Aggregate Payment Synchronous Notification
         * @description After a successful aggregate web payment LianLian makes the payer's browser POST these signed form fields to the merchant's url_return, once; nothing is sent for failed payments. The merchant verifies the signature over every received field except sign before showing the result, and still relies on the asynchronous notification (aggregateNotify) for the outcome. LianLian does not read the merchant's answer.
         */
        post: operations["aggregateWebReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    onlineBankingNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Online banking asynchronous notification
         * @description LianLian's server POSTs the result of an online banking payment to the request's notify_url once it is confirmed SUCCESS, as one JSON object with Content-Type text/json;charset=utf-8. The merchant verifies the signature over every received field except sign, checks that oid_partner, no_order and money_order are those of its own order, records the payment once per oid_paybill and answers the acknowledgement; LianLian resends until it gets it, so handling must be idempotent. The online banking redirect (onlineBankingPayment) starts such a payment.
         */
        post: operations["onlineBankingNotify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    mpayNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * MPAY asynchronous payment notification
         * @description LianLian's server POSTs the result of a successful MPAY payment to the notify_url of the MPAY Apply request, as one JSON object with Content-Type text/json;charset=utf-8 (not application/json). The merchant verifies the signature over every received field except sign, checks that oid_partner, no_order and money_order are those of its own order, records the payment once per oid_paybill, and answers the acknowledgement. Without that answer LianLian sends the notification again, so handling must be idempotent.
         */
        post: operations["mpayNotify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    easypayNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Easypay asynchronous payment notification
         * @description LianLian's server POSTs the result of a successful Easypay payment to the notify_url of the Easypay Apply request, as one JSON object with Content-Type text/json;charset=utf-8 (not application/json). The merchant verifies the signature over every received field except sign, checks that oid_partner, no_order and money_order are those of its own order, records the payment once per oid_paybill, and answers the acknowledgement. Without that answer LianLian sends the notification again, so handling must be idempotent.
         */
        post: operations["easypayNotify"];
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
        SignType: "RSA" | "SHA256withRSA";
        /**
         * @description Signature algorithm LianLian used for a Verify Direct API response. The tables write the SHA-256 variant as SHA256WITHRSA while requests write SHA256withRSA; both spellings name the same algorithm and both are accepted (errata E13, E14).
         * @enum {string}
         * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
         * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
         */
        SignTypeResponse: "RSA" | "SHA256WITHRSA" | "SHA256withRSA";
        /**
         * @description Signature algorithm for the APIs whose tables allow only RSA: RSASSA-PKCS1-v1_5 with an MD5 digest.
         * @enum {string}
         */
        SignTypeRsa: "RSA";
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
         * @description Currency of the order as a three-letter ISO 4217 code in capitals, for example CNY or USD. The docs list the supported ones on their Supported Currencies page.
         * @rule must be three capital letters (an ISO 4217 code)
         */
        CurrencyOrder: string;
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
            user_info_dt_register: components["schemas"]["DateTime14"];
            /** @description Name of the goods being bought. */
            goods_name: string;
            /**
             * @description Channel the payer used; sent by server-side integrations.
             * @enum {string}
             */
            frms_client_chnl?: "10" | "13" | "16";
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
            user_info_identify_state?: "0" | "1";
            /**
             * @description How the payer's identity was verified; sent for real-name payments.
             * @enum {string}
             */
            user_info_identify_type?: "1" | "2" | "3" | "4";
        };
        /**
         * @description A time in China Standard Time (UTC+8) as the transaction reports write it, yyyyMMdd HH:mm:ss: the date, one space, then hour 00-23, minute and second 00-59, for example 20171216 01:51:25.
         * @rule must be yyyyMMdd HH:mm:ss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
         * @errata E400 The report time format writes MM for both month and minute, and dt_update has none
         */
        ReportTime: string;
        /**
         * @description An amount in a transaction report: decimal text with exactly two decimals, negative (a leading minus sign) on the row of a refund, at most 100000000.00 in magnitude, for example 551.23 or -20.00.
         * @rule must have exactly two decimals, optionally negative, at most 100000000.00 in magnitude
         * @errata E402 Report amounts are negative on refund rows, though money_order's range starts at 0.01
         */
        ReportAmount: string;
        /**
         * @description A number of transactions in a summary report, as decimal digits without leading zeros.
         * @rule must be a whole number without leading zeros
         */
        ReportCount: string;
        /**
         * @description ISO 4217 code of a currency LianLian supports (the Supported Currencies page), as the transaction reports write it.
         * @enum {string}
         */
        ReportCurrency: "AUD" | "CNY" | "DKK" | "EUR" | "GBP" | "HKD" | "JPY" | "NZD" | "SEK" | "SGD" | "USD";
        /**
         * @description One line of a daily or monthly transaction detail report (JYMX files): a payment that succeeded (transaction_status 0) or the refund of one (transaction_status 5, with negative amounts). The columns are separated by `|` in the order of `x-lianlian-reports`; an empty column is an absent property. Only the columns that identify a transaction and its amount are required, because the report page does not say which columns may be empty (E405).
         * @errata E405 The report page does not say which columns may be empty
         */
        TransactionReportRow: {
            no_order: components["schemas"]["NoOrder"];
            /**
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @rule must be yyyyMMdd HH:mm:ss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             * @errata E400 The report time format writes MM for both month and minute, and dt_update has none
             */
            dt_order?: components["schemas"]["ReportTime"];
            /**
             * @description The busi_partner of the original request (for example 101001 virtual goods, 109001 physical goods).
             * @rule must be 6 digits
             */
            busi_partner?: string;
            /**
             * @description LianLian's transaction number of the payment. On a refund row the report page says it is the original no_order (E403), so any text of at most 32 characters is accepted.
             * @errata E403 The refund rows' oid_paybill, payment_status and fee
             */
            oid_paybill: string;
            /**
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date: components["schemas"]["SettleDate"];
            currency_order?: components["schemas"]["ReportCurrency"];
            /**
             * @rule must have exactly two decimals, optionally negative, at most 100000000.00 in magnitude
             * @errata E402 Report amounts are negative on refund rows, though money_order's range starts at 0.01
             */
            money_order: components["schemas"]["ReportAmount"];
            /**
             * @description The currency the payer paid in. The report's header line spells this column currenty_pay (E401).
             * @errata E401 The report header spells currency_pay as currenty_pay
             */
            currency_pay?: components["schemas"]["ReportCurrency"];
            /**
             * @rule must have exactly two decimals, optionally negative, at most 100000000.00 in magnitude
             * @errata E402 Report amounts are negative on refund rows, though money_order's range starts at 0.01
             */
            money_pay?: components["schemas"]["ReportAmount"];
            currency_settle?: components["schemas"]["ReportCurrency"];
            /**
             * @rule must have exactly two decimals, optionally negative, at most 100000000.00 in magnitude
             * @errata E402 Report amounts are negative on refund rows, though money_order's range starts at 0.01
             */
            money_settle?: components["schemas"]["ReportAmount"];
            /**
             * @description The exchange rate applied to the transaction, as decimal text (for example 6.6600).
             * @rule must be a decimal number with at most 8 decimals
             */
            exchange_rate?: string;
            /**
             * @description 0 for a successful payment, 5 for a refund.
             * @enum {string}
             */
            transaction_status: "0" | "5";
            /**
             * @description When the transaction's status last changed, in the report's time format (E400).
             * @rule must be yyyyMMdd HH:mm:ss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             * @errata E400 The report time format writes MM for both month and minute, and dt_update has none
             */
            dt_update?: components["schemas"]["ReportTime"];
            /**
             * @description The fee of the transaction in CNY with two decimals, negative on a refund row.
             * @rule must have exactly two decimals, optionally negative, at most 100000000.00 in magnitude
             * @errata E402 Report amounts are negative on refund rows, though money_order's range starts at 0.01
             */
            transaction_fee?: components["schemas"]["ReportAmount"];
            /** @description The payment product used (LianLian's product code). */
            pay_product?: string;
            /** @description The pay_type of the transaction. */
            pay_type?: string;
            /**
             * @description The info_order of the original request. It is the last column and may itself contain `|`: everything after the 18th separator belongs to it (E404).
             * @errata E404 info_order is the last column and may contain the separator
             */
            info_order?: components["schemas"]["InfoOrder"];
        };
        /** @description The one data line of a daily summary report (JYMXSUM files): counts and CNY totals of the day's successful, refunded and cancelled transactions, separated by `|`. A total whose count is 0 may be empty, as the page's own example shows (`8|8|551.23|0||0|`). */
        TransactionReportSummary: {
            /**
             * @rule must be a whole number without leading zeros
             */
            total_transaction_count: components["schemas"]["ReportCount"];
            /**
             * @rule must be a whole number without leading zeros
             */
            successful_transaction_count: components["schemas"]["ReportCount"];
            /**
             * @description Sum of the successful transactions' amounts, in CNY with two decimals.
             * @rule must have exactly two decimals, optionally negative, at most 100000000.00 in magnitude
             * @errata E402 Report amounts are negative on refund rows, though money_order's range starts at 0.01
             */
            successful_transaction_amount_summary?: components["schemas"]["ReportAmount"];
            /**
             * @rule must be a whole number without leading zeros
             */
            refunded_transaction_count: components["schemas"]["ReportCount"];
            /**
             * @description Sum of the refunds' amounts, in CNY with two decimals, negative.
             * @rule must have exactly two decimals, optionally negative, at most 100000000.00 in magnitude
             * @errata E402 Report amounts are negative on refund rows, though money_order's range starts at 0.01
             */
            refunded_transaction_amount_summary?: components["schemas"]["ReportAmount"];
            /**
             * @rule must be a whole number without leading zeros
             */
            canceled_transaction_count: components["schemas"]["ReportCount"];
            /**
             * @description Sum of the cancelled transactions' amounts, in CNY with two decimals, negative.
             * @rule must have exactly two decimals, optionally negative, at most 100000000.00 in magnitude
             * @errata E402 Report amounts are negative on refund rows, though money_order's range starts at 0.01
             */
            canceled_transaction_amount_summary?: components["schemas"]["ReportAmount"];
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
            oid_partner: components["schemas"]["OidPartner"];
            /** @description The merchant order number used in the Apply step, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description The token returned by the MPAY Apply Direct API; valid for 30 minutes after issue.
             * @errata E30 Fields typed as bare String, without a length
             */
            token: components["schemas"]["Token"];
            /**
             * @description Algorithm used to sign this request, RSA (MD5withRSA) or SHA256withRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             */
            sign_type: components["schemas"]["SignType"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description Order amount in CNY with two decimal places, 0.01 to 100000000.00; it must equal the amount sent in the Apply step.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             * @errata E31 The MPAY request's money_order states no range
             */
            money_order: components["schemas"]["MoneyOrder"];
            /** @description The SMS code sent to the payer by the MPAY Apply Direct API, at most 6 characters. */
            verify_code: components["schemas"]["VerifyCode"];
        };
        /** @description Body of every MPAY Verify Direct API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000; success when ret_code is 0000 and result_pay is absent or PROCESSING; paid when ret_code is 0000 and result_pay is SUCCESS. */
        MpayVerifyResponse: components["schemas"]["MpayVerifyFailure"] | components["schemas"]["MpayVerifySuccess"] | components["schemas"]["MpayVerifyPaid"];
        /**
         * @description Response branch for a request LianLian did not complete: ret_code is anything but 0000 (a failure, or a state such as 1003 "payment in progress"). The seed lists only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        MpayVerifyFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
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
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description Algorithm LianLian used to sign this response, RSA or SHA256WITHRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
             */
            sign_type: components["schemas"]["SignTypeResponse"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Transaction amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description A token valid for 30 minutes, returned only when the account uses SMS verification; absent when the account has no SMS verification step.
             * @errata E30 Fields typed as bare String, without a length
             * @errata E35 The Verify response's token is said to be used for the Verify API itself
             */
            token?: components["schemas"]["Token"];
            /**
             * @description Order remarks echoed back, at most 255 characters.
             * @errata E32 info_order is returned "when sent in API requests", but the Verify requests have no info_order
             */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description Payment result when LianLian reports one without a final outcome: PROCESSING, the payment is still being processed. The MPAY table has no result_pay row (errata E10).
             * @constant
             * @errata E10 result_pay decides which fields exist, but MPAY does not define it and Easypay makes it optional
             */
            result_pay?: "PROCESSING";
            /**
             * @description Settlement date yyyyMMdd. Documented only for result_pay SUCCESS, but the seed sample sends it without result_pay (errata E11).
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             * @errata E11 Verify samples return settle_date and no_agree without result_pay
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            settle_date?: components["schemas"]["SettleDate"];
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
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description Algorithm LianLian used to sign this response, RSA or SHA256WITHRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
             */
            sign_type: components["schemas"]["SignTypeResponse"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Amount paid in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description A token valid for 30 minutes, returned only when the account uses SMS verification, so normally absent in this branch.
             * @errata E30 Fields typed as bare String, without a length
             * @errata E35 The Verify response's token is said to be used for the Verify API itself
             */
            token?: components["schemas"]["Token"];
            /**
             * @description Order remarks echoed back, at most 255 characters.
             * @errata E32 info_order is returned "when sent in API requests", but the Verify requests have no info_order
             */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description Payment result SUCCESS: the payment completed. It defines this branch, so it is required here; the MPAY table refers to it without defining it (errata E10).
             * @constant
             * @errata E10 result_pay decides which fields exist, but MPAY does not define it and Easypay makes it optional
             */
            result_pay: "SUCCESS";
            /**
             * @description Settlement date of the payment, yyyyMMdd in UTC+8, e.g. 20180829.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            settle_date?: components["schemas"]["SettleDate"];
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
            sign_type: components["schemas"]["SignType"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body. The seed table has no row for it although its sample sends it (errata E05).
             * @rule must be standard base64 without line breaks
             * @errata E05 sign is sent by the 001 sample but missing from its request table
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description The merchant order number used in the Apply step, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description The token returned by the Easypay Apply Direct API; valid for 30 minutes after issue.
             * @errata E30 Fields typed as bare String, without a length
             */
            token: components["schemas"]["Token"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714. Required by the table although the seed sample omits it (errata E06).
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             * @errata E06 The 001 sample request lacks the required dt_order
             */
            dt_order: components["schemas"]["DateTime14"];
            /**
             * @description Order amount in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description The SMS code sent to the payer by the Easypay Apply Direct API, at most 6 characters. Missing from the seed table but sent by its sample; typed as in the MPAY table (errata E04).
             * @errata E04 verify_code is sent by the 001 sample but missing from its table
             */
            verify_code: components["schemas"]["VerifyCode"];
        };
        /** @description Body of every Easypay Verify Direct API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000; success when ret_code is 0000 and result_pay is absent or PROCESSING; paid when ret_code is 0000 and result_pay is SUCCESS. */
        EasypayVerifyResponse: components["schemas"]["EasypayVerifyFailure"] | components["schemas"]["EasypayVerifySuccess"] | components["schemas"]["EasypayVerifyPaid"];
        /**
         * @description Response branch for a request LianLian did not complete: ret_code is anything but 0000 (a failure, or a state such as 1003 "payment in progress"). The seed lists only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        EasypayVerifyFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
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
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description Algorithm LianLian used to sign this response, RSA or SHA256WITHRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
             */
            sign_type: components["schemas"]["SignTypeResponse"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received. The seed table has no sign row, but its sample carries one (errata E07).
             * @rule must be standard base64 without line breaks
             * @errata E07 The 001 response table has no sign row
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714. Marked Required in the table but missing from the seed sample, so accepted as optional (errata E08).
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             * @errata E08 The 001 sample response lacks the required dt_order and name_goods
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            dt_order?: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Transaction amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Currency of the order, three capital letters. Listed as Required by the docs page but absent from the seed table and from both samples, so accepted as optional (errata E300).
             * @rule must be three capital letters (an ISO 4217 code)
             * @errata E300 The docs' Easypay Verify answer has a currency_order row the seed does not have
             */
            currency_order?: components["schemas"]["CurrencyOrder"];
            /**
             * @description A token valid for 30 minutes, returned only when the account uses SMS verification; absent when the account has no SMS verification step.
             * @errata E30 Fields typed as bare String, without a length
             * @errata E35 The Verify response's token is said to be used for the Verify API itself
             */
            token?: components["schemas"]["Token"];
            /**
             * @description Name of the goods, at most 40 characters. Marked Required in the table but missing from the seed sample, so accepted as optional (errata E08).
             * @errata E08 The 001 sample response lacks the required dt_order and name_goods
             */
            name_goods?: components["schemas"]["NameGoods"];
            /**
             * @description One-character code of the payment method used for this transaction. The seed lists no values (errata E29).
             * @errata E29 pay_type has different code sets, and none in 001
             */
            pay_type?: string;
            /**
             * @description Order remarks echoed back, at most 255 characters.
             * @errata E32 info_order is returned "when sent in API requests", but the Verify requests have no info_order
             */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description Short code of the bank that issued the card used, at most 18 characters.
             * @errata E26 bank_code is String(18) in 001 but bare String in 004
             */
            bank_code?: string;
            /**
             * @description Payment result, returned only when the account has no SMS verification step: PROCESSING means the payment is still being processed.
             * @constant
             */
            result_pay?: "PROCESSING";
            /**
             * @description Settlement date yyyyMMdd. Documented only for result_pay SUCCESS, but the seed sample sends it without result_pay (errata E11).
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             * @errata E11 Verify samples return settle_date and no_agree without result_pay
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            settle_date?: components["schemas"]["SettleDate"];
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
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description Algorithm LianLian used to sign this response, RSA or SHA256WITHRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
             */
            sign_type: components["schemas"]["SignTypeResponse"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received. The seed table has no sign row, but its sample carries one (errata E07).
             * @rule must be standard base64 without line breaks
             * @errata E07 The 001 response table has no sign row
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714. Marked Required in the table but missing from the seed sample, so accepted as optional (errata E08).
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             * @errata E08 The 001 sample response lacks the required dt_order and name_goods
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            dt_order?: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Transaction amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Currency of the order, three capital letters. Listed as Required by the docs page but absent from the seed table and from both samples, so accepted as optional (errata E300).
             * @rule must be three capital letters (an ISO 4217 code)
             * @errata E300 The docs' Easypay Verify answer has a currency_order row the seed does not have
             */
            currency_order?: components["schemas"]["CurrencyOrder"];
            /**
             * @description A token valid for 30 minutes, returned only when the account uses SMS verification; absent when the account has no SMS verification step.
             * @errata E30 Fields typed as bare String, without a length
             * @errata E35 The Verify response's token is said to be used for the Verify API itself
             */
            token?: components["schemas"]["Token"];
            /**
             * @description Name of the goods, at most 40 characters. Marked Required in the table but missing from the seed sample, so accepted as optional (errata E08).
             * @errata E08 The 001 sample response lacks the required dt_order and name_goods
             */
            name_goods?: components["schemas"]["NameGoods"];
            /**
             * @description One-character code of the payment method used for this transaction. The seed lists no values (errata E29).
             * @errata E29 pay_type has different code sets, and none in 001
             */
            pay_type?: string;
            /**
             * @description Order remarks echoed back, at most 255 characters.
             * @errata E32 info_order is returned "when sent in API requests", but the Verify requests have no info_order
             */
            info_order?: components["schemas"]["InfoOrder"];
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
            result_pay: "SUCCESS";
            /**
             * @description Settlement date of the payment, yyyyMMdd in UTC+8, e.g. 20150911.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            settle_date?: components["schemas"]["SettleDate"];
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
            api_version: "1.0" | "1.1";
            /**
             * @description The merchant number LianLian assigned, up to 18 digits; the same value as the envelope's oid_partner.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this plaintext.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The confirmation code LianLian issued for the held payout, at most 6 characters. */
            confirm_code: string;
            /** @description The merchant order number of the original payout request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /** @description Absolute URL (at most 128 characters) that receives LianLian's asynchronous result notification for this payout. */
            notify_url: components["schemas"]["NotifyUrl"];
        };
        /** @description The JSON body actually sent to the Instant payment confirm API: the merchant number in clear and the encrypted, signed request in pay_load. */
        InstantPayConfirmEnvelope: {
            /**
             * @description The merchant number, up to 18 digits, repeated in clear so LianLian can pick the merchant's keys; it must equal oid_partner inside the encrypted request.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description The lianpay1_0_1 envelope: six fields joined by "$" - the literal lianpay1_0_1, then the base64 of the RSA-OAEP-wrapped HMAC key, the base64 of the RSA-OAEP-wrapped AES key, the base64 of the 8-character nonce, the base64 of the AES-256-CTR ciphertext of the signed JSON, and the base64 of the HMAC-SHA256 tag. Base64 fields may be wrapped at 76 characters with CRLF, as LianLian's own encoder does.
             * @rule must be lianpay1_0_1 followed by five $-separated base64 fields
             */
            pay_load: string;
        };
        /** @description Body of every Instant payment confirm API answer (always HTTP 200, JSON, not encrypted). Exactly one branch matches: failure when ret_code is not 0000, success when it is 0000. */
        InstantPayConfirmResponse: components["schemas"]["InstantPayConfirmFailure"] | components["schemas"]["InstantPayConfirmSuccess"];
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
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits, when returned.
             * @rule must be 1 to 18 digits
             * @errata E17 003 marks oid_partner, sign_type and sign Required for every response
             */
            oid_partner?: components["schemas"]["OidPartner"];
            /**
             * @description Signature algorithm of this response, RSA, when the response is signed.
             * @errata E17 003 marks oid_partner, sign_type and sign Required for every response
             */
            sign_type?: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field, when present.
             * @rule must be standard base64 without line breaks
             * @errata E17 003 marks oid_partner, sign_type and sign Required for every response
             * @errata E30 Fields typed as bare String, without a length
             */
            sign?: components["schemas"]["Sign"];
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
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm of this response, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description LianLian's transaction number for the payout, at most 18 characters; returned once the transaction object has been created. */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /** @description The merchant order number of the original payout request, at most 32 characters. */
            no_order?: components["schemas"]["NoOrder"];
        };
        /**
         * @description A bank card or bank account number, digits only, at most 32 characters. LianLian's tables type it as a bare String; personal debit cards have 16 to 19 digits and business settlement accounts up to about 30, so the spec allows 32 (errata E102, E148, E240).
         * @rule must be 1 to 32 digits
         * @sensitive card — masked in messages and logs
         * @errata E102 card_no and acct_name are typed as bare String
         * @errata E148 Card binding fields typed as bare String
         * @errata E240 The Card Bin Query request's card_no has no length
         */
        CardNo: string;
        /** @description The signed plaintext of an Instant payment apply API request: a payout (money transfer) from the merchant's LianLian balance to a bank card or business account. It is never sent as it is: the client signs it, serialises it as compact UTF-8 JSON, encrypts it into the lianpay1_0_1 envelope (see x-lianlian-envelope on the operation) and sends InstantPayApplyEnvelope. */
        InstantPayApplyRequest: {
            /**
             * @description Interface version; the docs say 1.1, LianLian's demos send 1.0 (errata E100).
             * @enum {string}
             * @errata E100 Instant payment apply: api_version 1.1 in the docs, 1.0 in LianLian's demo
             */
            api_version: "1.0" | "1.1";
            /**
             * @description The merchant number LianLian assigned, up to 18 digits; the same value as the envelope's oid_partner.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this plaintext.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The kind of account paid: 0 a personal debit card, 1 a business bank settlement account. The docs' table numbers the two kinds 1 and 2 as a list while its sample sends 0 (errata E101).
             * @enum {string}
             * @errata E101 flag_card: the table numbers the kinds 1 and 2, the sample sends 0
             */
            flag_card: "0" | "1";
            /**
             * @description Amount to pay out in CNY with two decimals, from 0.01; taken from the merchant's balance.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /** @description The merchant's payout order number, at most 32 characters, unique per merchant. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the payout order, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /**
             * @description The payee's card or account number, digits only, at most 32 (errata E102).
             * @rule must be 1 to 32 digits
             * @sensitive card — masked in messages and logs
             * @errata E102 card_no and acct_name are typed as bare String
             */
            card_no: components["schemas"]["CardNo"];
            /**
             * @description The account holder's name, in Chinese for a personal card, at most 64 characters (the docs type it as a bare String, errata E102).
             * @sensitive name — masked in messages and logs
             * @errata E102 card_no and acct_name are typed as bare String
             */
            acct_name: string;
            /** @description Free text of at most 255 characters that LianLian sends back in the payout's asynchronous notification. */
            info_order: components["schemas"]["InfoOrder"];
            /** @description Note that may be shown on the payee's bank statement, at most 24 characters. LianLian drops every character outside letters, digits, CJK ideographs, '-' and '_' rather than refusing it. */
            memo: string;
            /** @description Absolute URL (at most 128 characters) that receives LianLian's asynchronous result notification for this payout. */
            notify_url: components["schemas"]["NotifyUrl"];
            /**
             * @description LianLian's 8-digit code of the payee's bank (for example 01020000 for ICBC); required when flag_card is 1 (a business account).
             * @rule must be the 8-digit bank code
             */
            bank_code?: string;
        };
        /** @description The JSON body actually sent to the Instant payment apply API: the merchant number in clear and the encrypted, signed request in pay_load. */
        InstantPayApplyEnvelope: {
            /**
             * @description The merchant number, up to 18 digits, repeated in clear so LianLian can pick the merchant's keys; it must equal oid_partner inside the encrypted request.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description The lianpay1_0_1 envelope sealing the signed InstantPayApplyRequest, in the same six-field form as the confirm API's (see x-lianlian-envelope).
             * @rule must be lianpay1_0_1 followed by five $-separated base64 fields
             */
            pay_load: string;
        };
        /** @description Body of every Instant payment apply API answer (always HTTP 200, JSON, not encrypted). Exactly one branch matches: held when ret_code is 4002, 4003 or 4004 (the payout waits for the merchant's confirmation), success when it is 0000, failure otherwise. */
        InstantPayApplyResponse: components["schemas"]["InstantPayApplyFailure"] | components["schemas"]["InstantPayApplyHeld"] | components["schemas"]["InstantPayApplySuccess"];
        /**
         * @description Response branch for a payout LianLian refused: ret_code is neither 0000 nor one of the held codes 4002-4004. The docs mark oid_partner, sign_type and sign Required for every answer; the spec accepts failures without them because a request that could not be decrypted or attributed cannot be answered with a signature (errata E105). A sign that is present is verified. Codes such as 1002, 2005, 4006, 4007, 4009 and 9999 do not prove the payout failed: query it.
         * @branch failure
         * @errata E105 The apply response marks oid_partner, sign_type and sign Required for every answer
         * @errata E117 The apply answer's confirm_code and no_order are Optional, yet come with every held answer
         */
        InstantPayApplyFailure: {
            /**
             * @description Four-digit return code other than 0000 and the held codes; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits, when returned.
             * @rule must be 1 to 18 digits
             * @errata E105 The apply response marks oid_partner, sign_type and sign Required for every answer
             */
            oid_partner?: components["schemas"]["OidPartner"];
            /**
             * @description Signature algorithm of this response, RSA, when the response is signed.
             * @errata E105 The apply response marks oid_partner, sign_type and sign Required for every answer
             */
            sign_type?: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field, when present.
             * @rule must be standard base64 without line breaks
             * @errata E105 The apply response marks oid_partner, sign_type and sign Required for every answer
             * @errata E30 Fields typed as bare String, without a length
             */
            sign?: components["schemas"]["Sign"];
            /** @description The merchant order number of the payout request, at most 32 characters, when returned. */
            no_order?: components["schemas"]["NoOrder"];
        };
        /**
         * @description Response branch for a payout LianLian held back (ret_code 4002 suspected duplicate, 4003 name and card do not match, 4004 both). No LianLian transaction exists yet and nothing is sent to the bank: to go ahead, call the Instant payment confirm API with confirm_code within 24 hours; otherwise the payout is closed. Signed by LianLian.
         * @branch held
         */
        InstantPayApplyHeld: {
            /**
             * @description Why the payout is held; see x-lianlian-return-codes.
             * @enum {string}
             */
            ret_code: "4002" | "4003" | "4004";
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm of this response, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The merchant order number of the held payout, at most 32 characters (errata E117).
             * @errata E117 The apply answer's confirm_code and no_order are Optional, yet come with every held answer
             */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description The code to send to the Instant payment confirm API to release this payout, at most 6 characters (errata E117).
             * @errata E117 The apply answer's confirm_code and no_order are Optional, yet come with every held answer
             */
            confirm_code: string;
        };
        /**
         * @description Response branch for ret_code 0000: LianLian created the payout and is processing it. This is not the payout's result, which arrives later at notify_url (or from the result query). Signed by LianLian.
         * @branch success
         * @errata E117 The apply answer's confirm_code and no_order are Optional, yet come with every held answer
         */
        InstantPayApplySuccess: {
            /**
             * @description Always 0000 in this branch, meaning the payout was accepted for processing.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm of this response, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number of the payout, at most 32 characters. */
            no_order?: components["schemas"]["NoOrder"];
            /** @description LianLian's transaction number for the payout, at most 18 characters; returned once the transaction object has been created. */
            oid_paybill?: components["schemas"]["OidPaybill"];
        };
        /**
         * @description Instant payment result query request: asks LianLian for the state of one payout, by the merchant's order number (and optionally LianLian's transaction number). Plain signed JSON, not sealed in the envelope (errata E108).
         * @errata E108 The result and balance queries are plain signed JSON, not sealed in the envelope
         */
        InstantPayQueryRequest: {
            /**
             * @description The merchant number LianLian assigned, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of the request.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The merchant order number of the payout, at most 32 characters. Required here, although the docs call it optional when oid_paybill is given (errata E109).
             * @errata E109 The result query's no_order is Required and "Optional if oid_paybill is present"
             */
            no_order: components["schemas"]["NoOrder"];
            /** @description LianLian's transaction number of the payout, at most 18 characters, when known. */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /**
             * @description Interface version, 1.0; what LianLian's own demos send (errata E110).
             * @enum {string}
             * @errata E110 The result query's table asks for query_version, its sample sends api_version
             */
            api_version?: "1.0";
            /**
             * @description Query interface version, 1.0, as the docs' table names it; optional, since neither the docs' sample nor LianLian's demos send it (errata E110).
             * @enum {string}
             * @errata E110 The result query's table asks for query_version, its sample sends api_version
             */
            query_version?: "1.0";
        };
        /** @description Body of every Instant payment result query answer (HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000 (8901: LianLian has no such payout), paid when the payout succeeded (result_pay SUCCESS), success for every other state of a known payout. */
        InstantPayQueryResponse: components["schemas"]["InstantPayQueryFailure"] | components["schemas"]["InstantPayQuerySuccess"] | components["schemas"]["InstantPayQueryPaid"];
        /**
         * @description Response branch for a query LianLian could not answer: ret_code is anything but 0000. 8901 means LianLian has no payout with this order number; LianLian's demos advise paying again with the same no_order rather than a new one. Failures LianLian could not attribute are unsigned (errata E105).
         * @branch failure
         * @errata E105 The apply response marks oid_partner, sign_type and sign Required for every answer
         * @errata E118 The result query's response table describes a found payout only
         */
        InstantPayQueryFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits, when returned.
             * @rule must be 1 to 18 digits
             * @errata E105 The apply response marks oid_partner, sign_type and sign Required for every answer
             */
            oid_partner?: components["schemas"]["OidPartner"];
            /**
             * @description Signature algorithm of this response, RSA, when the response is signed.
             * @errata E105 The apply response marks oid_partner, sign_type and sign Required for every answer
             */
            sign_type?: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field, when present.
             * @rule must be standard base64 without line breaks
             * @errata E105 The apply response marks oid_partner, sign_type and sign Required for every answer
             * @errata E30 Fields typed as bare String, without a length
             */
            sign?: components["schemas"]["Sign"];
            /** @description The merchant order number asked about, at most 32 characters, when returned. */
            no_order?: components["schemas"]["NoOrder"];
        };
        /**
         * @description Response branch for a known payout that has not succeeded (yet): ret_code 0000 and any result_pay but SUCCESS. PROCESSING and WAITING are not final: query again or wait for the notification. CHECK is a payout held for confirmation (4002-4004), which has no oid_paybill yet (errata E111); FAILURE, CANCEL and CLOSED are final and no money left the balance. Signed by LianLian.
         * @branch success
         * @errata E111 A held payout has no oid_paybill, which the result query marks Required
         */
        InstantPayQuerySuccess: {
            /**
             * @description Always 0000 in this branch, meaning LianLian found the payout.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the payout belongs to, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm of this response, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number of the payout, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the payout order, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /**
             * @description The payout amount in CNY with two decimals.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /** @description The info_order sent with the payout, at most 255 characters, when one was sent. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description LianLian's transaction number of the payout, at most 18 characters; absent while the payout is held (CHECK) or once a held payout closed (errata E111).
             * @errata E111 A held payout has no oid_paybill, which the result query marks Required
             */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /**
             * @description The state of the payout; SUCCESS is the paid branch. APPLY comes from LianLian's demos, not the docs' table (errata E112).
             * @enum {string}
             * @errata E112 result_pay APPLY appears in LianLian's demo but not in the docs
             */
            result_pay: "WAITING" | "PROCESSING" | "CANCEL" | "FAILURE" | "CHECK" | "CLOSED" | "APPLY";
            /**
             * @description Accounting date, yyyyMMdd; returned when the payout succeeded, so not in this branch.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
        };
        /**
         * @description Response branch for a payout that reached the payee: ret_code 0000 and result_pay SUCCESS. Signed by LianLian.
         * @branch paid
         */
        InstantPayQueryPaid: {
            /**
             * @description Always 0000 in this branch, meaning LianLian found the payout.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the payout belongs to, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm of this response, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number of the payout, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the payout order, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /**
             * @description The payout amount in CNY with two decimals.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /** @description The info_order sent with the payout, at most 255 characters, when one was sent. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description LianLian's transaction number of the payout, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Always SUCCESS in this branch, meaning the payout succeeded.
             * @constant
             */
            result_pay: "SUCCESS";
            /**
             * @description Accounting date of the payout, yyyyMMdd, when LianLian returns it.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
        };
        /**
         * @description An amount of a merchant account in CNY as decimal text, for example 100.00. The docs type it as a bare String and their sample shows one decimal (100.0); the spec accepts one or two decimals and a leading minus sign, at most 16 characters (errata E114).
         * @rule must be an amount in yuan with at most two decimals
         * @errata E114 The balance amounts are bare Strings, shown with one decimal
         */
        AccountAmount: string;
        /** @description Balance query request: asks for the merchant account's available and unsettled amounts. Plain signed JSON, not sealed in the envelope. */
        BalanceQueryRequest: {
            /**
             * @description The merchant number LianLian assigned, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of the request.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description Interface version; the docs' table says 1.1 and its sample sends 1.0 (errata E115).
             * @enum {string}
             * @errata E115 Balance query api_version: table 1.1, sample 1.0
             */
            api_version: "1.0" | "1.1";
        };
        /** @description Body of every balance query answer (HTTP 200, JSON): success when ret_code is 0000, failure otherwise. */
        BalanceQueryResponse: components["schemas"]["BalanceQueryFailure"] | components["schemas"]["BalanceQuerySuccess"];
        /**
         * @description Response branch for a balance query LianLian refused: ret_code is anything but 0000. The docs list sign_type and sign only for 0000, so a failure may be unsigned; a sign that is present is verified.
         * @branch failure
         */
        BalanceQueryFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits, when returned.
             * @rule must be 1 to 18 digits
             */
            oid_partner?: components["schemas"]["OidPartner"];
            /** @description Signature algorithm of this response, RSA, when the response is signed. */
            sign_type?: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field, when present.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign?: components["schemas"]["Sign"];
        };
        /**
         * @description Response branch for ret_code 0000: the merchant account's amounts, signed by LianLian. The answer names neither the merchant nor anything else of the request (see x-lianlian-correlation).
         * @branch success
         */
        BalanceQuerySuccess: {
            /**
             * @description Always 0000 in this branch.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /** @description Signature algorithm of this response, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The unsettled amount in CNY, which refunds can use (errata E114).
             * @rule must be an amount in yuan with at most two decimals
             * @errata E114 The balance amounts are bare Strings, shown with one decimal
             */
            amt_unsettle: components["schemas"]["AccountAmount"];
            /**
             * @description The available balance in CNY, which payouts (Instant payment) take from (errata E114).
             * @rule must be an amount in yuan with at most two decimals
             * @errata E114 The balance amounts are bare Strings, shown with one decimal
             */
            amt_balance: components["schemas"]["AccountAmount"];
        };
        /** @description Form fields of the WEB Payment API. The merchant's page renders them as hidden inputs of an HTML form (method post, page declared charset=UTF-8) that the payer's browser submits to LianLian's cashier. Every non-empty field except sign is signed. */
        WebPaymentRequest: {
            /**
             * @description Interface version, always 1.0.
             * @enum {string}
             */
            version: "1.0";
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
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
            timestamp: components["schemas"]["DateTime14"];
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of the form.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description Business type of the goods sold, 101001 for virtual goods or 109001 for physical goods.
             * @enum {string}
             */
            busi_partner: "101001" | "109001";
            /** @description The merchant's order number, at most 32 characters, unique per merchant. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description Name of the goods, at most 40 characters, e.g. Pen. */
            name_goods: components["schemas"]["NameGoods"];
            /** @description Order remarks of at most 255 characters, passed back unchanged in the synchronous and asynchronous notifications. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description Order amount in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Absolute URL (at most 128 characters) that receives LianLian's asynchronous, server-to-server payment notification. The seed gives this row no description (errata E20).
             * @errata E20 004 rows without a description
             */
            notify_url: components["schemas"]["NotifyUrl"];
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
            pay_type: "M" | "F";
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
            id_type?: "0" | "2" | "3" | "4" | "6" | "9" | "X";
            /**
             * @description The payer's identity card number: 15 digits, or 17 digits followed by a digit or X (errata E30, E34).
             * @rule must be 15 digits, or 17 digits followed by a digit or X
             * @sensitive id — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             * @errata E34 id_no's format is given only for identity cards
             */
            id_no?: string;
        };
        /**
         * @description Form fields of the online banking redirect. The merchant's page renders them as hidden inputs of an HTML form (method post) whose accept-charset is charset_name, and the payer's browser submits them, encoded in that charset, to LianLian's bank gateway. Every non-empty field except sign is signed, as the bytes of the sign source in charset_name (errata E530).
         * @errata E530 Online banking: charset_name decides which bytes are signed and which the browser submits
         */
        OnlineBankingPaymentRequest: {
            /**
             * @description Interface version, always 1.0.
             * @enum {string}
             */
            version: "1.0";
            /**
             * @description Charset of the merchant's website, which the browser submits the form in and whose bytes of the sign source are signed: UTF-8 (the default), GBK, GB2312 or GB18030. The table calls it Required with a default and the sample leaves it out, so absent means UTF-8 (errata E530, E532).
             * @default UTF-8
             * @enum {string}
             * @errata E530 Online banking: charset_name decides which bytes are signed and which the browser submits
             * @errata E532 Online banking: charset_name is Required yet has a default, and the sample leaves it out
             */
            charset_name: "UTF-8" | "GBK" | "GB2312" | "GB18030";
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description The payer's unique user id in the merchant's own system, at most 32 characters. */
            user_id: string;
            /**
             * @description Time the request was built, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714. It must lie within 30 minutes of LianLian's clock. The sample leaves it out (errata E533).
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            timestamp: components["schemas"]["DateTime14"];
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over the bytes, in charset_name, of every other non-empty field of the form (errata E530).
             * @rule must be standard base64 without line breaks
             * @errata E530 Online banking: charset_name decides which bytes are signed and which the browser submits
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description Business type of the goods sold, 101001 for virtual products or 109001 for physical ones.
             * @enum {string}
             */
            busi_partner: "101001" | "109001";
            /** @description The merchant's order number, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description Product name, at most 40 characters, e.g. Pen. */
            name_goods: components["schemas"]["NameGoods"];
            /** @description Order remarks of at most 255 characters, sent back in the asynchronous notification. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description Order amount in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /** @description Absolute URL (at most 128 characters) that receives LianLian's asynchronous notification (webhook onlineBankingNotify), e.g. http://www.lianlianpay.com/help/notify. */
            notify_url: components["schemas"]["NotifyUrl"];
            /**
             * Format: uri
             * @description Absolute URL (at most 128 characters) the payer's browser is sent to once the payment is finished.
             */
            url_return?: string;
            /**
             * @description The payer's IPv4 address for fraud screening, with underscores instead of dots, e.g. 122_11_37_211.
             * @rule must be an IPv4 address with _ in place of each dot, e.g. 122_11_37_211
             */
            userreq_ip?: string;
            /**
             * Format: uri
             * @description Absolute URL of the product page, at most 255 characters.
             */
            url_order?: string;
            /**
             * @description How many minutes no_order stays payable; when it runs out the transaction is closed. Defaults to 10080 minutes (7 days).
             * @default 10080
             */
            valid_order: number;
            /**
             * @description Short code of the payer's bank. When given, the payer goes straight from the merchant's page to that bank's online banking page instead of choosing a bank at LianLian. The page gives String(18); LianLian's bank codes are eight digits (errata E534).
             * @rule must be the eight-digit bank code, e.g. 01020000
             * @errata E534 Online banking: bank_code, risk_item and pay_type rows give no usable type
             */
            bank_code?: string;
            /**
             * @description Risk-control data as the text of a JSON object (see RiskItem), signed as exactly the text sent. The page types it bare String (errata E534).
             * @rule must be the text of a JSON object
             * @errata E534 Online banking: bank_code, risk_item and pay_type rows give no usable type
             */
            risk_item: string;
            /**
             * @description The payment method: 1 online banking (debit card), 8 online banking (credit card), 9 business online banking. The page types it bare String (errata E534).
             * @enum {string}
             * @errata E534 Online banking: bank_code, risk_item and pay_type rows give no usable type
             */
            pay_type?: "1" | "8" | "9";
        };
        /** @description Form fields that LianLian makes the payer's browser POST to url_return once a payment or authorization has succeeded. It is sent once and never for failed payments, so it is a hint for the page shown to the payer; the signed asynchronous notification to notify_url is the reliable result. Verify the signature over every received field except sign before trusting it. */
        WebPaymentReturnNotification: {
            /**
             * @description Four-digit return code; 0000 in practice, because only successful payments are notified. The seed gives this row no description (errata E20).
             * @rule must be four digits
             * @errata E20 004 rows without a description
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the payment belongs to, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm of this notification, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant's order number, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number, at most 18 characters, e.g. 2011030900001098. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Amount paid in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Payment result, SUCCESS. The Synchronous Notification page lists it and its sample carries it; the WEB page's table does not (E505).
             * @enum {string}
             * @errata E505 The Synchronous Notification page has no table, only an unrendered parameter tag
             */
            result_pay?: "SUCCESS";
            /**
             * @description Settlement date, yyyyMMdd, returned when the payment succeeded.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             * @errata E27 Date formats written YYYYMMdd, YYYYMMDD and YYYYMMddHHmmss
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description The order remarks sent in the request, echoed back; at most 255 characters. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description Payment method actually used. This code set differs from the request's pay_type (M/F) (errata E29).
             * @enum {string}
             * @errata E29 pay_type has different code sets, and none in 001
             */
            pay_type?: "0" | "1" | "8" | "9" | "2" | "3" | "D" | "I" | "L";
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
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm of this notification, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description The merchant's order number, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /** @description LianLian's transaction number of the payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Amount paid in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /** @description The order remarks sent in the WEB Payment request, echoed back; at most 255 characters. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description Payment result; LianLian notifies successful payments only, so always SUCCESS.
             * @constant
             */
            result_pay: "SUCCESS";
            /**
             * @description Accounting (settlement) date of the payment, yyyyMMdd.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /**
             * @description How the payment was made. The documentation's table names M (regular) and F (authorization); its samples also show the one-character payment-method codes of the synchronous notification.
             * @enum {string}
             */
            pay_type: "M" | "F" | "0" | "1" | "8" | "9" | "2" | "3" | "D" | "I" | "L";
            /** @description Short code of the paying bank, at most 18 characters, when LianLian sends it. */
            bank_code?: string;
            /** @description Agreement number of the card used, at most 32 characters, when the payer bound the card; it lets later payments skip entering the card. */
            no_agree?: string;
        };
        /** @description Fields of the Easypay H5 payment, signed like any other request (every non-empty field except sign, in ascending name order) and then carried, all values as JSON strings, as one JSON object in the single form input req_data that the payer's browser posts to LianLian's H5 cashier. */
        EasypayH5Request: {
            /**
             * @description Interface version, always 1.0.
             * @enum {string}
             */
            version: "1.0";
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            platform?: components["schemas"]["Platform"];
            user_id: components["schemas"]["UserId"];
            /**
             * @description Where the payer's page runs, 1 Android, 2 iOS or 3 H5.
             * @enum {string}
             */
            app_request: "1" | "2" | "3";
            /**
             * @description Time the request was built, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714. It must lie within 30 minutes of LianLian's clock.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            timestamp: components["schemas"]["DateTime14"];
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of req_data.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description Background colour of the payment pages, 000000 to ffffff; ff5001 when left out.
             * @default ff5001
             * @rule must be six hexadecimal digits, 000000 to ffffff
             */
            bg_color: string;
            /**
             * @description Font colour of the payment pages, 000000 to ffffff.
             * @rule must be six hexadecimal digits, 000000 to ffffff
             */
            font_color?: string;
            /**
             * @description How the payer's browser returns after paying; 0 when left out.
             * @default 0
             * @enum {string}
             */
            syschnotify_flag: "0" | "1";
            busi_partner: components["schemas"]["BusiPartner"];
            /** @description The merchant's order number, at most 32 characters, unique per merchant. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description Name of the goods, at most 40 characters, e.g. Pen. */
            name_goods: components["schemas"]["NameGoods"];
            /** @description Order remarks of at most 255 characters, passed back in the synchronous and asynchronous notifications. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description Order amount in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            notify_url: components["schemas"]["NotifyUrl"];
            /**
             * Format: uri
             * @description Absolute URL (at most 128 characters) the payer's browser is sent to after a successful payment, with the synchronous notification in its res_data query parameter.
             */
            url_return?: string;
            /**
             * Format: uri
             * @description Absolute URL (at most 128 characters) the payer is sent to when they need to change cards; for payment information preset only.
             */
            back_url?: string;
            /** @description Agreement number of a card the payer bound earlier, at most 32 characters; lets the payer pay without entering the card again. */
            no_agree?: string;
            /**
             * @description How many minutes the order stays payable; when it runs out LianLian closes the transaction. Defaults to 10080 minutes (7 days). A number, or the decimal text req_data carries it as (E502).
             * @default 10080
             * @errata E502 H5 valid_order is typed Int but the sample sends the JSON string "30"
             */
            valid_order: number | string;
            /**
             * @description Kind of payment, M for a regular payment or F for a credit-card authorization.
             * @enum {string}
             */
            pay_type: "M" | "F";
            /**
             * @description Risk-control data as the text of a JSON object (see RiskItem), a string inside req_data; it is signed as exactly that text.
             * @rule must be the text of a JSON object
             */
            risk_item: string;
            /**
             * @description The payer's name in Chinese characters; ignored when no_agree is present. The page types it as a bare String; the spec allows 64 characters, as for the WEB form (E30).
             * @sensitive name — masked in messages and logs
             */
            acct_name?: string;
            /**
             * @description The payer's bank card number; ignored when no_agree is present.
             * @rule must be 1 to 32 digits
             * @sensitive card — masked in messages and logs
             * @errata E102 card_no and acct_name are typed as bare String
             * @errata E148 Card binding fields typed as bare String
             * @errata E240 The Card Bin Query request's card_no has no length
             */
            card_no?: components["schemas"]["CardNo"];
            /**
             * @description Kind of identity document id_no belongs to; ignored when no_agree is present.
             * @enum {string}
             */
            id_type?: "0" | "2" | "3" | "4" | "6" | "9" | "X";
            /**
             * @description The payer's identity card number, 15 or 18 characters; ignored when no_agree is present.
             * @rule must be 15 digits, or 17 digits followed by a digit or X
             * @sensitive id — masked in messages and logs
             */
            id_no?: string;
        };
        /** @description What the payer's browser posts to LianLian's H5 cashier: one form input, req_data, whose value is the signed EasypayH5Request as the text of one JSON object (every value a JSON string). */
        EasypayH5Form: {
            /**
             * @description The signed request fields, sign included, as the text of one JSON object.
             * @rule must be the text of a JSON object
             */
            req_data: string;
        };
        /** @description The signed fields LianLian sends the payer's browser back to url_return with, once a payment or authorization has succeeded, as the JSON text of the res_data query parameter. It is sent once and never for failed payments; the asynchronous notification to notify_url is the reliable result. Verify the signature over every received field except sign before trusting it. */
        EasypayH5ReturnNotification: {
            /**
             * @description The merchant number the payment belongs to, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm of this notification, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant's order number, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number, at most 18 characters, e.g. 2011030900001098. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Amount paid in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Payment result, SUCCESS.
             * @enum {string}
             */
            result_pay: "SUCCESS";
            /**
             * @description Settlement date, yyyyMMdd, returned when the payment succeeded.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /**
             * @description The order remarks sent in the request, echoed back; at most 255 characters. The request table promises it, the notification table omits it (E504).
             * @errata E504 The H5 request promises info_order back in the synchronous notification; its table omits it
             */
            info_order?: components["schemas"]["InfoOrder"];
        };
        /** @description JSON object LianLian's server POSTs to the notify_url of an Instant payment confirm request once the payout has a final result, sent as Content-Type text/json;charset=utf-8. The seeds do not list these fields; they come from LianLian's public developer documentation (see the reference notes on asynchronous notifications). LianLian resends the notification about every 2 minutes, up to 30 times, until the merchant acknowledges it, so the same payout can be notified more than once. Verify the signature over every received field except sign; LianLian adds fields over time, so others are allowed. */
        InstantPayNotification: {
            /**
             * @description The merchant number the payout belongs to, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm of this notification, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description Time the merchant created the payout order, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description The merchant's payout order number, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /** @description LianLian's transaction number of the payout, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Payout amount in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /** @description The order remarks sent with the payout, echoed back; at most 255 characters. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description Final result of the payout, SUCCESS or FAILURE.
             * @enum {string}
             */
            result_pay: "SUCCESS" | "FAILURE";
            /**
             * @description Accounting date of the payout, yyyyMMdd, when LianLian sends it.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
        };
        /** @description The merchant's answer to an asynchronous notification, as JSON within 5 seconds. Only ret_code 0000 stops LianLian from resending; LianLian's documentation shows ret_msg "交易成功" (its sample also shows "ok"). */
        NotificationAcknowledgement: {
            /**
             * @description Always 0000, meaning the merchant has recorded the notification.
             * @constant
             */
            ret_code: "0000";
            /** @description A short message; 交易成功 by convention. */
            ret_msg: string;
        };
        /** @description The merchant's own identifier of the user (payer), at most 32 characters. One user_id belongs to one natural person as long as any of its cards stays bound. */
        UserId: string;
        /**
         * @description Kind of identity document id_no belongs to, one character.
         * @enum {string}
         */
        IdType: "0" | "2" | "3" | "4" | "6" | "9" | "X";
        /**
         * @description The user's identity document number. The docs say its length is 15 or 18: 15 digits, or 17 digits followed by a digit or X (errata E148).
         * @rule must be 15 digits, or 17 digits followed by a digit or X
         * @sensitive id — masked in messages and logs
         * @errata E148 Card binding fields typed as bare String
         * @errata E30 Fields typed as bare String, without a length
         * @errata E34 id_no's format is given only for identity cards
         */
        IdNo: string;
        /** @description Agreement number LianLian issues when a card is bound: it stands for the card's key payment information (card number, name, identity number, phone) of one user_id, at most 16 characters. */
        NoAgree: string;
        /**
         * @description The card holder's real name, in Chinese, at most 64 characters. The docs type it as a bare String (errata E148).
         * @sensitive name — masked in messages and logs
         * @errata E148 Card binding fields typed as bare String
         * @errata E30 Fields typed as bare String, without a length
         */
        AcctName: string;
        /**
         * @description The phone number the card holder registered with the card issuer; only mainland China mobile numbers, 11 digits starting with 1 (errata E148).
         * @rule must be an 11-digit mainland China mobile number starting with 1
         * @sensitive phone — masked in messages and logs
         * @errata E148 Card binding fields typed as bare String
         * @errata E180 bind_mob is "China domestic number" without a format
         */
        BindMob: string;
        /** @description Platform identifier that lets several oid_partner share one set of users, at most 32 characters; it needs additional settings on LianLian's side, so leave it out unless LianLian set it up. */
        Platform: string;
        /**
         * @description Version of the API, the fixed value 2.1.
         * @constant
         */
        ApiVersion: "2.1";
        /**
         * @description Expiry date of a credit card as printed on it, four digits (the docs' sample shows 2002); required for credit cards (errata E148).
         * @rule must be four digits
         * @sensitive card — masked in messages and logs
         * @errata E148 Card binding fields typed as bare String
         */
        ValiDate: string;
        /**
         * @description The CVV2/CVC2 security code on the back of a credit card, three or four digits; required for credit cards (errata E148).
         * @rule must be three or four digits
         * @sensitive secret — masked in messages and logs
         * @errata E148 Card binding fields typed as bare String
         */
        Cvv2: string;
        /**
         * @description The number of a bound card as a card-bind answer returns it. The tables type it String(4) (its last four digits), but the samples show a whole 18-digit number; the spec accepts either, and a number masked with asterisks, up to 32 characters (errata E143).
         * @rule must be digits, some possibly masked with *
         * @sensitive card — masked in messages and logs
         * @errata E143 card_no is String(4) in the tables, a whole card number in the samples
         */
        BoundCardNo: string;
        /**
         * @description Payment product a card agreement belongs to, one character.
         * @enum {string}
         */
        BoundPayType: "2" | "3" | "D" | "M" | "F";
        /** @description JSON body of the Card Bind Apply API: the card, identity and phone of the user to bind, for LianLian to check with the card issuer and to send the SMS code to. The whole body is signed. */
        CardBindApplyRequest: {
            /** @description The merchant's identifier of the user, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /** @description Platform shared by several oid_partner; needs additional settings at LianLian. */
            platform?: components["schemas"]["Platform"];
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm used to sign this request; the table allows only RSA. */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E148 Card binding fields typed as bare String
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description Payment product the card is bound for.
             * @enum {string}
             */
            pay_type: "M" | "N" | "D";
            /** @description Version of the API, the fixed value 2.1. */
            api_version: components["schemas"]["ApiVersion"];
            /**
             * @description Risk-control data as the text of a JSON object, signed as exactly the text sent. The docs give it no length (errata E148).
             * @rule must be the text of a JSON object
             * @errata E148 Card binding fields typed as bare String
             */
            risk_item: string;
            /**
             * @description Expiry date of a credit card; required for credit cards.
             * @rule must be four digits
             * @sensitive card — masked in messages and logs
             * @errata E148 Card binding fields typed as bare String
             */
            vali_date?: components["schemas"]["ValiDate"];
            /**
             * @description CVV2/CVC2 of a credit card; required for credit cards.
             * @rule must be three or four digits
             * @sensitive secret — masked in messages and logs
             * @errata E148 Card binding fields typed as bare String
             */
            cvv2?: components["schemas"]["Cvv2"];
            /** @description Kind of identity document id_no belongs to. */
            id_type: components["schemas"]["IdType"];
            /**
             * @description The user's identity document number, 15 or 18 characters.
             * @rule must be 15 digits, or 17 digits followed by a digit or X
             * @sensitive id — masked in messages and logs
             * @errata E148 Card binding fields typed as bare String
             * @errata E30 Fields typed as bare String, without a length
             * @errata E34 id_no's format is given only for identity cards
             */
            id_no: components["schemas"]["IdNo"];
            /**
             * @description The payer's name, in Chinese.
             * @sensitive name — masked in messages and logs
             * @errata E148 Card binding fields typed as bare String
             * @errata E30 Fields typed as bare String, without a length
             */
            acct_name: components["schemas"]["AcctName"];
            /**
             * @description The user's card number.
             * @rule must be 1 to 32 digits
             * @sensitive card — masked in messages and logs
             * @errata E102 card_no and acct_name are typed as bare String
             * @errata E148 Card binding fields typed as bare String
             * @errata E240 The Card Bin Query request's card_no has no length
             */
            card_no: components["schemas"]["CardNo"];
            /**
             * @description The user's phone number; only mainland China numbers are supported.
             * @rule must be an 11-digit mainland China mobile number starting with 1
             * @sensitive phone — masked in messages and logs
             * @errata E148 Card binding fields typed as bare String
             * @errata E180 bind_mob is "China domestic number" without a format
             */
            bind_mob: components["schemas"]["BindMob"];
        };
        /** @description Body of every Card Bind Apply API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000, success when it is 0000. */
        CardBindApplyResponse: components["schemas"]["CardBindApplyFailure"] | components["schemas"]["CardBindApplySuccess"];
        /**
         * @description Response branch for a request LianLian did not complete: ret_code is anything but 0000. The docs list only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        CardBindApplyFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 0000: LianLian accepted the card and sent the SMS code to bind_mob; the token goes to the Card Bind Verify API with the code. Signed by LianLian.
         * @branch success
         */
        CardBindApplySuccess: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /** @description Algorithm LianLian used to sign this response, RSA. */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E148 Card binding fields typed as bare String
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description The user_id of the request, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /**
             * @description The token to send to the Card Bind Verify API with the SMS code.
             * @errata E148 Card binding fields typed as bare String
             */
            token?: components["schemas"]["Token"];
        };
        /** @description JSON body of the Card Bind Verify API: the token of the Card Bind Apply API and the SMS code the user received. The whole body is signed. */
        CardBindVerifyRequest: {
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description Algorithm used to sign this request, RSA (MD5withRSA) or SHA256withRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             */
            sign_type: components["schemas"]["SignType"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E148 Card binding fields typed as bare String
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The token returned by the Card Bind Apply API.
             * @errata E148 Card binding fields typed as bare String
             */
            token: components["schemas"]["Token"];
            /** @description The user_id of the Card Bind Apply request, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /**
             * @description The SMS code sent by the Card Bind Apply API, at most 6 characters.
             * @errata E148 Card binding fields typed as bare String
             */
            verify_code: components["schemas"]["VerifyCode"];
        };
        /** @description Body of every Card Bind Verify API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000, success when it is 0000. */
        CardBindVerifyResponse: components["schemas"]["CardBindVerifyFailure"] | components["schemas"]["CardBindVerifySuccess"];
        /**
         * @description Response branch for a request LianLian did not complete: ret_code is anything but 0000. The docs list only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        CardBindVerifyFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 0000: the SMS code checked out and the card is bound to user_id; no_agree stands for it from now on. Signed by LianLian.
         * @branch success
         */
        CardBindVerifySuccess: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description Algorithm LianLian used to sign this response. The table says RSA, but the request may be signed with SHA256withRSA and LianLian answers in kind (errata E13, E14).
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
             */
            sign_type: components["schemas"]["SignTypeResponse"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E148 Card binding fields typed as bare String
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description The user_id of the request, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /**
             * @description The bound card's number as LianLian returns it, masked or in full (errata E143).
             * @rule must be digits, some possibly masked with *
             * @sensitive card — masked in messages and logs
             * @errata E143 card_no is String(4) in the tables, a whole card number in the samples
             */
            card_no: components["schemas"]["BoundCardNo"];
            /** @description The agreement number of the bound card, at most 16 characters. */
            no_agree?: components["schemas"]["NoAgree"];
        };
        /** @description JSON body of the Card Unbind API: the agreement number of a card bound to user_id, to unbind. The whole body is signed. */
        CardUnbindRequest: {
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm used to sign this request; the table allows only RSA. */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E148 Card binding fields typed as bare String
             */
            sign: components["schemas"]["Sign"];
            /** @description The user_id the card is bound to, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /** @description Platform shared by several oid_partner; do not use it unless LianLian set it up. */
            platform?: components["schemas"]["Platform"];
            /** @description Payment product of the agreement. */
            pay_type?: components["schemas"]["BoundPayType"];
            /**
             * @description The agreement number of the card to unbind.
             * @errata E148 Card binding fields typed as bare String
             */
            no_agree: components["schemas"]["NoAgree"];
        };
        /** @description Body of every Card Unbind API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000, success when it is 0000. */
        CardUnbindResponse: components["schemas"]["CardUnbindFailure"] | components["schemas"]["CardUnbindSuccess"];
        /**
         * @description Response branch for a request LianLian did not complete: ret_code is anything but 0000. The docs list only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        CardUnbindFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 0000: the card is unbound and its no_agree no longer works. The answer carries nothing of the request, only the signature. Signed by LianLian.
         * @branch success
         */
        CardUnbindSuccess: {
            /**
             * @description Always 0000 in this branch, meaning the card was unbound.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /** @description Algorithm LianLian used to sign this response, RSA. */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E148 Card binding fields typed as bare String
             */
            sign: components["schemas"]["Sign"];
        };
        /** @description The JSON body actually sent to the MPAY Card Bind Apply API: the merchant number in clear and the encrypted, signed request in pay_load. */
        MpayCardBindApplyEnvelope: {
            /**
             * @description The merchant number, up to 18 digits, repeated in clear so LianLian can pick the merchant's keys; it must equal oid_partner inside the encrypted request.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description The lianpay1_0_1 envelope of the signed MpayCardBindApplyRequest, as described by the operation's x-lianlian-envelope. Base64 fields may be wrapped at 76 characters with CRLF.
             * @rule must be lianpay1_0_1 followed by five $-separated base64 fields
             */
            pay_load: string;
        };
        /** @description The signed plaintext of the MPAY Card Bind Apply API, sealed in the lianpay1_0_1 envelope (MpayCardBindApplyEnvelope): the card, identity and phone of the user to bind, for LianLian to check with the card issuer and to send the SMS code to. */
        MpayCardBindApplyRequest: {
            /** @description The merchant's identifier of the user, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description Algorithm used to sign this request, RSA (MD5withRSA) or SHA256withRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             */
            sign_type: components["schemas"]["SignType"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this plaintext.
             * @rule must be standard base64 without line breaks
             * @errata E148 Card binding fields typed as bare String
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description Payment product the card is bound for.
             * @enum {string}
             */
            pay_type: "2" | "3" | "P";
            /**
             * @description Version of the API, the fixed value 2.1.
             * @errata E196 MPAY card bind apply: api_version and risk_item are required, yet LianLian answers without them
             */
            api_version: components["schemas"]["ApiVersion"];
            /**
             * @description Risk-control data as the text of a JSON object, signed as exactly the text sent. The table lists it twice (errata E150) and gives it no length (errata E148).
             * @rule must be the text of a JSON object
             * @errata E148 Card binding fields typed as bare String
             * @errata E150 The MPAY Card Bind Apply table lists risk_item twice and vali_date not at all
             * @errata E196 MPAY card bind apply: api_version and risk_item are required, yet LianLian answers without them
             */
            risk_item: string;
            /** @description Kind of identity document id_no belongs to. */
            id_type: components["schemas"]["IdType"];
            /**
             * @description The user's identity document number, 15 or 18 characters.
             * @rule must be 15 digits, or 17 digits followed by a digit or X
             * @sensitive id — masked in messages and logs
             * @errata E148 Card binding fields typed as bare String
             * @errata E30 Fields typed as bare String, without a length
             * @errata E34 id_no's format is given only for identity cards
             */
            id_no: components["schemas"]["IdNo"];
            /**
             * @description The payer's name, in Chinese.
             * @sensitive name — masked in messages and logs
             * @errata E148 Card binding fields typed as bare String
             * @errata E30 Fields typed as bare String, without a length
             */
            acct_name: components["schemas"]["AcctName"];
            /**
             * @description The user's card number.
             * @rule must be 1 to 32 digits
             * @sensitive card — masked in messages and logs
             * @errata E102 card_no and acct_name are typed as bare String
             * @errata E148 Card binding fields typed as bare String
             * @errata E240 The Card Bin Query request's card_no has no length
             */
            card_no: components["schemas"]["CardNo"];
            /**
             * @description The user's phone number; only mainland China numbers are supported.
             * @rule must be an 11-digit mainland China mobile number starting with 1
             * @sensitive phone — masked in messages and logs
             * @errata E148 Card binding fields typed as bare String
             * @errata E180 bind_mob is "China domestic number" without a format
             */
            bind_mob: components["schemas"]["BindMob"];
            /**
             * @description Expiry date of a credit card. Not in the MPAY table, but in its sample and in the Card Bind Apply API's table (errata E150).
             * @rule must be four digits
             * @sensitive card — masked in messages and logs
             * @errata E150 The MPAY Card Bind Apply table lists risk_item twice and vali_date not at all
             */
            vali_date?: components["schemas"]["ValiDate"];
            /**
             * @description CVV2/CVC2 of a credit card. Not in the MPAY table, but in the Card Bind Apply API's table (errata E150).
             * @rule must be three or four digits
             * @sensitive secret — masked in messages and logs
             * @errata E150 The MPAY Card Bind Apply table lists risk_item twice and vali_date not at all
             */
            cvv2?: components["schemas"]["Cvv2"];
            /** @description Address for LianLian's asynchronous notification, at most 128 characters. */
            notify_url?: components["schemas"]["NotifyUrl"];
            /**
             * @description The merchant's serial number of this card-binding application, at most 32 characters.
             * @errata E148 Card binding fields typed as bare String
             */
            no_order?: components["schemas"]["NoOrder"];
            /**
             * @description When the card-binding application was made, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order?: components["schemas"]["DateTime14"];
        };
        /** @description Body of every MPAY Card Bind Apply API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 8888, success when it is 8888. */
        MpayCardBindApplyResponse: components["schemas"]["MpayCardBindApplyFailure"] | components["schemas"]["MpayCardBindApplySuccess"];
        /**
         * @description Response branch for a request LianLian did not complete: ret_code is anything but 8888. The docs list only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        MpayCardBindApplyFailure: {
            /**
             * @description Four-digit return code other than 8888; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 8888: LianLian accepted the card and sent the SMS code to bind_mob, and the binding waits for the MPAY Card Bind Verify API. Signed by LianLian.
         * @branch success
         */
        MpayCardBindApplySuccess: {
            /**
             * @description Always 8888 in this branch, meaning the SMS code was sent and must be verified.
             * @constant
             */
            ret_code: "8888";
            /** @description Chinese explanation of ret_code (短信已下发，需要再次验证 for 8888), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description Algorithm LianLian used to sign this response, RSA or SHA256withRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
             */
            sign_type: components["schemas"]["SignTypeResponse"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E148 Card binding fields typed as bare String
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description The user_id of the request, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /**
             * @description The token to send to the MPAY Card Bind Verify API with the SMS code.
             * @errata E148 Card binding fields typed as bare String
             */
            token?: components["schemas"]["Token"];
            /**
             * @description When the card-binding application was made, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order?: components["schemas"]["DateTime14"];
            /**
             * @description The card-binding application's serial number from the request.
             * @errata E148 Card binding fields typed as bare String
             */
            no_order?: components["schemas"]["NoOrder"];
        };
        /** @description JSON body of the MPAY Card Bind Verify API: the token of the MPAY Card Bind Apply API and the SMS code the user received. Sent in clear (not sealed in the envelope); the whole body is signed. */
        MpayCardBindVerifyRequest: {
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description Algorithm used to sign this request, RSA (MD5withRSA) or SHA256withRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             */
            sign_type: components["schemas"]["SignType"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E148 Card binding fields typed as bare String
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The token returned by the MPAY Card Bind Apply API.
             * @errata E148 Card binding fields typed as bare String
             */
            token: components["schemas"]["Token"];
            /** @description The user_id of the MPAY Card Bind Apply request, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /**
             * @description The SMS code sent by the MPAY Card Bind Apply API, at most 6 characters.
             * @errata E148 Card binding fields typed as bare String
             */
            verify_code: components["schemas"]["VerifyCode"];
            /**
             * @description The card-binding application's serial number, as sent to the Apply API.
             * @errata E148 Card binding fields typed as bare String
             */
            no_order?: components["schemas"]["NoOrder"];
        };
        /** @description Body of every MPAY Card Bind Verify API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000, success when it is 0000. */
        MpayCardBindVerifyResponse: components["schemas"]["MpayCardBindVerifyFailure"] | components["schemas"]["MpayCardBindVerifySuccess"];
        /**
         * @description Response branch for a request LianLian did not complete: ret_code is anything but 0000. The docs list only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        MpayCardBindVerifyFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 0000: the SMS code checked out and the card is bound to user_id; no_agree stands for it from now on. Signed by LianLian.
         * @branch success
         */
        MpayCardBindVerifySuccess: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description Algorithm LianLian used to sign this response. The table says RSA, but the request may be signed with SHA256withRSA and LianLian answers in kind (errata E13, E14).
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
             */
            sign_type: components["schemas"]["SignTypeResponse"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E148 Card binding fields typed as bare String
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description The user_id of the request, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /**
             * @description The bound card's number as LianLian returns it, masked or in full (errata E143).
             * @rule must be digits, some possibly masked with *
             * @sensitive card — masked in messages and logs
             * @errata E143 card_no is String(4) in the tables, a whole card number in the samples
             */
            card_no: components["schemas"]["BoundCardNo"];
            /** @description The agreement number of the bound card, at most 16 characters. */
            no_agree?: components["schemas"]["NoAgree"];
            /**
             * @description The card-binding application's serial number, when the request carried one.
             * @errata E148 Card binding fields typed as bare String
             */
            no_order?: components["schemas"]["NoOrder"];
        };
        /**
         * @description Kind of a bound card, one character.
         * @enum {string}
         */
        CardType: "2" | "3";
        /** @description One bound card of the user, as the Card Bind Query API lists it. */
        BoundCardAgreement: {
            /** @description The agreement number of the bound card, at most 16 characters. */
            no_agree: components["schemas"]["NoAgree"];
            /**
             * @description The last four digits of the bound card (errata E143).
             * @rule must be digits, some possibly masked with *
             * @sensitive card — masked in messages and logs
             * @errata E143 card_no is String(4) in the tables, a whole card number in the samples
             */
            card_no: components["schemas"]["BoundCardNo"];
            /** @description The short code of the card's bank, at most 8 characters. */
            bank_code: string;
            /** @description The name of the card's bank, in Chinese, at most 32 characters. */
            bank_name: string;
            /** @description Debit (2) or credit (3) card. */
            card_type: components["schemas"]["CardType"];
            /**
             * @description The phone number registered with the card, masked, at most 11 characters.
             * @rule must be digits, some masked with *
             * @sensitive phone — masked in messages and logs
             */
            bind_mobile: string;
        };
        /** @description JSON body of the Card Bind Query API: the user whose bound cards to list, optionally narrowed to one agreement or one card. The whole body is signed. */
        CardBindQueryRequest: {
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm used to sign this request; the table allows only RSA. */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E148 Card binding fields typed as bare String
             */
            sign: components["schemas"]["Sign"];
            /** @description The user whose agreements to list, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /** @description Platform shared by several oid_partner; do not use it unless LianLian set it up. */
            platform?: components["schemas"]["Platform"];
            /** @description Payment product of the agreements to list. */
            pay_type?: components["schemas"]["BoundPayType"];
            /**
             * @description When present, only this agreement is listed.
             * @errata E148 Card binding fields typed as bare String
             */
            no_agree?: components["schemas"]["NoAgree"];
            /**
             * @description When present, only the agreements of this card number are listed.
             * @rule must be 1 to 32 digits
             * @sensitive card — masked in messages and logs
             * @errata E102 card_no and acct_name are typed as bare String
             * @errata E148 Card binding fields typed as bare String
             * @errata E240 The Card Bin Query request's card_no has no length
             */
            card_no?: components["schemas"]["CardNo"];
            /**
             * @description Offset into the result list, 0, 1, 2, ...; generally 0.
             * @rule must be 1 to 8 digits
             */
            offset: string;
        };
        /** @description Body of every Card Bind Query API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000, success when it is 0000. */
        CardBindQueryResponse: components["schemas"]["CardBindQueryFailure"] | components["schemas"]["CardBindQuerySuccess"];
        /**
         * @description Response branch for a request LianLian did not complete: ret_code is anything but 0000. The docs list only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        CardBindQueryFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 0000: the user's agreements, newest first. LianLian's signature covers every field but agreement_list (errata E147). Signed by LianLian.
         * @branch success
         * @errata E147 The Card Bind Query response: agreement_list's spelling, its signature, oid_paybill
         */
        CardBindQuerySuccess: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /** @description Algorithm LianLian used to sign this response, RSA. */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field but agreement_list.
             * @rule must be standard base64 without line breaks
             * @errata E147 The Card Bind Query response: agreement_list's spelling, its signature, oid_paybill
             * @errata E148 Card binding fields typed as bare String
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description LianLian's transaction number of this query. The table marks it required, but it names no transaction and LianLian's SDK does not read it, so the spec does not require it (errata E147).
             * @errata E147 The Card Bind Query response: agreement_list's spelling, its signature, oid_paybill
             */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /** @description The user_id of the request, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /**
             * @description How many agreements the user has, as text of at most 8 digits.
             * @rule must be 1 to 8 digits
             */
            count: string;
            /**
             * @description The user's agreements, newest first; absent when there are none. The table spells it aggrement_list in one place (errata E147). Not covered by the signature.
             * @unsigned not covered by LianLian's signature (x-lianlian-signature.response.unsignedFields): anyone on the network path can change it; listed in the result's `unsigned`
             * @errata E147 The Card Bind Query response: agreement_list's spelling, its signature, oid_paybill
             */
            agreement_list?: components["schemas"]["BoundCardAgreement"][];
        };
        /** @description The merchant's own refund number, at most 32 characters, unique per refund; LianLian recommends a value different from the order's no_order. */
        NoRefund: string;
        /**
         * @description Refund amount in Chinese yuan (CNY) as decimal text with exactly two decimal places, from 0.01 to 100000000.00 inclusive, for example 200.01. Always a string, never a JSON number.
         * @rule must have exactly two decimals, from 0.01 to 100000000.00
         */
        MoneyRefund: string;
        /** @description LianLian's own number for a refund, unique in LianLian's system, at most 16 characters, for example 2013051613121201. */
        OidRefundno: string;
        /**
         * @description State of a refund: 0 initialised, 1 processing, 2 success, 3 failed. LianLian reports whether its gateway (the bank) accepted the refund, not when the money reaches the payer's account.
         * @enum {string}
         */
        StaRefund: "0" | "1" | "2" | "3";
        /**
         * @description JSON body of the Refund Apply API: refunds all or part of a paid order, named by the merchant's no_order or LianLian's oid_paybill (at least one of them). The whole body is signed.
         * @errata E224 The refund request names the original order by no_order or oid_paybill, both Optional
         * @errata E225 money_refund states no format or range
         */
        RefundApplyRequest: {
            /** @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004. */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm used to sign this request, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /** @description Base64 RSA signature over every other non-empty field of this body. */
            sign: components["schemas"]["Sign"];
            /** @description The merchant's refund number, at most 32 characters; LianLian recommends a value different from no_order. */
            no_refund: components["schemas"]["NoRefund"];
            /** @description Time the merchant created the refund, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714. */
            dt_refund: components["schemas"]["DateTime14"];
            /** @description Amount to refund in CNY with two decimal places; all refunds of an order together may not exceed what was paid. */
            money_refund: components["schemas"]["MoneyRefund"];
            /** @description The original order's merchant order number, at most 32 characters. Either no_order or oid_paybill is required. */
            no_order?: components["schemas"]["NoOrder"];
            /** @description The original order's time, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714. */
            dt_order?: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number of the original payment, at most 32 characters on this page (18 on the payment pages), e.g. 2011030900001098. Either no_order or oid_paybill is required. */
            oid_paybill?: string;
            /** @description Address on the merchant's server, at most 128 characters, to which LianLian POSTs the refund result notification. */
            notify_url: components["schemas"]["NotifyUrl"];
        } | unknown | unknown;
        /** @description Body of every Refund Apply API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000, success when it is 0000. */
        RefundApplyResponse: components["schemas"]["RefundFailure"] | components["schemas"]["RefundSuccess"];
        /**
         * @description Response branch of the Refund Apply and Refund Result Query APIs for a request LianLian did not complete: ret_code is anything but 0000 (for example 5007, refunds above the amount paid). The pages list only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        RefundFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 0000 of the Refund Apply and Refund Result Query APIs: the refund is known to LianLian and sta_refund gives its state. Signed by LianLian. The exchange fields (money_foreign_refund, rate_id, rate, exchange_bankcode) concern refunds of foreign-currency payments and are accepted as optional (errata E222).
         * @branch success
         * @errata E222 Exchange fields and settle_date marked Required in refund answers and notifications
         */
        RefundSuccess: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /** @description Algorithm LianLian used to sign this response, RSA. */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The merchant number the refund belongs to, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description The merchant's refund number from the request, at most 32 characters. */
            no_refund: components["schemas"]["NoRefund"];
            /**
             * @description Time the merchant created the refund, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_refund: components["schemas"]["DateTime14"];
            /**
             * @description The refund amount in CNY with two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_refund: components["schemas"]["MoneyRefund"];
            /**
             * @description The refund amount in the original payment's currency (its money_order), at most 12 characters. Marked Required, accepted as optional (errata E222).
             * @errata E222 Exchange fields and settle_date marked Required in refund answers and notifications
             */
            money_foreign_refund?: string;
            /**
             * @description Identifier of the exchange rate applied. The page gives no length; bounded at 32 characters. Marked Required, accepted as optional (errata E222).
             * @errata E222 Exchange fields and settle_date marked Required in refund answers and notifications
             */
            rate_id?: string;
            /**
             * @description The exchange rate applied, as decimal text. The page gives no length; bounded at 32 characters. Marked Required, accepted as optional (errata E222).
             * @errata E222 Exchange fields and settle_date marked Required in refund answers and notifications
             */
            rate?: string;
            /**
             * @description Code of the bank where the currency exchange took place, e.g. 01040000. The page gives no length; bank codes are 8 digits. Marked Required, accepted as optional (errata E222).
             * @errata E222 Exchange fields and settle_date marked Required in refund answers and notifications
             */
            exchange_bankcode?: string;
            /** @description LianLian's number of this refund, unique in LianLian's system, at most 16 characters. */
            oid_refundno: components["schemas"]["OidRefundno"];
            /** @description State of the refund, 0 initialised, 1 processing, 2 success or 3 failed. */
            sta_refund: components["schemas"]["StaRefund"];
            /**
             * @description Settlement date of the refund, yyyyMMdd, returned once the refund succeeded. Marked Required, accepted as optional (errata E222).
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             * @errata E222 Exchange fields and settle_date marked Required in refund answers and notifications
             */
            settle_date?: components["schemas"]["SettleDate"];
        };
        /** @description JSON body of the Refund Result Query API: asks for the state of one refund, named by the merchant's refund number and time. The whole body is signed. */
        RefundQueryRequest: {
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm used to sign this request, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant's refund number given to the Refund Apply API, at most 32 characters. */
            no_refund: components["schemas"]["NoRefund"];
            /**
             * @description The refund's time given to the Refund Apply API, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_refund: components["schemas"]["DateTime14"];
        };
        /** @description Body of every Refund Result Query API answer (always HTTP 200, JSON), shaped as the Refund Apply API's. Exactly one branch matches: failure when ret_code is not 0000, success when it is 0000. */
        RefundQueryResponse: components["schemas"]["RefundFailure"] | components["schemas"]["RefundSuccess"];
        /**
         * @description JSON object LianLian's server POSTs to the notify_url of a Refund Apply request once the refund is confirmed successful, sent as Content-Type text/json;charset=utf-8. LianLian resends it until the merchant acknowledges it, so one refund can be notified more than once: record it once per oid_refundno. Verify the signature over every received field except sign; LianLian adds fields over time, so others are allowed.
         * @errata E222 Exchange fields and settle_date marked Required in refund answers and notifications
         * @errata E223 The refund notification sample carries ret_code and ret_msg, the table does not
         */
        RefundNotification: {
            /**
             * @description Return code, 0000 in the page's sample. Not in the page's table; accepted when sent (errata E223).
             * @rule must be four digits
             * @errata E223 The refund notification sample carries ret_code and ret_msg, the table does not
             */
            ret_code?: components["schemas"]["RetCode"];
            /**
             * @description Chinese explanation of ret_code. Not in the page's table; accepted when sent (errata E223).
             * @errata E223 The refund notification sample carries ret_code and ret_msg, the table does not
             */
            ret_msg?: components["schemas"]["RetMsg"];
            /** @description Signature algorithm of this notification, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The merchant number the refund belongs to, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description The merchant's refund number, at most 32 characters. */
            no_refund: components["schemas"]["NoRefund"];
            /**
             * @description Time the merchant created the refund, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_refund: components["schemas"]["DateTime14"];
            /**
             * @description The refund amount in CNY with two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_refund: components["schemas"]["MoneyRefund"];
            /**
             * @description The refund amount in the original payment's currency (its money_order), at most 12 characters. Marked Required, accepted as optional (errata E222).
             * @errata E222 Exchange fields and settle_date marked Required in refund answers and notifications
             */
            money_foreign_refund?: string;
            /**
             * @description Identifier of the exchange rate applied; bounded at 32 characters. Marked Required, accepted as optional (errata E222).
             * @errata E222 Exchange fields and settle_date marked Required in refund answers and notifications
             */
            rate_id?: string;
            /**
             * @description The exchange rate applied, as decimal text; bounded at 32 characters. Marked Required, accepted as optional (errata E222).
             * @errata E222 Exchange fields and settle_date marked Required in refund answers and notifications
             */
            rate?: string;
            /**
             * @description Code of the bank where the currency exchange took place, e.g. 01040000. Marked Required, accepted as optional (errata E222).
             * @errata E222 Exchange fields and settle_date marked Required in refund answers and notifications
             */
            exchange_bankcode?: string;
            /** @description LianLian's number of this refund, at most 16 characters; the idempotency key. */
            oid_refundno: components["schemas"]["OidRefundno"];
            /** @description State of the refund; 2 (success) when LianLian sends this notification. */
            sta_refund: components["schemas"]["StaRefund"];
            /**
             * @description Settlement date of the refund, yyyyMMdd. Marked Required, accepted as optional (errata E222).
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             * @errata E222 Exchange fields and settle_date marked Required in refund answers and notifications
             */
            settle_date?: components["schemas"]["SettleDate"];
        };
        /** @description JSON body of the Card Bin Query API: asks which bank issued a UnionPay card and whether it is a debit or a credit card. The whole body is signed. */
        CardBinQueryRequest: {
            /**
             * @description Interface version, always 1.0 when sent.
             * @constant
             */
            api_version?: "1.0";
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm used to sign this request, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The card number to look up. The page gives no length; bounded at 19 digits (errata E240).
             * @rule must be 1 to 32 digits
             * @sensitive card — masked in messages and logs
             * @errata E240 The Card Bin Query request's card_no has no length
             */
            card_no: components["schemas"]["CardNo"];
        };
        /** @description Body of every Card Bin Query API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000, success when it is 0000. */
        CardBinQueryResponse: components["schemas"]["CardBinQueryFailure"] | components["schemas"]["CardBinQuerySuccess"];
        /**
         * @description Response branch of the Card Bin Query API for a request LianLian did not complete: ret_code is anything but 0000 (for example 5001, the card bin was not recognised). Any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         * @errata E243 One response table for every Card Bin Query answer
         */
        CardBinQueryFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 0000 of the Card Bin Query API: the issuing bank and the card type. Signed by LianLian. The answer carries no oid_partner; it shows the card by its last four digits, which tie it to the request (errata E241).
         * @branch success
         * @errata E241 The Card Bin Query answer carries no oid_partner and only the card's last four digits
         */
        CardBinQuerySuccess: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /** @description Algorithm LianLian used to sign this response, RSA. */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The last four digits of the card number queried.
             * @rule must be the last four digits of the card number
             */
            card_no: string;
            /** @description Short code of the bank that issued the card, at most 8 characters, e.g. 01050000. */
            bank_code: string;
            /** @description Name of the bank that issued the card, in Chinese, at most 32 characters. */
            bank_name: string;
            /**
             * @description Type of the card, 2 (debit card) or 3 (credit card).
             * @enum {string}
             */
            card_type: "2" | "3";
        };
        /**
         * @description JSON body of the Pre-authorized capture API: takes (captures) all or part of the amount held by an Easypay pre-authorisation. The whole body is signed.
         * @errata E239 pay_type, api_version and risk_item have no length in the pre-authorisation requests
         */
        PreauthCaptureRequest: {
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Platform identifier for sharing user information between several merchant numbers, at most 32 characters; needs a setting on LianLian's side. */
            platform?: string;
            /** @description Algorithm used to sign this request, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The payer's unique user id in the merchant's own system, at most 32 characters; the one the pre-authorisation was made for. */
            user_id: string;
            /**
             * @description Payment type, always F (pre-authorisation). The page gives no length (errata E239).
             * @enum {string}
             * @errata E239 pay_type, api_version and risk_item have no length in the pre-authorisation requests
             */
            pay_type: "F";
            /**
             * @description Interface version, always 1.0. The page gives no length (errata E239).
             * @constant
             * @errata E239 pay_type, api_version and risk_item have no length in the pre-authorisation requests
             */
            api_version: "1.0";
            /**
             * @description Amount to capture in CNY with two decimal places, 0.01 to 100000000.00; at most the amount held.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /** @description The merchant order number of the pre-authorisation, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number of the pre-authorisation, at most 18 characters. */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /**
             * @description Risk-control data as the text of a JSON object (see RiskItem), signed as exactly the text sent. The page gives no length; bounded at 2048 characters (errata E239).
             * @rule must be the text of a JSON object
             * @errata E239 pay_type, api_version and risk_item have no length in the pre-authorisation requests
             */
            risk_item?: string;
        };
        /** @description Body of every Pre-authorized capture API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000, success when it is 0000. */
        PreauthCaptureResponse: components["schemas"]["PreauthFailure"] | components["schemas"]["PreauthCaptureSuccess"];
        /**
         * @description Response branch for ret_code 0000 of the Pre-authorized capture API: the amount in money_order was captured. Signed by LianLian.
         * @branch success
         * @errata E235 user_id in the capture sample response, not in its table
         */
        PreauthCaptureSuccess: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the pre-authorisation belongs to, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this response, RSA. */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number of the pre-authorisation, at most 32 characters. */
            no_order?: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order?: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number of the pre-authorisation, at most 18 characters. */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /**
             * @description The amount captured in CNY with two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Settlement date of the capture, yyyyMMdd, returned when it succeeded.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description Order remarks, returned when the request sent them; at most 255 characters. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description The payer's user id in the merchant's system, at most 32 characters. Not in the page's table but in its sample; accepted when sent (errata E235).
             * @errata E235 user_id in the capture sample response, not in its table
             */
            user_id?: string;
        };
        /**
         * @description JSON body of the Pre-authorized cancel API: releases the amount held by an Easypay pre-authorisation that was not captured. The whole body is signed.
         * @errata E239 pay_type, api_version and risk_item have no length in the pre-authorisation requests
         */
        PreauthCancelRequest: {
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Platform identifier for sharing user information between several merchant numbers, at most 32 characters; needs a setting on LianLian's side. */
            platform?: string;
            /** @description Algorithm used to sign this request, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The payer's unique user id in the merchant's own system, at most 32 characters; the one the pre-authorisation was made for. */
            user_id: string;
            /**
             * @description Payment type, always F (pre-authorisation). The page gives no length (errata E239).
             * @enum {string}
             * @errata E239 pay_type, api_version and risk_item have no length in the pre-authorisation requests
             */
            pay_type: "F";
            /**
             * @description Interface version, always 1.0. The page gives no length (errata E239).
             * @constant
             * @errata E239 pay_type, api_version and risk_item have no length in the pre-authorisation requests
             */
            api_version: "1.0";
            /**
             * @description The amount held by the pre-authorisation, in CNY with two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /** @description The merchant order number of the pre-authorisation, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number of the pre-authorisation, at most 18 characters. */
            oid_paybill?: components["schemas"]["OidPaybill"];
        };
        /** @description Body of every Pre-authorized cancel API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000, success when it is 0000. */
        PreauthCancelResponse: components["schemas"]["PreauthFailure"] | components["schemas"]["PreauthCancelSuccess"];
        /**
         * @description Response branch for ret_code 0000 of the Pre-authorized cancel API: the pre-authorisation was released. Signed by LianLian.
         * @branch success
         */
        PreauthCancelSuccess: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the pre-authorisation belongs to, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this response, RSA. */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number of the pre-authorisation, at most 32 characters. */
            no_order?: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order?: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number of the pre-authorisation, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /** @description The payer's user id in the merchant's system, at most 32 characters. */
            user_id: string;
        };
        /**
         * @description Response branch of the Pre-authorized capture and cancel APIs for a request LianLian did not complete: ret_code is anything but 0000 (for example 2006, the pre-authorisation is closed). The pages list only the success fields; any field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         * @errata E236 One response table for every pre-authorisation capture or cancel answer
         */
        PreauthFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description JSON body of the Pre-authorized order status query API: names the pre-authorisation whose state the merchant asks for. The whole body is signed.
         * @errata E239 pay_type, api_version and risk_item have no length in the pre-authorisation requests
         */
        PreauthQueryRequest: {
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Platform identifier for sharing user information between several merchant numbers, at most 32 characters; needs a setting on LianLian's side. */
            platform?: string;
            /** @description Algorithm used to sign this request, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description Payment type, always F (pre-authorisation). The page gives no length (errata E239).
             * @enum {string}
             * @errata E239 pay_type, api_version and risk_item have no length in the pre-authorisation requests
             */
            pay_type: "F";
            /**
             * @description Interface version, always 1.0. The page gives no length (errata E239).
             * @constant
             * @errata E239 pay_type, api_version and risk_item have no length in the pre-authorisation requests
             */
            api_version: "1.0";
            /** @description The merchant order number of the pre-authorisation, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /**
             * @description LianLian's transaction number of the pre-authorisation, at most 18 characters, e.g. 2011030900001098 (the sample request lacks it; errata E470).
             * @errata E470 The status query sample request lacks the oid_paybill its table requires
             */
            oid_paybill: components["schemas"]["OidPaybill"];
        };
        /** @description Body of every Pre-authorized order status query API answer (always HTTP 200, JSON). Exactly one branch matches: status when ret_code is one of the status codes the page lists (or 0000, as its sample shows), failure for any other code. */
        PreauthQueryResponse: components["schemas"]["PreauthQueryFailure"] | components["schemas"]["PreauthQueryStatus"];
        /**
         * @description Response branch of the Pre-authorized order status query API that reports the state of the pre-authorisation: ret_code is its status code. Signed by LianLian. A status is not a failure of the query: PR10, PR13 and PR16 say the application, capture or cancel failed.
         * @branch status
         * @errata E472 The status query answers with a status code in ret_code, its sample with 0000
         */
        PreauthQueryStatus: {
            /**
             * @description The pre-authorisation's status code (errata E472).
             * @enum {string}
             * @errata E472 The status query answers with a status code in ret_code, its sample with 0000
             */
            ret_code: "0000" | "2003" | "2006" | "PR07" | "PR08" | "PR09" | "PR10" | "PR11" | "PR12" | "PR13" | "PR14" | "PR15" | "PR16";
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the pre-authorisation belongs to, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this response, RSA. */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number of the pre-authorisation, at most 32 characters. */
            no_order?: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order?: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number of the pre-authorisation, at most 18 characters. */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /**
             * @description The order amount, in CNY with two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order?: components["schemas"]["MoneyOrder"];
            /**
             * @description The payer's user id in the merchant's system, at most 32 characters; in the sample answer, not in the table (errata E473).
             * @errata E473 user_id in the status query sample response, not in its table
             */
            user_id?: string;
        };
        /**
         * @description Response branch of the Pre-authorized order status query API when LianLian reports no status: ret_code is none of the status codes (for example 5002, no such order). The page lists only the status answer's fields; any field that arrives is kept, and a sign, if present, is verified (errata E472).
         * @branch failure
         * @errata E472 The status query answers with a status code in ret_code, its sample with 0000
         */
        PreauthQueryFailure: {
            /**
             * @description A return code that is not a status code; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description ISO 4217 code of one of the currencies Exchange Payment supports (the table of LianLian's supported-currencies page).
         * @enum {string}
         */
        Currency: "AUD" | "CNY" | "DKK" | "EUR" | "GBP" | "HKD" | "JPY" | "NZD" | "SEK" | "SGD" | "USD";
        /**
         * @description The exchange rate LianLian applied between the order currency and the currency the payer paid in, as decimal text (6.66 in LianLian's sample). The docs type it as bare String; the spec allows up to 16 characters of positive decimal text (errata E262).
         * @rule must be decimal text such as 6.66
         * @errata E262 exchange_rate is a bare String
         */
        ExchangeRate: string;
        /**
         * @description How an Exchange Payment is paid: the card kind for Easy payment, or Authenticate Payment.
         * @enum {string}
         */
        ExchangePayType: "M" | "N" | "D";
        /** @description JSON body of the Exchange Payment Apply API: creates a card payment for goods priced in a foreign currency, which the payer pays in CNY with a UnionPay card, and sends the payer an SMS code. The whole body is signed. A credit card (pay_type N) also needs vali_date and cvv2. */
        ExchangeApplyRequest: {
            /**
             * @description Version of the interface, always 1.0.
             * @constant
             */
            api_version: "1.0";
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description Time the request was built, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714; it must lie within 30 minutes of LianLian's clock.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            time_stamp: components["schemas"]["DateTime14"];
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description The payer's unique user id in the merchant's own system, at most 32 characters. */
            user_id: string;
            /** @description Platform name that lets several merchant numbers share the payer's data, at most 32 characters; LianLian has to set it up first. */
            platform?: string;
            /**
             * @description Business type of the goods sold, 101001 for virtual goods or 109001 for physical goods.
             * @enum {string}
             */
            busi_partner: "101001" | "109001";
            /** @description The merchant's order number, at most 32 characters, unique per merchant. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description Name of the goods, at most 40 characters, e.g. Pen. */
            name_goods: components["schemas"]["NameGoods"];
            /** @description Order remarks of at most 255 characters, returned in the synchronous and asynchronous notifications. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description Absolute URL (at most 128 characters) that receives the asynchronous notification. */
            notify_url: components["schemas"]["NotifyUrl"];
            /**
             * @description How many minutes the order stays payable, as decimal text; when it runs out LianLian closes the transaction. Defaults to 10080 minutes (7 days). The table types it Int while the sample sends a string (errata E263).
             * @rule must be a whole number of minutes from 1 to 99999
             * @errata E263 valid_order: Int in the table, a string in the sample
             */
            valid_order?: string;
            /**
             * @description Risk-control data as the text of a JSON object (see RiskItem), signed as exactly the text sent. The docs give it no length (errata E261).
             * @rule must be the text of a JSON object
             * @errata E261 Exchange Payment fields typed as bare String
             */
            risk_item: string;
            /** @description M for a debit card, N for a credit card (Easy payment), D for Authenticate Payment. */
            pay_type: components["schemas"]["ExchangePayType"];
            /** @description Currency the goods are priced in, one of the supported currencies. */
            currency_order: components["schemas"]["Currency"];
            /**
             * @description Order amount in the currency of currency_order, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /** @description Currency the merchant is settled in; for now it must equal currency_order. */
            currency_settle: components["schemas"]["Currency"];
            /**
             * @description Expiry date of a credit card, four digits as printed in the sample (1402); required for credit cards. The docs give it no length (errata E261).
             * @rule must be the four digits of the card expiry date
             * @sensitive secret — masked in messages and logs
             * @errata E261 Exchange Payment fields typed as bare String
             */
            vali_date?: string;
            /**
             * @description CVV2/CVC2 of a credit card, required for credit cards. The docs give it no length (errata E261).
             * @rule must be the 3 or 4 digits of the card security code
             * @sensitive secret — masked in messages and logs
             * @errata E261 Exchange Payment fields typed as bare String
             */
            cvv2?: string;
            /**
             * @description Kind of identity document id_no belongs to; ignored when no_agree is sent.
             * @enum {string}
             */
            id_type?: "0" | "2" | "3" | "4" | "6" | "9" | "X";
            /**
             * @description The payer's identity card number, 15 or 18 characters; ignored when no_agree is sent. The docs give it no maximum (errata E261).
             * @rule must be 15 digits, or 17 digits followed by a digit or X
             * @sensitive id — masked in messages and logs
             * @errata E261 Exchange Payment fields typed as bare String
             */
            id_no?: string;
            /**
             * @description The payer's name in Chinese characters, at most 64 characters (errata E261); ignored when no_agree is sent.
             * @sensitive name — masked in messages and logs
             * @errata E261 Exchange Payment fields typed as bare String
             */
            acct_name: string;
            /**
             * @description The payer's UnionPay card number, at most 32 characters (errata E261); ignored when no_agree is sent.
             * @sensitive card — masked in messages and logs
             * @errata E261 Exchange Payment fields typed as bare String
             */
            card_no: string;
            /**
             * @description The phone number the card issuer has on record for the payer; only mainland China numbers are supported. The docs give it no length (errata E261).
             * @rule must be a mainland China mobile number, 11 digits starting with 1
             * @sensitive phone — masked in messages and logs
             * @errata E261 Exchange Payment fields typed as bare String
             */
            bind_mob: string;
            /** @description Agreement number of a card the payer bound earlier, at most 32 characters; when present, id_no, acct_name, id_type and card_no are ignored. */
            no_agree?: string;
        };
        /** @description Body of every answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000; success when ret_code is 0000 and result_pay is not SUCCESS; paid when ret_code is 0000 and result_pay is SUCCESS. */
        ExchangeApplyResponse: components["schemas"]["ExchangeApplyFailure"] | components["schemas"]["ExchangeApplySuccess"] | components["schemas"]["ExchangeApplyPaid"];
        /**
         * @description Response branch for a request LianLian did not complete: ret_code is anything but 0000. The Exchange Payment Apply API page lists only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        ExchangeApplyFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 0000 without a final result: the transaction was created and an SMS code sent to the payer (token present), or, without SMS verification, the payment is still processing. Signed by LianLian.
         * @branch success
         */
        ExchangeApplySuccess: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this message, always RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /** @description Currency the order is priced in, one of the supported currencies. */
            currency_order: components["schemas"]["Currency"];
            /**
             * @description Order amount in the currency of currency_order, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Token for the Exchange Payment Verify API; absent when the account has no SMS verification step.
             * @errata E30 Fields typed as bare String, without a length
             */
            token?: components["schemas"]["Token"];
            /**
             * @description Payment result PROCESSING, sent only when the account has no SMS verification step.
             * @constant
             */
            result_pay?: "PROCESSING";
        };
        /**
         * @description Response branch for ret_code 0000 with result_pay SUCCESS: the account has no SMS verification step and LianLian reports the completed payment, in the order, settlement and payer currencies, directly. Signed by LianLian.
         * @branch paid
         */
        ExchangeApplyPaid: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this message, always RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /** @description Currency the order is priced in, one of the supported currencies. */
            currency_order: components["schemas"]["Currency"];
            /**
             * @description Order amount in the currency of currency_order, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Token for the Exchange Payment Verify API; absent when the account has no SMS verification step.
             * @errata E30 Fields typed as bare String, without a length
             */
            token?: components["schemas"]["Token"];
            /**
             * @description Payment result SUCCESS, the payment completed. It defines this branch.
             * @constant
             * @errata E280 The Exchange Payment Apply table marks result_pay Optional
             */
            result_pay: "SUCCESS";
            /**
             * @description Settlement date of the payment, yyyyMMdd in UTC+8.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date: components["schemas"]["SettleDate"];
            /** @description The order remarks sent in the Apply request, returned when they were sent. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description The pay type used for this transaction. */
            pay_type: components["schemas"]["ExchangePayType"];
            /** @description Currency the merchant is settled in. */
            currency_settle: components["schemas"]["Currency"];
            /**
             * @description Amount the merchant is settled, in currency_settle, two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_settle: components["schemas"]["MoneyOrder"];
            /** @description Currency the payer paid in. */
            currency_pay: components["schemas"]["Currency"];
            /**
             * @description Amount the payer paid, in currency_pay, two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_pay: components["schemas"]["MoneyOrder"];
            /**
             * @description Exchange rate applied between currency_order and currency_pay, e.g. 6.66 (errata E262).
             * @rule must be decimal text such as 6.66
             * @errata E262 exchange_rate is a bare String
             */
            exchange_rate: components["schemas"]["ExchangeRate"];
            /** @description Agreement number of the card used, at most 16 characters, for later payments without entering the card again; returned when LianLian is configured to. */
            no_agree?: string;
        };
        /** @description JSON body of the Exchange Payment Verify API: submits the token from the Apply step with the SMS code the payer received, which lets LianLian proceed with the payment. The whole body is signed. Accounts without an SMS verification step do not call it. */
        ExchangeVerifyRequest: {
            /**
             * @description Version of the interface, always 1.0.
             * @constant
             */
            api_version: "1.0";
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description Time the request was built, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714; it must lie within 30 minutes of LianLian's clock.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            time_stamp: components["schemas"]["DateTime14"];
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description The payer's user id in the merchant's system, as sent in the Apply request. */
            user_id: string;
            /**
             * @description The token the Exchange Payment Apply API returned for this order.
             * @errata E30 Fields typed as bare String, without a length
             */
            token: components["schemas"]["Token"];
            /** @description The SMS code the Apply step sent to the payer, at most 6 characters. */
            verify_code: components["schemas"]["VerifyCode"];
            /** @description The merchant order number used in the Apply step, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
        };
        /** @description Body of every answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000; success when ret_code is 0000 and result_pay is not SUCCESS; paid when ret_code is 0000 and result_pay is SUCCESS. */
        ExchangeVerifyResponse: components["schemas"]["ExchangeVerifyFailure"] | components["schemas"]["ExchangeVerifySuccess"] | components["schemas"]["ExchangeVerifyPaid"];
        /**
         * @description Response branch for a request LianLian did not complete: ret_code is anything but 0000. The Exchange Payment Verify API page lists only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        ExchangeVerifyFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 0000 with result_pay PROCESSING: the SMS code was accepted and LianLian is still waiting for the payment result, which the asynchronous notification or the result query gives. The docs mark the settlement fields Required for every 0000 answer; a processing payment has none yet, so they are optional here (errata E265). Signed by LianLian.
         * @branch success
         * @errata E265 The Verify table requires settlement fields even while the payment is processing
         */
        ExchangeVerifySuccess: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this message, always RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Payment result PROCESSING, the payment is still being processed.
             * @constant
             */
            result_pay: "PROCESSING";
            /** @description Currency the order is priced in, one of the supported currencies. */
            currency_order: components["schemas"]["Currency"];
            /**
             * @description Order amount in the currency of currency_order, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Settlement date of the payment, yyyyMMdd in UTC+8.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description The order remarks sent in the Apply request, returned when they were sent. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description The pay type used for this transaction. */
            pay_type?: components["schemas"]["ExchangePayType"];
            /** @description Currency the merchant is settled in. */
            currency_settle?: components["schemas"]["Currency"];
            /**
             * @description Amount the merchant is settled, in currency_settle, two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_settle?: components["schemas"]["MoneyOrder"];
            /** @description Currency the payer paid in. */
            currency_pay?: components["schemas"]["Currency"];
            /**
             * @description Amount the payer paid, in currency_pay, two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_pay?: components["schemas"]["MoneyOrder"];
            /**
             * @description Exchange rate applied between currency_order and currency_pay, e.g. 6.66 (errata E262).
             * @rule must be decimal text such as 6.66
             * @errata E262 exchange_rate is a bare String
             */
            exchange_rate?: components["schemas"]["ExchangeRate"];
            /** @description Agreement number of the card used, at most 16 characters, for later payments without entering the card again; returned when LianLian is configured to. */
            no_agree?: string;
            /**
             * @description Short code of the bank that issued the payer's card, e.g. 01020000 (the notification's String(8); errata E264).
             * @rule must be the eight-digit bank code
             * @errata E264 bank_code appears in the Verify and query samples but not in their tables
             */
            bank_code?: string;
        };
        /**
         * @description Response branch for ret_code 0000 with result_pay SUCCESS: the SMS code was accepted and the payment completed, reported in the order, settlement and payer currencies. Signed by LianLian.
         * @branch paid
         */
        ExchangeVerifyPaid: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this message, always RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Payment result SUCCESS, the payment completed. It defines this branch.
             * @constant
             */
            result_pay: "SUCCESS";
            /** @description Currency the order is priced in, one of the supported currencies. */
            currency_order: components["schemas"]["Currency"];
            /**
             * @description Order amount in the currency of currency_order, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Settlement date of the payment, yyyyMMdd in UTC+8.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date: components["schemas"]["SettleDate"];
            /** @description The order remarks sent in the Apply request, returned when they were sent. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description The pay type used for this transaction. */
            pay_type: components["schemas"]["ExchangePayType"];
            /** @description Currency the merchant is settled in. */
            currency_settle: components["schemas"]["Currency"];
            /**
             * @description Amount the merchant is settled, in currency_settle, two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_settle: components["schemas"]["MoneyOrder"];
            /** @description Currency the payer paid in. */
            currency_pay: components["schemas"]["Currency"];
            /**
             * @description Amount the payer paid, in currency_pay, two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_pay: components["schemas"]["MoneyOrder"];
            /**
             * @description Exchange rate applied between currency_order and currency_pay, e.g. 6.66 (errata E262).
             * @rule must be decimal text such as 6.66
             * @errata E262 exchange_rate is a bare String
             */
            exchange_rate: components["schemas"]["ExchangeRate"];
            /** @description Agreement number of the card used, at most 16 characters, for later payments without entering the card again; returned when LianLian is configured to. */
            no_agree?: string;
            /**
             * @description Short code of the bank that issued the payer's card, e.g. 01020000 (the notification's String(8); errata E264).
             * @rule must be the eight-digit bank code
             * @errata E264 bank_code appears in the Verify and query samples but not in their tables
             */
            bank_code?: string;
        };
        /** @description JSON body of the Exchange Payment Result Query API: asks for the status of one Exchange Payment transaction by the merchant's order number (and LianLian's transaction number, when known). The whole body is signed. */
        ExchangeQueryRequest: {
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number of the transaction, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /** @description LianLian's transaction number of the transaction, when the merchant has it. */
            oid_paybill?: components["schemas"]["OidPaybill"];
        };
        /** @description Body of every answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000; success when ret_code is 0000 and result_pay is not SUCCESS; paid when ret_code is 0000 and result_pay is SUCCESS. */
        ExchangeQueryResponse: components["schemas"]["ExchangeQueryFailure"] | components["schemas"]["ExchangeQuerySuccess"] | components["schemas"]["ExchangeQueryPaid"];
        /**
         * @description Response branch for a request LianLian did not complete: ret_code is anything but 0000. The Exchange Payment Result Query API page lists only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        ExchangeQueryFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 0000 with a transaction that is not paid: result_pay PROCESSING, WAITING, REFUND or FAILURE, possibly with a memo saying why. Signed by LianLian.
         * @branch success
         */
        ExchangeQuerySuccess: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this message, always RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description The transaction status other than SUCCESS (which the paid branch reports). The docs' CREATED status turns into WAITING at once and is not returned (errata E266).
             * @enum {string}
             * @errata E266 The query's CREATED status is never returned
             */
            result_pay: "PROCESSING" | "WAITING" | "REFUND" | "FAILURE";
            /**
             * @description Remark on the transaction, possibly the reason it failed. The docs give no length; the spec allows 255 characters (errata E261).
             * @errata E261 Exchange Payment fields typed as bare String
             */
            memo?: string;
            /** @description Currency the order is priced in, one of the supported currencies. */
            currency_order: components["schemas"]["Currency"];
            /**
             * @description Order amount in the currency of currency_order, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
        };
        /**
         * @description Response branch for ret_code 0000 with result_pay SUCCESS: the transaction was paid, reported in the order, settlement and payer currencies. Signed by LianLian.
         * @branch paid
         */
        ExchangeQueryPaid: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this message, always RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Payment result SUCCESS, the payment completed. It defines this branch.
             * @constant
             */
            result_pay: "SUCCESS";
            /**
             * @description Remark on the transaction, possibly the reason it failed. The docs give no length; the spec allows 255 characters (errata E261).
             * @errata E261 Exchange Payment fields typed as bare String
             */
            memo?: string;
            /** @description Currency the order is priced in, one of the supported currencies. */
            currency_order: components["schemas"]["Currency"];
            /**
             * @description Order amount in the currency of currency_order, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Settlement date of the payment, yyyyMMdd in UTC+8.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description The order remarks sent in the Apply request, returned when they were sent. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description The pay type used for this transaction. */
            pay_type?: components["schemas"]["ExchangePayType"];
            /** @description Currency the merchant is settled in. */
            currency_settle: components["schemas"]["Currency"];
            /**
             * @description Amount the merchant is settled, in currency_settle, two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_settle: components["schemas"]["MoneyOrder"];
            /** @description Currency the payer paid in. */
            currency_pay: components["schemas"]["Currency"];
            /**
             * @description Amount the payer paid, in currency_pay, two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_pay: components["schemas"]["MoneyOrder"];
            /**
             * @description Exchange rate applied between currency_order and currency_pay, e.g. 6.66 (errata E262).
             * @rule must be decimal text such as 6.66
             * @errata E262 exchange_rate is a bare String
             */
            exchange_rate: components["schemas"]["ExchangeRate"];
            /** @description Agreement number of the card used, at most 16 characters, for later payments without entering the card again; returned when LianLian is configured to. */
            no_agree?: string;
            /**
             * @description Short code of the bank that issued the payer's card, e.g. 01020000 (the notification's String(8); errata E264).
             * @rule must be the eight-digit bank code
             * @errata E264 bank_code appears in the Verify and query samples but not in their tables
             */
            bank_code?: string;
        };
        /**
         * @description Asynchronous notification of an Exchange Payment, which LianLian POSTs to the Apply request's notify_url once the transaction is confirmed SUCCESS: the order, settlement and payer amounts and currencies and the exchange rate, signed by LianLian. The docs list result_pay PROCESSING as well; the notification is only sent for SUCCESS (errata E267).
         * @errata E267 The notification lists result_pay PROCESSING but is sent only on SUCCESS
         */
        ExchangeNotification: {
            /**
             * @description Return code 0000, which LianLian's sample notification carries although the table does not list it (errata E268).
             * @rule must be four digits
             * @errata E268 The notification sample carries ret_code and ret_msg
             */
            ret_code?: components["schemas"]["RetCode"];
            /**
             * @description Chinese explanation of ret_code (交易成功), carried by the sample (errata E268).
             * @errata E268 The notification sample carries ret_code and ret_msg
             */
            ret_msg?: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian signed the notification with, always RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Payment result; LianLian sends this notification when the transaction is SUCCESS.
             * @enum {string}
             * @errata E267 The notification lists result_pay PROCESSING but is sent only on SUCCESS
             */
            result_pay: "SUCCESS" | "PROCESSING";
            /** @description Currency the order is priced in, one of the supported currencies. */
            currency_order: components["schemas"]["Currency"];
            /**
             * @description Order amount in the currency of currency_order, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Settlement date of the payment, yyyyMMdd in UTC+8.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date: components["schemas"]["SettleDate"];
            /** @description The order remarks sent in the Apply request, returned when they were sent. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description The pay type used for this transaction. */
            pay_type: components["schemas"]["ExchangePayType"];
            /** @description Currency the merchant is settled in. */
            currency_settle: components["schemas"]["Currency"];
            /**
             * @description Amount the merchant is settled, in currency_settle, two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_settle: components["schemas"]["MoneyOrder"];
            /** @description Currency the payer paid in. */
            currency_pay: components["schemas"]["Currency"];
            /**
             * @description Amount the payer paid, in currency_pay, two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_pay: components["schemas"]["MoneyOrder"];
            /**
             * @description Exchange rate applied between currency_order and currency_pay, e.g. 6.66 (errata E262).
             * @rule must be decimal text such as 6.66
             * @errata E262 exchange_rate is a bare String
             */
            exchange_rate: components["schemas"]["ExchangeRate"];
            /** @description Agreement number of the card used, at most 16 characters, for later payments without entering the card again; returned when LianLian is configured to. */
            no_agree?: string;
            /**
             * @description Short code of the bank that issued the payer's card, e.g. 01020000 (String(8)).
             * @rule must be the eight-digit bank code
             */
            bank_code?: string;
        };
        /**
         * @description The payment method a payment was actually made with, as the aggregate and online banking notifications and the aggregate result query report it.
         * @enum {string}
         */
        PayTypeUsed: "0" | "1" | "8" | "9" | "2" | "3" | "D" | "I" | "L" | "M" | "F";
        /** @description JSON body of the Aggregate Payment Result Query API (which SUMMARY.md also lists as the online banking result query): asks for one payment by the merchant's order number or LianLian's transaction number, at least one of them. The whole body is signed. */
        AggregateQueryRequest: {
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number; either it or oid_paybill must be sent. */
            no_order?: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order?: components["schemas"]["DateTime14"];
            /**
             * @description LianLian's transaction number; either it or no_order must be sent. The table gives String(14), the spec LianLian's 18 characters (errata E278).
             * @errata E278 The aggregate query's oid_paybill is String(14)
             */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /**
             * @description Version of the query interface; 1.0, the default.
             * @constant
             */
            query_version?: "1.0";
            /** @description The payer's user id in the merchant's system, at most 32 characters. */
            user_id?: string;
        };
        /** @description Body of every Aggregate Payment Result Query API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000; success when ret_code is 0000 and result_pay is not SUCCESS; paid when ret_code is 0000 and result_pay is SUCCESS. */
        AggregateQueryResponse: components["schemas"]["AggregateQueryFailure"] | components["schemas"]["AggregateQuerySuccess"] | components["schemas"]["AggregateQueryPaid"];
        /**
         * @description Response branch for a request LianLian did not complete: ret_code is anything but 0000. The page's one response table marks the merchant and signature fields Required for every answer; a failure is required to carry only ret_code and ret_msg, any other field that arrives is kept, and a sign, if present, is verified (errata E275).
         * @branch failure
         * @errata E275 The aggregate query's response table marks merchant fields Required for every answer
         */
        AggregateQueryFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 0000 with a payment that is not (yet) SUCCESS: result_pay is absent or another status. The table marks every order field Optional. Signed by LianLian.
         * @branch success
         */
        AggregateQuerySuccess: {
            /**
             * @description Always 0000 in this branch, meaning the query was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the payment was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this message, always RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number, at most 32 characters. */
            no_order?: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order?: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /**
             * @description Order amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order?: components["schemas"]["MoneyOrder"];
            /**
             * @description The payment's status other than SUCCESS (which the paid branch reports); the docs give only the example SUCCESS and no length (errata E274).
             * @errata E274 Aggregate and online banking fields typed as bare String
             */
            result_pay?: string;
            /**
             * @description Settlement date, yyyyMMdd in UTC+8, returned when the payment succeeded.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description The order remarks, returned when the request sent them. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description The payment method the payer used. */
            pay_type?: components["schemas"]["PayTypeUsed"];
            /**
             * @description Short code of the payer's bank, e.g. 01020000. The docs give no length; the spec takes the eight digits of the Exchange Payment notification's String(8) (errata E274).
             * @rule must be the eight-digit bank code
             * @errata E274 Aggregate and online banking fields typed as bare String
             */
            bank_code?: string;
            /**
             * @description Agreement number of the card used, for later payments without entering it again. The docs give no length; the spec allows 32 characters, the WEB Payment request's (errata E274).
             * @errata E274 Aggregate and online banking fields typed as bare String
             */
            no_agree?: string;
            /**
             * @description Name of the payer's bank. The docs give no length; the spec allows 64 characters (errata E274).
             * @errata E274 Aggregate and online banking fields typed as bare String
             */
            bank_name?: string;
            /**
             * @description Payment information from the bank. The docs give no length; the spec allows 255 characters (errata E274).
             * @errata E274 Aggregate and online banking fields typed as bare String
             */
            memo?: string;
        };
        /**
         * @description Response branch for ret_code 0000 with result_pay SUCCESS: the payment was made. The table marks every order field Optional; the spec requires no_order, oid_paybill and money_order here, which a paid order always has (errata E277). Signed by LianLian.
         * @branch paid
         * @errata E277 The aggregate query marks every order field Optional
         */
        AggregateQueryPaid: {
            /**
             * @description Always 0000 in this branch, meaning the query was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the payment was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this message, always RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order?: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Order amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Payment result SUCCESS, the payment was made. It defines this branch.
             * @constant
             */
            result_pay: "SUCCESS";
            /**
             * @description Settlement date, yyyyMMdd in UTC+8, returned when the payment succeeded.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description The order remarks, returned when the request sent them. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description The payment method the payer used. */
            pay_type?: components["schemas"]["PayTypeUsed"];
            /**
             * @description Short code of the payer's bank, e.g. 01020000. The docs give no length; the spec takes the eight digits of the Exchange Payment notification's String(8) (errata E274).
             * @rule must be the eight-digit bank code
             * @errata E274 Aggregate and online banking fields typed as bare String
             */
            bank_code?: string;
            /**
             * @description Agreement number of the card used, for later payments without entering it again. The docs give no length; the spec allows 32 characters, the WEB Payment request's (errata E274).
             * @errata E274 Aggregate and online banking fields typed as bare String
             */
            no_agree?: string;
            /**
             * @description Name of the payer's bank. The docs give no length; the spec allows 64 characters (errata E274).
             * @errata E274 Aggregate and online banking fields typed as bare String
             */
            bank_name?: string;
            /**
             * @description Payment information from the bank. The docs give no length; the spec allows 255 characters (errata E274).
             * @errata E274 Aggregate and online banking fields typed as bare String
             */
            memo?: string;
        };
        /** @description Asynchronous notification of an Aggregate Payment (and of a unified gateway payment), which LianLian POSTs to the request's notify_url once the payment is confirmed SUCCESS, signed by LianLian. */
        AggregateNotification: {
            /**
             * @description The merchant number the payment was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this message, always RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Order amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Payment result, SUCCESS: LianLian sends this notification once the payment is confirmed SUCCESS. The docs type it bare String (errata E274).
             * @errata E274 Aggregate and online banking fields typed as bare String
             */
            result_pay: string;
            /**
             * @description Settlement date, yyyyMMdd in UTC+8, returned when the payment succeeded.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description The order remarks, returned when the request sent them. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description The payment method the payer used. */
            pay_type: components["schemas"]["PayTypeUsed"];
            /**
             * @description Short code of the payer's bank, e.g. 01020000. The docs give no length; the spec takes the eight digits of the Exchange Payment notification's String(8) (errata E274).
             * @rule must be the eight-digit bank code
             * @errata E274 Aggregate and online banking fields typed as bare String
             */
            bank_code?: string;
            /**
             * @description Agreement number of the card used, for later payments without entering it again. The docs give no length; the spec allows 32 characters, the WEB Payment request's (errata E274).
             * @errata E274 Aggregate and online banking fields typed as bare String
             */
            no_agree?: string;
        };
        /** @description JSON body of the Aggregate Payment Direct API (combinepay): creates a WeChat Pay or Alipay payment and returns what the payer needs to pay it (a QR code link, or the parameters for the WeChat SDK or official account). The whole body is signed. The recipient is set by col_userid or by col_oidpartner, never both. */
        AggregatePayRequest: {
            /** @description The merchant's order number, at most 32 characters, unique per merchant. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description The app id WeChat Pay or Alipay issued, required for WeChat/Alipay app payments and WeChat official account payments. The docs give no length; the spec allows 64 characters (errata E440).
             * @errata E440 Aggregate Payment Direct API fields typed as bare String
             */
            appid?: string;
            /**
             * @description The payer's WeChat openid, required for WeChat official account payments. The docs give no length; the spec allows 128 characters (errata E440).
             * @errata E440 Aggregate Payment Direct API fields typed as bare String
             */
            openid?: string;
            /** @description Business type of the goods sold, 101001 for virtual goods or 109001 for physical goods. */
            busi_partner: components["schemas"]["BusiPartner"];
            /**
             * @description Order amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /** @description The payer's unique user id in the merchant's own system, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /**
             * @description The payer's real name; leave it out for an anonymous payer. The docs give no length; the spec allows 64 characters (errata E440).
             * @sensitive name — masked in messages and logs
             * @errata E440 Aggregate Payment Direct API fields typed as bare String
             */
            name_user?: string;
            /** @description Kind of identity document id_no belongs to, one character. */
            id_type?: components["schemas"]["IdType"];
            /**
             * @description The payer's identity card number, 15 or 18 characters; required for verified payments. The docs give no maximum (errata E440).
             * @rule must be 15 digits, or 17 digits followed by a digit or X
             * @sensitive id — masked in messages and logs
             * @errata E440 Aggregate Payment Direct API fields typed as bare String
             */
            id_no?: string;
            /**
             * @description The recipient as a LianLian E-wallet user (its user_id); only for E-wallet merchants. Not with col_oidpartner. The docs give no length; the spec takes the user_id's 32 (errata E440).
             * @errata E440 Aggregate Payment Direct API fields typed as bare String
             */
            col_userid?: string;
            /**
             * @description The recipient as a merchant number (oid_partner), up to 18 digits. Not with col_userid.
             * @rule must be 1 to 18 digits
             */
            col_oidpartner?: components["schemas"]["OidPartner"];
            /** @description Name of the goods, at most 40 characters, e.g. Pen. */
            name_goods: components["schemas"]["NameGoods"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description Absolute URL (at most 128 characters) that receives the asynchronous notification. */
            notify_url: components["schemas"]["NotifyUrl"];
            /**
             * Format: uri
             * @description Absolute URL (at most 128 characters) the payer is sent back to once the payment is done. The table names the field return_url and its description url_return; the spec keeps the row's name (errata E442).
             * @errata E442 The return URL row is return_url, its description says url_return
             */
            return_url?: string;
            /** @description Order remarks of at most 255 characters, returned in the synchronous and asynchronous notifications. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description I WeChat Pay QR code, L Alipay QR code, Y WeChat Pay app, W WeChat Pay official account. */
            pay_type: components["schemas"]["AggregatePayType"];
            /**
             * @description Risk-control data as the text of a JSON object (see RiskItem), signed as exactly the text sent. The docs give it no length (errata E440).
             * @rule must be the text of a JSON object
             * @errata E440 Aggregate Payment Direct API fields typed as bare String
             */
            risk_item: string;
            /**
             * @description Revenue sharing: up to three recipients, each account^type^amount^description, joined by "|" (the grammar the Aggregate Web Redirect page gives).
             * @rule must be one to three recipients joined by "|", each account^type^amount^description: an account of 1 to 32 characters, type 0 or 1, an amount with exactly two decimals and a description of at most 85 characters, none of them containing "^" or "|"
             */
            shareing_data?: components["schemas"]["ShareingData"];
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this body.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
        };
        /** @description Body of every Aggregate Payment Direct API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000; success when it is 0000, the payment created and awaiting the payer (its result comes in the asynchronous notification or the result query). */
        AggregatePayResponse: components["schemas"]["AggregatePayFailure"] | components["schemas"]["AggregatePaySuccess"];
        /**
         * @description Response branch for a request LianLian did not complete: ret_code is anything but 0000. The page's one response table marks user_id, oid_partner and pay_type Required for every answer; a failure is required to carry only ret_code and ret_msg, any other field that arrives is kept, and a sign, if present, is verified (errata E443).
         * @branch failure
         * @errata E443 The combinepay response table marks user_id, oid_partner and pay_type Required for every answer
         */
        AggregatePayFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 0000: LianLian created the payment, which awaits the payer. payLoad is what the payer pays with: a QR code link, or a JSON object for the WeChat SDK or official account. Signed by LianLian, its keys in case-insensitive order (payLoad after pay_type; errata E441).
         * @branch success
         * @errata E441 The combinepay answer's payLoad and pay_type sort differently by byte and by letter
         */
        AggregatePaySuccess: {
            /**
             * @description Always 0000 in this branch, meaning the payment was created.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /** @description The merchant order number, at most 32 characters. */
            no_order?: components["schemas"]["NoOrder"];
            /** @description The payer's user id in the merchant's system, as the request sent it. */
            user_id: components["schemas"]["UserId"];
            /**
             * @description Order amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order?: components["schemas"]["MoneyOrder"];
            /**
             * @description The merchant number the payment was created for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description What the payer pays with: for the QR code payments (I, L) the link the QR code encodes; for a WeChat Pay app payment (Y) the text of a JSON object for WeChat's mobile SDK; for an official account payment (W) the text of a JSON object for WeChat's JSAPI. The docs give no length; the spec allows 4096 characters (errata E440). Signed, sorted case-insensitively (errata E441).
             * @errata E440 Aggregate Payment Direct API fields typed as bare String
             * @errata E441 The combinepay answer's payLoad and pay_type sort differently by byte and by letter
             */
            payLoad?: string;
            /** @description The order remarks, returned when the request sent them. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description The payment method asked for, as the request sent it. */
            pay_type: components["schemas"]["AggregatePayType"];
            /** @description Algorithm LianLian used to sign this message, always RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
        };
        /**
         * @description The aggregate payment method a merchant asks the Aggregate Payment Direct API (combinepay) for: a WeChat Pay or Alipay QR code, a WeChat Pay app payment or a WeChat Pay official account payment.
         * @enum {string}
         */
        AggregatePayType: "I" | "L" | "Y" | "W";
        /**
         * @description Revenue sharing instructions (the docs spell the field shareing_data): one to three recipients joined by "|", each account^type^amount^description. The account is a user_id or an oid_partner (at most 32 characters), the type 0 for a LianLian E-wallet merchant or 1 for a regular merchant, the amount CNY with two decimals, the description at most 85 characters; no part may contain "^" or "|". At most 1024 characters in all.
         * @rule must be one to three recipients joined by "|", each account^type^amount^description: an account of 1 to 32 characters, type 0 or 1, an amount with exactly two decimals and a description of at most 85 characters, none of them containing "^" or "|"
         */
        ShareingData: string;
        /** @description Form fields of the Aggregate Web Redirect API: the merchant's page posts them, signed, from the payer's browser to LianLian's aggregate cashier, where the payer pays with WeChat Pay, Alipay or online banking. The recipient is set by col_userid or by col_oidpartner, never both. */
        AggregateWebRequest: {
            /**
             * @description Version of the interface, always 1.1 (the sample's 1.0 is normalised, errata E445). The docs give no length (errata E444).
             * @constant
             * @errata E444 Aggregate Web Redirect fields typed as bare String or Int
             * @errata E445 The Aggregate Web Redirect sample form holds placeholders and version 1.0
             */
            version: "1.1";
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description The payer's unique user id in the merchant's own system, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /**
             * @description Time the request was built, yyyyMMddHHmmss in UTC+8; it must lie within 30 minutes of LianLian's clock.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            timestamp: components["schemas"]["DateTime14"];
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of the form.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description Business type of the goods sold, 101001 for virtual goods or 109001 for physical goods. */
            busi_partner: components["schemas"]["BusiPartner"];
            /** @description The merchant's order number, at most 32 characters, unique per merchant. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description Name of the goods, at most 40 characters, e.g. Pen. */
            name_goods: components["schemas"]["NameGoods"];
            /** @description Order remarks of at most 255 characters, returned in the synchronous and asynchronous notifications. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description Order amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /** @description Absolute URL (at most 128 characters) that receives the asynchronous notification. */
            notify_url: components["schemas"]["NotifyUrl"];
            /**
             * Format: uri
             * @description Absolute URL (at most 128 characters) the payer's browser POSTs the synchronous notification to once the payment succeeded.
             */
            url_return?: string;
            /**
             * @description The payer's IP address, for fraud checks, with "." replaced by "_", e.g. 122_11_37_211 (the sample's *_*_*_* is normalised, errata E445).
             * @rule must be the payer's IPv4 address with "_" for ".", e.g. 122_11_37_211
             * @errata E445 The Aggregate Web Redirect sample form holds placeholders and version 1.0
             */
            userreq_ip: string;
            /**
             * Format: uri
             * @description Absolute URL of the goods on the merchant's site, at most 255 characters.
             */
            url_order?: string;
            /**
             * @description How many minutes the order stays payable; when it runs out LianLian closes the transaction. Defaults to 10080 (7 days). The docs give no bound; the spec allows up to 99999 (errata E444).
             * @default 10080
             * @errata E444 Aggregate Web Redirect fields typed as bare String or Int
             */
            valid_order: number;
            /**
             * @description Risk-control data as the text of a JSON object (see RiskItem), signed as exactly the text sent. The docs give it no length (errata E444).
             * @rule must be the text of a JSON object
             * @errata E444 Aggregate Web Redirect fields typed as bare String or Int
             */
            risk_item: string;
            /**
             * @description The recipient as a merchant number (oid_partner), up to 18 digits; by default the merchant user_id belongs to. Not with col_userid.
             * @rule must be 1 to 18 digits
             */
            col_oidpartner?: components["schemas"]["OidPartner"];
            /** @description The recipient as a LianLian E-wallet user_id, at most 32 characters. Not with col_oidpartner. */
            col_userid?: string;
            /**
             * @description Revenue sharing: up to three recipients, each account^type^amount^description, joined by "|" (the page's Sharing Data Introduction).
             * @rule must be one to three recipients joined by "|", each account^type^amount^description: an account of 1 to 32 characters, type 0 or 1, an amount with exactly two decimals and a description of at most 85 characters, none of them containing "^" or "|"
             */
            shareing_data?: components["schemas"]["ShareingData"];
            /**
             * @description The guarantor's merchant number (oid_partner) for guaranteed (escrow) transactions.
             * @rule must be 1 to 18 digits
             */
            secured_partner?: components["schemas"]["OidPartner"];
            /**
             * @description For guaranteed transactions. The docs describe this field not at all; the spec takes it as a whole number, its Int type, from 1 to 99999 (errata E446).
             * @errata E446 buyer_confirm_valid and seller_send_valid have no description
             */
            buyer_confirm_valid?: number;
            /**
             * @description For guaranteed transactions. The docs describe this field not at all; the spec takes it as a whole number, its Int type, from 1 to 99999 (errata E446).
             * @errata E446 buyer_confirm_valid and seller_send_valid have no description
             */
            seller_send_valid?: number;
            /**
             * @description The payer's identity card number, 15 or 18 characters; required for verified payments. The docs give no maximum (errata E444).
             * @rule must be 15 digits, or 17 digits followed by a digit or X
             * @sensitive id — masked in messages and logs
             * @errata E444 Aggregate Web Redirect fields typed as bare String or Int
             */
            id_no?: string;
            /**
             * @description The payer's name in Chinese; required for verified payments. The docs give no length; the spec allows 64 characters (errata E444).
             * @sensitive name — masked in messages and logs
             * @errata E444 Aggregate Web Redirect fields typed as bare String or Int
             */
            acct_name?: string;
            /**
             * @description The online bank to open directly instead of the bank selection page, with pay_type. The docs give no length; the spec takes the eight digits of LianLian's bank codes (errata E444).
             * @rule must be the eight-digit bank code
             * @errata E444 Aggregate Web Redirect fields typed as bare String or Int
             */
            bank_code?: string;
            /**
             * @description The online banking kind to use with bank_code.
             * @enum {string}
             */
            pay_type?: "1" | "8" | "9";
        };
        /** @description Form fields LianLian makes the payer's browser POST to url_return once an aggregate web payment succeeded. It is sent once, so it is a hint for the page shown to the payer; the asynchronous notification to notify_url (aggregateNotify) is the reliable result. Verify the signature over every received field except sign before trusting it. */
        AggregateWebReturnNotification: {
            /**
             * @description The merchant number the payment belongs to, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm of this notification, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant's order number, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number, at most 18 characters, e.g. 2011030900001098. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Amount paid in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Payment result, SUCCESS (the notification is sent for successful payments only). The docs give no length (errata E444).
             * @errata E444 Aggregate Web Redirect fields typed as bare String or Int
             */
            result_pay: string;
            /**
             * @description Settlement date, yyyyMMdd, returned when the payment succeeded.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description The order remarks sent in the request, echoed back; at most 255 characters. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description The payment method actually used (I WeChat Pay, L Alipay, 1/8/9 online banking, ...). */
            pay_type?: components["schemas"]["PayTypeUsed"];
            /**
             * @description Short code of the paying bank, e.g. 01020000. The docs give no length; the spec takes the eight digits of LianLian's bank codes (errata E444).
             * @rule must be the eight-digit bank code
             * @errata E444 Aggregate Web Redirect fields typed as bare String or Int
             */
            bank_code?: string;
        };
        /**
         * @description Asynchronous notification of an online banking payment, which LianLian POSTs to the request's notify_url once the payment is confirmed SUCCESS, signed by LianLian. Its table allows only the online banking pay types 1, 8 and 9, but its sample sends 2 (express payment with a debit card), so every pay type the aggregate notification lists is accepted (errata E276).
         * @errata E276 The online banking notification's sample uses a pay_type its table does not list
         */
        OnlineBankingNotification: {
            /**
             * @description The merchant number the payment was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this message, always RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number for this payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Order amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Payment result, SUCCESS: LianLian sends this notification once the payment is confirmed SUCCESS. The docs type it bare String (errata E274).
             * @errata E274 Aggregate and online banking fields typed as bare String
             */
            result_pay: string;
            /**
             * @description Settlement date, yyyyMMdd in UTC+8, returned when the payment succeeded.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description The order remarks, returned when the request sent them. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description The payment method used: 1, 8 or 9 for online banking by the table; the sample's 2 shows other methods arrive too (errata E276). */
            pay_type: components["schemas"]["PayTypeUsed"];
            /**
             * @description Short code of the payer's bank, e.g. 01020000. The docs give no length; the spec takes the eight digits of the Exchange Payment notification's String(8) (errata E274).
             * @rule must be the eight-digit bank code
             * @errata E274 Aggregate and online banking fields typed as bare String
             */
            bank_code?: string;
            /**
             * @description Agreement number of the card used, for later payments without entering it again. The docs give no length; the spec allows 32 characters, the WEB Payment request's (errata E274).
             * @errata E274 Aggregate and online banking fields typed as bare String
             */
            no_agree?: string;
        };
        /**
         * @description Business type of the goods sold, 101001 for virtual goods or 109001 for physical goods.
         * @enum {string}
         */
        BusiPartner: "101001" | "109001";
        /** @description LianLian's short code of the card's bank, e.g. 01020000, at most 18 characters. */
        BankCode: string;
        /**
         * @description How many minutes the order stays payable; when it runs out LianLian closes the transaction. Defaults to 10080 minutes (7 days).
         * @errata E181 valid_order is an Int, but the samples send it as text
         */
        ValidOrder: number;
        /**
         * @description The signed request of the MPAY Apply Direct API, the plaintext sealed in the lianpay1_0_1 envelope: it creates the order in LianLian's system and has an SMS code sent to the payer. The payer is named either by the card fields (card_no, acct_name, bind_mob, id_type, id_no) or by the no_agree of a card bound earlier.
         * @errata E182 The card fields are "Required", and required only without no_agree
         */
        MpayApplyRequest: {
            /**
             * @description Algorithm used to sign this request, RSA (MD5withRSA) or SHA256withRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             */
            sign_type: components["schemas"]["SignType"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this request.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description The payer's unique user id in the merchant's own system, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /** @description Business type, 101001 for virtual goods or 109001 for physical goods. */
            busi_partner: components["schemas"]["BusiPartner"];
            /** @description The merchant's order number, at most 32 characters, unique per merchant. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description Name of the goods, at most 40 characters, e.g. Pen. */
            name_goods: components["schemas"]["NameGoods"];
            /** @description Order remarks of at most 255 characters, sent back in the synchronous answer and the asynchronous notification. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description Order amount in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             * @errata E31 The MPAY request's money_order states no range
             */
            money_order: components["schemas"]["MoneyOrder"];
            /** @description Absolute URL (at most 128 characters) that receives the MPAY asynchronous payment notification once the payment succeeds. */
            notify_url: components["schemas"]["NotifyUrl"];
            /**
             * @description Minutes the order stays payable before LianLian closes it, an integer; default 10080 (7 days).
             * @errata E181 valid_order is an Int, but the samples send it as text
             */
            valid_order?: components["schemas"]["ValidOrder"];
            /**
             * @description Risk-control data as the text of a JSON object (see RiskItem), signed as exactly the text sent. The table gives no length (errata E30).
             * @rule must be the text of a JSON object
             * @errata E30 Fields typed as bare String, without a length
             */
            risk_item: string;
            /**
             * @description Kind of payment, 2 (debit card), 3 (credit card) or P (new authenticated payment).
             * @enum {string}
             */
            pay_type: "2" | "3" | "P";
            /**
             * @description The payer's card number; required unless no_agree names a bound card (errata E182).
             * @rule must be 1 to 32 digits
             * @sensitive card — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             * @errata E182 The card fields are "Required", and required only without no_agree
             */
            card_no?: components["schemas"]["CardNo"];
            /**
             * @description Expiry date of a credit card, four digits as printed on the card (the sample sends 2002); missing from the table, shown in the sample (errata E183).
             * @rule must be the four digits of the card expiry date
             * @sensitive card — masked in messages and logs
             * @errata E183 The MPAY Apply sample sends vali_date, which its table lacks
             */
            vali_date?: string;
            /**
             * @description The security code (CVV2/CVC2) of a credit card; the overview requires it for credit cards, the table has no row for it (errata E183).
             * @rule must be the three or four digits of the card security code
             * @sensitive secret — masked in messages and logs
             * @errata E183 The MPAY Apply sample sends vali_date, which its table lacks
             */
            cvv2?: string;
            /** @description LianLian's short code of the card's bank, at most 18 characters. */
            bank_code?: components["schemas"]["BankCode"];
            /**
             * @description The payer's name in Chinese characters, at most 64 characters (errata E30).
             * @sensitive name — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             */
            acct_name: components["schemas"]["AcctName"];
            /**
             * @description The payer's mobile number held by the bank, a mainland China number; required unless no_agree names a bound card (errata E180, E182).
             * @rule must be an 11-digit mainland China mobile number starting with 1
             * @sensitive phone — masked in messages and logs
             * @errata E180 bind_mob is "China domestic number" without a format
             * @errata E182 The card fields are "Required", and required only without no_agree
             */
            bind_mob?: components["schemas"]["BindMob"];
            /**
             * @description Kind of identity document id_no belongs to; required unless no_agree names a bound card (errata E182).
             * @errata E182 The card fields are "Required", and required only without no_agree
             */
            id_type?: components["schemas"]["IdType"];
            /**
             * @description The payer's identity card number, 15 or 18 characters; required unless no_agree names a bound card (errata E30, E34, E182).
             * @rule must be 15 digits, or 17 digits followed by a digit or X
             * @sensitive id — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             * @errata E34 id_no's format is given only for identity cards
             * @errata E182 The card fields are "Required", and required only without no_agree
             */
            id_no?: components["schemas"]["IdNo"];
            /** @description Agreement number of a card the payer bound earlier, at most 32 characters; stands in for the card fields. */
            no_agree?: components["schemas"]["NoAgree"];
        };
        /** @description The JSON body actually sent to the MPAY Apply Direct API: the merchant number in clear and the signed request (MpayApplyRequest) sealed in pay_load, as LianLian's page ("Send encrypted request message") and its Java SDK send it. */
        MpayApplyEnvelope: {
            /**
             * @description The merchant number, up to 18 digits, repeated in clear so LianLian can pick the merchant's keys; it must equal oid_partner inside the sealed request.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description The lianpay1_0_1 envelope holding the signed MpayApplyRequest as compact UTF-8 JSON (see the operation's x-lianlian-envelope). Base64 fields may be wrapped at 76 characters with CRLF.
             * @rule must be lianpay1_0_1 followed by five $-separated base64 fields
             */
            pay_load: string;
        };
        /** @description Body of every MPAY Apply Direct API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is neither 8888 nor 0000; success when ret_code is 8888 (an SMS code was sent, call mpayVerify with the token); paid when ret_code is 0000 (the account has no SMS verification step and the payment was made at once). */
        MpayApplyResponse: components["schemas"]["MpayApplyFailure"] | components["schemas"]["MpayApplySmsSent"] | components["schemas"]["MpayApplyPaid"];
        /**
         * @description Response branch for an Apply request LianLian refused: ret_code is anything but 8888 and 0000. The page lists only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        MpayApplyFailure: {
            /**
             * @description Four-digit return code other than 0000 and 8888; see x-lianlian-return-codes.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 8888: the order was created and an SMS code was sent to the payer's phone; the merchant calls the MPAY Verify Direct API with the token and the code the payer types. Signed by LianLian.
         * @branch success
         */
        MpayApplySmsSent: {
            /**
             * @description Always 8888 in this branch, meaning the payment must be verified with the SMS code.
             * @constant
             */
            ret_code: "8888";
            /** @description Chinese explanation of ret_code (短信已下发，需要再次验证 for 8888), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description Algorithm LianLian used to sign this response, RSA or SHA256WITHRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
             */
            sign_type: components["schemas"]["SignTypeResponse"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number, returned once the transaction object is created. */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /**
             * @description Transaction amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description The token for the MPAY Verify Direct API, valid for 30 minutes; not returned when the account has no SMS verification step.
             * @errata E30 Fields typed as bare String, without a length
             */
            token?: components["schemas"]["Token"];
            /** @description The order remarks of the request, echoed when they were sent. */
            info_order?: components["schemas"]["InfoOrder"];
        };
        /**
         * @description Response branch for ret_code 0000: the account has no SMS verification step and the payment was handled at once; settle_date and no_agree come with result_pay SUCCESS. Signed by LianLian.
         * @branch paid
         * @errata E184 MPAY Apply's ret_code 0000 answer and result_pay
         */
        MpayApplyPaid: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description Algorithm LianLian used to sign this response, RSA or SHA256WITHRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
             */
            sign_type: components["schemas"]["SignTypeResponse"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number, returned once the transaction object is created. */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /**
             * @description Transaction amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description A token; the page says none is returned without SMS verification, yet its sample of this answer carries one (errata E185).
             * @errata E30 Fields typed as bare String, without a length
             * @errata E185 The "without SMS Verification" sample carries a token
             */
            token?: components["schemas"]["Token"];
            /** @description The order remarks of the request, echoed when they were sent. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description Payment result SUCCESS, which the page names as the condition for settle_date and no_agree without giving it a row (errata E184).
             * @constant
             * @errata E184 MPAY Apply's ret_code 0000 answer and result_pay
             */
            result_pay?: "SUCCESS";
            /**
             * @description Settlement date of the payment, yyyyMMdd in UTC+8, e.g. 20180829.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description Agreement number standing for the payer's card, at most 16 characters; later payments can send it instead of the card fields. */
            no_agree?: string;
        };
        /** @description The MPAY asynchronous payment notification: LianLian POSTs it as one JSON object to the notify_url of the MPAY Apply request once the payment is confirmed as SUCCESS. Signed by LianLian; fields LianLian adds later are kept and covered by the signature. */
        MpayNotification: {
            /**
             * @description The merchant number, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm of the notification, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number of the payment, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number of the payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Amount paid in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Payment result; LianLian sends this notification only for SUCCESS.
             * @enum {string}
             */
            result_pay: "SUCCESS";
            /**
             * @description Settlement date of the payment, yyyyMMdd in UTC+8, e.g. 20130516.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description The order remarks of the Apply request, when it carried them. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description The payment method used, 2 (debit card), 3 (credit card) or P (new authenticated payment).
             * @enum {string}
             */
            pay_type: "2" | "3" | "P";
            /** @description LianLian's short code of the card's bank, e.g. 01020000 (errata E30). */
            bank_code?: components["schemas"]["BankCode"];
            /**
             * @description Agreement number standing for the payer's card, for later payments (errata E30).
             * @errata E30 Fields typed as bare String, without a length
             */
            no_agree?: components["schemas"]["NoAgree"];
            /** @description Kind of the payer's identity document; sent only when LianLian configured it. */
            id_type?: components["schemas"]["IdType"];
            /**
             * @description The payer's identity card number; sent only when LianLian configured it (errata E30).
             * @rule must be 15 digits, or 17 digits followed by a digit or X
             * @sensitive id — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             * @errata E34 id_no's format is given only for identity cards
             */
            id_no?: components["schemas"]["IdNo"];
            /**
             * @description The payer's name in Chinese; sent only when LianLian configured it (errata E30).
             * @sensitive name — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             */
            acct_name?: components["schemas"]["AcctName"];
            /**
             * @description The payer's card number; sent only when LianLian configured it (errata E30).
             * @rule must be 1 to 32 digits
             * @sensitive card — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             */
            card_no?: components["schemas"]["CardNo"];
        };
        /**
         * @description The signed request of the payment result query (queryapi orderquery.htm), the same for MPAY and Easypay orders: the order is named by no_order with dt_order, or by LianLian's oid_paybill.
         * @errata E186 The query's no_order and oid_paybill are both "Required" and each optional
         */
        OrderQueryRequest: {
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm of this request; the table allows only RSA. */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this request.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The merchant order number; optional when oid_paybill is sent (errata E186).
             * @errata E186 The query's no_order and oid_paybill are both "Required" and each optional
             */
            no_order?: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /**
             * @description LianLian's transaction number; optional when no_order is sent (errata E186).
             * @errata E186 The query's no_order and oid_paybill are both "Required" and each optional
             */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /**
             * @description Version of the answer, 1.0 (default) or 1.1, which adds memo and bank_name.
             * @enum {string}
             */
            query_version?: "1.0" | "1.1";
        };
        /** @description Body of every MPAY payment result query answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000 (8901: no such order); success when ret_code is 0000 and result_pay is not SUCCESS (waiting, processing, refunded or failed); paid when ret_code is 0000 and result_pay is SUCCESS. */
        MpayQueryResponse: components["schemas"]["MpayQueryFailure"] | components["schemas"]["MpayQueryResult"] | components["schemas"]["MpayQueryPaid"];
        /**
         * @description Response branch for a query LianLian could not answer with a payment, e.g. 8901 (no record): ret_code is anything but 0000. The table marks every field required, which only an answer about a payment can honour (errata E187); any field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         * @errata E187 The query answer marks every field required, failures included
         */
        MpayQueryFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 0000 where the order exists and its payment has not succeeded: result_pay is WAITING, PROCESSING, REFUND or FAILURE. Signed by LianLian.
         * @branch success
         */
        MpayQueryResult: {
            /**
             * @description Always 0000 in this branch, meaning the query was answered.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the query was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this answer, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received except bank_name, memo and card_no (see x-lianlian-signature.response.unsignedFields).
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number of the payment, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number of the payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Order amount in CNY, two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Settlement date, yyyyMMdd in UTC+8; returned when the payment succeeded.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description The order remarks of the payment request, when it carried them. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description The payment method used in this transaction.
             * @enum {string}
             */
            pay_type?: "2" | "3" | "P";
            /** @description LianLian's short code of the card's bank, e.g. 01020000, at most 8 characters. */
            bank_code?: string;
            /**
             * @description Name of the bank; returned only for query_version 1.1, and not signed.
             * @unsigned not covered by LianLian's signature (x-lianlian-signature.response.unsignedFields): anyone on the network path can change it; listed in the result's `unsigned`
             */
            bank_name?: string;
            /**
             * @description The bank's reason for a failed payment; returned only for query_version 1.1, and not signed.
             * @unsigned not covered by LianLian's signature (x-lianlian-signature.response.unsignedFields): anyone on the network path can change it; listed in the result's `unsigned`
             */
            memo?: string;
            /**
             * @description The masked number of the card used, e.g. 622208*********0000, not signed.
             * @unsigned not covered by LianLian's signature (x-lianlian-signature.response.unsignedFields): anyone on the network path can change it; listed in the result's `unsigned`
             */
            card_no?: string;
            /**
             * @description The payment's status other than SUCCESS; final unless WAITING or PROCESSING.
             * @enum {string}
             */
            result_pay: "WAITING" | "PROCESSING" | "REFUND" | "FAILURE";
        };
        /**
         * @description Response branch for ret_code 0000 where the payment succeeded (result_pay SUCCESS). Signed by LianLian.
         * @branch paid
         */
        MpayQueryPaid: {
            /**
             * @description Always 0000 in this branch, meaning the query was answered.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the query was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this answer, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received except bank_name, memo and card_no (see x-lianlian-signature.response.unsignedFields).
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number of the payment, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number of the payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Order amount in CNY, two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Settlement date, yyyyMMdd in UTC+8; returned when the payment succeeded.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description The order remarks of the payment request, when it carried them. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description The payment method used in this transaction.
             * @enum {string}
             */
            pay_type?: "2" | "3" | "P";
            /** @description LianLian's short code of the card's bank, e.g. 01020000, at most 8 characters. */
            bank_code?: string;
            /**
             * @description Name of the bank; returned only for query_version 1.1, and not signed.
             * @unsigned not covered by LianLian's signature (x-lianlian-signature.response.unsignedFields): anyone on the network path can change it; listed in the result's `unsigned`
             */
            bank_name?: string;
            /**
             * @description The bank's reason for a failed payment; returned only for query_version 1.1, and not signed.
             * @unsigned not covered by LianLian's signature (x-lianlian-signature.response.unsignedFields): anyone on the network path can change it; listed in the result's `unsigned`
             */
            memo?: string;
            /**
             * @description The masked number of the card used, e.g. 622208*********0000, not signed.
             * @unsigned not covered by LianLian's signature (x-lianlian-signature.response.unsignedFields): anyone on the network path can change it; listed in the result's `unsigned`
             */
            card_no?: string;
            /**
             * @description The payment succeeded; the merchant may deliver.
             * @constant
             */
            result_pay: "SUCCESS";
        };
        /**
         * @description JSON body of the Easypay Apply Direct API, signed as a whole (not sealed): it creates the order in LianLian's system and has an SMS code sent to the payer. The payer is named either by the card fields (card_no, bind_mob, id_type, id_no) or by the no_agree of a card bound earlier.
         * @errata E182 The card fields are "Required", and required only without no_agree
         */
        EasypayApplyRequest: {
            /**
             * @description Version of the API, the fixed value 1.0.
             * @enum {string}
             */
            api_version: "1.0";
            /**
             * @description Algorithm used to sign this request, RSA (MD5withRSA) or SHA256withRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             */
            sign_type: components["schemas"]["SignType"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this request.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description The payer's unique user id in the merchant's own system, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /** @description Platform name under which several merchant numbers share their users' data; needs LianLian to set it up. */
            platform?: string;
            /** @description Business type, 101001 for virtual goods or 109001 for physical goods. */
            busi_partner: components["schemas"]["BusiPartner"];
            /** @description The merchant's order number, at most 32 characters, unique per merchant. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description Name of the goods, at most 40 characters, e.g. Pen. */
            name_goods: components["schemas"]["NameGoods"];
            /** @description Order remarks of at most 255 characters, sent back in the synchronous answer and the asynchronous notification. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description Order amount in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             * @errata E31 The MPAY request's money_order states no range
             */
            money_order: components["schemas"]["MoneyOrder"];
            /** @description Absolute URL (at most 128 characters) that receives the Easypay asynchronous payment notification once the payment succeeds. */
            notify_url: components["schemas"]["NotifyUrl"];
            /**
             * @description Minutes the order stays payable before LianLian closes it, an integer; default 10080 (7 days).
             * @errata E181 valid_order is an Int, but the samples send it as text
             */
            valid_order?: components["schemas"]["ValidOrder"];
            /**
             * @description Risk-control data as the text of a JSON object (see RiskItem), signed as exactly the text sent. The table gives no length (errata E30).
             * @rule must be the text of a JSON object
             * @errata E30 Fields typed as bare String, without a length
             */
            risk_item: string;
            /**
             * @description Kind of payment, M (easy payment, debit card) or F (pre-authorisation).
             * @enum {string}
             */
            pay_type: "M" | "F";
            /**
             * @description The payer's card number; required unless no_agree names a bound card (errata E182).
             * @rule must be 1 to 32 digits
             * @sensitive card — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             * @errata E182 The card fields are "Required", and required only without no_agree
             */
            card_no?: components["schemas"]["CardNo"];
            /**
             * @description The expiry date of a credit card, four digits; required for credit cards (errata E30).
             * @rule must be the four digits of the card expiry date
             * @sensitive card — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             */
            vali_date?: string;
            /**
             * @description The security code (CVV2/CVC2) of a credit card; required for credit cards (errata E30).
             * @rule must be the three or four digits of the card security code
             * @sensitive secret — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             */
            cvv2?: string;
            /** @description LianLian's short code of the card's bank, at most 18 characters. */
            bank_code?: components["schemas"]["BankCode"];
            /**
             * @description The payer's name in Chinese characters, at most 64 characters (errata E30).
             * @sensitive name — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             */
            acct_name: components["schemas"]["AcctName"];
            /**
             * @description The payer's mobile number held by the bank, a mainland China number; required unless no_agree names a bound card (errata E180, E182).
             * @rule must be an 11-digit mainland China mobile number starting with 1
             * @sensitive phone — masked in messages and logs
             * @errata E180 bind_mob is "China domestic number" without a format
             * @errata E182 The card fields are "Required", and required only without no_agree
             */
            bind_mob?: components["schemas"]["BindMob"];
            /**
             * @description Kind of identity document id_no belongs to; required unless no_agree names a bound card (errata E182).
             * @errata E182 The card fields are "Required", and required only without no_agree
             */
            id_type?: components["schemas"]["IdType"];
            /**
             * @description The payer's identity card number, 15 or 18 characters; required unless no_agree names a bound card (errata E30, E34, E182).
             * @rule must be 15 digits, or 17 digits followed by a digit or X
             * @sensitive id — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             * @errata E34 id_no's format is given only for identity cards
             * @errata E182 The card fields are "Required", and required only without no_agree
             */
            id_no?: components["schemas"]["IdNo"];
            /** @description Agreement number of a card the payer bound earlier, at most 32 characters; stands in for the card fields. */
            no_agree?: components["schemas"]["NoAgree"];
            /**
             * @description The payer's client, 10 (app), 13 (PC), 16 (WAP/H5) or 18 (IVR) (errata E30).
             * @enum {string}
             * @errata E30 Fields typed as bare String, without a length
             */
            client_chnl?: "10" | "13" | "16" | "18";
        };
        /** @description Body of every Easypay Apply Direct API answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000; success when ret_code is 0000 and result_pay is absent or PROCESSING (normally with the token for easypayVerify); paid when ret_code is 0000 and result_pay is SUCCESS (an account without SMS verification). */
        EasypayApplyResponse: components["schemas"]["EasypayApplyFailure"] | components["schemas"]["EasypayApplySuccess"] | components["schemas"]["EasypayApplyPaid"];
        /**
         * @description Response branch for an Apply request LianLian refused: ret_code is anything but 0000. The page lists only ret_code and ret_msg for this case; any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         */
        EasypayApplyFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 0000 without a final payment result: the order was created and, with SMS verification, an SMS code was sent and the token returned; result_pay is absent or PROCESSING. Signed by LianLian.
         * @branch success
         */
        EasypayApplySuccess: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description Algorithm LianLian used to sign this response, RSA or SHA256WITHRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
             */
            sign_type: components["schemas"]["SignTypeResponse"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number, returned once the transaction object is created. */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /**
             * @description Transaction amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description The token for the Easypay Verify Direct API, valid for 30 minutes; not returned when the account has no SMS verification step.
             * @errata E30 Fields typed as bare String, without a length
             */
            token?: components["schemas"]["Token"];
            /** @description The name of the goods from the request, at most 40 characters. */
            name_goods: components["schemas"]["NameGoods"];
            /**
             * @description The pay type of the transaction (the codes of the request's pay_type).
             * @enum {string}
             */
            pay_type?: "M" | "F";
            /** @description The order remarks of the request, echoed when they were sent. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description LianLian's short code of the card's bank, at most 18 characters. */
            bank_code?: components["schemas"]["BankCode"];
            /**
             * @description PROCESSING: the payment is being processed; returned only when the account has no SMS verification step.
             * @constant
             */
            result_pay?: "PROCESSING";
        };
        /**
         * @description Response branch for ret_code 0000 with result_pay SUCCESS: the account has no SMS verification step and the payment completed at once. Signed by LianLian.
         * @branch paid
         */
        EasypayApplyPaid: {
            /**
             * @description Always 0000 in this branch, meaning the request was handled successfully.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the request was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /**
             * @description Algorithm LianLian used to sign this response, RSA or SHA256WITHRSA.
             * @errata E13 sign_type is String(3) but SHA256withRSA has 13 characters
             * @errata E14 SHA256withRSA in requests, SHA256WITHRSA in responses
             */
            sign_type: components["schemas"]["SignTypeResponse"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number from the request, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the order was created, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number, returned once the transaction object is created. */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /**
             * @description Transaction amount in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description The token for the Easypay Verify Direct API, valid for 30 minutes; not returned when the account has no SMS verification step.
             * @errata E30 Fields typed as bare String, without a length
             */
            token?: components["schemas"]["Token"];
            /** @description The name of the goods from the request, at most 40 characters. */
            name_goods: components["schemas"]["NameGoods"];
            /**
             * @description The pay type of the transaction (the codes of the request's pay_type).
             * @enum {string}
             */
            pay_type?: "M" | "F";
            /** @description The order remarks of the request, echoed when they were sent. */
            info_order?: components["schemas"]["InfoOrder"];
            /** @description LianLian's short code of the card's bank, at most 18 characters. */
            bank_code?: components["schemas"]["BankCode"];
            /**
             * @description SUCCESS, the payment completed; returned only when the account has no SMS verification step.
             * @constant
             * @errata E195 Easypay's result_pay is Optional, and it tells the paid branch apart
             */
            result_pay: "SUCCESS";
            /**
             * @description Settlement date of the payment, yyyyMMdd in UTC+8.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description Agreement number standing for the payer's card, at most 16 characters; later payments can send it instead of the card fields. */
            no_agree?: string;
        };
        /** @description The Easypay asynchronous payment notification: LianLian POSTs it as one JSON object to the notify_url of the Easypay Apply request once the payment is confirmed as SUCCESS. Signed by LianLian; fields LianLian adds later are kept and covered by the signature. */
        EasypayNotification: {
            /**
             * @description The merchant number, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Signature algorithm of the notification, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number of the payment, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number of the payment, at most 18 characters. */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Amount paid in CNY, two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description Payment result; LianLian sends this notification only for SUCCESS.
             * @enum {string}
             */
            result_pay: "SUCCESS";
            /**
             * @description Settlement date of the payment, yyyyMMdd in UTC+8, e.g. 20130516.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description The order remarks of the Apply request, when it carried them. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description The payment method used, M (regular payment) or F (authorisation).
             * @enum {string}
             * @errata E188 The Easypay notification sample's pay_type 2 is not one of its codes
             */
            pay_type: "M" | "F" | "2";
            /** @description LianLian's short code of the card's bank, e.g. 01020000 (errata E30). */
            bank_code?: components["schemas"]["BankCode"];
            /**
             * @description Agreement number standing for the payer's card, for later payments (errata E30).
             * @errata E30 Fields typed as bare String, without a length
             */
            no_agree?: components["schemas"]["NoAgree"];
        };
        /** @description Body of every Easypay payment result query answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000 (8901: no such order); success when ret_code is 0000 and result_pay is not SUCCESS (waiting, processing, refunded or failed); paid when ret_code is 0000 and result_pay is SUCCESS. */
        EasypayQueryResponse: components["schemas"]["EasypayQueryFailure"] | components["schemas"]["EasypayQueryResult"] | components["schemas"]["EasypayQueryPaid"];
        /**
         * @description Response branch for a query LianLian could not answer with a payment, e.g. 8901 (no record): ret_code is anything but 0000. The table marks every field required, which only an answer about a payment can honour (errata E187); any field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         * @errata E187 The query answer marks every field required, failures included
         */
        EasypayQueryFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
        };
        /**
         * @description Response branch for ret_code 0000 where the order exists and its payment has not succeeded: result_pay is WAITING, PROCESSING, REFUND or FAILURE (or absent). Signed by LianLian.
         * @branch success
         */
        EasypayQueryResult: {
            /**
             * @description Always 0000 in this branch, meaning the query was answered.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the query was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this answer, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received except bank_name, memo (see x-lianlian-signature.response.unsignedFields).
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number of the payment, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order?: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number of the payment, at most 18 characters. */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /**
             * @description Order amount in CNY, two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order?: components["schemas"]["MoneyOrder"];
            /**
             * @description Settlement date, yyyyMMdd in UTC+8; returned when the payment succeeded.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description The order remarks of the payment request, when it carried them. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description The payment method used in this transaction.
             * @enum {string}
             */
            pay_type?: "M" | "N" | "F";
            /** @description LianLian's short code of the card's bank, e.g. 01020000, at most 8 characters. */
            bank_code?: string;
            /**
             * @description Name of the bank; returned only for query_version 1.1, and not signed.
             * @unsigned not covered by LianLian's signature (x-lianlian-signature.response.unsignedFields): anyone on the network path can change it; listed in the result's `unsigned`
             */
            bank_name?: string;
            /**
             * @description The bank's reason for a failed payment; returned only for query_version 1.1, and not signed.
             * @unsigned not covered by LianLian's signature (x-lianlian-signature.response.unsignedFields): anyone on the network path can change it; listed in the result's `unsigned`
             */
            memo?: string;
            /** @description The masked number of the card used, e.g. 622208*********0000. */
            card_no?: string;
            /**
             * @description The payment's status other than SUCCESS; final unless WAITING or PROCESSING.
             * @enum {string}
             */
            result_pay?: "WAITING" | "PROCESSING" | "REFUND" | "FAILURE";
        };
        /**
         * @description Response branch for ret_code 0000 where the payment succeeded (result_pay SUCCESS). Signed by LianLian.
         * @branch paid
         */
        EasypayQueryPaid: {
            /**
             * @description Always 0000 in this branch, meaning the query was answered.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description The merchant number the query was made for, up to 18 digits.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description Algorithm LianLian used to sign this answer, RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received except bank_name, memo (see x-lianlian-signature.response.unsignedFields).
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /** @description The merchant order number of the payment, at most 32 characters. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order?: components["schemas"]["DateTime14"];
            /** @description LianLian's transaction number of the payment, at most 18 characters. */
            oid_paybill?: components["schemas"]["OidPaybill"];
            /**
             * @description Order amount in CNY, two decimal places.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order?: components["schemas"]["MoneyOrder"];
            /**
             * @description Settlement date, yyyyMMdd in UTC+8; returned when the payment succeeded.
             * @rule must be a date yyyyMMdd with month 01-12 and day 01-31
             */
            settle_date?: components["schemas"]["SettleDate"];
            /** @description The order remarks of the payment request, when it carried them. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description The payment method used in this transaction.
             * @enum {string}
             */
            pay_type?: "M" | "N" | "F";
            /** @description LianLian's short code of the card's bank, e.g. 01020000, at most 8 characters. */
            bank_code?: string;
            /**
             * @description Name of the bank; returned only for query_version 1.1, and not signed.
             * @unsigned not covered by LianLian's signature (x-lianlian-signature.response.unsignedFields): anyone on the network path can change it; listed in the result's `unsigned`
             */
            bank_name?: string;
            /**
             * @description The bank's reason for a failed payment; returned only for query_version 1.1, and not signed.
             * @unsigned not covered by LianLian's signature (x-lianlian-signature.response.unsignedFields): anyone on the network path can change it; listed in the result's `unsigned`
             */
            memo?: string;
            /** @description The masked number of the card used, e.g. 622208*********0000. */
            card_no?: string;
            /**
             * @description The payment succeeded; the merchant may deliver.
             * @constant
             * @errata E195 Easypay's result_pay is Optional, and it tells the paid branch apart
             */
            result_pay: "SUCCESS";
        };
        /**
         * @description Revenue sharing instructions: one to three recipients joined by |, each account^type^amount^description. The account is the user_id or oid_partner receiving the share (1 to 32 characters); the type is 0 (LianLian e-wallet merchant) or 1 (regular merchant); the amount is CNY with two decimals; the description is at most 85 characters. Neither ^ nor | may appear inside a part. At most 128 characters in all (errata E566).
         * @rule must be one to three recipients joined by |, each account^type^amount^description: an account of 1 to 32 characters, type 0 or 1, an amount with two decimals from 0.01 to 100000000.00 and a description of at most 85 characters, none containing ^ or |
         * @errata E566 Payment creation: shareing_data's length and grammar
         */
        SharingData: string;
        /**
         * @description JSON body of the unified gateway's payment creation (paycreatebill), signed as a whole (not sealed): it creates the order and LianLian answers the payment page (gateway_url) to send the payer to. flag_pay_product picks the payment product and flag_chnl the payer's client; the card and identity fields are optional prefills. The page's table names the request time timestamp, but the sample and LianLian's SDKs send time_stamp (errata E560).
         * @errata E560 Payment creation: the table's timestamp is sent as time_stamp
         */
        UnifiedCreateBillRequest: {
            /**
             * @description Version of the API, the fixed value 1.0.
             * @enum {string}
             */
            api_version: "1.0";
            /** @description Signature algorithm; this API accepts only RSA (MD5withRSA). */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description Base64 RSA signature over every other non-empty field of this request.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description Time the request was built, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714; it must lie within 30 minutes of LianLian's clock. The table calls it timestamp (errata E560).
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             * @errata E560 Payment creation: the table's timestamp is sent as time_stamp
             */
            time_stamp: components["schemas"]["DateTime14"];
            /**
             * @description Platform id under which several merchant numbers share their users, at most 32 characters; only when LianLian set it up. In the sample, not in the table (errata E561).
             * @errata E561 Payment creation: the sample sends platform, which the table lacks
             */
            platform?: components["schemas"]["Platform"];
            /**
             * @description The merchant number LianLian assigned, up to 18 digits, e.g. 201304121000001004.
             * @rule must be 1 to 18 digits
             */
            oid_partner: components["schemas"]["OidPartner"];
            /** @description The payer's unique user id in the merchant's own system, at most 32 characters. */
            user_id: components["schemas"]["UserId"];
            /** @description Business type, 101001 for virtual goods or 109001 for physical goods. */
            busi_partner: components["schemas"]["BusiPartner"];
            /** @description The merchant's order number, at most 32 characters, unique per merchant. */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order: components["schemas"]["DateTime14"];
            /** @description Name of the goods, at most 40 characters, e.g. Pen. */
            name_goods?: components["schemas"]["NameGoods"];
            /** @description Order remarks of at most 255 characters, sent back in the asynchronous notification. */
            info_order?: components["schemas"]["InfoOrder"];
            /**
             * @description Order amount in CNY with two decimal places, 0.01 to 100000000.00.
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             */
            money_order: components["schemas"]["MoneyOrder"];
            /** @description Absolute URL (at most 128 characters) that receives the asynchronous notification (the aggregate payment notification) once the payment succeeds. */
            notify_url: components["schemas"]["NotifyUrl"];
            /**
             * Format: uri
             * @description Absolute URL (at most 128 characters) the payer's browser is sent to once the payment is finished; it receives the synchronous notification as a form POST.
             */
            url_return?: string;
            /**
             * @description The payer's IPv4 address for fraud screening, written with underscores instead of dots (each part 0-255), e.g. 122_11_37_211.
             * @rule must be an IPv4 address with _ in place of each dot, e.g. 122_11_37_211
             */
            userreq_ip?: string;
            /**
             * Format: uri
             * @description Absolute URL (at most 128 characters) for the payment page's link back to the merchant, for the payer to go back and change the card number.
             */
            back_url?: string;
            /**
             * @description Revenue sharing among up to three recipients (SharingData); the name is spelt as LianLian reads it (errata E566).
             * @rule must be one to three recipients joined by |, each account^type^amount^description: an account of 1 to 32 characters, type 0 or 1, an amount with two decimals from 0.01 to 100000000.00 and a description of at most 85 characters, none containing ^ or |
             * @errata E566 Payment creation: shareing_data's length and grammar
             */
            shareing_data?: components["schemas"]["SharingData"];
            /**
             * @description Risk-control data as the text of a JSON object (see RiskItem), signed as exactly the text sent. The table gives no length (errata E30).
             * @rule must be the text of a JSON object
             * @errata E30 Fields typed as bare String, without a length
             */
            risk_item: string;
            /**
             * @description The payment product of this order: 0 or 1 bank card payment (low or high limit), 2 online banking, 12 mobile online banking; 5 is known from LianLian's SDK (errata E564).
             * @enum {string}
             * @errata E564 Payment creation: flag_pay_product 5 is in the SDK, not on the page
             */
            flag_pay_product: "0" | "1" | "2" | "5" | "12";
            /**
             * @description The payer's client: 0 Android app, 1 iOS app, 2 web, 3 WAP. The table says Int; the sample and LianLian's SDK send text (errata E563).
             * @enum {string}
             * @errata E563 Payment creation: flag_chnl is an Int, but the sample and the SDK send text
             */
            flag_chnl: "0" | "1" | "2" | "3";
            /**
             * @description Kind of identity document id_no belongs to; the page allows only 0, the ID card.
             * @enum {string}
             */
            id_type?: "0";
            /**
             * @description The payer's identity card number, 15 or 18 characters (errata E30, E34).
             * @rule must be 15 digits, or 17 digits followed by a digit or X
             * @sensitive id — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             * @errata E34 id_no's format is given only for identity cards
             */
            id_no?: components["schemas"]["IdNo"];
            /**
             * @description The payer's name in Chinese characters, at most 64 characters (errata E30).
             * @sensitive name — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             */
            acct_name?: components["schemas"]["AcctName"];
            /**
             * @description The payer's card number, prefilled on the payment page (errata E30).
             * @rule must be 1 to 32 digits
             * @sensitive card — masked in messages and logs
             * @errata E30 Fields typed as bare String, without a length
             */
            card_no?: components["schemas"]["CardNo"];
            /**
             * @description Minutes the order stays payable before LianLian closes it, an integer; default 10080 (7 days).
             * @errata E181 valid_order is an Int, but the samples send it as text
             */
            valid_order?: components["schemas"]["ValidOrder"];
            /**
             * @description The payer's mobile number held by the bank, a mainland China number; the table says String(18) (errata E570).
             * @rule must be an 11-digit mainland China mobile number starting with 1
             * @sensitive phone — masked in messages and logs
             * @errata E180 bind_mob is "China domestic number" without a format
             * @errata E570 Payment creation: bind_mob is String(18) and no_agree String(32)
             */
            bind_mob?: components["schemas"]["BindMob"];
            /**
             * @description Agreement number of a card the payer bound earlier, standing in for the card fields; the table says String(32) (errata E570).
             * @errata E570 Payment creation: bind_mob is String(18) and no_agree String(32)
             */
            no_agree?: components["schemas"]["NoAgree"];
            /**
             * @description LianLian's code of the bank whose online banking to open directly, instead of the bank selection page; used with card_type, the kind of online banking (errata E565).
             * @errata E565 Payment creation: bank_code is "to be used with pay_type", a field the request lacks
             */
            bank_code?: components["schemas"]["BankCode"];
            /**
             * @description The online banking kind: 1 debit card, 8 credit card, 9 business online banking; the pay_type the bank_code row mentions (errata E565).
             * @enum {string}
             * @errata E565 Payment creation: bank_code is "to be used with pay_type", a field the request lacks
             */
            card_type?: "1" | "8" | "9";
        };
        /**
         * @description Response branch for a payment creation LianLian refused: ret_code is anything but 0000. The page's one response table lists the order and payment page fields as Optional because they are absent here (errata E568): no_order, dt_order, user_id, money_order, oid_paybill, token and gateway_url. Any other field that arrives is kept, and a sign, if present, is verified.
         * @branch failure
         * @errata E568 Payment creation: a successful answer must carry the payment page and the order it is for
         */
        UnifiedCreateBillFailure: {
            /**
             * @description Four-digit return code other than 0000; see x-lianlian-return-codes for its category.
             * @rule must be four digits
             */
            ret_code: components["schemas"]["RetCode"];
            /** @description Chinese explanation of ret_code, at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /** @description Algorithm LianLian used to sign this answer, RSA (MD5withRSA), when it is signed. */
            sign_type?: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received, if any.
             * @rule must be standard base64 without line breaks
             * @errata E30 Fields typed as bare String, without a length
             */
            sign?: components["schemas"]["Sign"];
        };
        /**
         * @description Response branch for ret_code 0000: the order was created and gateway_url is the LianLian payment page to send the payer's browser to (LianLian's SDK has the merchant's page POST a form to it). Signed by LianLian.
         * @branch success
         */
        UnifiedCreateBillSuccess: {
            /**
             * @description Always 0000 in this branch, meaning the order was created.
             * @constant
             */
            ret_code: "0000";
            /** @description Chinese explanation of ret_code (交易成功 for 0000), at most 100 characters. */
            ret_msg: components["schemas"]["RetMsg"];
            /**
             * @description Algorithm LianLian used to sign this answer, RSA (MD5withRSA); required here (errata E568).
             * @errata E568 Payment creation: a successful answer must carry the payment page and the order it is for
             */
            sign_type: components["schemas"]["SignTypeRsa"];
            /**
             * @description LianLian's base64 RSA signature over every other non-empty field received; required here (errata E568).
             * @rule must be standard base64 without line breaks
             * @errata E568 Payment creation: a successful answer must carry the payment page and the order it is for
             */
            sign: components["schemas"]["Sign"];
            /**
             * @description The merchant number the order was created for (LianLian's SDK reads it).
             * @rule must be 1 to 18 digits
             */
            oid_partner?: components["schemas"]["OidPartner"];
            /**
             * @description LianLian's transaction number for the order, at most 18 characters, e.g. 2011030900001098; required here (errata E568).
             * @errata E568 Payment creation: a successful answer must carry the payment page and the order it is for
             */
            oid_paybill: components["schemas"]["OidPaybill"];
            /**
             * @description Time the merchant created the order, yyyyMMddHHmmss in UTC+8, e.g. 20170801225714.
             * @rule must be yyyyMMddHHmmss with month 01-12, day 01-31, hour 00-23, minute and second 00-59
             */
            dt_order?: components["schemas"]["DateTime14"];
            /**
             * @description The merchant order number from the request, at most 32 characters; required here (errata E568).
             * @errata E568 Payment creation: a successful answer must carry the payment page and the order it is for
             */
            no_order: components["schemas"]["NoOrder"];
            /**
             * @description The payer's user id in the merchant's system, at most 32 characters. The page calls it Required in a row merged into no_order's, yet its sample has none (errata E567).
             * @errata E567 Payment creation: two response rows merged on one line, user_id "Required" but not in the sample
             */
            user_id?: components["schemas"]["UserId"];
            /**
             * @description The order amount in CNY, two decimals, 0.01 to 100000000.00; required here (errata E568).
             * @rule must have exactly two decimals, from 0.01 to 100000000.00
             * @errata E568 Payment creation: a successful answer must carry the payment page and the order it is for
             */
            money_order: components["schemas"]["MoneyOrder"];
            /**
             * @description The token of this payment page (the one gateway_url carries); it lapses 30 minutes after it was issued (errata E569).
             * @errata E569 Payment creation: the token row is copied from Easypay Apply
             */
            token?: components["schemas"]["Token"];
            /**
             * Format: uri
             * @description The payment page: an absolute URL on LianLian's payment host to which the payer's browser is sent (by a form POST, as LianLian's SDK does it); required here, at most 512 characters (errata E568).
             * @errata E568 Payment creation: a successful answer must carry the payment page and the order it is for
             */
            gateway_url: string;
        };
        /** @description Body of every payment creation answer (always HTTP 200, JSON). Exactly one branch matches: failure when ret_code is not 0000, success (with gateway_url) when it is 0000. */
        UnifiedCreateBillResponse: components["schemas"]["UnifiedCreateBillFailure"] | components["schemas"]["UnifiedCreateBillSuccess"];
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
export type SchemaCurrencyOrder = components['schemas']['CurrencyOrder'];
export type SchemaRetCode = components['schemas']['RetCode'];
export type SchemaRetMsg = components['schemas']['RetMsg'];
export type SchemaInfoOrder = components['schemas']['InfoOrder'];
export type SchemaNameGoods = components['schemas']['NameGoods'];
export type SchemaNotifyUrl = components['schemas']['NotifyUrl'];
export type SchemaRiskItem = components['schemas']['RiskItem'];
export type SchemaReportTime = components['schemas']['ReportTime'];
export type SchemaReportAmount = components['schemas']['ReportAmount'];
export type SchemaReportCount = components['schemas']['ReportCount'];
export type SchemaReportCurrency = components['schemas']['ReportCurrency'];
export type SchemaTransactionReportRow = components['schemas']['TransactionReportRow'];
export type SchemaTransactionReportSummary = components['schemas']['TransactionReportSummary'];
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
export type SchemaCardNo = components['schemas']['CardNo'];
export type SchemaInstantPayApplyRequest = components['schemas']['InstantPayApplyRequest'];
export type SchemaInstantPayApplyEnvelope = components['schemas']['InstantPayApplyEnvelope'];
export type SchemaInstantPayApplyResponse = components['schemas']['InstantPayApplyResponse'];
export type SchemaInstantPayApplyFailure = components['schemas']['InstantPayApplyFailure'];
export type SchemaInstantPayApplyHeld = components['schemas']['InstantPayApplyHeld'];
export type SchemaInstantPayApplySuccess = components['schemas']['InstantPayApplySuccess'];
export type SchemaInstantPayQueryRequest = components['schemas']['InstantPayQueryRequest'];
export type SchemaInstantPayQueryResponse = components['schemas']['InstantPayQueryResponse'];
export type SchemaInstantPayQueryFailure = components['schemas']['InstantPayQueryFailure'];
export type SchemaInstantPayQuerySuccess = components['schemas']['InstantPayQuerySuccess'];
export type SchemaInstantPayQueryPaid = components['schemas']['InstantPayQueryPaid'];
export type SchemaAccountAmount = components['schemas']['AccountAmount'];
export type SchemaBalanceQueryRequest = components['schemas']['BalanceQueryRequest'];
export type SchemaBalanceQueryResponse = components['schemas']['BalanceQueryResponse'];
export type SchemaBalanceQueryFailure = components['schemas']['BalanceQueryFailure'];
export type SchemaBalanceQuerySuccess = components['schemas']['BalanceQuerySuccess'];
export type SchemaWebPaymentRequest = components['schemas']['WebPaymentRequest'];
export type SchemaOnlineBankingPaymentRequest = components['schemas']['OnlineBankingPaymentRequest'];
export type SchemaWebPaymentReturnNotification = components['schemas']['WebPaymentReturnNotification'];
export type SchemaWebPaymentNotification = components['schemas']['WebPaymentNotification'];
export type SchemaEasypayH5Request = components['schemas']['EasypayH5Request'];
export type SchemaEasypayH5Form = components['schemas']['EasypayH5Form'];
export type SchemaEasypayH5ReturnNotification = components['schemas']['EasypayH5ReturnNotification'];
export type SchemaInstantPayNotification = components['schemas']['InstantPayNotification'];
export type SchemaNotificationAcknowledgement = components['schemas']['NotificationAcknowledgement'];
export type SchemaUserId = components['schemas']['UserId'];
export type SchemaIdType = components['schemas']['IdType'];
export type SchemaIdNo = components['schemas']['IdNo'];
export type SchemaNoAgree = components['schemas']['NoAgree'];
export type SchemaAcctName = components['schemas']['AcctName'];
export type SchemaBindMob = components['schemas']['BindMob'];
export type SchemaPlatform = components['schemas']['Platform'];
export type SchemaApiVersion = components['schemas']['ApiVersion'];
export type SchemaValiDate = components['schemas']['ValiDate'];
export type SchemaCvv2 = components['schemas']['Cvv2'];
export type SchemaBoundCardNo = components['schemas']['BoundCardNo'];
export type SchemaBoundPayType = components['schemas']['BoundPayType'];
export type SchemaCardBindApplyRequest = components['schemas']['CardBindApplyRequest'];
export type SchemaCardBindApplyResponse = components['schemas']['CardBindApplyResponse'];
export type SchemaCardBindApplyFailure = components['schemas']['CardBindApplyFailure'];
export type SchemaCardBindApplySuccess = components['schemas']['CardBindApplySuccess'];
export type SchemaCardBindVerifyRequest = components['schemas']['CardBindVerifyRequest'];
export type SchemaCardBindVerifyResponse = components['schemas']['CardBindVerifyResponse'];
export type SchemaCardBindVerifyFailure = components['schemas']['CardBindVerifyFailure'];
export type SchemaCardBindVerifySuccess = components['schemas']['CardBindVerifySuccess'];
export type SchemaCardUnbindRequest = components['schemas']['CardUnbindRequest'];
export type SchemaCardUnbindResponse = components['schemas']['CardUnbindResponse'];
export type SchemaCardUnbindFailure = components['schemas']['CardUnbindFailure'];
export type SchemaCardUnbindSuccess = components['schemas']['CardUnbindSuccess'];
export type SchemaMpayCardBindApplyEnvelope = components['schemas']['MpayCardBindApplyEnvelope'];
export type SchemaMpayCardBindApplyRequest = components['schemas']['MpayCardBindApplyRequest'];
export type SchemaMpayCardBindApplyResponse = components['schemas']['MpayCardBindApplyResponse'];
export type SchemaMpayCardBindApplyFailure = components['schemas']['MpayCardBindApplyFailure'];
export type SchemaMpayCardBindApplySuccess = components['schemas']['MpayCardBindApplySuccess'];
export type SchemaMpayCardBindVerifyRequest = components['schemas']['MpayCardBindVerifyRequest'];
export type SchemaMpayCardBindVerifyResponse = components['schemas']['MpayCardBindVerifyResponse'];
export type SchemaMpayCardBindVerifyFailure = components['schemas']['MpayCardBindVerifyFailure'];
export type SchemaMpayCardBindVerifySuccess = components['schemas']['MpayCardBindVerifySuccess'];
export type SchemaCardType = components['schemas']['CardType'];
export type SchemaBoundCardAgreement = components['schemas']['BoundCardAgreement'];
export type SchemaCardBindQueryRequest = components['schemas']['CardBindQueryRequest'];
export type SchemaCardBindQueryResponse = components['schemas']['CardBindQueryResponse'];
export type SchemaCardBindQueryFailure = components['schemas']['CardBindQueryFailure'];
export type SchemaCardBindQuerySuccess = components['schemas']['CardBindQuerySuccess'];
export type SchemaNoRefund = components['schemas']['NoRefund'];
export type SchemaMoneyRefund = components['schemas']['MoneyRefund'];
export type SchemaOidRefundno = components['schemas']['OidRefundno'];
export type SchemaStaRefund = components['schemas']['StaRefund'];
export type SchemaRefundApplyRequest = components['schemas']['RefundApplyRequest'];
export type SchemaRefundApplyResponse = components['schemas']['RefundApplyResponse'];
export type SchemaRefundFailure = components['schemas']['RefundFailure'];
export type SchemaRefundSuccess = components['schemas']['RefundSuccess'];
export type SchemaRefundQueryRequest = components['schemas']['RefundQueryRequest'];
export type SchemaRefundQueryResponse = components['schemas']['RefundQueryResponse'];
export type SchemaRefundNotification = components['schemas']['RefundNotification'];
export type SchemaCardBinQueryRequest = components['schemas']['CardBinQueryRequest'];
export type SchemaCardBinQueryResponse = components['schemas']['CardBinQueryResponse'];
export type SchemaCardBinQueryFailure = components['schemas']['CardBinQueryFailure'];
export type SchemaCardBinQuerySuccess = components['schemas']['CardBinQuerySuccess'];
export type SchemaPreauthCaptureRequest = components['schemas']['PreauthCaptureRequest'];
export type SchemaPreauthCaptureResponse = components['schemas']['PreauthCaptureResponse'];
export type SchemaPreauthCaptureSuccess = components['schemas']['PreauthCaptureSuccess'];
export type SchemaPreauthCancelRequest = components['schemas']['PreauthCancelRequest'];
export type SchemaPreauthCancelResponse = components['schemas']['PreauthCancelResponse'];
export type SchemaPreauthCancelSuccess = components['schemas']['PreauthCancelSuccess'];
export type SchemaPreauthFailure = components['schemas']['PreauthFailure'];
export type SchemaPreauthQueryRequest = components['schemas']['PreauthQueryRequest'];
export type SchemaPreauthQueryResponse = components['schemas']['PreauthQueryResponse'];
export type SchemaPreauthQueryStatus = components['schemas']['PreauthQueryStatus'];
export type SchemaPreauthQueryFailure = components['schemas']['PreauthQueryFailure'];
export type SchemaCurrency = components['schemas']['Currency'];
export type SchemaExchangeRate = components['schemas']['ExchangeRate'];
export type SchemaExchangePayType = components['schemas']['ExchangePayType'];
export type SchemaExchangeApplyRequest = components['schemas']['ExchangeApplyRequest'];
export type SchemaExchangeApplyResponse = components['schemas']['ExchangeApplyResponse'];
export type SchemaExchangeApplyFailure = components['schemas']['ExchangeApplyFailure'];
export type SchemaExchangeApplySuccess = components['schemas']['ExchangeApplySuccess'];
export type SchemaExchangeApplyPaid = components['schemas']['ExchangeApplyPaid'];
export type SchemaExchangeVerifyRequest = components['schemas']['ExchangeVerifyRequest'];
export type SchemaExchangeVerifyResponse = components['schemas']['ExchangeVerifyResponse'];
export type SchemaExchangeVerifyFailure = components['schemas']['ExchangeVerifyFailure'];
export type SchemaExchangeVerifySuccess = components['schemas']['ExchangeVerifySuccess'];
export type SchemaExchangeVerifyPaid = components['schemas']['ExchangeVerifyPaid'];
export type SchemaExchangeQueryRequest = components['schemas']['ExchangeQueryRequest'];
export type SchemaExchangeQueryResponse = components['schemas']['ExchangeQueryResponse'];
export type SchemaExchangeQueryFailure = components['schemas']['ExchangeQueryFailure'];
export type SchemaExchangeQuerySuccess = components['schemas']['ExchangeQuerySuccess'];
export type SchemaExchangeQueryPaid = components['schemas']['ExchangeQueryPaid'];
export type SchemaExchangeNotification = components['schemas']['ExchangeNotification'];
export type SchemaPayTypeUsed = components['schemas']['PayTypeUsed'];
export type SchemaAggregateQueryRequest = components['schemas']['AggregateQueryRequest'];
export type SchemaAggregateQueryResponse = components['schemas']['AggregateQueryResponse'];
export type SchemaAggregateQueryFailure = components['schemas']['AggregateQueryFailure'];
export type SchemaAggregateQuerySuccess = components['schemas']['AggregateQuerySuccess'];
export type SchemaAggregateQueryPaid = components['schemas']['AggregateQueryPaid'];
export type SchemaAggregateNotification = components['schemas']['AggregateNotification'];
export type SchemaAggregatePayRequest = components['schemas']['AggregatePayRequest'];
export type SchemaAggregatePayResponse = components['schemas']['AggregatePayResponse'];
export type SchemaAggregatePayFailure = components['schemas']['AggregatePayFailure'];
export type SchemaAggregatePaySuccess = components['schemas']['AggregatePaySuccess'];
export type SchemaAggregatePayType = components['schemas']['AggregatePayType'];
export type SchemaShareingData = components['schemas']['ShareingData'];
export type SchemaAggregateWebRequest = components['schemas']['AggregateWebRequest'];
export type SchemaAggregateWebReturnNotification = components['schemas']['AggregateWebReturnNotification'];
export type SchemaOnlineBankingNotification = components['schemas']['OnlineBankingNotification'];
export type SchemaBusiPartner = components['schemas']['BusiPartner'];
export type SchemaBankCode = components['schemas']['BankCode'];
export type SchemaValidOrder = components['schemas']['ValidOrder'];
export type SchemaMpayApplyRequest = components['schemas']['MpayApplyRequest'];
export type SchemaMpayApplyEnvelope = components['schemas']['MpayApplyEnvelope'];
export type SchemaMpayApplyResponse = components['schemas']['MpayApplyResponse'];
export type SchemaMpayApplyFailure = components['schemas']['MpayApplyFailure'];
export type SchemaMpayApplySmsSent = components['schemas']['MpayApplySmsSent'];
export type SchemaMpayApplyPaid = components['schemas']['MpayApplyPaid'];
export type SchemaMpayNotification = components['schemas']['MpayNotification'];
export type SchemaOrderQueryRequest = components['schemas']['OrderQueryRequest'];
export type SchemaMpayQueryResponse = components['schemas']['MpayQueryResponse'];
export type SchemaMpayQueryFailure = components['schemas']['MpayQueryFailure'];
export type SchemaMpayQueryResult = components['schemas']['MpayQueryResult'];
export type SchemaMpayQueryPaid = components['schemas']['MpayQueryPaid'];
export type SchemaEasypayApplyRequest = components['schemas']['EasypayApplyRequest'];
export type SchemaEasypayApplyResponse = components['schemas']['EasypayApplyResponse'];
export type SchemaEasypayApplyFailure = components['schemas']['EasypayApplyFailure'];
export type SchemaEasypayApplySuccess = components['schemas']['EasypayApplySuccess'];
export type SchemaEasypayApplyPaid = components['schemas']['EasypayApplyPaid'];
export type SchemaEasypayNotification = components['schemas']['EasypayNotification'];
export type SchemaEasypayQueryResponse = components['schemas']['EasypayQueryResponse'];
export type SchemaEasypayQueryFailure = components['schemas']['EasypayQueryFailure'];
export type SchemaEasypayQueryResult = components['schemas']['EasypayQueryResult'];
export type SchemaEasypayQueryPaid = components['schemas']['EasypayQueryPaid'];
export type SchemaSharingData = components['schemas']['SharingData'];
export type SchemaUnifiedCreateBillRequest = components['schemas']['UnifiedCreateBillRequest'];
export type SchemaUnifiedCreateBillFailure = components['schemas']['UnifiedCreateBillFailure'];
export type SchemaUnifiedCreateBillSuccess = components['schemas']['UnifiedCreateBillSuccess'];
export type SchemaUnifiedCreateBillResponse = components['schemas']['UnifiedCreateBillResponse'];
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
                "application/json": components["schemas"]["MpayVerifyRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code tells failure, success and paid apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MpayVerifyResponse"];
                };
            };
        };
    };
    mpayApply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The envelope body, sent as Content-Type application/json;charset=utf-8. Its pay_load opens to an MpayApplyRequest (see doc-mpay-apply-request in components.examples). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MpayApplyEnvelope"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a plain JSON body; ret_code tells failure (anything else), success (8888, SMS sent) and paid (0000) apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MpayApplyResponse"];
                };
            };
        };
    };
    easypayApply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EasypayApplyRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code and result_pay tell failure, success and paid apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EasypayApplyResponse"];
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
                "application/json": components["schemas"]["EasypayVerifyRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code and result_pay tell failure, success and paid apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EasypayVerifyResponse"];
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
                "application/json": components["schemas"]["InstantPayConfirmEnvelope"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a plain JSON body; ret_code tells failure and success apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstantPayConfirmResponse"];
                };
            };
        };
    };
    instantPayApply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The envelope body, sent as Content-Type application/json;charset=utf-8. Its pay_load decrypts to an InstantPayApplyRequest (see doc-instant-pay-apply-plaintext-request in components.examples). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstantPayApplyEnvelope"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a plain JSON body; ret_code tells failure, held and success apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstantPayApplyResponse"];
                };
            };
        };
    };
    instantPayQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request as JSON, Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstantPayQueryRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code and result_pay tell the branches apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstantPayQueryResponse"];
                };
            };
        };
    };
    balanceQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request as JSON, Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BalanceQueryRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceQueryResponse"];
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
                "application/x-www-form-urlencoded": components["schemas"]["WebPaymentRequest"];
            };
        };
        responses: {
            /** @description An HTML page for the payer: LianLian's cashier, or an error page showing the return code and message when LianLian rejects the form (for example 1001 for a bad signature). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    onlineBankingPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed form fields, posted by the payer's browser as a URL-encoded form whose bytes are in charset_name (UTF-8 when absent). */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OnlineBankingPaymentRequest"];
            };
        };
        responses: {
            /** @description An HTML page for the payer: LianLian's bank choice or the bank's own page, or an error page showing the return code and message when LianLian rejects the form (1001 for a bad signature). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    cardBindApply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardBindApplyRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code tells failure and success apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardBindApplyResponse"];
                };
            };
        };
    };
    cardBindVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardBindVerifyRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code tells failure and success apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardBindVerifyResponse"];
                };
            };
        };
    };
    cardUnbind: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardUnbindRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code tells failure and success apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardUnbindResponse"];
                };
            };
        };
    };
    mpayCardBindApply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The envelope body, sent as Content-Type application/json;charset=utf-8. Its pay_load decrypts to an MpayCardBindApplyRequest (see doc-mpay-card-bind-apply-plaintext in components.examples). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MpayCardBindApplyEnvelope"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a plain JSON body; ret_code 8888 means the SMS code was sent, any other code is a failure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MpayCardBindApplyResponse"];
                };
            };
        };
    };
    mpayCardBindVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["MpayCardBindVerifyRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code tells failure and success apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MpayCardBindVerifyResponse"];
                };
            };
        };
    };
    cardBindQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardBindQueryRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code tells failure and success apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardBindQueryResponse"];
                };
            };
        };
    };
    refundApply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed refund request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundApplyRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code tells failure and success apart, sta_refund gives the refund's state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundApplyResponse"];
                };
            };
        };
    };
    refundQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed query, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundQueryRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code tells failure and success apart, sta_refund gives the refund's state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundQueryResponse"];
                };
            };
        };
    };
    cardBinQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed query, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardBinQueryRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code tells failure and success apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardBinQueryResponse"];
                };
            };
        };
    };
    preauthCapture: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreauthCaptureRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code tells failure and success apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreauthCaptureResponse"];
                };
            };
        };
    };
    preauthCancel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreauthCancelRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code tells failure and success apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreauthCancelResponse"];
                };
            };
        };
    };
    preauthQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreauthQueryRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code is either the order's status code or a failure code. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreauthQueryResponse"];
                };
            };
        };
    };
    exchangeApply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangeApplyRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code and result_pay tell failure, success and paid apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeApplyResponse"];
                };
            };
        };
    };
    exchangeVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangeVerifyRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code and result_pay tell failure, success and paid apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeVerifyResponse"];
                };
            };
        };
    };
    exchangeQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangeQueryRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code and result_pay tell failure, success and paid apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangeQueryResponse"];
                };
            };
        };
    };
    aggregateQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AggregateQueryRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code (and result_pay) tell the branches apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregateQueryResponse"];
                };
            };
        };
    };
    aggregatePay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AggregatePayRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code tells the branches apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AggregatePayResponse"];
                };
            };
        };
    };
    aggregateWeb: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed form fields, posted by the payer's browser as a URL-encoded form in UTF-8. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AggregateWebRequest"];
            };
        };
        responses: {
            /** @description An HTML page for the payer: LianLian's aggregate cashier, or an error page showing the return code and message when LianLian rejects the form. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    mpayQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed query, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderQueryRequest"];
            };
        };
        responses: {
            /** @description Every outcome arrives as HTTP 200 with a JSON body; ret_code and result_pay tell failure, success (not paid) and paid apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MpayQueryResponse"];
                };
            };
        };
    };
    easypayQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed query, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderQueryRequest"];
            };
        };
        responses: {
            /** @description Every outcome arrives as HTTP 200 with a JSON body; ret_code and result_pay tell failure, success (not paid) and paid apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EasypayQueryResponse"];
                };
            };
        };
    };
    unifiedCreateBill: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed request, sent as Content-Type application/json;charset=utf-8. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnifiedCreateBillRequest"];
            };
        };
        responses: {
            /** @description Every outcome, including errors, arrives as HTTP 200 with a JSON body; ret_code tells failure and success (with gateway_url) apart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnifiedCreateBillResponse"];
                };
            };
        };
    };
    easypayH5Payment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The one input req_data, posted by the payer's browser as a URL-encoded form in UTF-8; its value is the signed request as JSON text. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["EasypayH5Form"];
            };
        };
        responses: {
            /** @description An HTML page for the payer: LianLian's H5 cashier, or an error page showing the return code and message when LianLian rejects the request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
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
                "application/x-www-form-urlencoded": components["schemas"]["WebPaymentReturnNotification"];
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
    easypayH5Return: {
        parameters: {
            query: {
                /** @description The signed notification fields as the text of one JSON object. Percent escapes are decoded once and a + stays a + (E503). */
                res_data: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
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
                "text/json": components["schemas"]["WebPaymentNotification"];
            };
        };
        responses: {
            /** @description The acknowledgement. Any other answer, or none within 5 seconds, makes LianLian send the notification again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAcknowledgement"];
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
                "text/json": components["schemas"]["InstantPayNotification"];
            };
        };
        responses: {
            /** @description The acknowledgement. Any other answer, or none within 5 seconds, makes LianLian send the notification again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAcknowledgement"];
                };
            };
        };
    };
    refundNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed notification as a UTF-8 JSON object, labelled text/json;charset=utf-8. */
        requestBody: {
            content: {
                "text/json": components["schemas"]["RefundNotification"];
            };
        };
        responses: {
            /** @description The acknowledgement. Any other answer makes LianLian send the notification again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAcknowledgement"];
                };
            };
        };
    };
    exchangeNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed notification as a UTF-8 JSON object, labelled text/json;charset=utf-8. */
        requestBody: {
            content: {
                "text/json": components["schemas"]["ExchangeNotification"];
            };
        };
        responses: {
            /** @description The acknowledgement. Any other answer makes LianLian send the notification again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAcknowledgement"];
                };
            };
        };
    };
    aggregateNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed notification as a UTF-8 JSON object, labelled text/json;charset=utf-8. */
        requestBody: {
            content: {
                "text/json": components["schemas"]["AggregateNotification"];
            };
        };
        responses: {
            /** @description The acknowledgement. Any other answer makes LianLian send the notification again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAcknowledgement"];
                };
            };
        };
    };
    aggregateWebReturn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed notification fields as a URL-encoded form. */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AggregateWebReturnNotification"];
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
    onlineBankingNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed notification as a UTF-8 JSON object, labelled text/json;charset=utf-8. */
        requestBody: {
            content: {
                "text/json": components["schemas"]["OnlineBankingNotification"];
            };
        };
        responses: {
            /** @description The acknowledgement. Any other answer makes LianLian send the notification again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAcknowledgement"];
                };
            };
        };
    };
    mpayNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed notification as a UTF-8 JSON object, labelled text/json;charset=utf-8. */
        requestBody: {
            content: {
                "text/json": components["schemas"]["MpayNotification"];
            };
        };
        responses: {
            /** @description The acknowledgement. Any other answer makes LianLian send the notification again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAcknowledgement"];
                };
            };
        };
    };
    easypayNotify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The signed notification as a UTF-8 JSON object, labelled text/json;charset=utf-8. */
        requestBody: {
            content: {
                "text/json": components["schemas"]["EasypayNotification"];
            };
        };
        responses: {
            /** @description The acknowledgement. Any other answer makes LianLian send the notification again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAcknowledgement"];
                };
            };
        };
    };
}
