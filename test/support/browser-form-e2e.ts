// Steps the browser-form end-to-end tests share: a page that records console errors, and a form
// shown script-free (optionally edited on the way) whose button the payer presses.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { BrowserForm } from '../../generated/src/index.js';
import { startTestMerchant, type TestMerchant, type TestMerchantOptions } from './e2e-merchant.js';
import { launchChromium } from './chromium.js';
import { startTestSandbox, type TestSandbox } from './e2e-sandbox.js';

/** A fresh page whose console errors and uncaught exceptions land in `problems`. */
async function watchedPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // Chromium asks every origin for /favicon.ico; neither server has one.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems };
}

/**
 * With JavaScript off: a merchant's checkout builds the form, the page shows its script-free
 * variant (passed through `edit`), the payer presses the button and the browser lands on the
 * sandbox's `actionPath`; `check` then looks at the page, the form and the sandbox's submissions
 * from `before` on.
 */
export async function submitScriptFree(
  browser: Browser,
  env: TestSandbox,
  options: Omit<TestMerchantOptions, 'sandboxUrl' | 'lianlianPublicKey' | 'merchantPrivateKey'>,
  actionPath: string,
  check: (page: Page, merchant: TestMerchant, before: number) => Promise<void>,
  edit: (html: string) => string = (html) => html,
): Promise<void> {
  const merchant = await startTestMerchant({
    sandboxUrl: env.sandbox.url,
    lianlianPublicKey: env.sandbox.lianlianPublicKeyPem,
    merchantPrivateKey: env.merchantKeys.pkcs8Pem,
    ...options,
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const before = env.sandbox.webPaymentSubmissions.length;
    await page.goto(`${merchant.url}/checkout`);
    const form = merchant.forms[0]!;
    await page.setContent(edit(form.htmlWithoutScript), { waitUntil: 'load' });
    await page.getByRole('button').click();
    await page.waitForURL(`${env.sandbox.url}${actionPath}`);
    await check(page, merchant, before);
  } finally {
    await context.close();
    await merchant.close();
  }
}

/** What a browser-form suite runs on, set up before its tests and closed after them. */
export interface BrowserFormSuite {
  browser: Browser;
  env: TestSandbox;
  merchant: TestMerchant;
}

/**
 * Registers the suite's hooks: Chromium, a sandbox sending every notification three times, and a
 * merchant with this order; the returned object is filled in before the tests run.
 */
export function browserFormSuite(
  options: Omit<TestMerchantOptions, 'sandboxUrl' | 'lianlianPublicKey' | 'merchantPrivateKey'>,
): BrowserFormSuite {
  const suite = {} as BrowserFormSuite;
  beforeAll(async () => {
    [suite.browser, suite.env] = await Promise.all([
      launchChromium(),
      startTestSandbox({ notifyCopies: 3 }),
    ]);
    suite.merchant = await startTestMerchant({
      sandboxUrl: suite.env.sandbox.url,
      lianlianPublicKey: suite.env.sandbox.lianlianPublicKeyPem,
      merchantPrivateKey: suite.env.merchantKeys.pkcs1Pem,
      callbackDelayMs: 150,
      ...options,
    });
  }, 60_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.merchant?.close();
    await suite.env?.sandbox.close();
  });
  return suite;
}

/**
 * Opens the merchant's checkout in a fresh watched page (its script submits the form) and waits
 * for the sandbox page; the form is the one the checkout rendered.
 */
export async function openCheckout(
  suite: BrowserFormSuite,
  actionPath: string,
): Promise<{ context: BrowserContext; page: Page; problems: string[]; form: BrowserForm }> {
  const watched = await watchedPage(suite.browser);
  await watched.page.goto(`${suite.merchant.url}/checkout`);
  await watched.page.waitForURL(`${suite.env.sandbox.url}${actionPath}`);
  return { ...watched, form: suite.merchant.forms.at(-1)! };
}

/** The risk_item base fields, the payer's own values (`userId` too) hostile. */
export const hostileRiskItem = (goodsName: string, userId = `u"<&>'😀`) => ({
  frms_ware_category: '4007',
  user_info_mercht_userno: userId,
  user_info_bind_phone: '13800000000',
  user_info_dt_register: '20170101120000',
  goods_name: goodsName,
});
