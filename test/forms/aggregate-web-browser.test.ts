// The Aggregate Web Redirect end to end in headless Chromium: a merchant page built with the
// generated buildAggregateWebForm (hostile values in every free-text field) auto-submits to the
// sandbox's aggregate cashier, which verifies exactly the signed fields; the payer picks Alipay and
// pays; the browser returns to url_return with the signed synchronous notification, which the
// merchant's page verifies; the asynchronous notification (aggregateNotify, posted as several
// copies) runs the merchant's callback once, and the result query reports the payment.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAggregateWebForm,
  createLianLianNotificationHandler,
  createLianLianNotificationVerifier,
  type AggregateWebParams,
  type WebPaymentForm,
} from '../../generated/src/index.js';
import { readRequestBody } from '../../generated/src/runtime/notifications/handler.js';
import { hostileRiskItem } from '../support/browser-form-e2e.js';
import { launchChromium } from '../support/chromium.js';
import { listenLocally, sendCheckoutPage, sendResultPage } from '../support/e2e-merchant.js';
import {
  MERCHANT,
  sandboxClient,
  startTestSandbox,
  type TestSandbox,
} from '../support/e2e-sandbox.js';

const BUDGET_MS = 60_000;
const HOSTILE = `"'><script>alert(1)</script>&amp;&lt;&#39; a+b=c&d %41 😀 𝄞 中文`;
/** Exactly 255 code points, hostile throughout (astral characters included). */
const INFO_ORDER = Array.from(HOSTILE.repeat(8)).slice(0, 255).join('');
const NO_ORDER = `AW-"<&>'😀-1`;
const NAME_GOODS = `<b>"钢笔" & 'ink'</b> 😀𝄞`;
const USER_ID = `u"<&>'😀中`;

function hostileOrder(): Omit<AggregateWebParams, 'notify_url' | 'url_return'> {
  return {
    user_id: USER_ID,
    busi_partner: '109001',
    no_order: NO_ORDER,
    dt_order: '20170801225714',
    name_goods: NAME_GOODS,
    info_order: INFO_ORDER,
    money_order: '12.50',
    userreq_ip: '127_0_0_1',
    col_userid: `c"<&>'😀`,
    shareing_data: `${USER_ID}^0^1.00^${`<i>"分账" & 'x'</i> 😀𝄞`}|201304121000001004^1^2.00^a+b=c`,
    acct_name: `张"三'<&>`,
    // A URL field may carry `&name=` runs, for names the form does not have (the closed rule).
    url_order: 'http://127.0.0.1/item?id=1&ref=mail&utm_source=x%20y',
    risk_item: hostileRiskItem(HOSTILE, USER_ID),
  };
}

interface Merchant {
  url: string;
  forms: WebPaymentForm[];
  returns: string[];
  paid: Record<string, string>[];
  callbackRuns: number;
  close(): Promise<void>;
}

/** The merchant's site: a checkout page, the url_return page and the notify_url handler. */
async function startMerchant(env: TestSandbox): Promise<Merchant> {
  const state: Merchant = {
    url: '',
    forms: [],
    returns: [],
    paid: [],
    callbackRuns: 0,
    close: async () => {},
  };
  const publicKeys = env.sandbox.lianlianPublicKeyPem;
  const verifyReturn = createLianLianNotificationVerifier('aggregateWebReturn', { publicKeys });
  const order = { oid_partner: MERCHANT, no_order: NO_ORDER, money_order: '12.50' };
  const notify = createLianLianNotificationHandler('aggregateNotify', {
    publicKeys,
    findOrder: (noOrder) => (noOrder === NO_ORDER ? order : undefined),
    onNotification: async (notification) => {
      state.callbackRuns += 1;
      // Slow enough that the sandbox's simultaneous copies arrive while it runs.
      await new Promise((resolve) => setTimeout(resolve, 150));
      state.paid.push(notification as unknown as Record<string, string>);
    },
  });
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://merchant').pathname;
    if (req.method === 'GET' && path === '/checkout') {
      const nonce = randomBytes(16).toString('base64');
      const form = buildAggregateWebForm(
        {
          ...hostileOrder(),
          notify_url: `${state.url}/notify`,
          url_return: `${state.url}/return`,
        } as AggregateWebParams,
        {
          oidPartner: MERCHANT,
          privateKey: env.merchantKeys.pkcs8Pem,
          actionUrl: `${env.sandbox.url}/aggregateweb/gateway.htm`,
          cspNonce: nonce,
        },
      );
      state.forms.push(form);
      sendCheckoutPage(res, nonce, form.html);
      return;
    }
    if (req.method === 'POST' && path === '/return') {
      void readRequestBody(req, 64 * 1024).then((body) => {
        const result = verifyReturn(body, req.headers['content-type']);
        const text = result.ok
          ? `verified ${result.notification.no_order} ${result.notification.pay_type} ${result.notification.info_order ?? ''}`
          : `refused ${result.reason}`;
        state.returns.push(text);
        sendResultPage(res, text);
      });
      return;
    }
    if (path === '/notify') {
      void notify(req, res);
      return;
    }
    res.writeHead(404).end();
  });
  Object.assign(state, await listenLocally(server));
  return state;
}

