// The unified gateway flow end to end on a real local sandbox, in headless Chromium: the merchant's
// server creates the order through the generated client (unifiedCreateBill, hostile values in
// name_goods and info_order), its page (buildLianLianRedirect) POSTs the payer's browser to the
// signed gateway_url, the payer pays on the sandbox's payment page, the aggregate notification
// reaches the merchant's handler once and the browser returns to url_return with the signed
// synchronous notification.
// The docs name no result query for these orders (errata E571), so none is called.
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BusinessFailureError,
  buildLianLianRedirect,
  createLianLianNotificationHandler,
  createLianLianNotificationVerifier,
} from '../../../generated/src/index.js';
import { readRequestBody } from '../../../generated/src/runtime/notifications/handler.js';
import { escapeHtml } from '../../../generated/src/runtime/shared/html.js';
import { launchChromium } from '../../support/chromium.js';
import {
  MERCHANT,
  closedAfterEach,
  sandboxClient,
  startMerchantEndpoint,
  startTestSandbox,
} from '../../support/e2e-sandbox.js';

const HOSTILE = `"'><script>alert(1)</script>&amp;&lt;&#39; a+b=c&d %41 😀 中文`;
/** At most 40 code points (NameGoods). */
const NAME_GOODS = Array.from(HOSTILE).slice(0, 40).join('');
const INFO_ORDER = `${HOSTILE} 备注 ${HOSTILE}`;
const BUDGET_MS = 60_000;

let browser: Browser;
const open = closedAfterEach();

beforeAll(async () => {
  browser = await launchChromium();
}, BUDGET_MS);

afterAll(async () => {
  await browser?.close();
});

function riskItem(userId: string): string {
  return JSON.stringify({
    frms_ware_category: '1009',
    user_info_mercht_userno: userId,
    user_info_bind_phone: '13958069593',
    user_info_dt_register: '20131030122130',
    goods_name: NAME_GOODS,
  });
}

/** A payment creation request: the given order fields over fixed ones. */
function billParams(order: Record<string, string>): never {
  const userId = order.user_id ?? 'user-1';
  return {
    api_version: '1.0',
    time_stamp: '20260801120000',
    user_id: userId,
    busi_partner: '101001',
    dt_order: '20260801120000',
    risk_item: riskItem(userId),
    flag_chnl: '2',
    ...order,
  } as never;
}

