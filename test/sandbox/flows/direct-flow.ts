// The MPAY and Easypay Direct payment flows end to end, through the generated client and the
// generated notification handler, on a real local sandbox: Apply (the sandbox "sends an SMS" and
// returns the token) → Verify with the payer's code → the product's notification, handled once →
// the result query says paid; then a second payment with the no_agree the first one bound.
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  BusinessFailureError,
  createLianLianNotificationHandler,
  createVerifier,
  type LianLianClient,
} from '../../../generated/src/index.js';
import {
  MERCHANT,
  TEST_RISK_ITEM,
  sandboxClient,
  startMerchantEndpoint,
  startTestSandbox,
  type MerchantEndpoint,
  type TestSandbox,
} from '../../support/e2e-sandbox.js';

/** What differs between the two products' flows. */
export interface DirectProduct {
  readonly name: 'mpay' | 'easypay';
  readonly notification: 'mpayNotify' | 'easypayNotify';
  /** The ret_code of the Apply answer that carries the token (MPAY 8888, Easypay 0000). */
  readonly smsSentCode: string;
  /** A pay_type of the product's Apply request. */
  readonly payType: string;
  /** Request fields only this product's Apply takes. */
  readonly applyExtra: Readonly<Record<string, string>>;
  /** Whether the query answer's card_no is outside LianLian's signature (MPAY's is). */
  readonly unsignedCardNo: boolean;
}

type Fields = Record<string, string | number>;

