// The online banking redirect end to end in headless Chromium, once per charset_name: the merchant's
// page (built by the generated buildOnlineBankingPaymentForm, Chinese and hostile text in every
// free-text field) auto-submits to the sandbox's bank gateway; the browser really sends the bytes
// of that charset (read from the request Chromium made); the sandbox decodes them with
// charset_name and verifies the signature over the same bytes; the payer picks a bank and pays;
// the signed onlineBankingNotify reaches the merchant's handler, which runs once for several
// copies (errata E530, E531, E535).
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildOnlineBankingPaymentForm,
  createLianLianNotificationHandler,
  WebPaymentError,
  type MerchantOrder,
  type OnlineBankingPaymentParams,
  type WebPaymentForm,
} from '../../../generated/src/index.js';
import { hostileRiskItem } from '../../support/browser-form-e2e.js';
import { launchChromium } from '../../support/chromium.js';
import { MERCHANT, startTestSandbox, type TestSandbox } from '../../support/e2e-sandbox.js';

type Charset = 'UTF-8' | 'GBK' | 'GB2312' | 'GB18030';

// Every free-text value: Chinese in each (GB2312 characters only, so every charset carries them),
// quotes, markup, `&`/`=` runs that are not `&field=`, and a `+` and `%41` a decoder could mangle.
const HOSTILE = `"'><script>alert(1)</script>&amp;&lt; a+b=c&d %41 中文`;
const INFO_ORDER = `订单备注：${HOSTILE} 连连支付“网银”测试`.repeat(3).slice(0, 255);
const NAME_GOODS = `<b>"羽毛球拍"</b>&'拍子'+%41`;
const USER_ID = `用户"<&>'张三`;

// Per charset, a character only its wider siblings have: what the builder must refuse.
const OUTSIDE: Record<Charset, string | undefined> = {
  'UTF-8': undefined,
  GBK: '😀',
  GB2312: '镕',
  GB18030: undefined,
};

let browser: Browser;
let env: TestSandbox;
let merchant: Server;
let merchantUrl = '';
const forms = new Map<string, WebPaymentForm>();
const orders = new Map<string, MerchantOrder>();
const paid: Record<string, string | undefined>[] = [];
let callbackRuns = 0;

function params(noOrder: string, charset: Charset): OnlineBankingPaymentParams {
  return {
    charset_name: charset,
    user_id: USER_ID,
    busi_partner: '101001',
    no_order: noOrder,
    dt_order: '20170801225714',
    name_goods: NAME_GOODS,
    info_order: INFO_ORDER,
    money_order: '49.95',
    notify_url: `${merchantUrl}/notify`,
    url_return: `${merchantUrl}/return`,
    url_order: `${merchantUrl}/goods?id=1&name=racket&colour=red`,
    userreq_ip: '127_0_0_1',
    pay_type: '1',
    risk_item: hostileRiskItem(HOSTILE, USER_ID),
  };
}

