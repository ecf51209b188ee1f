// The aggregate payment flow end to end on a real local sandbox, through the generated client and
// notification handler. Sandbox.openWalletPayment stands in for the Aggregate Payment Direct API
// (combinepay, not in the spec yet) and hands out a pay link on the sandbox's host: result query
// WAITING → the payer pays (a POST to the link) → the signed aggregate notification, handled once
// → result query SUCCESS, by order number and by transaction number.
import { describe, expect, it } from 'vitest';
import { createLianLianNotificationHandler } from '../../../generated/src/index.js';
import {
  MERCHANT as OID_PARTNER,
  businessFailure as failureOf,
  sandboxClient,
  startMerchantEndpoint,
  startTestSandbox,
  closedAfterEach,
} from '../../support/e2e-sandbox.js';

const open = closedAfterEach();

async function setUp() {
  const env = await startTestSandbox({ notifyMaxAttempts: 3 });
  const { sandbox } = env;
  open.push(sandbox);
  const client = sandboxClient(env);
  const received: Record<string, string>[] = [];
  const orders = new Map<string, Record<string, string>>();
  const shop = await startMerchantEndpoint(
    createLianLianNotificationHandler('aggregateNotify', {
      publicKeys: sandbox.lianlianPublicKeyPem,
      findOrder: (noOrder) => orders.get(noOrder),
      onNotification: (notification) => {
        received.push(notification as unknown as Record<string, string>);
      },
    }),
  );
  open.push(shop);
  return { sandbox, client, received, orders, notifyUrl: shop.url };
}

describe('aggregate payment flow in the sandbox', () => {
  it('reports WAITING, then the payment through the notification and the query', async () => {
    const { sandbox, client, received, orders, notifyUrl } = await setUp();
    orders.set('AG-1', { oid_partner: OID_PARTNER, no_order: 'AG-1', money_order: '88.00' });
    const opened = sandbox.openWalletPayment({
      oidPartner: OID_PARTNER,
      noOrder: 'AG-1',
      moneyOrder: '88.00',
      dtOrder: '20260801120000',
      infoOrder: 'two mugs',
      payType: 'Y',
      notifyUrl,
    });
    expect(opened.pay_url).toBe(`${sandbox.url}/sandbox/wallet/${opened.oid_paybill}`);

    const waiting = await client.aggregateQuery({ no_order: 'AG-1' } as never);
    expect(waiting).toMatchObject({
      branch: 'success',
      data: { result_pay: 'WAITING', oid_paybill: opened.oid_paybill, money_order: '88.00' },
    });

    // The payer pays: a POST to the pay link; paying twice is refused.
    const paid = await fetch(opened.pay_url, { method: 'POST' });
    expect(paid.status).toBe(200);
    expect((await fetch(opened.pay_url, { method: 'POST' })).status).toBe(409);

    await sandbox.notificationsSettled();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      no_order: 'AG-1',
      oid_paybill: opened.oid_paybill,
      money_order: '88.00',
      result_pay: 'SUCCESS',
      pay_type: 'I', // a WeChat Pay app payment is reported as WeChat Pay
      info_order: 'two mugs',
      dt_order: '20260801120000',
    });
    expect(sandbox.deliveries).toMatchObject([
      { kind: 'aggregateNotify', acknowledged: true, attempts: 1 },
    ]);

    const byOrder = await client.aggregateQuery({ no_order: 'AG-1' } as never);
    expect(byOrder).toMatchObject({
      branch: 'paid',
      data: { result_pay: 'SUCCESS', pay_type: 'I', settle_date: received[0]!.settle_date },
    });
    const byPaybill = await client.aggregateQuery({ oid_paybill: opened.oid_paybill } as never);
    expect(byPaybill).toMatchObject({ branch: 'paid', data: { no_order: 'AG-1' } });
  });

  it('answers 8901 for a payment it does not have, and a mismatched transaction number', async () => {
    const { sandbox, client } = await setUp();
    const opened = sandbox.openWalletPayment({
      oidPartner: OID_PARTNER,
      noOrder: 'AG-2',
      moneyOrder: '1.50',
    });
    expect((await failureOf(client.aggregateQuery({ no_order: 'AG-404' } as never))).retCode).toBe(
      '8901',
    );
    const mismatch = await failureOf(
      client.aggregateQuery({ no_order: 'AG-2', oid_paybill: `${opened.oid_paybill}9` } as never),
    );
    expect(mismatch.retCode).toBe('8901');
    // Neither number: refused by the client before anything is sent.
    await expect(client.aggregateQuery({} as never)).rejects.toMatchObject({
      name: 'RequestValidationError',
    });
    // A pay link nobody handed out.
    expect((await fetch(`${sandbox.url}/sandbox/wallet/0000`, { method: 'POST' })).status).toBe(
      404,
    );
    // An order number cannot be opened twice.
    expect(() =>
      sandbox.openWalletPayment({ oidPartner: OID_PARTNER, noOrder: 'AG-2', moneyOrder: '1.50' }),
    ).toThrow(expect.objectContaining({ code: 'SANDBOX_ORDER', field: 'noOrder' }));
  });
});
