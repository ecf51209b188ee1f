// The Exchange Payment flow end to end on a real local sandbox, through the generated client and
// notification handler: Apply (SMS code sent, token back) → result query WAITING → Verify with a
// wrong code (1900), then the right one (paid at the sandbox's rate) → the signed notification,
// handled once → result query SUCCESS; and the rules around it (a new Apply replaces the token,
// a paid order cannot be applied for or verified again, currency_settle must be currency_order).
import { describe, expect, it } from 'vitest';
import { createLianLianNotificationHandler } from '../../../generated/src/index.js';
import {
  SANDBOX_EXCHANGE_RATES,
  convert,
} from '../../../generated/src/runtime/sandbox/state/exchange.js';
import {
  MERCHANT as OID_PARTNER,
  businessFailure as failureOf,
  sandboxClient,
  startMerchantEndpoint,
  startTestSandbox,
  closedAfterEach,
} from '../../support/e2e-sandbox.js';

const open = closedAfterEach();

/** A merchant's notification endpoint: the generated handler, recording what it accepted. */
async function merchantServer(orders: Map<string, Record<string, string>>, publicKey: string) {
  const received: Record<string, string>[] = [];
  const shop = await startMerchantEndpoint(
    createLianLianNotificationHandler('exchangeNotify', {
      publicKeys: publicKey,
      findOrder: (noOrder) => orders.get(noOrder),
      onNotification: (notification) => {
        received.push(notification as unknown as Record<string, string>);
      },
    }),
  );
  open.push(shop);
  return { url: shop.url, received };
}

async function setUp() {
  const env = await startTestSandbox({ notifyMaxAttempts: 3 });
  open.push(env.sandbox);
  return { sandbox: env.sandbox, client: sandboxClient(env) };
}

const NOW = '20260801120000';

function applyRequest(noOrder: string, notifyUrl: string, overrides: Record<string, string> = {}) {
  return {
    api_version: '1.0' as const,
    time_stamp: NOW,
    user_id: 'buyer-42',
    busi_partner: '109001' as const,
    no_order: noOrder,
    dt_order: NOW,
    name_goods: 'Tea set',
    info_order: 'gift wrap',
    notify_url: notifyUrl,
    risk_item: JSON.stringify({
      frms_ware_category: '4007',
      user_info_mercht_userno: 'buyer-42',
      user_info_bind_phone: '13800000000',
      user_info_dt_register: '20250101120000',
      goods_name: 'Tea set',
    }),
    pay_type: 'M' as const,
    currency_order: 'GBP' as const,
    money_order: '25.50',
    currency_settle: 'GBP' as const,
    acct_name: '张三',
    card_no: '6222020000000000000',
    bind_mob: '13800000000',
    id_type: '0' as const,
    id_no: '330401198001014616',
    ...overrides,
  } as never;
}

const verifyRequest = (noOrder: string, token: string, code: string) =>
  ({
    api_version: '1.0',
    time_stamp: NOW,
    user_id: 'buyer-42',
    token,
    verify_code: code,
    no_order: noOrder,
  }) as never;

