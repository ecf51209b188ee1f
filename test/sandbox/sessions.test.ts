// The sandbox's open cashier pages stay bounded however many forms a load test posts: a page
// lapses after the token lifetime and past sessionLimit the oldest is dropped, and a dropped page
// is refused with a clear answer while the open ones still pay.
import { describe, expect, it } from 'vitest';
import {
  buildWebPaymentForm,
  WEB_PAYMENT_PATH,
  type WebPaymentParams,
} from '../../generated/src/index.js';
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import { SandboxCashierSessions } from '../../generated/src/runtime/sandbox/sessions.js';
import {
  closedAfterEach,
  MERCHANT,
  startTestSandbox,
  TEST_RISK_ITEM,
  type TestSandbox,
} from '../support/e2e-sandbox.js';

const form = sandboxCatalogue.forms[0]!;

describe('SandboxCashierSessions', () => {
  it('drops the oldest page past the limit, and a lapsed page when asked for or when one opens', () => {
    let now = 0;
    const sessions = new SandboxCashierSessions(2, 1000, () => new Date(now));
    const page = { fields: {}, operation: form };
    sessions.add('a', page);
    sessions.add('b', page);
    sessions.add('c', page);
    expect([sessions.get('a'), sessions.size]).toEqual([undefined, 2]);
    expect(sessions.get('b')?.expiresAt).toBe(1000);
    now = 1000;
    // Lapsed at its expiry time: refused, and forgotten.
    expect(sessions.get('b')).toBeUndefined();
    expect(sessions.size).toBe(1);
    now = 999 + 1000;
    sessions.add('d', page);
    // 'c' opened at 0 lapsed at 1000: dropped by the opening of 'd', which is alone.
    expect([sessions.get('c'), sessions.get('d')?.expiresAt, sessions.size]).toEqual([
      undefined,
      2999,
      1,
    ]);
    sessions.delete('d');
    expect(sessions.size).toBe(0);
  });
});

describe('the sandbox past its session limit', () => {
  const open = closedAfterEach();

  const clock = { now: new Date(Date.UTC(2024, 0, 1, 4, 0, 0)) };

  function order(noOrder: string): WebPaymentParams {
    return {
      user_id: 'u1',
      busi_partner: '109001',
      no_order: noOrder,
      dt_order: '20240101120000',
      name_goods: 'Pen',
      money_order: '1.00',
      notify_url: 'http://127.0.0.1:9/notify',
      userreq_ip: '122_11_37_211',
      pay_type: 'M',
      risk_item: TEST_RISK_ITEM,
    } as WebPaymentParams;
  }

  async function post(url: string, fields: readonly (readonly [string, string])[]) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields.map(([k, v]) => [k, v])).toString(),
    });
    return { status: response.status, html: await response.text() };
  }

  /** Posts the merchant's signed form and returns the URL its cashier page pays at. */
  async function openCashier(env: TestSandbox, noOrder: string): Promise<string> {
    const built = buildWebPaymentForm(order(noOrder), {
      oidPartner: MERCHANT,
      privateKey: env.merchantKeys.pkcs8Pem,
      now: () => clock.now,
      actionUrl: `${env.sandbox.url}${WEB_PAYMENT_PATH}`,
    });
    const page = await post(built.action, built.fields);
    const action = /action="(\/sandbox\/cashier\/[^"]+)"/.exec(page.html)?.[1];
    expect(action, page.html).toBeDefined();
    return `${env.sandbox.url}${action}`;
  }

  it('refuses a page dropped as the oldest, or lapsed, with 410; an open page still pays', async () => {
    const env = await startTestSandbox({
      sessionLimit: 2,
      now: () => clock.now,
      rules: { tokenMinutes: 5 },
    });
    open.push(env.sandbox);
    const pages = [];
    for (const noOrder of ['S1', 'S2', 'S3']) pages.push(await openCashier(env, noOrder));

    const dropped = await post(pages[0]!, []);
    expect(dropped.status).toBe(410);
    expect(dropped.html).toContain('This payment page has expired');
    expect(dropped.html).toContain('keeps a cashier page open 5 minutes');
    expect(env.logs.at(-1)).toMatch(/cashier pay → 410 \(unknown, paid, expired or dropped/);

    const paid = await post(pages[2]!, []);
    expect(paid.status).toBe(200);
    // No url_return: the result page, with LianLian's message for 0000.
    expect(paid.html).toContain('<p id="result">交易成功</p>');
    // Paid once: the same page again is refused.
    expect((await post(pages[2]!, [])).status).toBe(410);

    // S2 is still open, until the token lifetime has passed.
    clock.now = new Date(clock.now.getTime() + 5 * 60_000);
    expect((await post(pages[1]!, [])).status).toBe(410);
  }, 30_000);
});
