import type { ReturnCodeInfo } from './runtime/client/operation.js';
/** The return-code categories (`x-lianlian-return-code-categories`), in the spec's order. */
export declare const RETURN_CODE_CATEGORIES: readonly ["success", "processing", "payer-action-needed", "merchant-fix-needed", "retry-later", "failed"];
/** What a ret_code means for the caller: success, processing, retry-later, ... */
export type ReturnCodeCategory = (typeof RETURN_CODE_CATEGORIES)[number];
declare module './runtime/client/operation.js' {
    interface LianLianSpecSets {
        readonly returnCode: ReturnCode;
        readonly returnCodeCategory: ReturnCodeCategory;
    }
}
/** Every documented ret_code: LianLian's exact ret_msg, what the caller should do, and its meaning. */
export declare const RETURN_CODES: {
    readonly "0000": {
        readonly message: "交易成功";
        readonly category: "success";
        readonly description: "The request was accepted and handled successfully.";
    };
    readonly "0106": {
        readonly message: "签约银行卡信息查询失败";
        readonly category: "failed";
        readonly description: "The payer's signed (bound) card information could not be looked up.";
    };
    readonly "1000": {
        readonly message: "支付授权令牌失效或错误";
        readonly category: "failed";
        readonly description: "The payment token is invalid or has expired (tokens last 30 minutes); start a new payment with the Apply API.";
    };
    readonly "1001": {
        readonly message: "商户请求签名错误";
        readonly category: "merchant-fix-needed";
        readonly description: "The request signature did not verify: check the signed string, the key pair and sign_type.";
    };
    readonly "1002": {
        readonly message: "第三方单号重复";
        readonly category: "merchant-fix-needed";
        readonly description: "The merchant order number has already been used.";
    };
    readonly "1003": {
        readonly message: "正在支付中,请稍后";
        readonly category: "processing";
        readonly description: "The payment is being processed; query the result later instead of paying again.";
    };
    readonly "1004": {
        readonly message: "商户请求参数校验错误（具体参数名）";
        readonly category: "merchant-fix-needed";
        readonly description: "A request parameter failed validation; the message names the parameter.";
    };
    readonly "1005": {
        readonly message: "支付处理失败";
        readonly category: "failed";
        readonly description: "Payment processing failed.";
    };
    readonly "1006": {
        readonly message: "支付单创建失败";
        readonly category: "retry-later";
        readonly description: "LianLian could not create the payment order; it may succeed on a later attempt.";
    };
    readonly "1007": {
        readonly message: "网络链接繁忙";
        readonly category: "retry-later";
        readonly description: "The network link is busy; try again later.";
    };
    readonly "1008": {
        readonly message: "商户请求IP错误";
        readonly category: "merchant-fix-needed";
        readonly description: "The request came from an IP address not registered for the merchant.";
    };
    readonly "1009": {
        readonly message: "暂停商户支付服务，请联系连连银通客服";
        readonly category: "merchant-fix-needed";
        readonly description: "The merchant's payment service is suspended; contact LianLian support.";
    };
    readonly "1012": {
        readonly message: "请求报文解析失败";
        readonly category: "merchant-fix-needed";
        readonly description: "LianLian could not parse the request message.";
    };
    readonly "1014": {
        readonly message: "日累计金额或笔数超限";
        readonly category: "failed";
        readonly description: "The daily cumulative amount or number of payments has been exceeded.";
    };
    readonly "1016": {
        readonly message: "交易金额超限";
        readonly category: "failed";
        readonly description: "The transaction amount exceeds the allowed limit.";
    };
    readonly "1019": {
        readonly message: "单笔金额超限";
        readonly category: "failed";
        readonly description: "The single-payment amount limit has been exceeded.";
    };
    readonly "1100": {
        readonly message: "无效卡号";
        readonly category: "payer-action-needed";
        readonly description: "The card number is invalid.";
    };
    readonly "1101": {
        readonly message: "卡已挂失";
        readonly category: "failed";
        readonly description: "The card has been reported lost.";
    };
    readonly "1102": {
        readonly message: "无此发卡方";
        readonly category: "payer-action-needed";
        readonly description: "No issuing bank matches the card number.";
    };
    readonly "1103": {
        readonly message: "银行卡有效期或CVV2错误";
        readonly category: "payer-action-needed";
        readonly description: "The card's expiry date or CVV2 is wrong.";
    };
    readonly "1104": {
        readonly message: "卡密码错误";
        readonly category: "payer-action-needed";
        readonly description: "The card password is wrong.";
    };
    readonly "1105": {
        readonly message: "卡号在黑名单中";
        readonly category: "failed";
        readonly description: "The card number is on a blacklist.";
    };
    readonly "1106": {
        readonly message: "允许的输入PIN次数超限";
        readonly category: "failed";
        readonly description: "The allowed number of PIN attempts has been exceeded.";
    };
    readonly "1107": {
        readonly message: "您的银行卡暂不支持在线支付业务";
        readonly category: "payer-action-needed";
        readonly description: "The card is not enabled for online payments; the payer must enable it or use another card.";
    };
    readonly "1108": {
        readonly message: "您输入的证件号、姓名或手机号有误";
        readonly category: "payer-action-needed";
        readonly description: "The ID number, name or phone number entered is wrong.";
    };
    readonly "1109": {
        readonly message: "卡号和证件号不符";
        readonly category: "payer-action-needed";
        readonly description: "The card number does not match the ID number.";
    };
    readonly "1110": {
        readonly message: "卡状态异常";
        readonly category: "failed";
        readonly description: "The card is in an abnormal state.";
    };
    readonly "1111": {
        readonly message: "交易异常，支付失败";
        readonly category: "failed";
        readonly description: "The transaction was abnormal and the payment failed.";
    };
    readonly "1112": {
        readonly message: "证件号有误";
        readonly category: "payer-action-needed";
        readonly description: "The ID number is wrong.";
    };
    readonly "1113": {
        readonly message: "持卡人姓名有误";
        readonly category: "payer-action-needed";
        readonly description: "The cardholder's name is wrong.";
    };
    readonly "1114": {
        readonly message: "手机号有误";
        readonly category: "payer-action-needed";
        readonly description: "The phone number is wrong.";
    };
    readonly "1115": {
        readonly message: "该卡未预留手机号";
        readonly category: "payer-action-needed";
        readonly description: "No phone number is registered with the bank for this card.";
    };
    readonly "1200": {
        readonly message: "用户选择的银行暂不支持，请重新选择其他银行进行支付/签约";
        readonly category: "payer-action-needed";
        readonly description: "The chosen bank is not supported; the payer must pay or sign with another bank.";
    };
    readonly "1201": {
        readonly message: "银行卡变更失败";
        readonly category: "failed";
        readonly description: "Changing the bank card failed.";
    };
    readonly "1202": {
        readonly message: "银行卡查询失败";
        readonly category: "retry-later";
        readonly description: "Looking up the bank card failed.";
    };
    readonly "1805": {
        readonly message: "暂不支持该银行";
        readonly category: "payer-action-needed";
        readonly description: "This bank is not supported.";
    };
    readonly "1900": {
        readonly message: "短信码校验错误";
        readonly category: "payer-action-needed";
        readonly description: "The SMS verification code is wrong.";
    };
    readonly "1901": {
        readonly message: "短信码已失效";
        readonly category: "payer-action-needed";
        readonly description: "The SMS verification code has expired.";
    };
    readonly "1902": {
        readonly message: "该卡交易金额超出免密限额";
        readonly category: "payer-action-needed";
        readonly description: "The amount exceeds the password-free limit of this card.";
    };
    readonly "2003": {
        readonly message: "支付单创建";
        readonly category: "processing";
        readonly description: "The payment order has been created and is not finished yet.";
    };
    readonly "2004": {
        readonly message: "签约处理中";
        readonly category: "processing";
        readonly description: "Card signing (binding) is being processed.";
    };
    readonly "2005": {
        readonly message: "原交易已在进行处理，请勿重复提交";
        readonly category: "processing";
        readonly description: "The original transaction is already being processed; do not submit it again.";
    };
    readonly "2006": {
        readonly message: "交易已过期";
        readonly category: "failed";
        readonly description: "The transaction has expired.";
    };
    readonly "2007": {
        readonly message: "交易已支付成功";
        readonly category: "success";
        readonly description: "The transaction has already been paid; treat the order as paid and do not pay again.";
    };
    readonly "2008": {
        readonly message: "交易处理中";
        readonly category: "processing";
        readonly description: "The transaction is being processed; query the result later.";
    };
    readonly "3001": {
        readonly message: "非法商户";
        readonly category: "merchant-fix-needed";
        readonly description: "The merchant is not valid.";
    };
    readonly "3002": {
        readonly message: "用户生成错误";
        readonly category: "failed";
        readonly description: "Creating the user failed.";
    };
    readonly "3003": {
        readonly message: "签约信息不存在";
        readonly category: "merchant-fix-needed";
        readonly description: "The signing (binding) agreement does not exist.";
    };
    readonly "3004": {
        readonly message: "用户解约失败";
        readonly category: "failed";
        readonly description: "Cancelling the user's signing agreement failed.";
    };
    readonly "3005": {
        readonly message: "查询跨度不得高于3个月";
        readonly category: "merchant-fix-needed";
        readonly description: "A query may span at most 3 months.";
    };
    readonly "3006": {
        readonly message: "用户不存在";
        readonly category: "merchant-fix-needed";
        readonly description: "The user does not exist.";
    };
    readonly "3007": {
        readonly message: "[user_id]查询不存在";
        readonly category: "merchant-fix-needed";
        readonly description: "No user was found for the given user_id.";
    };
    readonly "3008": {
        readonly message: "查询截止日期错误";
        readonly category: "merchant-fix-needed";
        readonly description: "The query end date is wrong.";
    };
    readonly "3009": {
        readonly message: "重复签约";
        readonly category: "merchant-fix-needed";
        readonly description: "The card is already signed; do not sign it again.";
    };
    readonly "3010": {
        readonly message: "商户支付权限不足";
        readonly category: "merchant-fix-needed";
        readonly description: "The merchant lacks the permission for this payment.";
    };
    readonly "3011": {
        readonly message: "用户签约信息不存在";
        readonly category: "merchant-fix-needed";
        readonly description: "The user's signing agreement does not exist.";
    };
    readonly "4000": {
        readonly message: "解约失败，请联系发卡行";
        readonly category: "payer-action-needed";
        readonly description: "Cancelling the agreement failed; the payer should contact the issuing bank.";
    };
    readonly "4001": {
        readonly message: "该订单不存在或非复核状态";
        readonly category: "merchant-fix-needed";
        readonly description: "The order does not exist or is not waiting for confirmation.";
    };
    readonly "4002": {
        readonly message: "疑似重复提交订单";
        readonly category: "merchant-fix-needed";
        readonly description: "Suspected duplicate order; the payment waits until the merchant confirms it with the confirm API.";
    };
    readonly "4003": {
        readonly message: "收款银行卡和姓名不一致";
        readonly category: "merchant-fix-needed";
        readonly description: "The payee card and name do not match; the payment waits for the merchant's confirmation.";
    };
    readonly "4004": {
        readonly message: "疑似重复提交订单且收款银行卡和姓名不一致";
        readonly category: "merchant-fix-needed";
        readonly description: "Suspected duplicate order and the payee card and name do not match; the payment waits for the merchant's confirmation.";
    };
    readonly "4005": {
        readonly message: "商户没有实时付款权限";
        readonly category: "merchant-fix-needed";
        readonly description: "The merchant has no permission for real-time payouts.";
    };
    readonly "4007": {
        readonly message: "敏感信息解密异常";
        readonly category: "merchant-fix-needed";
        readonly description: "LianLian could not decrypt the sensitive data (the pay_load envelope).";
    };
    readonly "5001": {
        readonly message: "卡bin校验失败";
        readonly category: "payer-action-needed";
        readonly description: "The card BIN check failed: the card number is not recognised.";
    };
    readonly "5002": {
        readonly message: "原始交易不存在";
        readonly category: "merchant-fix-needed";
        readonly description: "The original transaction does not exist.";
    };
    readonly "5003": {
        readonly message: "退款金额错误";
        readonly category: "merchant-fix-needed";
        readonly description: "The refund amount is wrong.";
    };
    readonly "5004": {
        readonly message: "商户状态异常，无法退款";
        readonly category: "merchant-fix-needed";
        readonly description: "The merchant's status does not allow refunds.";
    };
    readonly "5005": {
        readonly message: "退款失败，请重试";
        readonly category: "retry-later";
        readonly description: "The refund failed; try again.";
    };
    readonly "5006": {
        readonly message: "商户账户余额不足";
        readonly category: "merchant-fix-needed";
        readonly description: "The merchant account's balance is insufficient.";
    };
    readonly "5007": {
        readonly message: "累计退款金额大于原交易金额";
        readonly category: "merchant-fix-needed";
        readonly description: "The total refunded would exceed the original transaction amount.";
    };
    readonly "5008": {
        readonly message: "原交易未成功";
        readonly category: "failed";
        readonly description: "The original transaction was not successful.";
    };
    readonly "5501": {
        readonly message: "大额行号查询失败";
        readonly category: "retry-later";
        readonly description: "Looking up the large-value payment bank number failed.";
    };
    readonly "5502": {
        readonly message: "信用卡不支持提现";
        readonly category: "failed";
        readonly description: "Withdrawals to credit cards are not supported.";
    };
    readonly "5503": {
        readonly message: "商户提现权限不足";
        readonly category: "merchant-fix-needed";
        readonly description: "The merchant lacks the withdrawal permission.";
    };
    readonly "5504": {
        readonly message: "商户操作权限不足";
        readonly category: "merchant-fix-needed";
        readonly description: "The merchant lacks the permission for this operation.";
    };
    readonly "5505": {
        readonly message: "该银行未进行配置，请联系客服";
        readonly category: "merchant-fix-needed";
        readonly description: "This bank has not been configured; contact LianLian support.";
    };
    readonly "5506": {
        readonly message: "商户备注解析失败";
        readonly category: "merchant-fix-needed";
        readonly description: "LianLian could not parse the merchant's remark.";
    };
    readonly "5601": {
        readonly message: "支付方式和卡类型不匹配";
        readonly category: "payer-action-needed";
        readonly description: "The payment method does not match the card type (for example authorization with a debit card).";
    };
    readonly "6001": {
        readonly message: "卡余额不足";
        readonly category: "payer-action-needed";
        readonly description: "The card balance is insufficient.";
    };
    readonly "6002": {
        readonly message: "该卡号未成功进行首次验证";
        readonly category: "payer-action-needed";
        readonly description: "This card has not passed its first verification.";
    };
    readonly "6601": {
        readonly message: "获取银行请求地址失败，请稍后重试";
        readonly category: "retry-later";
        readonly description: "Obtaining the bank's request address failed; try again later.";
    };
    readonly "7001": {
        readonly message: "用户已存在";
        readonly category: "merchant-fix-needed";
        readonly description: "The user already exists.";
    };
    readonly "7017": {
        readonly message: "金额不正确";
        readonly category: "merchant-fix-needed";
        readonly description: "The amount is not correct.";
    };
    readonly "7018": {
        readonly message: "新增银行卡用户信息不一致";
        readonly category: "payer-action-needed";
        readonly description: "The user details for the newly added card do not match the user's existing details.";
    };
    readonly "7119": {
        readonly message: "分账信息有误（分期付定期扣款）";
        readonly category: "merchant-fix-needed";
        readonly description: "The split (instalment deduction) information is wrong.";
    };
    readonly "7777": {
        readonly message: "需要补全签约信息";
        readonly category: "merchant-fix-needed";
        readonly description: "The signing information is incomplete and must be supplied.";
    };
    readonly "8000": {
        readonly message: "用户信息不存在";
        readonly category: "merchant-fix-needed";
        readonly description: "The user information does not exist.";
    };
    readonly "8001": {
        readonly message: "文件异常";
        readonly category: "retry-later";
        readonly description: "File error.";
    };
    readonly "8002": {
        readonly message: "生成文件异常";
        readonly category: "retry-later";
        readonly description: "Generating the file failed.";
    };
    readonly "8003": {
        readonly message: "解析文件异常";
        readonly category: "retry-later";
        readonly description: "Parsing the file failed.";
    };
    readonly "8006": {
        readonly message: "汇兑异常";
        readonly category: "retry-later";
        readonly description: "Currency exchange error.";
    };
    readonly "8010": {
        readonly message: "付款人信息不存在";
        readonly category: "merchant-fix-needed";
        readonly description: "The payer information does not exist.";
    };
    readonly "8099": {
        readonly message: "实名认证失败";
        readonly category: "payer-action-needed";
        readonly description: "Real-name verification failed.";
    };
    readonly "8101": {
        readonly message: "无此扣款计划信息";
        readonly category: "merchant-fix-needed";
        readonly description: "No such deduction plan exists.";
    };
    readonly "8102": {
        readonly message: "当前扣款计划已执行，请勿重复执行";
        readonly category: "merchant-fix-needed";
        readonly description: "This deduction plan has already been executed; do not execute it again.";
    };
    readonly "8103": {
        readonly message: "还款计划通知短信发送失败";
        readonly category: "retry-later";
        readonly description: "Sending the repayment-plan SMS notice failed.";
    };
    readonly "8104": {
        readonly message: "扣款失败";
        readonly category: "failed";
        readonly description: "The deduction failed.";
    };
    readonly "8105": {
        readonly message: "变更还款次数超过限制";
        readonly category: "failed";
        readonly description: "The repayment schedule has been changed too many times.";
    };
    readonly "8106": {
        readonly message: "该签约协议号未授权该扣款协议号进行扣款";
        readonly category: "merchant-fix-needed";
        readonly description: "The signing agreement number has not authorised this deduction agreement.";
    };
    readonly "8107": {
        readonly message: "扣款计划校验失败";
        readonly category: "merchant-fix-needed";
        readonly description: "The deduction plan failed validation.";
    };
    readonly "8108": {
        readonly message: "变更计划失败";
        readonly category: "failed";
        readonly description: "Changing the plan failed.";
    };
    readonly "8109": {
        readonly message: "计划保存失败";
        readonly category: "retry-later";
        readonly description: "Saving the plan failed.";
    };
    readonly "8110": {
        readonly message: "验证码错误";
        readonly category: "payer-action-needed";
        readonly description: "The verification code is wrong.";
    };
    readonly "8111": {
        readonly message: "用户查询失败";
        readonly category: "retry-later";
        readonly description: "Looking up the user failed.";
    };
    readonly "8112": {
        readonly message: "变更计划状态失败";
        readonly category: "failed";
        readonly description: "Changing the plan's status failed.";
    };
    readonly "8113": {
        readonly message: "分期计划不存在";
        readonly category: "merchant-fix-needed";
        readonly description: "The instalment plan does not exist.";
    };
    readonly "8114": {
        readonly message: "扣款方式不符";
        readonly category: "merchant-fix-needed";
        readonly description: "The deduction method does not match.";
    };
    readonly "8115": {
        readonly message: "还款卡授权失败";
        readonly category: "failed";
        readonly description: "Authorising the repayment card failed.";
    };
    readonly "8116": {
        readonly message: "定时任务执行失败";
        readonly category: "retry-later";
        readonly description: "A scheduled task failed.";
    };
    readonly "8117": {
        readonly message: "幂等检查异常";
        readonly category: "retry-later";
        readonly description: "The idempotency check failed with an error.";
    };
    readonly "8888": {
        readonly message: "短信已下发，需要再次验证";
        readonly category: "payer-action-needed";
        readonly description: "An SMS code has been sent; the payer must verify again.";
    };
    readonly "8901": {
        readonly message: "没有记录";
        readonly category: "failed";
        readonly description: "No record was found.";
    };
    readonly "8911": {
        readonly message: "没有风控记录";
        readonly category: "failed";
        readonly description: "No risk-control record was found.";
    };
    readonly "9000": {
        readonly message: "银行维护中，请稍后再试";
        readonly category: "retry-later";
        readonly description: "The bank is under maintenance; try again later.";
    };
    readonly "9002": {
        readonly message: "报文解析异常";
        readonly category: "merchant-fix-needed";
        readonly description: "The message could not be parsed.";
    };
    readonly "9091": {
        readonly message: "创建支付失败";
        readonly category: "failed";
        readonly description: "Creating the payment failed.";
    };
    readonly "9092": {
        readonly message: "支付单号与订单号不一致";
        readonly category: "merchant-fix-needed";
        readonly description: "The payment number does not belong to the order number.";
    };
    readonly "9093": {
        readonly message: "无对应的支付单信息";
        readonly category: "merchant-fix-needed";
        readonly description: "No matching payment order was found.";
    };
    readonly "9094": {
        readonly message: "请求银行扣款失败";
        readonly category: "failed";
        readonly description: "The debit request to the bank failed.";
    };
    readonly "9104": {
        readonly message: "对公账户余额不足";
        readonly category: "merchant-fix-needed";
        readonly description: "The merchant's corporate account balance is insufficient.";
    };
    readonly "9700": {
        readonly message: "短信验证码错误";
        readonly category: "payer-action-needed";
        readonly description: "The SMS verification code is wrong.";
    };
    readonly "9701": {
        readonly message: "短信验证码和手机不匹配";
        readonly category: "payer-action-needed";
        readonly description: "The SMS verification code does not belong to this phone number.";
    };
    readonly "9702": {
        readonly message: "验证码错误次数超过最大次数,请重新获取进行验证";
        readonly category: "payer-action-needed";
        readonly description: "Too many wrong verification codes; the payer must request a new code.";
    };
    readonly "9703": {
        readonly message: "短信验证码失效,请重新获取";
        readonly category: "payer-action-needed";
        readonly description: "The SMS verification code has expired; the payer must request a new one.";
    };
    readonly "9704": {
        readonly message: "短信发送异常,请稍后重试";
        readonly category: "retry-later";
        readonly description: "Sending the SMS failed; try again later.";
    };
    readonly "9901": {
        readonly message: "请求报文非法";
        readonly category: "merchant-fix-needed";
        readonly description: "The request message is not valid.";
    };
    readonly "9902": {
        readonly message: "接口调用异常";
        readonly category: "retry-later";
        readonly description: "Calling an internal interface failed.";
    };
    readonly "9903": {
        readonly message: "请求无效，请稍后重试";
        readonly category: "retry-later";
        readonly description: "The request could not be handled now; try again later.";
    };
    readonly "9907": {
        readonly message: "银行编码与卡不一致";
        readonly category: "merchant-fix-needed";
        readonly description: "The bank code does not match the card.";
    };
    readonly "9910": {
        readonly message: "风险等级过高";
        readonly category: "failed";
        readonly description: "The risk level is too high; the payment was refused.";
    };
    readonly "9911": {
        readonly message: "金额超过指定额度";
        readonly category: "failed";
        readonly description: "The amount exceeds the permitted limit.";
    };
    readonly "9912": {
        readonly message: "该卡暂不支持";
        readonly category: "payer-action-needed";
        readonly description: "This card is not supported for now.";
    };
    readonly "9913": {
        readonly message: "该卡已签约成功";
        readonly category: "merchant-fix-needed";
        readonly description: "The card is already signed; use the existing agreement.";
    };
    readonly "9920": {
        readonly message: "退款失败";
        readonly category: "failed";
        readonly description: "The refund failed.";
    };
    readonly "9921": {
        readonly message: "退款查询失败";
        readonly category: "retry-later";
        readonly description: "Querying the refund failed.";
    };
    readonly "9970": {
        readonly message: "银行系统日切处理中";
        readonly category: "retry-later";
        readonly description: "The bank's day-end cut-over is in progress; try again later.";
    };
    readonly "9983": {
        readonly message: "商户订单号重复";
        readonly category: "merchant-fix-needed";
        readonly description: "The merchant order number is a duplicate.";
    };
    readonly "9990": {
        readonly message: "银行交易出错，{银行返回的错误信息}，请稍后重试";
        readonly category: "retry-later";
        readonly description: "The bank reported an error (its message is inserted in ret_msg); try again later.";
    };
    readonly "9991": {
        readonly message: "银行交易出错，请联系客服，客服热线客服热线：4000188888";
        readonly category: "failed";
        readonly description: "The bank reported an error; contact LianLian customer service.";
    };
    readonly "9999": {
        readonly message: "系统错误";
        readonly category: "retry-later";
        readonly description: "LianLian system error; try again later or query the transaction.";
    };
};
type CheckedTable<T extends Readonly<Record<string, ReturnCodeInfo>>> = T;
/** The type of {@link RETURN_CODES}: every entry is a {@link ReturnCodeInfo}. */
export type ReturnCodeTable = CheckedTable<typeof RETURN_CODES>;
/** A documented ret_code (written out, not `keyof`: the table's own type refers to it). */
export type ReturnCode = "0000" | "0106" | "1000" | "1001" | "1002" | "1003" | "1004" | "1005" | "1006" | "1007" | "1008" | "1009" | "1012" | "1014" | "1016" | "1019" | "1100" | "1101" | "1102" | "1103" | "1104" | "1105" | "1106" | "1107" | "1108" | "1109" | "1110" | "1111" | "1112" | "1113" | "1114" | "1115" | "1200" | "1201" | "1202" | "1805" | "1900" | "1901" | "1902" | "2003" | "2004" | "2005" | "2006" | "2007" | "2008" | "3001" | "3002" | "3003" | "3004" | "3005" | "3006" | "3007" | "3008" | "3009" | "3010" | "3011" | "4000" | "4001" | "4002" | "4003" | "4004" | "4005" | "4007" | "5001" | "5002" | "5003" | "5004" | "5005" | "5006" | "5007" | "5008" | "5501" | "5502" | "5503" | "5504" | "5505" | "5506" | "5601" | "6001" | "6002" | "6601" | "7001" | "7017" | "7018" | "7119" | "7777" | "8000" | "8001" | "8002" | "8003" | "8006" | "8010" | "8099" | "8101" | "8102" | "8103" | "8104" | "8105" | "8106" | "8107" | "8108" | "8109" | "8110" | "8111" | "8112" | "8113" | "8114" | "8115" | "8116" | "8117" | "8888" | "8901" | "8911" | "9000" | "9002" | "9091" | "9092" | "9093" | "9094" | "9104" | "9700" | "9701" | "9702" | "9703" | "9704" | "9901" | "9902" | "9903" | "9907" | "9910" | "9911" | "9912" | "9913" | "9920" | "9921" | "9970" | "9983" | "9990" | "9991" | "9999";
/** A ret_code: a documented one, or any other four-digit code LianLian may add later. */
export type RetCode = ReturnCode | (string & {});
/** The table row of `code`, or `undefined` for a code LianLian has not documented. */
export declare function describeReturnCode(code: string): ReturnCodeInfo | undefined;
export {};