describe('Exchange Payment flow in the sandbox', () => {
  it('applies, verifies, notifies once and reports SUCCESS', async () => {
    const { sandbox, client } = await setUp();
    const orders = new Map([
      ['EX-1', { oid_partner: OID_PARTNER, no_order: 'EX-1', money_order: '25.50' }],
    ]);
    const shop = await merchantServer(orders, sandbox.lianlianPublicKeyPem);

    const applied = await client.exchangeApply(applyRequest('EX-1', shop.url));
    expect(applied).toMatchObject({ branch: 'success', retCode: '0000' });
    const { token, oid_paybill } = applied.data as Record<string, string>;
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(applied.data).toMatchObject({ currency_order: 'GBP', money_order: '25.50' });

    const waiting = await client.exchangeQuery({ no_order: 'EX-1' } as never);
    expect(waiting).toMatchObject({
      branch: 'success',
      data: { result_pay: 'WAITING', oid_paybill },
    });

    const wrong = await failureOf(client.exchangeVerify(verifyRequest('EX-1', token!, '000000')));
    expect(wrong).toMatchObject({ retCode: '1900', verified: true });

    const paid = await client.exchangeVerify(verifyRequest('EX-1', token!, '123456'));
    const moneyPay = convert('25.50', SANDBOX_EXCHANGE_RATES.GBP!);
    expect(moneyPay).toBe('232.05');
    expect(paid).toMatchObject({
      branch: 'paid',
      data: {
        result_pay: 'SUCCESS',
        oid_paybill,
        currency_order: 'GBP',
        money_order: '25.50',
        currency_settle: 'GBP',
        money_settle: '25.50',
        currency_pay: 'CNY',
        money_pay: moneyPay,
        exchange_rate: SANDBOX_EXCHANGE_RATES.GBP,
        info_order: 'gift wrap',
        pay_type: 'M',
      },
    });

    await sandbox.notificationsSettled();
    expect(shop.received).toHaveLength(1);
    expect(shop.received[0]).toMatchObject({
      no_order: 'EX-1',
      oid_paybill,
      result_pay: 'SUCCESS',
      money_pay: moneyPay,
    });
    expect(sandbox.deliveries).toMatchObject([
      { kind: 'exchangeNotify', acknowledged: true, attempts: 1 },
    ]);

    const success = await client.exchangeQuery({ no_order: 'EX-1', oid_paybill } as never);
    expect(success).toMatchObject({
      branch: 'paid',
      data: { result_pay: 'SUCCESS', money_pay: moneyPay },
    });

    // Paid: neither Verify nor Apply goes through again.
    const again = await failureOf(client.exchangeVerify(verifyRequest('EX-1', token!, '123456')));
    expect(again.retCode).toBe('1002');
    const reapply = await failureOf(client.exchangeApply(applyRequest('EX-1', shop.url)));
    expect(reapply.retCode).toBe('1002');
  });

  it('sends a new code on a second Apply: only the newest token verifies', async () => {
    const { sandbox, client } = await setUp();
    const shop = await merchantServer(new Map(), sandbox.lianlianPublicKeyPem);
    const first = await client.exchangeApply(applyRequest('EX-2', shop.url));
    const second = await client.exchangeApply(applyRequest('EX-2', shop.url));
    const firstToken = (first.data as Record<string, string>).token!;
    const secondToken = (second.data as Record<string, string>).token!;
    expect(secondToken).not.toBe(firstToken);
    expect(second.data).toMatchObject({
      oid_paybill: (first.data as Record<string, string>).oid_paybill,
    });
    const stale = await failureOf(
      client.exchangeVerify(verifyRequest('EX-2', firstToken, '123456')),
    );
    expect(stale).toMatchObject({ retCode: '1000' });
    // Another amount for the same order is refused.
    const other = await failureOf(
      client.exchangeApply(applyRequest('EX-2', shop.url, { money_order: '30.00' })),
    );
    expect(other).toMatchObject({ retCode: '1004' });
    const ok = await client.exchangeVerify(verifyRequest('EX-2', secondToken, '123456'));
    expect(ok.branch).toBe('paid');
  });

  it('refuses what the Apply page rules out', async () => {
    const { sandbox, client } = await setUp();
    const shop = await merchantServer(new Map(), sandbox.lianlianPublicKeyPem);
    const settle = await failureOf(
      client.exchangeApply(applyRequest('EX-3', shop.url, { currency_settle: 'USD' })),
    );
    expect(settle).toMatchObject({
      retCode: '1004',
      retMsg: expect.stringContaining('currency_settle'),
    });
    const limit = await failureOf(
      client.exchangeApply(applyRequest('EX-3', shop.url, { money_order: '10000.01' })),
    );
    expect(limit.retCode).toBe('1019');
    // A token for another user of the merchant does not verify this order.
    const applied = await client.exchangeApply(applyRequest('EX-3', shop.url));
    const token = (applied.data as Record<string, string>).token!;
    const otherUser = await failureOf(
      client.exchangeVerify({
        ...(verifyRequest('EX-3', token, '123456') as object),
        user_id: 'someone-else',
      } as never),
    );
    expect(otherUser).toMatchObject({
      retCode: '1004',
      retMsg: expect.stringContaining('user_id'),
    });
    const unknown = await failureOf(client.exchangeQuery({ no_order: 'EX-404' } as never));
    expect(unknown.retCode).toBe('8901');
  });

  it('checks a credit card payment for its expiry date and CVV2 before sending it', async () => {
    const { sandbox, client } = await setUp();
    const shop = await merchantServer(new Map(), sandbox.lianlianPublicKeyPem);
    await expect(
      client.exchangeApply(applyRequest('EX-4', shop.url, { pay_type: 'N' })),
    ).rejects.toMatchObject({ name: 'RequestValidationError' });
    const applied = await client.exchangeApply(
      applyRequest('EX-4', shop.url, { pay_type: 'N', vali_date: '2812', cvv2: '123' }),
    );
    expect(applied.retCode).toBe('0000');
  });
});

describe('the sandbox exchange conversion', () => {
  it('rounds half up to cents', () => {
    expect(convert('1.00', '0.048')).toBe('0.05');
    expect(convert('0.01', '0.048')).toBeUndefined(); // 0.00048 CNY rounds to nothing
    expect(convert('10.00', '7.20')).toBe('72.00');
    expect(convert('0.15', '0.5')).toBe('0.08');
    expect(convert('99999999.99', '9.10')).toBeUndefined(); // above the amount field's range
  });
});