/** The sandbox, a client, and a merchant site: /checkout, /notify and /return. */
async function setUp(clock: { now: Date }) {
  const env = await startTestSandbox({ notifyMaxAttempts: 3, now: () => clock.now });
  open.push(env.sandbox);
  const { sandbox } = env;
  const client = sandboxClient(env);
  const orders = new Map<string, Record<string, string>>();
  const notified: Record<string, string>[] = [];
  const handle = createLianLianNotificationHandler('aggregateNotify', {
    publicKeys: sandbox.lianlianPublicKeyPem,
    findOrder: (noOrder) => orders.get(noOrder),
    onNotification: (notification) => {
      notified.push(notification as unknown as Record<string, string>);
    },
  });
  const verifyReturn = createLianLianNotificationVerifier('webPaymentReturn', {
    publicKeys: sandbox.lianlianPublicKeyPem,
  });
  const returns: Record<string, string>[] = [];
  const created: Record<string, unknown>[] = [];
  let site = '';
  let counter = 0;

  const shop = await startMerchantEndpoint((req, res) => {
    const path = new URL(req.url ?? '/', 'http://merchant').pathname;
    if (path === '/notify') return void handle(req, res);
    if (req.method === 'POST' && path === '/return') {
      void readRequestBody(req, 64 * 1024).then((body) => {
        const result = verifyReturn(body, req.headers['content-type']);
        const text = result.ok
          ? `verified ${result.notification.no_order} ${result.notification.money_order}`
          : `refused ${result.reason}`;
        if (result.ok) returns.push(result.notification as unknown as Record<string, string>);
        res.writeHead(200, { 'Content-Type': 'text/html;charset=UTF-8' });
        res.end(`<!DOCTYPE html><meta charset="UTF-8"><p id="outcome">${escapeHtml(text)}</p>`);
      });
      return;
    }
    if (req.method === 'GET' && path === '/checkout') {
      // The merchant's server creates the order, then its page POSTs the browser to gateway_url,
      // as LianLian's SDK says to.
      counter += 1;
      const noOrder = `UG-"<&>'😀-${counter}`;
      const userId = `u"<&>'😀中`;
      client
        .unifiedCreateBill(
          billParams({
            user_id: userId,
            no_order: noOrder,
            name_goods: NAME_GOODS,
            info_order: INFO_ORDER,
            money_order: '598.35',
            notify_url: `${site}/notify`,
            url_return: `${site}/return`,
            flag_pay_product: '0',
          }),
        )
        .then((result) => {
          created.push(result as unknown as Record<string, unknown>);
          orders.set(noOrder, {
            oid_partner: MERCHANT,
            no_order: noOrder,
            money_order: '598.35',
          });
          const nonce = randomBytes(16).toString('base64');
          // The generated helper posts the browser to gateway_url after checking its origin: the
          // production one, or the sandbox's as configured here.
          const redirect = buildLianLianRedirect('unifiedCreateBill', result, {
            allowedOrigins: [sandbox.url],
            cspNonce: nonce,
          });
          res.writeHead(200, {
            'Content-Type': 'text/html;charset=UTF-8',
            'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'`,
          });
          res.end(redirect.html);
        })
        .catch((error: unknown) => {
          res.writeHead(500).end(String(error));
        });
      return;
    }
    res.writeHead(404).end();
  }, '');
  open.push(shop);
  site = shop.url;
  return { sandbox, client, site, notified, returns, created };
}

describe('unified gateway flow in the sandbox, in Chromium', () => {
  it(
    'creates the order, the payer pays on the gateway page, the notification is handled once and the browser returns',
    async () => {
      const clock = { now: new Date() };
      const { sandbox, site, notified, returns, created } = await setUp(clock);
      const page = await browser.newPage();
      try {
        await page.goto(`${site}/checkout`);
        // The merchant's page posted the browser to the sandbox's payment page for this order.
        await page.waitForSelector('#pay');
        expect(page.url()).toMatch(`${sandbox.url}/sandbox/paymentweb/payinit?token=`);
        const [answer] = created as { branch: string; data: Record<string, string> }[];
        expect(answer).toMatchObject({
          operationId: 'unifiedCreateBill',
          branch: 'success',
          retCode: '0000',
          signature: { signType: 'RSA' },
          data: { no_order: `UG-"<&>'😀-1`, money_order: '598.35' },
        });
        expect(answer!.data.gateway_url).toBe(
          `${sandbox.url}/sandbox/paymentweb/payinit?token=${answer!.data.token}`,
        );
        // Hostile text is shown as text, byte for byte.
        expect(await page.textContent('[data-field="name_goods"]')).toBe(NAME_GOODS);
        expect(await page.textContent('[data-field="info_order"]')).toBe(INFO_ORDER);
        expect(await page.$$('script')).toHaveLength(0);

        await page.click('#pay button');
        await page.waitForSelector('#outcome');
        expect(await page.textContent('#outcome')).toBe(`verified UG-"<&>'😀-1 598.35`);
        expect(returns).toMatchObject([
          {
            no_order: `UG-"<&>'😀-1`,
            oid_paybill: answer!.data.oid_paybill,
            info_order: INFO_ORDER,
          },
        ]);

        await sandbox.notificationsSettled();
        expect(notified).toHaveLength(1);
        expect(notified[0]).toMatchObject({
          no_order: `UG-"<&>'😀-1`,
          oid_paybill: answer!.data.oid_paybill,
          money_order: '598.35',
          result_pay: 'SUCCESS',
          pay_type: '2', // quick payment (flag_pay_product 0) is express payment by debit card
          info_order: INFO_ORDER,
        });
        expect(sandbox.deliveries).toMatchObject([
          { kind: 'aggregateNotify', acknowledged: true, attempts: 1 },
        ]);

        // The page of a paid order cannot be paid again.
        await page.goto(answer!.data.gateway_url as string);
        expect(await page.textContent('#ret-code')).toBe('1002');
      } finally {
        await page.close();
      }
    },
    BUDGET_MS,
  );

  it(
    'refuses the page once its token has lapsed (30 minutes), and a token it never issued',
    async () => {
      const clock = { now: new Date() };
      const { sandbox, client } = await setUp(clock);
      const order = {
        no_order: 'UG-EXPIRY',
        money_order: '1.00',
        notify_url: 'http://127.0.0.1:9/notify',
        flag_pay_product: '2',
        flag_chnl: '3',
      };
      const result = await client.unifiedCreateBill(
        billParams({ ...order, bank_code: '01020000', card_type: '8' }),
      );
      const url = (result.data as Record<string, string>).gateway_url as string;
      const page = await browser.newPage();
      try {
        clock.now = new Date(clock.now.getTime() + 29 * 60_000);
        await page.goto(url);
        expect(await page.textContent('[data-field="money_order"]')).toBe('1.00');
        clock.now = new Date(clock.now.getTime() + 60_000);
        await page.goto(url);
        expect(await page.textContent('#ret-code')).toBe('1000');
        const unknown = await page.goto(`${sandbox.url}/sandbox/paymentweb/payinit?token=0`);
        expect(unknown?.status()).toBe(404);
      } finally {
        await page.close();
      }
      // The same order number again is refused: LianLian's 1002.
      const again = await client.unifiedCreateBill(billParams(order)).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(again).toBeInstanceOf(BusinessFailureError);
      expect(again).toMatchObject({ retCode: '1002', verified: true });
    },
    BUDGET_MS,
  );
});
