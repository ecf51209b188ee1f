// The card-binding flow end to end, through the generated client and a real local sandbox:
// apply (the SMS code is "sent") → verify with a wrong code (1900), then the right one → no_agree
// → the query lists it → unbind → unbinding again is refused and the query is empty; and the MPAY
// variant, whose Apply request is sealed in
// the lianpay1_0_1 envelope and answered 8888, binding into the same agreements.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Sandbox } from '../../../generated/src/index.js';
import {
  MERCHANT,
  startTestSandbox,
  businessFailure as failureOf,
  sandboxClient,
} from '../../support/e2e-sandbox.js';

const USER = 'flow-user-0001';
const CARD = {
  card_no: '6222021234567890123',
  acct_name: '张三',
  id_type: '0',
  id_no: '33040119800101461X',
  bind_mob: '13958069593',
} as const;
const RISK_ITEM = JSON.stringify({
  frms_ware_category: '1009',
  user_info_bind_phone: CARD.bind_mob,
  user_info_dt_register: '20240101120000',
});
/** The sandbox's published wrong SMS code; any other code is right. */
const WRONG_CODE = '000000';
const RIGHT_CODE = '246810';

let sandbox: Sandbox;
let logs: string[];
let client: ReturnType<typeof sandboxClient>;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2026-03-01T08:00:00Z');
  const started = await startTestSandbox({ now: () => clock });
  sandbox = started.sandbox;
  logs = started.logs;
  client = sandboxClient(started);
});

afterEach(async () => {
  await sandbox.close();
});

const apply = (
  card: Partial<Record<'card_no' | 'acct_name' | 'id_no', string>> = {},
  userId = USER,
) =>
  client.cardBindApply({
    user_id: userId,
    pay_type: 'M',
    api_version: '2.1',
    risk_item: RISK_ITEM,
    ...CARD,
    ...card,
  });

