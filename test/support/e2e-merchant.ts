// A small merchant web server for the end-to-end tests: a checkout page built with the form
// builder, a url_return page that verifies the synchronous notification, and a notify_url that
// uses the notification handler.
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  buildEasypayH5PaymentForm,
  checkLianLianNotificationOrder,
  buildWebPaymentForm,
  createLianLianNotificationHandler,
  createLianLianNotificationVerifier,
  escapeHtml,
  type LianLianNotifications,
  type MerchantOrder,
  type NotificationResult,
  type BrowserForm,
  EASYPAY_H5_PAYMENT_PATH,
  WEB_PAYMENT_PATH,
  type EasypayH5PaymentParams,
  type WebPaymentParams,
} from '../../generated/src/index.js';
import { readRequestBody } from '../../generated/src/runtime/notifications/handler.js';
import { MERCHANT } from './e2e-sandbox.js';

export interface TestMerchant {
  url: string;
  /** The last form the checkout page rendered. */
  forms: BrowserForm[];
  /** What url_return received and how it verified. */
  returns: NotificationResult<
    LianLianNotifications['webPaymentReturn'] | LianLianNotifications['easypayH5Return']
  >[];
  /** Successful callback runs of the asynchronous notification, and every attempt. */
  paid: LianLianNotifications['webPaymentNotify'][];
  callbackRuns: number;
  logs: string[];
  close(): Promise<void>;
}

export interface TestMerchantOptions {
  sandboxUrl: string;
  lianlianPublicKey: string;
  merchantPrivateKey: string;
  /** The order, minus the URLs (filled in with this server's). */
  order:
    | Omit<WebPaymentParams, 'notify_url' | 'url_return'>
    | Omit<EasypayH5PaymentParams, 'notify_url' | 'url_return'>;
  /**
   * Which cashier: the WEB form (synchronous return posted as a form) or the H5 redirect (one
   * req_data input; the return is `GET /return?res_data={json}`). Default `web`.
   */
  product?: 'web' | 'h5';
  /** Runs of the callback that throw before one succeeds (exercises LianLian's retries). */
  failingCallbacks?: number;
  /** How long the callback takes, so copies of a notification overlap. */
  callbackDelayMs?: number;
}

export async function startTestMerchant(options: TestMerchantOptions): Promise<TestMerchant> {
  const state: TestMerchant = {
    url: '',
    forms: [],
    returns: [],
    paid: [],
    callbackRuns: 0,
    logs: [],
    close: async () => {},
  };
  const h5 = options.product === 'h5';
  const returnName = h5 ? 'easypayH5Return' : 'webPaymentReturn';
  const verifyReturn = createLianLianNotificationVerifier(returnName, {
    publicKeys: options.lianlianPublicKey,
  });
  const orders = new Map<string, MerchantOrder>();
  let failuresLeft = options.failingCallbacks ?? 0;
  const notify = createLianLianNotificationHandler('webPaymentNotify', {
    publicKeys: options.lianlianPublicKey,
    findOrder: (noOrder) => orders.get(noOrder),
    onNotification: async (notification) => {
      state.callbackRuns += 1;
      await new Promise((resolve) => setTimeout(resolve, options.callbackDelayMs ?? 0));
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('database unavailable');
      }
      state.paid.push(notification);
    },
    log: (line) => state.logs.push(line),
  });

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://merchant').pathname;
    if (req.method === 'GET' && path === '/checkout') {
      const nonce = randomBytes(16).toString('base64');
      const params = {
        ...options.order,
        notify_url: `${state.url}/notify`,
        url_return: `${state.url}/return`,
      };
      const formOptions = {
        oidPartner: MERCHANT,
        privateKey: options.merchantPrivateKey,
        actionUrl: `${options.sandboxUrl}${h5 ? EASYPAY_H5_PAYMENT_PATH : WEB_PAYMENT_PATH}`,
        cspNonce: nonce,
      };
      const form = h5
        ? buildEasypayH5PaymentForm(params as EasypayH5PaymentParams, formOptions)
        : buildWebPaymentForm(params as WebPaymentParams, formOptions);
      orders.set(String(params.no_order), {
        oid_partner: MERCHANT,
        no_order: String(params.no_order),
        money_order: String(params.money_order),
      });
      state.forms.push(form);
      sendCheckoutPage(res, nonce, form.html);
      return;
    }
    if (path === '/return' && req.method === (h5 ? 'GET' : 'POST')) {
      // The H5 return is the URL itself (`?res_data={json}`); the WEB return a form body.
      const received = h5 ? Promise.resolve(req.url ?? '') : readRequestBody(req, 64 * 1024);
      received.then((body) => {
        const result = verifyReturn(body, req.headers['content-type']);
        state.returns.push(result);
        // A genuine notification about another order is refused as well.
        const order = result.ok ? orders.get(result.notification.no_order) : undefined;
        const matched =
          result.ok && order !== undefined
            ? checkLianLianNotificationOrder(returnName, {
                notification: result.notification as never,
                order,
              })
            : { ok: false as const, field: 'no_order' };
        const text = !result.ok
          ? `refused ${result.reason}`
          : matched.ok
            ? `verified ${result.notification.no_order} ${result.notification.money_order} ${result.notification.info_order ?? ''}`
            : `refused order ${matched.field}`;
        sendResultPage(res, text);
      });
      return;
    }
    if (path === '/notify') {
      notify(req, res);
      return;
    }
    res.writeHead(404).end();
  });
  Object.assign(state, await listenLocally(server));
  return state;
}

/** The merchant's checkout page, its inline script allowed by `nonce` alone. */
export function sendCheckoutPage(res: ServerResponse, nonce: string, html: string): void {
  res.writeHead(200, {
    'Content-Type': 'text/html;charset=UTF-8',
    'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'`,
  });
  res.end(html);
}

/** The merchant's url_return page: `text` in `#outcome`, escaped. */
export function sendResultPage(res: ServerResponse, text: string): void {
  res.writeHead(200, { 'Content-Type': 'text/html;charset=UTF-8' });
  res.end(
    `<!DOCTYPE html><meta charset="UTF-8"><title>result</title><p id="outcome">${escapeHtml(text)}</p>`,
  );
}

/** Listens on an ephemeral local port: the origin, and a close that drops open connections. */
export async function listenLocally(
  server: Server,
): Promise<{ url: string; close(): Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
