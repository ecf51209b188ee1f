// The refund flow end to end, through the generated client and notification handler against a
// real local sandbox: an order paid with the Easypay Verify flow (the sandbox's token setup standing
// in for the Apply step) is refunded in two parts, a third refund above what was paid is refused,
// each refund's notification reaches the merchant's handler (sent twice per attempt) and runs its
// callback once, and the Refund Result Query reports each refund.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLianLianNotificationHandler,
  type LianLianClient,
  type LianLianNotifications,
  type MerchantOrder,
} from '../../../generated/src/index.js';
import {
  MERCHANT,
  startTestSandbox,
  type TestSandbox,
  sandboxClient,
  businessFailure as failure,
  startMerchantEndpoint,
  type MerchantEndpoint,
} from '../../support/e2e-sandbox.js';

const ORDER = { no_order: 'R20261129000001', money_order: '100.00', dt_order: '20261129103000' };

let env: TestSandbox;
let client: LianLianClient;
let merchant: MerchantEndpoint;
let notifyUrl: string;
/** The merchant's refund records, by its refund number, as findOrder looks them up. */
const records = new Map<string, MerchantOrder>();
const recorded: LianLianNotifications['refundNotify'][] = [];

beforeAll(async () => {
  // Every notification attempt posts two identical copies, as LianLian may.
  env = await startTestSandbox({ notifyCopies: 2 });
  client = sandboxClient(env);
  const handle = createLianLianNotificationHandler('refundNotify', {
    publicKeys: env.sandbox.lianlianPublicKeyPem,
    findOrder: (noRefund) => records.get(noRefund),
    onNotification: (notification) => {
      recorded.push(notification);
    },
  });
  merchant = await startMerchantEndpoint(handle, '/refund-notify');
  notifyUrl = merchant.url;
});

afterAll(async () => {
  await env?.sandbox.close();
  await merchant?.close();
});

/** Applies for a refund the merchant has put on record first, as its handler needs. */
async function refund(
  fields: { no_refund: string; money_refund: string } & Record<string, string>,
) {
  records.set(fields.no_refund, {
    oid_partner: MERCHANT,
    no_refund: fields.no_refund,
    money_refund: fields.money_refund,
  });
  return client.refundApply({ dt_refund: '20261129110000', notify_url: notifyUrl, ...fields });
}

describe('refund flow: pay → refund a part → refund the rest → over-refund refused → notified → query', () => {
  let oidPaybill: string;

  it('pays the order with the Easypay Verify flow', async () => {
    const { token } = env.sandbox.issueToken({
      oidPartner: MERCHANT,
      noOrder: ORDER.no_order,
      moneyOrder: ORDER.money_order,
      dtOrder: ORDER.dt_order,
    });
    const paid = await client.easypayVerify({ ...ORDER, token, verify_code: '123456' });
    expect(paid).toMatchObject({ branch: 'paid', data: { result_pay: 'SUCCESS' } });
    oidPaybill = paid.data.oid_paybill;
  });

  it('refuses to refund an order that was never paid (5002)', async () => {
    const error = await failure(
      refund({ no_refund: 'RF-unpaid', money_refund: '1.00', no_order: 'R-never-paid' }),
    );
    expect(error).toMatchObject({ retCode: '5002', verified: true });
  });

  it('refunds a part, named by no_order', async () => {
    const result = await refund({
      no_refund: 'RF-1',
      money_refund: '30.00',
      no_order: ORDER.no_order,
      dt_order: ORDER.dt_order,
    });
    expect(result).toMatchObject({
      operationId: 'refundApply',
      retCode: '0000',
      data: { no_refund: 'RF-1', money_refund: '30.00', sta_refund: '2' },
    });
  });

  it('refunds the rest, named by oid_paybill', async () => {
    const result = await refund({
      no_refund: 'RF-2',
      money_refund: '70.00',
      oid_paybill: oidPaybill,
    });
    expect(result.data).toMatchObject({
      no_refund: 'RF-2',
      money_refund: '70.00',
      sta_refund: '2',
    });
  });

  it('refuses a refund above what remains (5007), and a refund number used twice (1002)', async () => {
    const over = await failure(
      refund({ no_refund: 'RF-3', money_refund: '0.01', no_order: ORDER.no_order }),
    );
    expect(over).toMatchObject({ retCode: '5007', verified: true });
    const again = await failure(
      refund({ no_refund: 'RF-1', money_refund: '0.01', no_order: ORDER.no_order }),
    );
    expect(again).toMatchObject({ retCode: '1002' });
  });

  it('notifies each accepted refund, and the handler records each once', async () => {
    await env.sandbox.notificationsSettled();
    expect(recorded.map((n) => [n.no_refund, n.money_refund, n.sta_refund]).sort()).toEqual([
      ['RF-1', '30.00', '2'],
      ['RF-2', '70.00', '2'],
    ]);
    expect(new Set(recorded.map((n) => n.oid_refundno)).size).toBe(2);
    const deliveries = env.sandbox.deliveries.filter((d) => d.kind === 'refundNotify');
    expect(deliveries).toHaveLength(2);
    expect(deliveries.every((d) => d.acknowledged)).toBe(true);
  });

  it('reports each refund through the Refund Result Query API, and 8901 for an unknown one', async () => {
    const first = await client.refundQuery({ no_refund: 'RF-1', dt_refund: '20261129110000' });
    expect(first.data).toMatchObject({
      no_refund: 'RF-1',
      money_refund: '30.00',
      sta_refund: '2',
      oid_refundno: recorded.find((n) => n.no_refund === 'RF-1')?.oid_refundno,
    });
    const unknown = await failure(
      client.refundQuery({ no_refund: 'RF-3', dt_refund: '20261129110000' }),
    );
    expect(unknown).toMatchObject({ retCode: '8901', verified: true });
  });
});
