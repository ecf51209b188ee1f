// Notification verification (raw body in, typed result or a reason out), the order check, and the
// node:http handler with its idempotency, against a real local server.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkLianLianNotificationOrder,
  checkNotificationOrder,
  createLianLianNotificationHandler,
  createLianLianNotificationVerifier,
  MemoryNotificationStore,
  NOTIFICATION_ACK,
  signParams,
  signSource,
  signString,
  type LianLianNotifications,
  type MerchantOrder,
  type NotificationRequestHandler,
} from '../../generated/src/index.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';

let lianlian: TestKeyPair;
let impostor: TestKeyPair;

beforeAll(async () => {
  [lianlian, impostor] = await Promise.all([rsaKeyPair(2048), rsaKeyPair(1024)]);
});

const ORDER = {
  oid_partner: '201304121000001004',
  no_order: '20170801225714001',
  money_order: '12.50',
} satisfies MerchantOrder;

function notification(extra: Record<string, string> = {}): Record<string, string> {
  return {
    oid_partner: ORDER.oid_partner,
    sign_type: 'RSA',
    dt_order: '20170801225714',
    no_order: ORDER.no_order,
    oid_paybill: '2017080100012345',
    money_order: ORDER.money_order,
    info_order: 'remarks & more',
    result_pay: 'SUCCESS',
    settle_date: '20170801',
    pay_type: 'M',
    bank_code: '01020000',
    ...extra,
  };
}

const signed = (fields: Record<string, string>, key = lianlian) =>
  signParams(fields, { privateKey: key.privateKey }) as Record<string, string>;
const verifier = () =>
  createLianLianNotificationVerifier('webPaymentNotify', { publicKeys: lianlian.spkiBase64 });
const TEXT_JSON = 'text/json;charset=utf-8';

