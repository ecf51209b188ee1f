// Issue 10 item 1, end to end: a value holding `&name=` let a genuine signature "verify" a
// different field map with the same sign source. These tests replay the review's two attacks
// (a re-split synchronous return posted to the notification handler; a re-split WEB Payment form
// posted to the sandbox) and check what each signer refuses to sign.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildWebPaymentForm,
  createLianLianClient,
  createLianLianNotificationHandler,
  RequestValidationError,
  signParams,
  signSource,
  signString,
  SignSourceError,
  WEB_PAYMENT_PATH,
  type LianLianNotifications,
} from '../../generated/src/index.js';
import { repoRoot } from '../support/crypto-tools.js';
import { MERCHANT, startTestSandbox, type TestSandbox } from '../support/e2e-sandbox.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';

// 2024-01-01 12:00:00 in UTC+8: the sandbox's clock and the forms' timestamp.
const NOW = new Date(Date.UTC(2024, 0, 1, 4, 0, 0));
const RISK = {
  frms_ware_category: '4007',
  user_info_mercht_userno: 'u1',
  user_info_bind_phone: '13800000000',
  user_info_dt_register: '20230101120000',
  goods_name: 'Pen',
};
let lianlian: TestKeyPair;
let env: TestSandbox;

beforeAll(async () => {
  [lianlian, env] = await Promise.all([rsaKeyPair(2048), startTestSandbox({ now: () => NOW })]);
});

afterAll(async () => {
  await env?.sandbox.close();
});

/** The map whose pieces are the sign source cut at `cuts` (offsets of `&`), each split at its first `=`. */
function resplit(source: string, cuts: readonly number[]): Record<string, string> {
  const map: Record<string, string> = {};
  let start = 0;
  for (const end of [...cuts, source.length]) {
    const piece = source.slice(start, end);
    const at = piece.indexOf('=');
    map[piece.slice(0, at)] = piece.slice(at + 1);
    start = end + 1;
  }
  return map;
}

/** Offsets of every `&` in `text` from `from` (inclusive) to `to` (exclusive). */
function ampersands(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('&', from); i !== -1 && i < to; i = text.indexOf('&', i + 1))
    out.push(i);
  return out;
}

describe('the synchronous return re-split into another order (notification handler)', () => {
  const PAID_ORDER = { no_order: 'A-cheap', money_order: '0.01' };
  const TARGET = { no_order: 'B-expensive', money_order: '9999.00' };
  const remark =
    `x&money_order=${TARGET.money_order}&no_order=${TARGET.no_order}&oid_partner=${MERCHANT}` +
    '&oid_paybill=999&pay_type=2&result_pay=SUCCESS&settle_date=20240101&sign_type=RSA&zz=';

  // What LianLian signs and sends to the payer's browser after paying order A: LianLian signs
  // whatever remark the order carried, so the test signs the string itself.
  const genuine: Record<string, string> = {
    bank_code: '01020000',
    dt_order: '20240101120000',
    info_order: remark,
    money_order: PAID_ORDER.money_order,
    no_order: PAID_ORDER.no_order,
    oid_partner: MERCHANT,
    oid_paybill: '2024010100000001',
    pay_type: '2',
    ret_code: '0000',
    ret_msg: '交易成功',
    settle_date: '20240101',
    sign_type: 'RSA',
  };
  const source = Object.keys(genuine)
    .sort()
    .map((k) => `${k}=${genuine[k]}`)
    .join('&');

  it('is refused with ambiguous-sign-source and never reaches the callback', async () => {
    const sign = signString(source, { privateKey: lianlian.privateKey, signType: 'RSA' });
    // Cut at every `&` up to the `&zz=` the remark ends with; `zz` swallows the genuine tail.
    const zz = source.indexOf('&zz=');
    const forged: Record<string, string> = {
      ...resplit(source, ampersands(source, 0, zz + 1)),
      sign,
    };
    expect(forged).toMatchObject({ ...TARGET, result_pay: 'SUCCESS', oid_paybill: '999' });
    expect(forged.zz?.startsWith('&money_order=0.01&no_order=A-cheap&')).toBe(true);
    expect(signSourceUnchecked(forged)).toBe(source);

    const handled: LianLianNotifications['webPaymentNotify'][] = [];
    const lines: string[] = [];
    const handler = createLianLianNotificationHandler('webPaymentNotify', {
      publicKeys: lianlian.spkiPem,
      findOrder: (noOrder) =>
        noOrder === TARGET.no_order ? { oid_partner: MERCHANT, ...TARGET } : undefined,
      onNotification: (n) => {
        handled.push(n);
      },
      log: (line) => lines.push(line),
    });
    const server: Server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'text/json;charset=utf-8' },
        body: JSON.stringify(forged),
      });
      expect(handled).toEqual([]);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        ret_code: '9999',
        ret_msg: 'notification refused: ambiguous-sign-source',
      });
      expect(lines.join('\n')).toContain('ambiguous-sign-source');
      expect(lines.join('\n')).toContain('"zz"');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('is the attack the signing guide shows', () => {
    const guide = readFileSync(path.join(repoRoot, 'spec/guides/signing.md'), 'utf8');
    const section = guide.slice(guide.indexOf('## Why a value may not contain `&name=`'));
    expect(/```text\n(.*)\n```/.exec(section)?.[1]).toBe(remark);
  });

  it('cannot be signed in the first place: signParams names the field and the rule', () => {
    const error = captured(() => signParams(genuine, { privateKey: lianlian.privateKey }));
    expect(error).toBeInstanceOf(SignSourceError);
    expect(error).toMatchObject({ code: 'SIGN_SOURCE_AMBIGUOUS', field: 'info_order' });
    expect((error as Error).message).not.toContain('9999.00');
  });
});

