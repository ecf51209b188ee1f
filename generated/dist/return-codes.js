/** The return-code categories (`x-lianlian-return-code-categories`), in the spec's order. */
export const RETURN_CODE_CATEGORIES = [
    'success',
    'processing',
    'payer-action-needed',
    'merchant-fix-needed',
    'retry-later',
    'failed',
];
/** Every documented ret_code: LianLian's exact ret_msg, what the caller should do, and its meaning. */
export const RETURN_CODES = {
    '0000': {
        message: '交易成功',
        category: 'success',
        description: 'The request was accepted and handled successfully.',
    },
    '0106': {
        message: '签约银行卡信息查询失败',
        category: 'failed',
        description: "The payer's signed (bound) card information could not be looked up.",
    },
    '1000': {
        message: '支付授权令牌失效或错误',
        category: 'failed',
        description: 'The payment token is invalid or has expired (tokens last 30 minutes); start a new payment with the Apply API.',
    },
    '1001': {
        message: '商户请求签名错误',
        category: 'merchant-fix-needed',
        description: 'The request signature did not verify: check the signed string, the key pair and sign_type.',
    },
    '1002': {
        message: '第三方单号重复',
        category: 'merchant-fix-needed',
        description: 'The merchant order number has already been used.',
    },
    '1003': {
        message: '正在支付中,请稍后',
        category: 'processing',
        description: 'The payment is being processed; query the result later instead of paying again.',
    },
    '1004': {
        message: '商户请求参数校验错误（具体参数名）',
        category: 'merchant-fix-needed',
        description: 'A request parameter failed validation; the message names the parameter.',
    },
    '1005': {
        message: '支付处理失败',
        category: 'failed',
        description: 'Payment processing failed.',
    },
    '1006': {
        message: '支付单创建失败',
        category: 'retry-later',
        description: 'LianLian could not create the payment order; it may succeed on a later attempt.',
    },
    '1007': {
        message: '网络链接繁忙',
        category: 'retry-later',
        description: 'The network link is busy; try again later.',
    },
    '1008': {
        message: '商户请求IP错误',
        category: 'merchant-fix-needed',
        description: 'The request came from an IP address not registered for the merchant.',
    },
    '1009': {
        message: '暂停商户支付服务，请联系连连银通客服',
        category: 'merchant-fix-needed',
        description: "The merchant's payment service is suspended; contact LianLian support.",
    },
    '1012': {
        message: '请求报文解析失败',
        category: 'merchant-fix-needed',
        description: 'LianLian could not parse the request message.',
    },
    '1014': {
        message: '日累计金额或笔数超限',
        category: 'failed',
        description: 'The daily cumulative amount or number of payments has been exceeded.',
    },
    '1016': {
        message: '交易金额超限',
        category: 'failed',
        description: 'The transaction amount exceeds the allowed limit.',
    },
    '1019': {
        message: '单笔金额超限',
        category: 'failed',
        description: 'The single-payment amount limit has been exceeded.',
    },
    '1100': {
        message: '无效卡号',
        category: 'payer-action-needed',
        description: 'The card number is invalid.',
    },
    '1101': {
        message: '卡已挂失',
        category: 'failed',
        description: 'The card has been reported lost.',
    },
    '1102': {
        message: '无此发卡方',
        category: 'payer-action-needed',
        description: 'No issuing bank matches the card number.',
    },
    '1103': {
        message: '银行卡有效期或CVV2错误',
        category: 'payer-action-needed',
        description: "The card's expiry date or CVV2 is wrong.",
    },
    '1104': {
        message: '卡密码错误',
        category: 'payer-action-needed',
        description: 'The card password is wrong.',
    },
    '1105': {
        message: '卡号在黑名单中',
        category: 'failed',
        description: 'The card number is on a blacklist.',
    },
    '1106': {
        message: '允许的输入PIN次数超限',
        category: 'failed',
        description: 'The allowed number of PIN attempts has been exceeded.',
    },
    '1107': {
        message: '您的银行卡暂不支持在线支付业务',
        category: 'payer-action-needed',
        description: 'The card is not enabled for online payments; the payer must enable it or use another card.',
    },
    '1108': {
        message: '您输入的证件号、姓名或手机号有误',
        category: 'payer-action-needed',
        description: 'The ID number, name or phone number entered is wrong.',
    },
    '1109': {
        message: '卡号和证件号不符',
        category: 'payer-action-needed',
        description: 'The card number does not match the ID number.',
    },
    '1110': {
        message: '卡状态异常',
        category: 'failed',
        description: 'The card is in an abnormal state.',
    },
    '1111': {
        message: '交易异常，支付失败',
        category: 'failed',
        description: 'The transaction was abnormal and the payment failed.',
    },
    '1112': {
        message: '证件号有误',
        category: 'payer-action-needed',
        description: 'The ID number is wrong.',
    },
    '1113': {
        message: '持卡人姓名有误',
        category: 'payer-action-needed',
        description: "The cardholder's name is wrong.",
    },
    '1114': {
        message: '手机号有误',
        category: 'payer-action-needed',
        description: 'The phone number is wrong.',
    },
    '1115': {
        message: '该卡未预留手机号',
        category: 'payer-action-needed',
        description: 'No phone number is registered with the bank for this card.',
    },
    '1200': {
        message: '用户选择的银行暂不支持，请重新选择其他银行进行支付/签约',
        category: 'payer-action-needed',
        description: 'The chosen bank is not supported; the payer must pay or sign with another bank.',
    },
    '1201': {
        message: '银行卡变更失败',
        category: 'failed',
        description: 'Changing the bank card failed.',
    },
    '1202': {
        message: '银行卡查询失败',
        category: 'retry-later',
        description: 'Looking up the bank card failed.',
    },
    '1805': {
        message: '暂不支持该银行',
        category: 'payer-action-needed',
        description: 'This bank is not supported.',
    },
    '1900': {
        message: '短信码校验错误',
        category: 'payer-action-needed',
        description: 'The SMS verification code is wrong.',
    },
    '1901': {
        message: '短信码已失效',
        category: 'payer-action-needed',
        description: 'The SMS verification code has expired.',
    },
    '1902': {
        message: '该卡交易金额超出免密限额',
        category: 'payer-action-needed',
        description: 'The amount exceeds the password-free limit of this card.',
    },
    '2003': {
        message: '支付单创建',
        category: 'processing',
        description: 'The payment order has been created and is not finished yet.',
    },
    '2004': {
        message: '签约处理中',
        category: 'processing',
        description: 'Card signing (binding) is being processed.',
    },
    '2005': {
        message: '原交易已在进行处理，请勿重复提交',
        category: 'processing',
        description: 'The original transaction is already being processed; do not submit it again.',
    },
    '2006': {
        message: '交易已过期',
        category: 'failed',
        description: 'The transaction has expired.',
    },
    '2007': {
        message: '交易已支付成功',
        category: 'success',
        description: 'The transaction has already been paid; treat the order as paid and do not pay again.',
    },
    '2008': {
        message: '交易处理中',
        category: 'processing',
        description: 'The transaction is being processed; query the result later.',
    },
    '3001': {
        message: '非法商户',
        category: 'merchant-fix-needed',
        description: 'The merchant is not valid.',
    },
    '3002': { message: '用户生成错误', category: 'failed', description: 'Creating the user failed.' },
    '3003': {
        message: '签约信息不存在',
        category: 'merchant-fix-needed',
        description: 'The signing (binding) agreement does not exist.',
    },
    '3004': {
        message: '用户解约失败',
        category: 'failed',
        description: "Cancelling the user's signing agreement failed.",
    },
    '3005': {
        message: '查询跨度不得高于3个月',
        category: 'merchant-fix-needed',
        description: 'A query may span at most 3 months.',
    },
    '3006': {
        message: '用户不存在',
        category: 'merchant-fix-needed',
        description: 'The user does not exist.',
    },
    '3007': {
        message: '[user_id]查询不存在',
        category: 'merchant-fix-needed',
        description: 'No user was found for the given user_id.',
    },
    '3008': {
        message: '查询截止日期错误',
        category: 'merchant-fix-needed',
        description: 'The query end date is wrong.',
    },
    '3009': {
        message: '重复签约',
        category: 'merchant-fix-needed',
        description: 'The card is already signed; do not sign it again.',
    },
    '3010': {
        message: '商户支付权限不足',
        category: 'merchant-fix-needed',
        description: 'The merchant lacks the permission for this payment.',
    },
    '3011': {
        message: '用户签约信息不存在',
        category: 'merchant-fix-needed',
        description: "The user's signing agreement does not exist.",
    },
    '4000': {
        message: '解约失败，请联系发卡行',
        category: 'payer-action-needed',
        description: 'Cancelling the agreement failed; the payer should contact the issuing bank.',
    },
    '4001': {
        message: '该订单不存在或非复核状态',
        category: 'merchant-fix-needed',
        description: 'The order does not exist or is not waiting for confirmation.',
    },
    '4002': {
        message: '疑似重复提交订单',
        category: 'merchant-fix-needed',
        description: 'Suspected duplicate order; the payment waits until the merchant confirms it with the confirm API.',
    },
    '4003': {
        message: '收款银行卡和姓名不一致',
        category: 'merchant-fix-needed',
        description: "The payee card and name do not match; the payment waits for the merchant's confirmation.",
    },
    '4004': {
        message: '疑似重复提交订单且收款银行卡和姓名不一致',
        category: 'merchant-fix-needed',
        description: "Suspected duplicate order and the payee card and name do not match; the payment waits for the merchant's confirmation.",
    },
    '4005': {
        message: '商户没有实时付款权限',
        category: 'merchant-fix-needed',
        description: 'The merchant has no permission for real-time payouts.',
    },
    '4007': {
        message: '敏感信息解密异常',
        category: 'merchant-fix-needed',
        description: 'LianLian could not decrypt the sensitive data (the pay_load envelope).',
    },
    '5001': {
        message: '卡bin校验失败',
        category: 'payer-action-needed',
        description: 'The card BIN check failed: the card number is not recognised.',
    },
    '5002': {
        message: '原始交易不存在',
        category: 'merchant-fix-needed',
        description: 'The original transaction does not exist.',
    },
    '5003': {
        message: '退款金额错误',
        category: 'merchant-fix-needed',
        description: 'The refund amount is wrong.',
    },
    '5004': {
        message: '商户状态异常，无法退款',
        category: 'merchant-fix-needed',
        description: "The merchant's status does not allow refunds.",
    },
    '5005': {
        message: '退款失败，请重试',
        category: 'retry-later',
        description: 'The refund failed; try again.',
    },
    '5006': {
        message: '商户账户余额不足',
        category: 'merchant-fix-needed',
        description: "The merchant account's balance is insufficient.",
    },
    '5007': {
        message: '累计退款金额大于原交易金额',
        category: 'merchant-fix-needed',
        description: 'The total refunded would exceed the original transaction amount.',
    },
    '5008': {
        message: '原交易未成功',
        category: 'failed',
        description: 'The original transaction was not successful.',
    },
    '5501': {
        message: '大额行号查询失败',
        category: 'retry-later',
        description: 'Looking up the large-value payment bank number failed.',
    },
    '5502': {
        message: '信用卡不支持提现',
        category: 'failed',
        description: 'Withdrawals to credit cards are not supported.',
    },
    '5503': {
        message: '商户提现权限不足',
        category: 'merchant-fix-needed',
        description: 'The merchant lacks the withdrawal permission.',
    },
    '5504': {
        message: '商户操作权限不足',
        category: 'merchant-fix-needed',
        description: 'The merchant lacks the permission for this operation.',
    },
    '5505': {
        message: '该银行未进行配置，请联系客服',
        category: 'merchant-fix-needed',
        description: 'This bank has not been configured; contact LianLian support.',
    },
    '5506': {
        message: '商户备注解析失败',
        category: 'merchant-fix-needed',
        description: "LianLian could not parse the merchant's remark.",
    },
    '5601': {
        message: '支付方式和卡类型不匹配',
        category: 'payer-action-needed',
        description: 'The payment method does not match the card type (for example authorization with a debit card).',
    },
    '6001': {
        message: '卡余额不足',
        category: 'payer-action-needed',
        description: 'The card balance is insufficient.',
    },
    '6002': {
        message: '该卡号未成功进行首次验证',
        category: 'payer-action-needed',
        description: 'This card has not passed its first verification.',
    },
    '6601': {
        message: '获取银行请求地址失败，请稍后重试',
        category: 'retry-later',
        description: "Obtaining the bank's request address failed; try again later.",
    },
    '7001': {
        message: '用户已存在',
        category: 'merchant-fix-needed',
        description: 'The user already exists.',
    },
    '7017': {
        message: '金额不正确',
        category: 'merchant-fix-needed',
        description: 'The amount is not correct.',
    },
    '7018': {
        message: '新增银行卡用户信息不一致',
        category: 'payer-action-needed',
        description: "The user details for the newly added card do not match the user's existing details.",
    },
    '7119': {
        message: '分账信息有误（分期付定期扣款）',
        category: 'merchant-fix-needed',
        description: 'The split (instalment deduction) information is wrong.',
    },
    '7777': {
        message: '需要补全签约信息',
        category: 'merchant-fix-needed',
        description: 'The signing information is incomplete and must be supplied.',
    },
    '8000': {
        message: '用户信息不存在',
        category: 'merchant-fix-needed',
        description: 'The user information does not exist.',
    },
    '8001': { message: '文件异常', category: 'retry-later', description: 'File error.' },
    '8002': {
        message: '生成文件异常',
        category: 'retry-later',
        description: 'Generating the file failed.',
    },
    '8003': {
        message: '解析文件异常',
        category: 'retry-later',
        description: 'Parsing the file failed.',
    },
    '8006': { message: '汇兑异常', category: 'retry-later', description: 'Currency exchange error.' },
    '8010': {
        message: '付款人信息不存在',
        category: 'merchant-fix-needed',
        description: 'The payer information does not exist.',
    },
    '8099': {
        message: '实名认证失败',
        category: 'payer-action-needed',
        description: 'Real-name verification failed.',
    },
    '8101': {
        message: '无此扣款计划信息',
        category: 'merchant-fix-needed',
        description: 'No such deduction plan exists.',
    },
    '8102': {
        message: '当前扣款计划已执行，请勿重复执行',
        category: 'merchant-fix-needed',
        description: 'This deduction plan has already been executed; do not execute it again.',
    },
    '8103': {
        message: '还款计划通知短信发送失败',
        category: 'retry-later',
        description: 'Sending the repayment-plan SMS notice failed.',
    },
    '8104': { message: '扣款失败', category: 'failed', description: 'The deduction failed.' },
    '8105': {
        message: '变更还款次数超过限制',
        category: 'failed',
        description: 'The repayment schedule has been changed too many times.',
    },
    '8106': {
        message: '该签约协议号未授权该扣款协议号进行扣款',
        category: 'merchant-fix-needed',
        description: 'The signing agreement number has not authorised this deduction agreement.',
    },
    '8107': {
        message: '扣款计划校验失败',
        category: 'merchant-fix-needed',
        description: 'The deduction plan failed validation.',
    },
    '8108': { message: '变更计划失败', category: 'failed', description: 'Changing the plan failed.' },
    '8109': {
        message: '计划保存失败',
        category: 'retry-later',
        description: 'Saving the plan failed.',
    },
    '8110': {
        message: '验证码错误',
        category: 'payer-action-needed',
        description: 'The verification code is wrong.',
    },
    '8111': {
        message: '用户查询失败',
        category: 'retry-later',
        description: 'Looking up the user failed.',
    },
    '8112': {
        message: '变更计划状态失败',
        category: 'failed',
        description: "Changing the plan's status failed.",
    },
    '8113': {
        message: '分期计划不存在',
        category: 'merchant-fix-needed',
        description: 'The instalment plan does not exist.',
    },
    '8114': {
        message: '扣款方式不符',
        category: 'merchant-fix-needed',
        description: 'The deduction method does not match.',
    },
    '8115': {
        message: '还款卡授权失败',
        category: 'failed',
        description: 'Authorising the repayment card failed.',
    },
    '8116': {
        message: '定时任务执行失败',
        category: 'retry-later',
        description: 'A scheduled task failed.',
    },
    '8117': {
        message: '幂等检查异常',
        category: 'retry-later',
        description: 'The idempotency check failed with an error.',
    },
    '8888': {
        message: '短信已下发，需要再次验证',
        category: 'payer-action-needed',
        description: 'An SMS code has been sent; the payer must verify again.',
    },
    '8901': { message: '没有记录', category: 'failed', description: 'No record was found.' },
    '8911': {
        message: '没有风控记录',
        category: 'failed',
        description: 'No risk-control record was found.',
    },
    '9000': {
        message: '银行维护中，请稍后再试',
        category: 'retry-later',
        description: 'The bank is under maintenance; try again later.',
    },
    '9002': {
        message: '报文解析异常',
        category: 'merchant-fix-needed',
        description: 'The message could not be parsed.',
    },
    '9091': {
        message: '创建支付失败',
        category: 'failed',
        description: 'Creating the payment failed.',
    },
    '9092': {
        message: '支付单号与订单号不一致',
        category: 'merchant-fix-needed',
        description: 'The payment number does not belong to the order number.',
    },
    '9093': {
        message: '无对应的支付单信息',
        category: 'merchant-fix-needed',
        description: 'No matching payment order was found.',
    },
    '9094': {
        message: '请求银行扣款失败',
        category: 'failed',
        description: 'The debit request to the bank failed.',
    },
    '9104': {
        message: '对公账户余额不足',
        category: 'merchant-fix-needed',
        description: "The merchant's corporate account balance is insufficient.",
    },
    '9700': {
        message: '短信验证码错误',
        category: 'payer-action-needed',
        description: 'The SMS verification code is wrong.',
    },
    '9701': {
        message: '短信验证码和手机不匹配',
        category: 'payer-action-needed',
        description: 'The SMS verification code does not belong to this phone number.',
    },
    '9702': {
        message: '验证码错误次数超过最大次数,请重新获取进行验证',
        category: 'payer-action-needed',
        description: 'Too many wrong verification codes; the payer must request a new code.',
    },
    '9703': {
        message: '短信验证码失效,请重新获取',
        category: 'payer-action-needed',
        description: 'The SMS verification code has expired; the payer must request a new one.',
    },
    '9704': {
        message: '短信发送异常,请稍后重试',
        category: 'retry-later',
        description: 'Sending the SMS failed; try again later.',
    },
    '9901': {
        message: '请求报文非法',
        category: 'merchant-fix-needed',
        description: 'The request message is not valid.',
    },
    '9902': {
        message: '接口调用异常',
        category: 'retry-later',
        description: 'Calling an internal interface failed.',
    },
    '9903': {
        message: '请求无效，请稍后重试',
        category: 'retry-later',
        description: 'The request could not be handled now; try again later.',
    },
    '9907': {
        message: '银行编码与卡不一致',
        category: 'merchant-fix-needed',
        description: 'The bank code does not match the card.',
    },
    '9910': {
        message: '风险等级过高',
        category: 'failed',
        description: 'The risk level is too high; the payment was refused.',
    },
    '9911': {
        message: '金额超过指定额度',
        category: 'failed',
        description: 'The amount exceeds the permitted limit.',
    },
    '9912': {
        message: '该卡暂不支持',
        category: 'payer-action-needed',
        description: 'This card is not supported for now.',
    },
    '9913': {
        message: '该卡已签约成功',
        category: 'merchant-fix-needed',
        description: 'The card is already signed; use the existing agreement.',
    },
    '9920': { message: '退款失败', category: 'failed', description: 'The refund failed.' },
    '9921': {
        message: '退款查询失败',
        category: 'retry-later',
        description: 'Querying the refund failed.',
    },
    '9970': {
        message: '银行系统日切处理中',
        category: 'retry-later',
        description: "The bank's day-end cut-over is in progress; try again later.",
    },
    '9983': {
        message: '商户订单号重复',
        category: 'merchant-fix-needed',
        description: 'The merchant order number is a duplicate.',
    },
    '9990': {
        message: '银行交易出错，{银行返回的错误信息}，请稍后重试',
        category: 'retry-later',
        description: 'The bank reported an error (its message is inserted in ret_msg); try again later.',
    },
    '9991': {
        message: '银行交易出错，请联系客服，客服热线客服热线：4000188888',
        category: 'failed',
        description: 'The bank reported an error; contact LianLian customer service.',
    },
    '9999': {
        message: '系统错误',
        category: 'retry-later',
        description: 'LianLian system error; try again later or query the transaction.',
    },
};
/** The table row of `code`, or `undefined` for a code LianLian has not documented. */
export function describeReturnCode(code) {
    return Object.hasOwn(RETURN_CODES, code) ? RETURN_CODES[code] : undefined;
}