let browser: Browser;
let env: TestSandbox;
let merchant: Merchant;

beforeAll(async () => {
  [browser, env] = await Promise.all([launchChromium(), startTestSandbox({ notifyCopies: 3 })]);
  merchant = await startMerchant(env);
});

afterAll(async () => {
  await browser?.close();
  await merchant?.close();
  await env?.sandbox.close();
});

describe('Aggregate Web Redirect in Chromium', () => {
  it(
    'submits exactly the signed fields, pays with Alipay, verifies the return and notifies once',
    async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
          problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));

      const before = env.sandbox.webPaymentSubmissions.length;
      await page.goto(`${merchant.url}/checkout`);
      await page.waitForURL(`${env.sandbox.url}/aggregateweb/gateway.htm`);
      const form = merchant.forms[0]!;
      expect(form.action).toBe(`${env.sandbox.url}/aggregateweb/gateway.htm`);
      expect(form.fields.find(([name]) => name === 'version')?.[1]).toBe('1.1');

      // The sandbox received exactly the signed fields, in order, and verified them.
      const submission = env.sandbox.webPaymentSubmissions[before]!;
      expect(submission.retCode).toBe('0000');
      expect(Object.entries(submission.fields)).toEqual(form.fields);
      expect(await page.locator('dd[data-field="info_order"]').textContent()).toBe(INFO_ORDER);
      expect(await page.locator('dd[data-field="name_goods"]').textContent()).toBe(NAME_GOODS);

      // The payer picks Alipay; the cashier sends the browser back to url_return.
      await page.selectOption('#choice', { label: '支付宝 (Alipay)' });
      await page.getByRole('button', { name: /Pay/ }).click();
      await page.waitForURL(`${merchant.url}/return`);
      expect(await page.locator('#outcome').textContent()).toBe(
        `verified ${NO_ORDER} L ${INFO_ORDER}`,
      );

      await env.sandbox.notificationsSettled();
      const delivery = env.sandbox.deliveries.find((d) => d.kind === 'aggregateNotify')!;
      expect(delivery.acknowledged).toBe(true);
      expect(delivery.posts).toBeGreaterThanOrEqual(3);
      expect(merchant.callbackRuns).toBe(1);
      expect(merchant.paid[0]).toMatchObject({
        no_order: NO_ORDER,
        result_pay: 'SUCCESS',
        pay_type: 'L',
        info_order: INFO_ORDER,
      });

      // The result query finds the payment the cashier created.
      const client = sandboxClient(env);
      const queried = await client.aggregateQuery({ no_order: NO_ORDER } as never);
      expect(queried).toMatchObject({ branch: 'paid', data: { pay_type: 'L' } });
      expect(problems).toEqual([]);

      // A free-text `&name=` run would let the fields be re-cut under the same signature: the
      // builder refuses it, naming the field, before anything is signed.
      expect(() =>
        buildAggregateWebForm(
          {
            ...hostileOrder(),
            info_order: 'x&money_order=0.01',
            notify_url: `${merchant.url}/n`,
          } as AggregateWebParams,
          { oidPartner: MERCHANT, privateKey: env.merchantKeys.pkcs8Pem },
        ),
      ).toThrow(expect.objectContaining({ code: 'SIGN_SOURCE_AMBIGUOUS', field: 'info_order' }));

      // The same order again: LianLian's error page, 1002.
      await page.goto(`${merchant.url}/checkout`);
      await page.waitForURL(`${env.sandbox.url}/aggregateweb/gateway.htm`);
      expect(await page.locator('#ret-code').textContent()).toBe('1002');
      await context.close();
    },
    BUDGET_MS,
  );
});
