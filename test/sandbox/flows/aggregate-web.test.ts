// The sandbox's aggregate cashier without a browser: the merchant's signed form (built with the
// generated buildAggregateWebForm) posted as a browser would, the cashier's refusals (an altered
// field, a stale timestamp, an order number used before), its choice of method (a method it
// does not offer leaves the page usable), and the payment aggregateQuery then reports.
import { afterEach, describe, expect, it } from 'vitest';
import { buildAggregateWebForm, type AggregateWebParams } from '../../../generated/src/index.js';
import {
  MERCHANT,
  sandboxClient,
  startTestSandbox,
  type TestSandbox,
} from '../../support/e2e-sandbox.js';

const BUDGET_MS = 30_000;
const GATEWAY = '/aggregateweb/gateway.htm';
const open: TestSandbox[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((env) => env.sandbox.close()));
});

function order(noOrder: string): AggregateWebParams {
  return {
    user_id: 'buyer-9',
    busi_partner: '101001',
    no_order: noOrder,
    dt_order: '20260801120000',
    name_goods: 'Tea',
    money_order: '3.20',
    notify_url: 'http://127.0.0.1:9/notify',
    userreq_ip: '10_0_0_1',
    risk_item: {
      frms_ware_category: '4007',
      user_info_mercht_userno: 'buyer-9',
      user_info_bind_phone: '13800000000',
      user_info_dt_register: '20250101120000',
      goods_name: 'Tea',
    },
  } as AggregateWebParams;
}

async function post(url: string, fields: readonly (readonly [string, string])[] = []) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields.map(([k, v]) => [k, v])).toString(),
  });
  return { status: response.status, html: await response.text() };
}

async function submit(env: TestSandbox, params: AggregateWebParams, now?: Date) {
  const form = buildAggregateWebForm(params, {
    oidPartner: MERCHANT,
    privateKey: env.merchantKeys.pkcs8Pem,
    actionUrl: `${env.sandbox.url}${GATEWAY}`,
    ...(now === undefined ? {} : { now: () => now }),
  });
  return { form, page: await post(form.action, form.fields) };
}

const retCode = (html: string) => /<span id="ret-code">([0-9]{4})<\/span>/.exec(html)?.[1];

describe('aggregate web redirect in the sandbox', () => {
  it(
    'opens the cashier with a choice of method, pays with WeChat Pay, and the query reports it',
    async () => {
      const env = await startTestSandbox();
      open.push(env);
      const { page } = await submit(env, order('AW-1'));
      expect(page.status).toBe(200);
      const actions = [...page.html.matchAll(/action="([^"]+)"/g)].map((m) => m[1] as string);
      expect(actions).toHaveLength(1);
      const methods = [...page.html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
      expect(methods).toEqual(['I', 'L']);
      const pay = `${env.sandbox.url}${actions[0]}`;

      // A method the cashier does not offer is refused, and the page can still be paid.
      expect((await post(pay, [['pay_type', 'Z']])).html).toMatch(/offered options for pay_type/);
      const paid = await post(pay, [['pay_type', 'I']]);
      expect(paid.status).toBe(200);
      // No url_return: a result page; the session is used up.
      expect((await post(pay, [['pay_type', 'L']])).html).toMatch(/expired/);

      const client = sandboxClient(env);
      const queried = await client.aggregateQuery({ no_order: 'AW-1' } as never);
      expect(queried).toMatchObject({
        branch: 'paid',
        data: { pay_type: 'I', money_order: '3.20' },
      });

      // The order number again: 1002 before any cashier opens.
      expect(retCode((await submit(env, order('AW-1'))).page.html)).toBe('1002');
    },
    BUDGET_MS,
  );

  it(
    'refuses an altered field (1001) and a timestamp off the clock (1004)',
    async () => {
      const env = await startTestSandbox();
      open.push(env);
      const { form } = await submit(env, order('AW-2'));
      const altered = form.fields.map(([k, v]) =>
        k === 'money_order' ? ([k, '0.01'] as const) : ([k, v] as const),
      );
      expect(retCode((await post(form.action, altered)).html)).toBe('1001');

      const stale = new Date(Date.now() - 2 * 60 * 60 * 1000);
      expect(retCode((await submit(env, order('AW-3'), stale)).page.html)).toBe('1004');
    },
    BUDGET_MS,
  );
});
