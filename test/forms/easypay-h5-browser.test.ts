// End to end in headless Chromium for the Easypay H5 redirect: a merchant page built with the
// generated builder (hostile values in every free-text field) auto-submits the one req_data input
// to the sandbox's H5 cashier, the sandbox reads exactly the signed fields out of the JSON and
// verifies them, "pay" sends the browser to url_return?res_data={json}, the merchant's return page
// verifies that query, and the asynchronous notification reaches the handler once.
import { describe, expect, it } from 'vitest';
import {
  buildEasypayH5PaymentForm,
  EASYPAY_H5_PAYMENT_PATH,
  type EasypayH5PaymentParams,
} from '../../generated/src/index.js';
import {
  browserFormSuite,
  hostileRiskItem,
  openCheckout,
  submitScriptFree,
} from '../support/browser-form-e2e.js';
import { MERCHANT } from '../support/e2e-sandbox.js';

// Quotes of both kinds (the doc's sample quotes req_data with '), markup, entity text, JSON text,
// a backslash, `+`, `%`, emoji, an astral CJK character (𠀋) and Chinese. `&name=` runs go into
// back_url: in free text the signer refuses them (a re-split of the signed string could read
// another message), and that refusal is tested below.
const HOSTILE = `"'><script>alert(1)</script>&amp;&lt; '{"a":"b\\"}' a+b=c&d %41 😀 𠀋 中文`;
/** Exactly 255 code points, hostile throughout. */
const INFO_ORDER = Array.from(HOSTILE.repeat(8)).slice(0, 255).join('');
const NAME_GOODS = Array.from(`<b>"钢笔" & 'ink'</b>&x 1 😀𠀋`).slice(0, 40).join('');

function hostileOrder(noOrder: string): Omit<EasypayH5PaymentParams, 'notify_url' | 'url_return'> {
  return {
    user_id: `u"<&>'😀中`,
    platform: `p&amp;<i>'"`,
    app_request: '3',
    bg_color: 'ff5001',
    font_color: '000000',
    syschnotify_flag: '1',
    busi_partner: '109001',
    no_order: noOrder,
    dt_order: '20170801225714',
    name_goods: NAME_GOODS,
    info_order: INFO_ORDER,
    money_order: '12.50',
    back_url: 'http://127.0.0.1/change-card?name=%E5%BC%A0&res_data=%7B%7D&b=%2B+',
    pay_type: 'M',
    acct_name: `张"三'<&>𠀋`,
    risk_item: hostileRiskItem(HOSTILE),
  };
}

const suite = browserFormSuite({
  order: hostileOrder(`NO-"<&>'😀-h5`),
  product: 'h5',
});

describe('Easypay H5 in Chromium', () => {
  it('carries exactly the signed fields in req_data, pays, verifies res_data and notifies once', async () => {
    const { browser, env, merchant } = suite;
    // The checkout page's inline script (allowed by its CSP nonce) submits the form.
    const { context, page, problems, form } = await openCheckout(suite, EASYPAY_H5_PAYMENT_PATH);
    expect(form.fields.map(([name]) => name)).toEqual(['req_data']);
    expect(JSON.parse(form.fields[0]![1])).toEqual(Object.fromEntries(form.signedFields));

    // The sandbox read exactly the signed fields out of req_data, and its verification passed.
    const submission = env.sandbox.webPaymentSubmissions.at(-1)!;
    expect(submission.retCode).toBe('0000');
    expect(Object.entries(submission.fields)).toEqual(form.signedFields);
    expect(submission.fields.info_order).toBe(INFO_ORDER);
    expect(await page.locator('dd[data-field="name_goods"]').textContent()).toBe(NAME_GOODS);

    // "Pay": the browser goes to url_return with res_data in the query.
    await page.getByRole('button', { name: /Pay/ }).click();
    await page.waitForURL((url) => url.pathname === '/return' && url.searchParams.has('res_data'));
    expect(await page.locator('#outcome').textContent()).toBe(
      `verified NO-"<&>'😀-h5 12.50 ${INFO_ORDER}`,
    );
    const returned = merchant.returns[0]!;
    expect(returned.ok).toBe(true);
    if (returned.ok) {
      expect(returned.notification).toMatchObject({ result_pay: 'SUCCESS', money_order: '12.50' });
    }

    await env.sandbox.notificationsSettled();
    const delivery = env.sandbox.deliveries.find((d) => d.kind === 'webPaymentNotify')!;
    expect(delivery.acknowledged).toBe(true);
    expect(delivery.posts).toBeGreaterThanOrEqual(3);
    expect(merchant.callbackRuns).toBe(1);
    expect(merchant.paid[0]).toMatchObject({ no_order: `NO-"<&>'😀-h5`, info_order: INFO_ORDER });
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('works without JavaScript: the script-free page submits the same req_data', async () => {
    await submitScriptFree(
      suite.browser,
      suite.env,
      { order: hostileOrder(`NO-"<&>'😀-h5-2`), product: 'h5' },
      EASYPAY_H5_PAYMENT_PATH,
      async (_page, noScript, before) => {
        const submission = suite.env.sandbox.webPaymentSubmissions[before]!;
        expect(submission.retCode).toBe('0000');
        expect(Object.entries(submission.fields)).toEqual(noScript.forms[0]!.signedFields);
      },
    );
  }, 60_000);

  it('refuses `&name=` in a free-text field with a typed error naming the field', () => {
    const order = { ...hostileOrder('NO-h5-split'), info_order: 'a&no_order=x' };
    expect(() =>
      buildEasypayH5PaymentForm(
        { ...order, notify_url: 'http://127.0.0.1/n' } as EasypayH5PaymentParams,
        { oidPartner: MERCHANT, privateKey: suite.env.merchantKeys.pkcs8Pem },
      ),
    ).toThrow(expect.objectContaining({ code: 'SIGN_SOURCE_AMBIGUOUS', field: 'info_order' }));
  });

  it("shows LianLian's error page when a signed value inside req_data was altered", async () => {
    // "12.50" inside the escaped JSON text of the attribute.
    const edit = (html: string) => {
      const edited = html.replace('&quot;12.50&quot;', '&quot;0.01&quot;');
      expect(edited).not.toBe(html);
      return edited;
    };
    await submitScriptFree(
      suite.browser,
      suite.env,
      { order: hostileOrder('NO-h5-tampered'), product: 'h5' },
      EASYPAY_H5_PAYMENT_PATH,
      async (page) => {
        expect(await page.locator('#ret-code').textContent()).toBe('1001');
      },
      edit,
    );
  }, 60_000);
});
