// The aggregate payment flow end to end on a real local sandbox, through the generated client and
// notification handler. The Aggregate Payment Direct API (aggregatePay, combinepay) or
// Sandbox.openWalletPayment creates the payment with a pay link on the sandbox's host: result
// query WAITING → the payer pays (a POST to the link) → the signed aggregate notification, handled
// once → result query SUCCESS, by order number and by transaction number.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLianLianNotificationHandler, type Sandbox } from '../../../generated/src/index.js';
import { validateAggregatePayRequest } from '../../../generated/src/validators.js';
import {
  businessFailure,
  closedAfterEach,
  MERCHANT,
  sandboxClient,
  startMerchantEndpoint,
  startTestSandbox,
} from '../../support/e2e-sandbox.js';

const open = closedAfterEach();

async function setUp() {
  const env = await startTestSandbox({ notifyMaxAttempts: 3 });
  open.push(env.sandbox);
  const { sandbox } = env;
  const client = sandboxClient(env);
  const received: Record<string, string>[] = [];
  const orders = new Map<string, Record<string, string>>();
  const handle = createLianLianNotificationHandler('aggregateNotify', {
    publicKeys: sandbox.lianlianPublicKeyPem,
    findOrder: (noOrder) => orders.get(noOrder),
    onNotification: (notification) => {
      received.push(notification as unknown as Record<string, string>);
    },
  });
  const shop = await startMerchantEndpoint(handle);
  open.push(shop);
  return { sandbox, client, received, orders, notifyUrl: shop.url };
}

/** One aggregate notification, acknowledged at the first attempt, carrying `expected`. */
async function expectNotifiedOnce(
  sandbox: Sandbox,
  received: readonly Record<string, string>[],
  expected: Record<string, string>,
) {
  await sandbox.notificationsSettled();
  expect(received).toHaveLength(1);
  expect(received[0]).toMatchObject(expected);
  expect(sandbox.deliveries).toMatchObject([
    { kind: 'aggregateNotify', acknowledged: true, attempts: 1 },
  ]);
}

describe('aggregate payment flow in the sandbox', () => {
  it('reports WAITING, then the payment through the notification and the query', async () => {
    const { sandbox, client, received, orders, notifyUrl } = await setUp();
    orders.set('AG-1', { oid_partner: MERCHANT, no_order: 'AG-1', money_order: '88.00' });
    const opened = sandbox.openWalletPayment({
      oidPartner: MERCHANT,
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

    await expectNotifiedOnce(sandbox, received, {
      no_order: 'AG-1',
      oid_paybill: opened.oid_paybill,
      money_order: '88.00',
      result_pay: 'SUCCESS',
      pay_type: 'I', // a WeChat Pay app payment is reported as WeChat Pay
      info_order: 'two mugs',
      dt_order: '20260801120000',
    });

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
      oidPartner: MERCHANT,
      noOrder: 'AG-2',
      moneyOrder: '1.50',
    });
    expect(
      (await businessFailure(client.aggregateQuery({ no_order: 'AG-404' } as never))).retCode,
    ).toBe('8901');
    const mismatch = await businessFailure(
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
      sandbox.openWalletPayment({ oidPartner: MERCHANT, noOrder: 'AG-2', moneyOrder: '1.50' }),
    ).toThrow(expect.objectContaining({ code: 'SANDBOX_ORDER', field: 'noOrder' }));
  });
});

const NOW = '20260801120000';

/** A combinepay request; `overrides` replace or add fields. */
function payRequest(noOrder: string, notifyUrl: string, overrides: Record<string, string> = {}) {
  return {
    no_order: noOrder,
    busi_partner: '109001',
    money_order: '49.95',
    user_id: 'buyer-7',
    name_goods: 'Pen',
    dt_order: NOW,
    notify_url: notifyUrl,
    info_order: 'blue ink',
    pay_type: 'L',
    risk_item: JSON.stringify({
      frms_ware_category: '4007',
      user_info_mercht_userno: 'buyer-7',
      user_info_bind_phone: '13800000000',
      user_info_dt_register: '20250101120000',
      goods_name: 'Pen',
    }),
    ...overrides,
  } as never;
}