describe('the WEB Payment form re-split into another order (sandbox)', () => {
  const NOTIFY = 'https://s.example/n';
  const fields = (extra: Record<string, string>): Record<string, string> => ({
    busi_partner: '109001',
    dt_order: '20240101120000',
    money_order: '0.01',
    name_goods: 'Pen',
    no_order: 'A-cheap',
    notify_url: NOTIFY,
    oid_partner: MERCHANT,
    pay_type: 'M',
    risk_item: JSON.stringify(RISK),
    sign_type: 'RSA',
    timestamp: '20240101120000',
    user_id: 'u1',
    userreq_ip: '122_11_37_211',
    version: '1.0',
    ...extra,
  });
  // Ends in a URL field whose query swallows the genuine money_order ... notify_url.
  const remark = `x&money_order=0.01&name_goods=Pen&no_order=B-expensive&notify_url=${NOTIFY}?`;

  async function post(form: Record<string, string>): Promise<string> {
    const response = await fetch(`${env.sandbox.url}${WEB_PAYMENT_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
    return response.text();
  }
  const retCodeOf = (html: string) => /id="ret-code">([^<]*)</.exec(html)?.[1] ?? '0000';

  it('is refused by the sandbox (1001), and so is the form that carried the remark', async () => {
    const genuine = fields({ info_order: remark });
    const source = signSourceUnchecked(genuine);
    // A merchant signer without the rule (or any other library) signs the string as it is.
    const sign = signString(source, { privateKey: env.merchantKeys.privateKey, signType: 'RSA' });
    const notifyAt = source.indexOf(`&notify_url=${NOTIFY}?`);
    const cuts = ampersands(source).filter(
      (i) => i <= notifyAt || i > source.indexOf(`&notify_url=${NOTIFY}&`, notifyAt + 1),
    );
    const forged: Record<string, string> = { ...resplit(source, cuts), sign };
    expect(forged).toMatchObject({ money_order: '0.01', no_order: 'B-expensive', info_order: 'x' });
    expect(forged.notify_url).toBe(
      `${NOTIFY}?&money_order=0.01&name_goods=Pen&no_order=A-cheap&notify_url=${NOTIFY}`,
    );
    expect(signSourceUnchecked(forged)).toBe(source);

    expect(retCodeOf(await post(forged))).toBe('1001');
    expect(retCodeOf(await post({ ...genuine, sign }))).toBe('1001');
    const seen = env.sandbox.webPaymentSubmissions.filter((s) => s.fields.sign === sign);
    expect(seen.map((s) => s.retCode)).toEqual(['1001', '1001']);
  });

  it('a legitimate URL with a query string still goes through the builder and the sandbox', async () => {
    const form = buildWebPaymentForm(
      {
        user_id: 'u1',
        busi_partner: '109001',
        no_order: `Q-${Date.now()}`,
        dt_order: '20240101120000',
        name_goods: 'Pen',
        money_order: '1.00',
        notify_url: `${NOTIFY}?shop=1&lang=zh`,
        url_return: 'https://s.example/r?a=1&b=2',
        userreq_ip: '122_11_37_211',
        pay_type: 'M',
        risk_item: RISK,
      },
      {
        oidPartner: MERCHANT,
        privateKey: env.merchantKeys.pkcs8Base64,
        now: () => NOW,
        actionUrl: `${env.sandbox.url}${WEB_PAYMENT_PATH}`,
      },
    );
    const html = await post(Object.fromEntries(form.fields));
    expect(html).toContain('/sandbox/cashier/');
  });

  it('the form builder refuses the remark, and a URL naming one of the form fields', () => {
    const build = (extra: Record<string, string>) => () =>
      buildWebPaymentForm(
        {
          user_id: 'u1',
          busi_partner: '109001',
          no_order: 'A-cheap',
          dt_order: '20240101120000',
          name_goods: 'Pen',
          money_order: '0.01',
          notify_url: NOTIFY,
          userreq_ip: '122_11_37_211',
          pay_type: 'M',
          risk_item: RISK,
          ...extra,
        },
        {
          oidPartner: MERCHANT,
          privateKey: env.merchantKeys.pkcs8Base64,
          now: () => NOW,
        },
      );
    expect(captured(build({ info_order: remark }))).toMatchObject({
      code: 'SIGN_SOURCE_AMBIGUOUS',
      field: 'info_order',
    });
    expect(captured(build({ url_return: 'https://s.example/r?x=1&no_order=2' }))).toMatchObject({
      code: 'SIGN_SOURCE_AMBIGUOUS',
      field: 'url_return',
    });
  });
});

describe('the sandbox as LianLian', () => {
  it('will not hold a payout whose info_order it could not sign into the notification', async () => {
    const response = await fetch(`${env.sandbox.url}/sandbox/payouts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        oid_partner: MERCHANT,
        no_order: 'P-splice',
        money_order: '1.00',
        info_order: 'x&money_order=9999.00',
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field: 'info_order' });
    expect(() =>
      env.sandbox.holdPayout({
        oidPartner: MERCHANT,
        noOrder: 'P-splice',
        moneyOrder: '1.00',
        infoOrder: 'x&a=1',
      }),
    ).toThrow(expect.objectContaining({ code: 'SANDBOX_ORDER', field: 'infoOrder' }));
    expect(
      env.sandbox.holdPayout({
        oidPartner: MERCHANT,
        noOrder: 'P-plain',
        moneyOrder: '1.00',
        infoOrder: 'x & a = 1',
      }).confirm_code,
    ).toBeTruthy();
  });
});

describe('the client', () => {
  it('refuses to sign a request whose notify_url names a field of the request, and sends nothing', async () => {
    let requests = 0;
    const client = createLianLianClient({
      oidPartner: MERCHANT,
      privateKey: lianlian.pkcs8Base64,
      lianlianPublicKey: lianlian.spkiPem,
      signType: 'RSA',
      fetch: async () => {
        requests += 1;
        return new Response('{}');
      },
    });
    const error = await client
      .instantPayConfirm({
        no_order: 'P-1',
        confirm_code: '123456',
        notify_url: 'https://s.example/n?x=1&no_order=P-2',
        api_version: '1.0',
      } as never)
      .catch((e: unknown) => e);
    expect(requests).toBe(0);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toEqual([
      expect.objectContaining({ path: 'notify_url', limit: 'SIGN_SOURCE_AMBIGUOUS' }),
    ]);
  });
});

/** The sign source as LianLian builds it, without our refusal of `&name=` (the attacker's view). */
function signSourceUnchecked(map: Record<string, string>): string {
  return Object.keys(map)
    .filter((k) => k !== 'sign' && map[k] !== '')
    .sort()
    .map((k) => `${k}=${map[k]}`)
    .join('&');
}

function captured(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
