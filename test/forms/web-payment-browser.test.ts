// End to end in headless Chromium: a merchant page built with the form builder (hostile values in
// every free-text field) auto-submits to the sandbox cashier, the sandbox verifies exactly the
// signed fields, "pay" sends the browser back to url_return with the signed synchronous
// notification, and the asynchronous notification reaches the merchant's handler once although the
// sandbox posts several copies.
import { describe, expect, it } from 'vitest';
import { WEB_PAYMENT_PATH as ACTION, type WebPaymentParams } from '../../generated/src/index.js';
import {
  browserFormSuite,
  hostileRiskItem,
  openCheckout,
  submitScriptFree,
} from '../support/browser-form-e2e.js';

const HOSTILE = `"'><script>alert(1)</script>&amp;&lt;&#39; a+b=c&d %41 😀 中文`;
/** Exactly 255 code points, hostile throughout. */
const INFO_ORDER = Array.from(HOSTILE.repeat(8)).slice(0, 255).join('');

function hostileOrder(
  noOrder: string,
  card?: string,
): Omit<WebPaymentParams, 'notify_url' | 'url_return'> {
  return {
    user_id: `u"<&>'😀中`,
    platform: `p&amp;<i>'"`,
    busi_partner: '109001',
    no_order: noOrder,
    dt_order: '20170801225714',
    timestamp: undefined,
    name_goods: `<b>"钢笔" & 'ink'</b> 😀`,
    info_order: INFO_ORDER,
    money_order: '12.50',
    userreq_ip: '127_0_0_1',
    pay_type: 'M',
    acct_name: `张"三'<&>`,
    ...(card === undefined ? {} : { card_no: card }),
    risk_item: {
      ...hostileRiskItem(HOSTILE),
      frms_client_chnl: '13',
      frms_ip_addr: '127.0.0.1',
    },
  };
}

const suite = browserFormSuite({
  order: hostileOrder(`NO-"<&>'😀-1`, '6222020000001234567'),
});

describe('WEB Payment in Chromium', () => {
  it('submits exactly the signed fields, pays, returns to url_return and notifies once', async () => {
    const { browser, env, merchant } = suite;
    // The checkout page's inline script (allowed by its CSP nonce) submits the form.
    const { context, page, problems, form } = await openCheckout(suite, ACTION);
    expect(form.fields.find(([name]) => name === 'info_order')?.[1]).toBe(INFO_ORDER);

    // The sandbox received exactly the signed fields, in order, and its verification passed.
    const submission = env.sandbox.webPaymentSubmissions[0]!;
    expect(submission.retCode).toBe('0000');
    expect(Object.entries(submission.fields)).toEqual(form.fields);
    expect(await page.locator('dd[data-field="info_order"]').textContent()).toBe(INFO_ORDER);
    expect(await page.locator('dd[data-field="name_goods"]').textContent()).toBe(
      `<b>"钢笔" & 'ink'</b> 😀`,
    );

    // "Pay": the cashier's auto-submitted form takes the browser to url_return.
    await page.getByRole('button', { name: /Pay/ }).click();
    await page.waitForURL(`${merchant.url}/return`);
    expect(await page.locator('#outcome').textContent()).toBe(
      `verified NO-"<&>'😀-1 12.50 ${INFO_ORDER}`,
    );
    const returned = merchant.returns[0]!;
    expect(returned.ok).toBe(true);
    if (returned.ok) {
      expect(returned.format).toBe('form');
      expect(returned.notification).toMatchObject({
        ret_code: '0000',
        money_order: '12.50',
        info_order: INFO_ORDER,
      });
    }

    // The asynchronous notification: posted as several simultaneous copies, handled once.
    await env.sandbox.notificationsSettled();
    const delivery = env.sandbox.deliveries.find((d) => d.kind === 'webPaymentNotify')!;
    expect(delivery.acknowledged).toBe(true);
    expect(delivery.posts).toBeGreaterThanOrEqual(3);
    expect(merchant.callbackRuns).toBe(1);
    expect(merchant.paid).toHaveLength(1);
    expect(merchant.paid[0]).toMatchObject({
      no_order: `NO-"<&>'😀-1`,
      result_pay: 'SUCCESS',
      info_order: INFO_ORDER,
    });
    expect(problems).toEqual([]);

    // Card numbers never appear in clear in the sandbox's log.
    expect(env.logs.join('\n')).not.toContain('6222020000001234567');
    expect(env.logs.join('\n')).toContain('card="622202*********4567"');
    await context.close();
  });

  it('works without JavaScript: the script-free page shows a button that submits the same fields', async () => {
    await submitScriptFree(
      suite.browser,
      suite.env,
      { order: hostileOrder(`NO-"<&>'😀-2`) },
      ACTION,
      async (_page, noScript, before) => {
        const submission = suite.env.sandbox.webPaymentSubmissions[before]!;
        expect(submission.retCode).toBe('0000');
        expect(Object.entries(submission.fields)).toEqual(noScript.forms[0]!.fields);
      },
    );
  });

  it("shows LianLian's error page when the signed fields were altered on the way", async () => {
    await submitScriptFree(
      suite.browser,
      suite.env,
      { order: hostileOrder('NO-tampered') },
      ACTION,
      async (page) => {
        expect(await page.locator('#ret-code').textContent()).toBe('1001');
        expect(await page.locator('#ret-msg').textContent()).toBe('商户请求签名错误');
      },
      (html) => html.replace('value="12.50"', 'value="0.01"'),
    );
  });
});