describe('aggregate direct API (combinepay) in the sandbox', () => {
  it('creates the payment, whose payLoad link pays it: notification once, query SUCCESS', async () => {
    const { sandbox, client, received, orders, notifyUrl } = await setUp();
    orders.set('CP-1', { oid_partner: MERCHANT, no_order: 'CP-1', money_order: '49.95' });

    // The answer is signed with payLoad after pay_type (case-insensitive order, errata E441); the
    // client verifies it in that order.
    const created = await client.aggregatePay(payRequest('CP-1', notifyUrl));
    expect(created).toMatchObject({
      branch: 'success',
      data: { no_order: 'CP-1', user_id: 'buyer-7', pay_type: 'L', money_order: '49.95' },
    });
    const data = created.data as Record<string, string>;
    const payLink = data.payLoad as string;
    expect(payLink).toBe(`${sandbox.url}/sandbox/wallet/${data.oid_paybill}`);

    const waiting = await client.aggregateQuery({ no_order: 'CP-1' } as never);
    expect(waiting).toMatchObject({ branch: 'success', data: { result_pay: 'WAITING' } });

    expect((await fetch(payLink, { method: 'POST' })).status).toBe(200);
    await expectNotifiedOnce(sandbox, received, {
      no_order: 'CP-1',
      oid_paybill: data.oid_paybill as string,
      money_order: '49.95',
      result_pay: 'SUCCESS',
      pay_type: 'L',
      info_order: 'blue ink',
      dt_order: NOW,
    });
    const paid = await client.aggregateQuery({ oid_paybill: data.oid_paybill } as never);
    expect(paid).toMatchObject({ branch: 'paid', data: { no_order: 'CP-1', pay_type: 'L' } });

    // The same order number again: 1002, and nothing new is created.
    expect(
      (await businessFailure(client.aggregatePay(payRequest('CP-1', notifyUrl)))).retCode,
    ).toBe('1002');
  });

  it('answers a WeChat app payment with a JSON payLoad carrying the pay link', async () => {
    const { client, notifyUrl } = await setUp();
    const created = await client.aggregatePay(payRequest('CP-2', notifyUrl, { pay_type: 'Y' }));
    const payLoad = (created.data as Record<string, string>).payLoad as string;
    expect(JSON.parse(payLoad)).toEqual({
      pay_url: expect.stringMatching(/\/sandbox\/wallet\/[0-9]+$/),
    });
  });

  it('refuses col_userid with col_oidpartner before anything is sent, naming both', async () => {
    const { client, sandbox, notifyUrl } = await setUp();
    const request = payRequest('CP-3', notifyUrl, {
      col_userid: 'wallet-user',
      col_oidpartner: '201304121000001004',
    });
    const error = await client.aggregatePay(request).then(
      () => undefined,
      (e: unknown) => e as { name: string; code: string; field?: string; message: string },
    );
    expect(error).toMatchObject({
      name: 'RequestValidationError',
      code: 'REQUEST_INVALID',
      field: 'col_oidpartner',
    });
    expect(error?.message).toMatch(/col_oidpartner.*must not be present with col_userid/);
    // Nothing was sent: the sandbox has no such payment.
    expect(
      (await businessFailure(client.aggregateQuery({ no_order: 'CP-3' } as never))).retCode,
    ).toBe('8901');
    void sandbox;
    // Either one alone is a valid recipient.
    const recipients: Record<string, string>[] = [
      { col_userid: 'wallet-user' },
      { col_oidpartner: '201304121000001004' },
    ];
    for (const recipient of recipients)
      expect(
        validateAggregatePayRequest(signedShape(payRequest('CP-4', notifyUrl, recipient))).ok,
      ).toBe(true);
  });
});

/** A request as the validator sees it once signed (sign and sign_type present). */
function signedShape(request: unknown): Record<string, string> {
  return {
    ...(request as Record<string, string>),
    oid_partner: MERCHANT,
    sign_type: 'RSA',
    sign: 'c2lnbg==',
  };
}

// shareing_data's grammar (docs/aggregate-web-redirect.md, "Sharing Data Introduction"): one to
// three recipients joined by "|", each account^type^amount^description.
const account = fc.stringMatching(/^[^^|]{1,32}$/u);
const description = fc.stringMatching(/^[^^|]{0,85}$/u);
const amount = fc
  .tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }))
  .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, '0')}`);
const recipient = fc
  .tuple(account, fc.constantFrom('0', '1'), amount, description)
  .map((parts) => parts.join('^'));
const withSharing = (value: string) =>
  validateAggregatePayRequest(
    signedShape(payRequest('CP-S', 'http://127.0.0.1/notify', { shareing_data: value })),
  );

describe('shareing_data', () => {
  it('accepts one to three well-formed recipients of at most 1024 characters', () => {
    fc.assert(
      fc.property(fc.array(recipient, { minLength: 1, maxLength: 3 }), (recipients) => {
        const value = recipients.join('|');
        fc.pre([...value].length <= 1024);
        expect(withSharing(value).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses four recipients, a separator inside a part, a bad type or an amount without two decimals', () => {
    fc.assert(
      fc.property(
        fc.array(recipient, { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('^', '|'),
        (recipients, part, separator) => {
          const broken = recipients.map((r) => r.split('^'));
          const first = broken[0] as string[];
          const tooMany = [...recipients, recipients[0] as string].join('|');
          expect(withSharing(tooMany).ok).toBe(false);
          // A separator smuggled into the account or description shifts the parts.
          if (part === 0 || part === 3) first[part] = `${first[part]}${separator}x`;
          else if (part === 1) first[1] = '2';
          else first[2] = (first[2] as string).replace(/\.[0-9]{2}$/, '.5');
          expect(withSharing(broken.map((r) => r.join('^')).join('|')).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the rule in the message', () => {
    const result = withSharing('a^2^1.00^x');
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toMatch(/one to three recipients/);
  });
});