describe('card binding (traderapi): apply → verify → no_agree → query → unbind → query', () => {
  it('binds the card once the right SMS code comes, and unbinds it once', async () => {
    const applied = await apply();
    expect(applied).toMatchObject({ branch: 'success', retCode: '0000' });
    expect(applied.data).toMatchObject({ oid_partner: MERCHANT, user_id: USER });
    const token = applied.data.token as string;
    expect(token).toMatch(/^[0-9a-f]{32}$/);

    // The payer mistypes the code: refused, verified, and the token stays usable.
    const wrong = await failureOf(
      client.cardBindVerify({ token, user_id: USER, verify_code: WRONG_CODE }),
    );
    expect(wrong).toMatchObject({ retCode: '1900', retMsg: '短信码校验错误', verified: true });

    const verified = await client.cardBindVerify({
      token,
      user_id: USER,
      verify_code: RIGHT_CODE,
    });
    expect(verified.retCode).toBe('0000');
    const noAgree = verified.data.no_agree as string;
    expect(noAgree).toMatch(/^[0-9]{16}$/);
    // The table's String(4): the bound card's last four digits.
    expect(verified.data.card_no).toBe(CARD.card_no.slice(-4));

    // The token was used up by the binding.
    const reused = await failureOf(
      client.cardBindVerify({ token, user_id: USER, verify_code: RIGHT_CODE }),
    );
    expect(reused.retCode).toBe('1000');

    // The same card again: LianLian says it is bound already.
    expect((await failureOf(apply())).retCode).toBe('9913');

    // The query lists the agreement: last four digits, masked phone, debit card.
    const listed = await client.cardBindQuery({ user_id: USER, offset: '0' });
    expect(listed.data).toMatchObject({ user_id: USER, count: '1' });
    expect(listed.data.agreement_list).toEqual([
      expect.objectContaining({
        no_agree: noAgree,
        card_no: CARD.card_no.slice(-4),
        card_type: '2',
        bind_mobile: '139****9593',
      }),
    ]);
    const other = await client.cardBindQuery({ user_id: USER, offset: '0', no_agree: '1' });
    expect(other.data).toMatchObject({ count: '0' });
    expect(other.data.agreement_list).toBeUndefined();

    const unbound = await client.cardUnbind({ user_id: USER, no_agree: noAgree });
    expect(unbound).toMatchObject({ branch: 'success', retCode: '0000' });
    // Unbinding twice: the user has no such agreement any more.
    const twice = await failureOf(client.cardUnbind({ user_id: USER, no_agree: noAgree }));
    expect(twice).toMatchObject({ retCode: '3011', retMsg: '用户签约信息不存在', verified: true });
    // And the query finds nothing.
    const empty = await client.cardBindQuery({ user_id: USER, offset: '0' });
    expect(empty.data).toMatchObject({ count: '0' });
    expect(empty.data.agreement_list).toBeUndefined();

    // Once unbound, the card can be bound again, under a new agreement number.
    const again = await apply();
    const rebound = await client.cardBindVerify({
      token: again.data.token as string,
      user_id: USER,
      verify_code: RIGHT_CODE,
    });
    expect(rebound.data.no_agree).not.toBe(noAgree);
  });

  it('keeps a user_id to one person while one of their cards is bound', async () => {
    const applied = await apply();
    await client.cardBindVerify({
      token: applied.data.token as string,
      user_id: USER,
      verify_code: RIGHT_CODE,
    });
    // Another card of the same person is welcome.
    const second = await apply({ card_no: '6222029999888877776' });
    expect(second.retCode).toBe('0000');
    const verified = await client.cardBindVerify({
      token: second.data.token as string,
      user_id: USER,
      verify_code: RIGHT_CODE,
    });
    // Newest first, narrowed by card number, paged by offset.
    const both = await client.cardBindQuery({ user_id: USER, offset: '0' });
    expect(both.data.count).toBe('2');
    expect(both.data.agreement_list?.map((a) => a.card_no)).toEqual(['7776', '0123']);
    const one = await client.cardBindQuery({
      user_id: USER,
      offset: '0',
      card_no: '6222029999888877776',
    });
    expect(one.data.agreement_list?.map((a) => a.no_agree)).toEqual([verified.data.no_agree]);
    const paged = await client.cardBindQuery({ user_id: USER, offset: '1' });
    expect(paged.data.agreement_list?.map((a) => a.card_no)).toEqual(['0123']);
    // Another person's card under this user_id is not.
    const other = await failureOf(
      apply({ card_no: '6222021111222233334', acct_name: '李四', id_no: '110101199001011237' }),
    );
    expect(other).toMatchObject({ retCode: '1004', retMsg: '商户请求参数校验错误（user_id）' });
    // Another user_id is another person's.
    const elsewhere = await apply(
      { card_no: '6222021111222233334', acct_name: '李四', id_no: '110101199001011237' },
      'flow-user-0002',
    );
    expect(elsewhere.retCode).toBe('0000');
  });

  it('refuses a token of another user, and one older than 30 minutes', async () => {
    const applied = await apply();
    const token = applied.data.token as string;
    const stranger = await failureOf(
      client.cardBindVerify({ token, user_id: 'flow-user-0002', verify_code: RIGHT_CODE }),
    );
    expect(stranger.retCode).toBe('1000');
    clock = new Date(clock.getTime() + 31 * 60_000);
    const late = await failureOf(
      client.cardBindVerify({ token, user_id: USER, verify_code: RIGHT_CODE }),
    );
    expect(late.retCode).toBe('1000');
  });

  it('asks a credit card for its expiry date and CVV2', async () => {
    const missing = await failureOf(
      client.cardBindApply({
        user_id: USER,
        pay_type: 'N',
        api_version: '2.1',
        risk_item: RISK_ITEM,
        ...CARD,
      }),
    );
    expect(missing).toMatchObject({ retCode: '1004', retMsg: '商户请求参数校验错误（vali_date）' });
    const credit = await client.cardBindApply({
      user_id: USER,
      pay_type: 'N',
      api_version: '2.1',
      risk_item: RISK_ITEM,
      vali_date: '2812',
      cvv2: '123',
      ...CARD,
    });
    expect(credit.retCode).toBe('0000');
  });

  it('logs no card, identity or phone number in clear', async () => {
    const applied = await apply();
    await client.cardBindVerify({
      token: applied.data.token as string,
      user_id: USER,
      verify_code: RIGHT_CODE,
    });
    expect(logs.length).toBeGreaterThan(0);
    const text = logs.join('\n');
    for (const secret of [CARD.card_no, CARD.id_no, CARD.bind_mob]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('MPAY card binding: sealed apply (8888) → verify → no_agree, in the same agreements', () => {
  it('binds through mpayapi, echoing the application number, and unbinds on traderapi', async () => {
    const applied = await client.mpayCardBindApply({
      user_id: USER,
      pay_type: '2',
      api_version: '2.1',
      risk_item: RISK_ITEM,
      no_order: 'BIND-20260301-01',
      dt_order: '20260301160000',
      ...CARD,
    });
    // 8888, "SMS sent, verify again", is this API's success.
    expect(applied).toMatchObject({
      branch: 'success',
      retCode: '8888',
      retMsg: '短信已下发，需要再次验证',
      category: 'payer-action-needed',
    });
    expect(applied.data).toMatchObject({
      user_id: USER,
      no_order: 'BIND-20260301-01',
      dt_order: '20260301160000',
    });
    const token = applied.data.token as string;

    const wrong = await failureOf(
      client.mpayCardBindVerify({ token, user_id: USER, verify_code: WRONG_CODE }),
    );
    expect(wrong).toMatchObject({ retCode: '1900', verified: true });

    const verified = await client.mpayCardBindVerify({
      token,
      user_id: USER,
      verify_code: RIGHT_CODE,
      no_order: 'BIND-20260301-01',
    });
    expect(verified.data).toMatchObject({
      user_id: USER,
      card_no: CARD.card_no.slice(-4),
      no_order: 'BIND-20260301-01',
    });
    const noAgree = verified.data.no_agree as string;

    // One set of agreements: the traderapi Apply and the query know the card, Unbind removes it.
    expect((await failureOf(apply())).retCode).toBe('9913');
    const listed = await client.cardBindQuery({ user_id: USER, offset: '0' });
    expect(listed.data.agreement_list?.map((a) => a.no_agree)).toEqual([noAgree]);
    expect((await client.cardUnbind({ user_id: USER, no_agree: noAgree })).retCode).toBe('0000');
    expect((await apply()).retCode).toBe('0000');
  });
});