export function directPaymentFlow(product: DirectProduct): void {
  let env: TestSandbox;
  let client: LianLianClient;
  let notifyServer: MerchantEndpoint;
  let notifyUrl: string;
  /** The merchant's orders, as its database would hold them: no_order → amount. */
  const orders = new Map<string, string>();
  const handled: Record<string, string>[] = [];

  beforeAll(async () => {
    env = await startTestSandbox();
    client = sandboxClient(env);
    const handle = createLianLianNotificationHandler(product.notification, {
      publicKeys: env.sandbox.lianlianPublicKeyPem,
      findOrder: (noOrder) => {
        const money = orders.get(noOrder);
        return money === undefined
          ? undefined
          : { oid_partner: MERCHANT, no_order: noOrder, money_order: money };
      },
      onNotification: (notification) => {
        handled.push({ ...(notification as Record<string, string>) });
      },
    });
    notifyServer = await startMerchantEndpoint(handle);
    notifyUrl = notifyServer.url;
  });

  afterAll(async () => {
    await env?.sandbox.close();
    await notifyServer?.close();
  });

  let counter = 0;
  const newOrder = (money: string) => {
    counter += 1;
    const noOrder = `${product.name.toUpperCase()}-${Date.now()}-${counter}`;
    orders.set(noOrder, money);
    return { no_order: noOrder, dt_order: '20260801120000', money_order: money };
  };
  const riskItem = TEST_RISK_ITEM;
  const applyParams = (order: ReturnType<typeof newOrder>, payer: Fields): Fields => ({
    ...product.applyExtra,
    user_id: 'user-1',
    busi_partner: '101001',
    ...order,
    name_goods: 'pen',
    info_order: 'two pens',
    notify_url: notifyUrl,
    risk_item: riskItem,
    pay_type: product.payType,
    acct_name: '张三',
    ...payer,
  });
  const card = {
    card_no: '6222021234567890123',
    bind_mob: '13800138000',
    id_type: '0',
    id_no: '110101199003071234',
    bank_code: '01020000',
  };
  const call = (id: string, params: Fields) =>
    (client as unknown as Record<string, (p: Fields) => Promise<any>>)[id]!(params);
  const verifyParams = (order: ReturnType<typeof newOrder>, token: string): Fields => ({
    no_order: order.no_order,
    money_order: order.money_order,
    token,
    verify_code: '246810',
    ...(product.name === 'easypay' ? { dt_order: order.dt_order } : {}),
  });

  let noAgree = '';

  it('apply → SMS → verify → notification handled once → query says paid', async () => {
    const order = newOrder('25.80');
    const apply = await call(`${product.name}Apply`, applyParams(order, card));
    expect(apply).toMatchObject({ branch: 'success', retCode: product.smsSentCode });
    expect(apply.data).toMatchObject({ no_order: order.no_order, money_order: '25.80' });
    const { token, oid_paybill: paybill } = apply.data;
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    // The SMS went out: logged, with neither the phone nor the card number in clear.
    const applyLine = env.logs.find((l) => l.includes(`${product.name}Apply`));
    expect(applyLine).toContain('SMS code sent');
    expect(env.logs.join('\n')).not.toContain('13800138000');
    expect(env.logs.join('\n')).not.toContain('6222021234567890123');

    const waiting = await call(`${product.name}Query`, {
      no_order: order.no_order,
      dt_order: order.dt_order,
    });
    expect(waiting).toMatchObject({ branch: 'success', data: { result_pay: 'WAITING' } });

    const verify = await call(`${product.name}Verify`, verifyParams(order, token));
    expect(verify).toMatchObject({ branch: 'paid', data: { result_pay: 'SUCCESS' } });
    expect(verify.data.oid_paybill).toBe(paybill);
    noAgree = verify.data.no_agree;
    expect(noAgree).toMatch(/^[0-9]{16}$/);

    await env.sandbox.notificationsSettled();
    const mine = handled.filter((n) => n.no_order === order.no_order);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      oid_partner: MERCHANT,
      money_order: '25.80',
      oid_paybill: paybill,
      result_pay: 'SUCCESS',
      pay_type: product.payType,
      no_agree: noAgree,
      info_order: 'two pens',
    });
    expect(
      env.sandbox.deliveries.filter((d) => d.kind === product.notification && d.acknowledged),
    ).toHaveLength(1);

    const paid = await call(`${product.name}Query`, {
      no_order: order.no_order,
      dt_order: order.dt_order,
    });
    expect(paid).toMatchObject({
      branch: 'paid',
      retCode: '0000',
      data: { result_pay: 'SUCCESS', oid_paybill: paybill, money_order: '25.80' },
      signature: { signType: 'RSA' },
    });
    // The masked card number: outside the signature where the spec says so, verified either way.
    expect(paid.data.card_no).toBe('622202*********0123');
    const verify_ = createVerifier({ publicKeys: env.sandbox.lianlianPublicKeyPem });
    const { card_no: _card, ...signedPart } = paid.data as Record<string, string>;
    expect(verify_(paid.data).ok).toBe(!product.unsignedCardNo);
    expect(verify_(signedPart).ok).toBe(product.unsignedCardNo);
    // By LianLian's transaction number instead of the merchant's.
    const byPaybill = await call(`${product.name}Query`, {
      oid_paybill: paybill,
      dt_order: order.dt_order,
    });
    expect(byPaybill).toMatchObject({ branch: 'paid', data: { no_order: order.no_order } });
  });

  it('pays a second order with the no_agree the first bound, without the card fields', async () => {
    expect(noAgree).not.toBe('');
    const order = newOrder('9.90');
    const apply = await call(`${product.name}Apply`, applyParams(order, { no_agree: noAgree }));
    expect(apply.retCode).toBe(product.smsSentCode);
    const verify = await call(`${product.name}Verify`, verifyParams(order, apply.data.token));
    expect(verify.branch).toBe('paid');
    await env.sandbox.notificationsSettled();
    expect(handled.filter((n) => n.no_order === order.no_order)).toHaveLength(1);
    const paid = await call(`${product.name}Query`, {
      no_order: order.no_order,
      dt_order: order.dt_order,
    });
    expect(paid.data).toMatchObject({ result_pay: 'SUCCESS', card_no: '622202*********0123' });
  });

  it('refuses an agreement it never issued (3003), a paid order (1002), a wrong SMS code (1900)', async () => {
    const refused = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BusinessFailureError);
      return error as BusinessFailureError;
    };
    const order = newOrder('3.00');
    expect(
      (
        await refused(
          call(`${product.name}Apply`, applyParams(order, { no_agree: '1234567890123456' })),
        )
      ).retCode,
    ).toBe('3003');
    const apply = await call(`${product.name}Apply`, applyParams(order, card));
    expect(
      (
        await refused(
          call(`${product.name}Verify`, {
            ...verifyParams(order, apply.data.token),
            verify_code: '000000',
          }),
        )
      ).retCode,
    ).toBe('1900');
    await call(`${product.name}Verify`, verifyParams(order, apply.data.token));
    expect((await refused(call(`${product.name}Apply`, applyParams(order, card)))).retCode).toBe(
      '1002',
    );
    // A query about an order the sandbox does not know.
    const unknown = await refused(
      call(`${product.name}Query`, { no_order: 'NO-SUCH-ORDER', dt_order: order.dt_order }),
    );
    expect(unknown).toMatchObject({ retCode: '8901', retMsg: '没有记录' });
  });
}