beforeAll(async () => {
  [browser, env] = await Promise.all([launchChromium(), startTestSandbox({ notifyCopies: 3 })]);
  const notify = createLianLianNotificationHandler('onlineBankingNotify', {
    publicKeys: env.sandbox.lianlianPublicKeyPem,
    findOrder: (noOrder) => orders.get(noOrder),
    onNotification: async (notification) => {
      callbackRuns += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      paid.push(notification as Record<string, string | undefined>);
    },
  });
  merchant = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://merchant');
    if (req.method === 'GET' && url.pathname === '/checkout') {
      const charset = url.searchParams.get('charset') as Charset;
      const noOrder = `OB-${charset}-${randomBytes(3).toString('hex')}`;
      const nonce = randomBytes(16).toString('base64');
      const form = buildOnlineBankingPaymentForm(params(noOrder, charset), {
        oidPartner: MERCHANT,
        privateKey: env.merchantKeys.pkcs8Pem,
        actionUrl: `${env.sandbox.url}/payment/bankgateway.htm`,
        cspNonce: nonce,
      });
      forms.set(charset, form);
      orders.set(noOrder, { oid_partner: MERCHANT, no_order: noOrder, money_order: '49.95' });
      // The page itself is UTF-8; accept-charset alone decides the submission's bytes (E530).
      res.writeHead(200, {
        'Content-Type': 'text/html;charset=UTF-8',
        'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'`,
      });
      res.end(form.html);
      return;
    }
    if (url.pathname === '/return') {
      res.writeHead(200, { 'Content-Type': 'text/html;charset=UTF-8' });
      res.end('<!DOCTYPE html><meta charset="UTF-8"><title>back</title><p id="back">back</p>');
      return;
    }
    if (url.pathname === '/notify') {
      notify(req, res);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => merchant.listen(0, '127.0.0.1', resolve));
  merchantUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  merchant?.closeAllConnections();
  await new Promise((resolve) => merchant?.close(resolve));
  await env?.sandbox.close();
});

const percentEncode = (bytes: Buffer) =>
  [...bytes].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');

/** The body's fields as raw bytes, percent-decoded, in order. */
function rawFields(body: Buffer): [string, Buffer][] {
  return body
    .toString('latin1')
    .split('&')
    .map((pair) => {
      const [name = '', value = ''] = pair.split('=');
      return [
        name,
        Buffer.from(
          value
            .replace(/\+/g, '%20')
            .replace(/%([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ),
      ];
    });
}

// WHATWG labels (Chromium's encoder, Node's decoder): GB2312 is a label of GBK.
const LABEL: Record<Charset, string> = {
  'UTF-8': 'utf-8',
  GBK: 'gbk',
  GB2312: 'gbk',
  GB18030: 'gb18030',
};

describe('online banking redirect in Chromium', () => {
  it.each<[Charset]>([['UTF-8'], ['GBK'], ['GB2312'], ['GB18030']])(
    '%s: the browser submits the charset bytes that were signed, the payer picks a bank, the notification is handled once',
    async (charset) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      const posted = page.waitForRequest((r) => r.url().endsWith('/payment/bankgateway.htm'));
      const before = env.sandbox.webPaymentSubmissions.length;
      await page.goto(`${merchantUrl}/checkout?charset=${charset}`);
      const request = await posted;
      await page.waitForURL(`${env.sandbox.url}/payment/bankgateway.htm`);
      const form = forms.get(charset)!;
      expect(form.html).toContain(`accept-charset="${charset}"`);

      // The raw body: percent-encoded ASCII, each value the bytes of its text in the charset.
      const body = request.postDataBuffer()!;
      expect([...body].every((b) => b < 0x80)).toBe(true);
      const received = rawFields(body);
      expect(received.map(([name]) => name)).toEqual(form.fields.map(([name]) => name));
      for (const [index, [name, value]] of form.fields.entries()) {
        const bytes = received[index]![1];
        expect(new TextDecoder(LABEL[charset], { fatal: true }).decode(bytes), name).toBe(value);
      }
      const nameBytes = received.find(([name]) => name === 'name_goods')![1];
      // 羽 is E7 BE BD in UTF-8 and D3 F0 in GBK, GB2312 and GB18030.
      expect(nameBytes.includes(Buffer.from(charset === 'UTF-8' ? 'e7bebd' : 'd3f0', 'hex'))).toBe(
        true,
      );

      // The sandbox decoded exactly the signed fields and verified them.
      const submission = env.sandbox.webPaymentSubmissions[before]!;
      expect(submission.retCode).toBe('0000');
      expect(Object.entries(submission.fields)).toEqual(form.fields);
      expect(await page.locator('dd[data-field="name_goods"]').textContent()).toBe(NAME_GOODS);

      // The payer picks the second bank and pays; the browser goes back to url_return.
      const options = await page
        .locator('#choice option')
        .evaluateAll((nodes) => nodes.map((n) => (n as HTMLOptionElement).value));
      expect(options.length).toBeGreaterThan(1);
      await page.selectOption('#choice', options[1]!);
      await page.getByRole('button', { name: /Pay/ }).click();
      await page.waitForURL(`${merchantUrl}/return`);

      await env.sandbox.notificationsSettled();
      const noOrder = form.fields.find(([name]) => name === 'no_order')![1];
      const delivery = env.sandbox.deliveries.find(
        (d) => d.kind === 'onlineBankingNotify' && d.order === noOrder,
      )!;
      expect(delivery.acknowledged).toBe(true);
      expect(delivery.posts).toBeGreaterThanOrEqual(3);
      const mine = paid.filter((n) => n.no_order === noOrder);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        result_pay: 'SUCCESS',
        money_order: '49.95',
        info_order: INFO_ORDER,
        bank_code: options[1],
        pay_type: '1',
      });
      expect(problems).toEqual([]);
      await context.close();
    },
    60_000,
  );

  it('ran the merchant callback once per paid order', () => {
    expect(callbackRuns).toBe(paid.length);
  });

  it.each<[Charset, string]>(
    Object.entries(OUTSIDE).filter((e): e is [Charset, string] => e[1] !== undefined),
  )(
    '%s: a value the charset cannot carry is refused, naming the field, before signing',
    (charset, text) => {
      const order = { ...params('OB-refused', charset), name_goods: `球拍${text}` };
      let thrown: unknown;
      try {
        buildOnlineBankingPaymentForm(order, {
          oidPartner: MERCHANT,
          privateKey: env.merchantKeys.pkcs8Pem,
        });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(WebPaymentError);
      expect(thrown).toMatchObject({ code: 'BROWSER_FORM_CHARSET', field: 'name_goods' });
      expect(String((thrown as Error).message)).not.toContain(text);
    },
  );

  it('refuses a body whose bytes are not text of its charset_name (1012) and an altered value (1001)', async () => {
    const form = buildOnlineBankingPaymentForm(params('OB-tamper', 'GBK'), {
      oidPartner: MERCHANT,
      privateKey: env.merchantKeys.pkcs8Pem,
    });
    const encode = (fields: readonly (readonly [string, string])[], override?: string) =>
      fields
        .map(([name, value]) =>
          name === 'name_goods' && override !== undefined
            ? `${name}=${override}`
            : `${name}=${percentEncode(iconv.encode(value, 'gbk'))}`,
        )
        .join('&');
    const post = async (body: string) => {
      const answer = await fetch(`${env.sandbox.url}/payment/bankgateway.htm`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      });
      return /id="ret-code">([0-9]{4})</.exec(await answer.text())?.[1];
    };
    // The form's own GBK bytes open the bank choice (no return code shown).
    expect(await post(encode(form.fields))).toBeUndefined();
    // The byte 80 (the euro sign of code page 936) and a lone lead byte are not GBK text.
    expect(await post(encode(form.fields, '%80'))).toBe('1012');
    expect(await post(encode(form.fields, '%C7'))).toBe('1012');
    // GBK bytes of other text (球拍) decode, but the signature does not cover them.
    expect(await post(encode(form.fields, '%C7%F2%C5%C4'))).toBe('1001');
  });
});
