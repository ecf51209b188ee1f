// LianLian's answers as tests need them: the fields a paid mpayVerify answer carries besides the
// ones that tie it to the request (which each test takes from its own request).

/** The fields of the request a paid answer echoes. */
export interface EchoedFields {
  oid_partner: string;
  no_order: string;
  money_order: string;
}

/** An unsigned, paid `mpayVerify` answer about `request` (sign it with the test's LianLian key). */
export function paidMpayAnswer(request: EchoedFields): Record<string, string> {
  return {
    ret_code: '0000',
    ret_msg: '交易成功',
    oid_partner: request.oid_partner,
    sign_type: 'RSA',
    no_order: request.no_order,
    dt_order: '20180828153543',
    oid_paybill: '2018082971158876',
    money_order: request.money_order,
    result_pay: 'SUCCESS',
    settle_date: '20180829',
  };
}