describe('notification verifier', () => {
  it('accepts a signed text/json notification and types it', () => {
    const result = verifier()(JSON.stringify(signed(notification())), TEXT_JSON);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notification.oid_paybill).toBe('2017080100012345');
    expect(result.format).toBe('json');
    expect(result.signature).toEqual({ signType: 'RSA', keyIndex: 0 });
  });

  it('takes a Buffer, application/json and a key list (rotation)', () => {
    const verify = createLianLianNotificationVerifier('webPaymentNotify', {
      publicKeys: [impostor.spkiPem, lianlian.spkiPem],
    });
    const result = verify(
      Buffer.from(JSON.stringify(signed(notification())), 'utf8'),
      'application/json',
    );
    expect(result).toMatchObject({ ok: true, signature: { keyIndex: 1 } });
  });

  it('verifies over every received field, including ones the spec does not know', () => {
    const body = signed(notification({ new_field_2030: 'added later' }));
    const result = verifier()(JSON.stringify(body), TEXT_JSON);
    expect(result.ok && result.fields.new_field_2030).toBe('added later');
    // An unsigned extra field, or a changed value, breaks the signature.
    expect(
      verifier()(JSON.stringify({ ...signed(notification()), extra: 'x' }), TEXT_JSON),
    ).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(verifier()(JSON.stringify({ ...body, money_order: '1.00' }), TEXT_JSON)).toMatchObject({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('verifies JSON values exactly as received: a number keeps its text (10.00 is not 10)', () => {
    const fields = notification({ money_order: '10.00' });
    const sign = signString(signSource(fields), {
      privateKey: lianlian.privateKey,
      signType: 'RSA',
    });
    const raw = JSON.stringify({ ...fields, sign }).replace(
      '"money_order":"10.00"',
      '"money_order":10.00',
    );
    expect(raw).toContain('"money_order":10.00');
    const result = verifier()(raw, TEXT_JSON);
    expect(result.ok && result.fields.money_order).toBe('10.00');
  });

  it('verifies a url_return form body with the form decoding browsers use', () => {
    const fields = signed({
      ret_code: '0000',
      ret_msg: '交易成功',
      ...notification({ info_order: 'a+b=c&d %41 😀' }),
      pay_type: '2',
    });
    delete fields.result_pay;
    const resigned = signed(
      Object.fromEntries(Object.entries(fields).filter(([k]) => k !== 'sign')),
    );
    const form = new URLSearchParams(resigned).toString();
    const verify = createLianLianNotificationVerifier('webPaymentReturn', {
      publicKeys: lianlian.spkiPem,
    });
    const result = verify(form, 'application/x-www-form-urlencoded');
    expect(result.ok && result.notification.info_order).toBe('a+b=c&d %41 😀');
  });

  it('takes the algorithm from configuration, never from the message', () => {
    const sha = signParams(notification({ sign_type: 'SHA256withRSA' }), {
      privateKey: lianlian.privateKey,
    });
    expect(verifier()(JSON.stringify(sha), TEXT_JSON)).toMatchObject({
      ok: false,
      reason: 'sign-type-not-allowed',
    });
  });

  it('refuses a valid signature by another key, and signed fields that break the schema', () => {
    // The impostor's 1024-bit signature cannot even have the length of LianLian's 2048-bit one.
    expect(verifier()(JSON.stringify(signed(notification(), impostor)), TEXT_JSON)).toMatchObject({
      ok: false,
      reason: 'malformed-sign',
    });
    const bad = verifier()(
      JSON.stringify(signed(notification({ money_order: '12.5' }))),
      TEXT_JSON,
    );
    expect(bad).toMatchObject({ ok: false, reason: 'invalid-fields' });
    expect(!bad.ok && bad.issues[0]?.path).toBe('money_order');
  });

  it.each([
    ['an empty body', '', TEXT_JSON, 'malformed-body'],
    ['truncated JSON', '{"oid_partner":"2013', TEXT_JSON, 'malformed-body'],
    ['a JSON array', '[1,2]', TEXT_JSON, 'malformed-body'],
    ['JSON null', 'null', TEXT_JSON, 'malformed-body'],
    ['a duplicated member', '{"sign":"a","sign":"b"}', TEXT_JSON, 'malformed-body'],
    ['text after the object', '{"a":"b"} x', TEXT_JSON, 'malformed-body'],
    [
      'bad percent-encoding',
      'sign=%E0%A4%A',
      'application/x-www-form-urlencoded',
      'malformed-body',
    ],
    ['a duplicated form field', 'a=1&a=2', 'application/x-www-form-urlencoded', 'malformed-body'],
    ['a non-UTF-8 charset', '{}', 'text/json;charset=gbk', 'unsupported-content-type'],
    ['an HTML body', '<html></html>', 'text/html', 'unsupported-content-type'],
    ['no signature', '{"oid_partner":"1"}', TEXT_JSON, 'missing-sign'],
    ['deep nesting', `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`, TEXT_JSON, 'malformed-body'],
  ])('refuses %s without throwing', (_, body, type, reason) => {
    const result = verifier()(body, type);
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.detail.length).toBeGreaterThan(0);
  });

  it('refuses bodies that are not UTF-8 or too large', () => {
    expect(verifier()(Buffer.from([0x7b, 0xff, 0x7d]), TEXT_JSON)).toMatchObject({
      ok: false,
      reason: 'malformed-body',
    });
    const small = createLianLianNotificationVerifier('webPaymentNotify', {
      publicKeys: lianlian.spkiPem,
      maxBodyBytes: 100,
    });
    expect(small(JSON.stringify(signed(notification())), TEXT_JSON)).toMatchObject({
      ok: false,
      reason: 'body-too-large',
    });
  });

  it('keeps __proto__ an ordinary field', () => {
    const result = verifier()(
      '{"__proto__":{"polluted":"1"},"sign":"AAAA","sign_type":"RSA"}',
      TEXT_JSON,
    );
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on arbitrary input (fast-check)', () => {
    const verify = verifier();
    const contentType = fc.oneof(
      fc.constantFrom(
        TEXT_JSON,
        'application/json',
        'application/x-www-form-urlencoded',
        'text/plain',
        '',
        'text/json; charset="UTF-8"',
      ),
      fc.string(),
      fc.constant(undefined),
    );
    const body = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.uint8Array({ maxLength: 300 }),
      fc.json(),
      fc
        .dictionary(fc.string(), fc.oneof(fc.string({ unit: 'binary' }), fc.integer(), fc.double()))
        .map((o) => JSON.stringify(o)),
      fc
        .dictionary(fc.string(), fc.string({ unit: 'binary' }))
        .map((o) => new URLSearchParams(o).toString()),
    );
    fc.assert(
      fc.property(body, contentType, (b, t) => {
        const result = verify(b, t);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(typeof result.detail).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips any text value through JSON and form bodies (fast-check)', () => {
    const verify = createLianLianNotificationVerifier('webPaymentNotify', {
      publicKeys: lianlian.spkiPem,
    });
    const text = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => s !== '');
    fc.assert(
      fc.property(text, text, (info, extra) => {
        const body = signed(notification({ info_order: info, x_extra: extra }));
        expect(verify(JSON.stringify(body), TEXT_JSON).ok).toBe(true);
        expect(
          verify(new URLSearchParams(body).toString(), 'application/x-www-form-urlencoded').ok,
        ).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe("checkLianLianNotificationOrder (the webhook's x-lianlian-correlation)", () => {
  const n = notification() as unknown as LianLianNotifications['webPaymentNotify'];
  const check = (order: MerchantOrder) =>
    checkLianLianNotificationOrder('webPaymentNotify', { notification: n, order });
  it("accepts the merchant's own order, comparing amounts as amounts", () => {
    expect(check(ORDER)).toEqual({ ok: true });
    expect(check({ ...ORDER, money_order: '12.5' })).toEqual({ ok: true });
  });
  it.each([
    ['oid_partner', { ...ORDER, oid_partner: '201304121000009999' }],
    ['no_order', { ...ORDER, no_order: 'another-order' }],
    ['money_order', { ...ORDER, money_order: '1250.00' }],
    ['money_order', { ...ORDER, money_order: '12.50.1' }],
  ] as const)('rejects a genuine notification about another %s', (field, order) => {
    expect(check(order)).toMatchObject({ ok: false, field });
  });
  it('rejects an order record that lacks a correlation field, and reads the table it is given', () => {
    const { money_order: _dropped, ...partial } = ORDER;
    expect(check(partial)).toMatchObject({ ok: false, field: 'money_order' });
    const byRefund = {
      orderKey: 'no_refund',
      idempotencyKey: 'oid_refundno',
      match: [{ field: 'no_refund', match: 'exact' as const }],
    };
    expect(
      checkNotificationOrder(
        { no_refund: 'R1' },
        { order: { no_refund: 'R1' }, correlation: byRefund },
      ),
    ).toEqual({
      ok: true,
    });
    expect(
      checkNotificationOrder({}, { order: { no_refund: 'R1' }, correlation: byRefund }),
    ).toMatchObject({
      ok: false,
      field: 'no_refund',
    });
  });
});

describe('notification handler', () => {
  let server: Server;
  let url: string;
  let handler: NotificationRequestHandler;
  const calls: LianLianNotifications['webPaymentNotify'][] = [];
  const logs: string[] = [];
  let failNext = 0;

  beforeAll(async () => {
    handler = createLianLianNotificationHandler('webPaymentNotify', {
      publicKeys: lianlian.spkiPem,
      findOrder: (noOrder) =>
        noOrder === ORDER.no_order || noOrder === 'order-2'
          ? { ...ORDER, no_order: noOrder }
          : undefined,
      onNotification: async (n) => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (failNext > 0) {
          failNext -= 1;
          throw new Error('database down');
        }
        calls.push(n);
      },
      store: new MemoryNotificationStore(),
      maxBodyBytes: 4096,
      log: (line) => logs.push(line),
    });
    server = createServer((req, res) => handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (body: string, type = TEXT_JSON) =>
    fetch(url, { method: 'POST', headers: { 'Content-Type': type }, body }).then(async (r) => ({
      status: r.status,
      body: await r.text(),
    }));

  it('runs the callback once for concurrent copies and acknowledges only after it succeeded', async () => {
    const body = JSON.stringify(signed(notification({ card_no: '6222020000001234567' })));
    const answers = await Promise.all([post(body), post(body), post(body), post(body)]);
    expect(calls).toHaveLength(1);
    const acks = answers.filter((a) => a.status === 200);
    expect(acks.length).toBeGreaterThanOrEqual(1);
    for (const ack of acks) expect(JSON.parse(ack.body)).toEqual(NOTIFICATION_ACK);
    for (const other of answers.filter((a) => a.status !== 200)) expect(other.status).toBe(503);
    // A later resend is acknowledged without running the callback again.
    expect(await post(body)).toMatchObject({ status: 200 });
    expect(calls).toHaveLength(1);
    expect(logs.join('\n')).not.toContain('6222020000001234567');
  });

  it('leaves the notification unacknowledged when the callback fails, so LianLian resends it', async () => {
    failNext = 1;
    const body = JSON.stringify(
      signed(notification({ no_order: 'order-2', oid_paybill: '2017080100099999' })),
    );
    expect(await post(body)).toMatchObject({ status: 500 });
    expect(await post(body)).toMatchObject({ status: 200 });
    expect(calls.filter((c) => c.no_order === 'order-2')).toHaveLength(1);
  });

  it('answers an error and never calls back on a bad signature, a foreign order or a malformed body', async () => {
    const before = calls.length;
    const forged = {
      ...signed(notification({ oid_paybill: '2017080100077777' })),
      money_order: '0.01',
    };
    expect(await post(JSON.stringify(forged))).toMatchObject({ status: 400 });
    const foreign = signed(
      notification({ no_order: 'someone-else', oid_paybill: '2017080100066666' }),
    );
    expect(await post(JSON.stringify(foreign))).toMatchObject({ status: 400 });
    const cheaper = signed(notification({ money_order: '0.01', oid_paybill: '2017080100055555' }));
    expect(await post(JSON.stringify(cheaper))).toMatchObject({ status: 400 });
    expect(await post('{not json')).toMatchObject({ status: 400 });
    expect(await post('x'.repeat(5000))).toMatchObject({ status: 413 });
    expect((await fetch(url)).status).toBe(405);
    expect(calls.length).toBe(before);
    expect(logs.some((line) => line.includes('refused (bad-signature'))).toBe(true);
    expect(logs.some((line) => line.includes('money_order does not match'))).toBe(true);
  });

  it('records a handled payment on the resend when the store failed to, without calling back again', async () => {
    // complete() fails once (a database hiccup) after the callback succeeded.
    class FlakyStore extends MemoryNotificationStore {
      failures = 1;
      override complete(key: string): void {
        if (this.failures-- > 0) throw new Error('store unavailable');
        super.complete(key);
      }
    }
    const store = new FlakyStore();
    const handled: string[] = [];
    const flakyLogs: string[] = [];
    const flaky = createLianLianNotificationHandler('webPaymentNotify', {
      publicKeys: lianlian.spkiPem,
      findOrder: () => ORDER,
      onNotification: (n) => {
        handled.push(n.oid_paybill);
      },
      store,
      log: (line) => flakyLogs.push(line),
    });
    const flakyServer = createServer((req, res) => flaky(req, res));
    await new Promise<void>((resolve) => flakyServer.listen(0, '127.0.0.1', resolve));
    const flakyUrl = `http://127.0.0.1:${(flakyServer.address() as AddressInfo).port}/notify`;
    const send = () =>
      fetch(flakyUrl, {
        method: 'POST',
        headers: { 'Content-Type': TEXT_JSON },
        body: JSON.stringify(signed(notification({ oid_paybill: '2017080100033333' }))),
      }).then((r) => r.status);
    try {
      // Not acknowledged, so LianLian resends; the resend records it and is acknowledged.
      expect(await send()).toBe(500);
      expect(await send()).toBe(200);
      expect(await send()).toBe(200);
      expect(handled).toEqual(['2017080100033333']);
      expect(store.claim('2017080100033333', { owner: 'check', ms: 1000 })).toBe('done');
      expect(flakyLogs[0]).toMatch(/not acknowledged \(handled, but the store failed/);
    } finally {
      await new Promise<void>((resolve) => flakyServer.close(() => resolve()));
    }
  });

  it('uses a body a framework already read as bytes (express.raw())', async () => {
    const body = Buffer.from(
      JSON.stringify(signed(notification({ oid_paybill: '2017080100044444' }))),
    );
    const responses: { status: number; text: string }[] = [];
    await new Promise<void>((resolve) => {
      const req = Object.assign(Readable.from([]), {
        method: 'POST',
        headers: { 'content-type': TEXT_JSON },
        body,
      });
      const res = {
        statusCode: 0,
        headersSent: false,
        setHeader() {},
        writeHead(status: number) {
          this.statusCode = status;
          return this;
        },
        end(text: string) {
          responses.push({ status: this.statusCode, text });
          resolve();
        },
      };
      handler(req as never, res as never);
    });
    expect(responses[0]?.status).toBe(200);
  });
});

describe('the spec examples of the asynchronous notifications', () => {
  const spec = JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../generated/openapi.json'), 'utf8'),
  );
  it.each([
    ['webPaymentNotify', 'ours-web-payment-notify'],
    ['instantPayNotify', 'ours-instant-pay-notify'],
  ] as const)(
    '%s: the example verifies with its x-lianlian-authored key and is valid',
    (name, example) => {
      const { value, 'x-lianlian-authored': authored } = spec.components.examples[example];
      const verify = createLianLianNotificationVerifier(name, { publicKeys: authored.signedWith });
      expect(verify(JSON.stringify(value), TEXT_JSON)).toMatchObject({ ok: true });
      expect(spec.webhooks[name].post.requestBody.content['text/json']).toBeDefined();
    },
  );
});
