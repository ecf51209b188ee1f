// Nothing that is not tied to its request may report a final outcome. A real local stand-in for
// LianLian replays genuinely signed answers that lack the request's correlation fields
// (x-lianlian-correlation) or carry other values; and a notification handler built from nothing
// but a correlation table (a made-up refund webhook) keys, looks up and checks by that table.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BusinessFailureError,
  clientOperations,
  createLianLianClient,
  notificationDefinitions,
  ResponseValidationError,
  signParams,
  type ClientError,
  type LianLianClient,
} from '../../generated/src/index.js';
import { createNotificationHandler } from '../../generated/src/runtime/notifications/handler.js';
import { createNotificationVerifier } from '../../generated/src/runtime/notifications/verify.js';
import { formsAndNotifications } from '../../generators/artifacts/forms-and-notifications.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { startStandIn, type Reply, type StandIn } from '../support/client-server.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';
import { paidMpayAnswer } from '../support/answers.js';

const OID_PARTNER = '201304121000001004';
const CONFIRM_PATH = '/paymentapi/confirmPayment.htm';
const mpayParams = {
  no_order: '20180828153543',
  money_order: '55.40',
  token: 'E4A27991786F7114DCAF88C266A465C2',
  verify_code: '123456',
};
const confirmParams = {
  api_version: '1.0' as const,
  confirm_code: '137007',
  no_order: 'PAYOUT-A',
  notify_url: 'https://merchant.example/notify',
};

let merchant: TestKeyPair;
let lianlian: TestKeyPair;
let standIn: StandIn;
let client: LianLianClient;

beforeAll(async () => {
  [merchant, lianlian] = await Promise.all([rsaKeyPair(1024), rsaKeyPair(1024)]);
  standIn = await startStandIn({
    merchantPublicKey: merchant.publicKey,
    lianlianPrivateKey: lianlian.privateKey,
    otherPrivateKey: generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey,
    envelopePaths: [CONFIRM_PATH],
  });
  client = createLianLianClient({
    oidPartner: OID_PARTNER,
    privateKey: merchant.privateKey,
    lianlianPublicKey: lianlian.spkiPem,
    signType: 'RSA',
    baseUrls: {
      mpayVerify: standIn.url,
      easypayVerify: standIn.url,
      instantPayConfirm: standIn.url,
    },
  });
});
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.arrivals.length = 0;
});

const signed = (body: Record<string, unknown>): Reply => ({
  kind: 'json',
  body,
  signing: 'signed',
});

async function rejection(promise: Promise<unknown>): Promise<ClientError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`resolved: ${JSON.stringify(outcome.value)}`);
  return outcome.error as ClientError;
}

describe('client: answers not tied to the request never report a final outcome', () => {
  // LianLian's genuine answer to a confirm of another payout, without no_order (optional in
  // InstantPayConfirmSuccess), replayed to this call.
  const replayedConfirm = {
    ret_code: '0000',
    ret_msg: '交易成功',
    oid_partner: OID_PARTNER,
    sign_type: 'RSA',
    oid_paybill: '2016081847411984',
  };

  it('a replayed signed 0000 without no_order is an outcome-unknown error, not a success', async () => {
    standIn.reply(signed(replayedConfirm));
    const error = await rejection(client.instantPayConfirm(confirmParams));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.outcomeUnknown).toBe(true);
    expect(error.field).toBe('no_order');
    expect((error as ResponseValidationError).issues[0]?.keyword).toBe('correlation');
    expect(error.message).toMatch(/not tied to this request/);
  });

  it('the same answer naming this payout resolves', async () => {
    standIn.reply(signed({ ...replayedConfirm, no_order: confirmParams.no_order }));
    const result = await client.instantPayConfirm(confirmParams);
    expect(result.branch).toBe('success');
  });

  it('a replayed signed failure (1019) without order fields is reported, verified, but outcome unknown', async () => {
    standIn.reply(
      signed({
        ret_code: '1019',
        ret_msg: '交易超过限额',
        oid_partner: OID_PARTNER,
        sign_type: 'RSA',
      }),
    );
    const error = await rejection(client.mpayVerify(mpayParams));
    expect(error).toBeInstanceOf(BusinessFailureError);
    const failure = error as BusinessFailureError;
    expect(failure.retCode).toBe('1019');
    expect(failure.verified).toBe(true);
    expect(failure.correlated).toBe(false);
    expect(failure.outcomeUnknown).toBe(true);
    expect(failure.message).toMatch(/not tied to this request/);
  });

  it('a signed failure echoing this order is final; one echoing another order is refused', async () => {
    const failure = {
      ret_code: '1019',
      ret_msg: '交易超过限额',
      oid_partner: OID_PARTNER,
      sign_type: 'RSA',
    };
    standIn.reply(signed({ ...failure, no_order: mpayParams.no_order, money_order: '55.4' }));
    const tied = (await rejection(client.mpayVerify(mpayParams))) as BusinessFailureError;
    expect(tied).toMatchObject({ correlated: true, verified: true, outcomeUnknown: false });

    standIn.reply(signed({ ...failure, no_order: 'ANOTHER', money_order: '55.40' }));
    const other = await rejection(client.mpayVerify(mpayParams));
    expect(other).toBeInstanceOf(ResponseValidationError);
    expect(other).toMatchObject({ field: 'no_order', outcomeUnknown: true });
  });

  it('every signed success lacking any one correlation field is refused (mpayVerify paid branch)', async () => {
    const paid = paidMpayAnswer({ oid_partner: OID_PARTNER, ...mpayParams });
    for (const { field } of clientOperations.mpayVerify.correlation) {
      const { [field]: _dropped, ...without } = paid as Record<string, string>;
      standIn.reply(signed(without));
      const error = await rejection(client.mpayVerify(mpayParams));
      expect(error.outcomeUnknown, field).toBe(true);
      expect(error.field, field).toBe(field);
    }
    standIn.reply(signed(paid));
    expect((await client.mpayVerify(mpayParams)).branch).toBe('paid');
  });

  it('reads which fields tie an answer from the spec, per operation and per webhook', () => {
    const spec = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../generated/openapi.json'), 'utf8'),
    );
    for (const [id, operation] of Object.entries(clientOperations)) {
      const post = Object.values(spec.paths).find(
        (item: any) => item.post?.operationId === id,
      ) as any;
      const declared = post.post['x-lianlian-correlation'];
      // An answer that carries no request field says why instead, and is tied by nothing.
      const echo = typeof declared.uncorrelated === 'string' ? {} : declared.echo;
      const echoWhenSent = declared.echoWhenSent ?? {};
      expect(operation.correlation, id).toEqual([
        ...Object.entries(echo).map(([field, match]) => ({ field, match })),
        ...Object.entries(echoWhenSent).map(([field, match]) => ({ field, match, whenSent: true })),
      ]);
    }
    for (const [name, definition] of Object.entries(notificationDefinitions)) {
      const ext = (spec.webhooks[name].post ?? spec.webhooks[name].get)['x-lianlian-correlation'];
      expect(definition.correlation, name).toEqual({
        orderKey: ext.orderKey,
        idempotencyKey: ext.idempotencyKey,
        match: Object.entries(ext.match).map(([field, match]) => ({ field, match })),
      });
    }
  });
});

describe('notification handler: driven by the correlation table alone', () => {
  // A made-up refund webhook: its own order key, idempotency key and amount field.
  const correlation = {
    orderKey: 'no_refund',
    idempotencyKey: 'oid_refundno',
    match: [
      { field: 'oid_partner', match: 'exact' as const },
      { field: 'no_refund', match: 'exact' as const },
      { field: 'money_refund', match: 'amount' as const },
    ],
  };
  let server: Server;
  let url: string;
  const handled: string[] = [];
  const looked: string[] = [];

  beforeAll(async () => {
    const verify = createNotificationVerifier<Record<string, string>>(
      {
        name: 'refundNotify',
        schema: 'RefundNotification',
        signTypes: ['RSA'],
        correlation,
        validate: (value) => ({ ok: true, value: value as Record<string, string> }),
      },
      { publicKeys: lianlian.spkiPem },
    );
    const handler = createNotificationHandler({
      verify,
      correlation,
      findOrder: (key) => {
        looked.push(key);
        return key === 'R-1'
          ? { oid_partner: OID_PARTNER, no_refund: 'R-1', money_refund: '3.00' }
          : undefined;
      },
      onNotification: (n) => void handled.push(n.oid_refundno as string),
    });
    server = createServer((req, res) => handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (fields: Record<string, string>) =>
    fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'text/json' },
      body: JSON.stringify(
        signParams({ sign_type: 'RSA', ...fields }, { privateKey: lianlian.privateKey }),
      ),
    }).then((r) => r.status);

  it('looks the order up by the order key, checks the match fields and runs once per idempotency key', async () => {
    const refund = {
      oid_partner: OID_PARTNER,
      no_refund: 'R-1',
      oid_refundno: 'RF-9',
      money_refund: '3.0',
    };
    expect(await post(refund)).toBe(200);
    expect(await post(refund)).toBe(200);
    expect(handled).toEqual(['RF-9']);
    expect(looked).toEqual(['R-1', 'R-1']);
    expect(await post({ ...refund, oid_refundno: 'RF-10', money_refund: '30.00' })).toBe(400);
    expect(
      await post({ ...refund, oid_refundno: 'RF-11', oid_partner: '201304121000009999' }),
    ).toBe(400);
    const { oid_refundno: _key, ...unkeyed } = refund;
    expect(await post(unkeyed)).toBe(400);
    expect(handled).toEqual(['RF-9']);
  });
});

describe('generators: a webhook or operation without usable correlation stops generation', () => {
  const bundle = JSON.parse(
    readFileSync(path.resolve(import.meta.dirname, '../../generated/openapi.json'), 'utf8'),
  );
  const generateWith = async (edit: (spec: any) => void) => {
    const copy = structuredClone(bundle);
    edit(copy);
    return Promise.resolve()
      .then(() => formsAndNotifications.generate(copy as BundledSpec))
      .then(
        () => 'generated',
        (error: Error) => error.message,
      );
  };
  it.each([
    [
      'missing',
      (spec: any) => delete spec.webhooks.instantPayNotify.post['x-lianlian-correlation'],
      /instantPayNotify x-lianlian-correlation: is missing/,
    ],
    [
      'an optional idempotency key',
      (spec: any) =>
        (spec.webhooks.webPaymentNotify.post['x-lianlian-correlation'].idempotencyKey =
          'bank_code'),
      /idempotencyKey must name a required field of WebPaymentNotification/,
    ],
    [
      'a match without the order key',
      (spec: any) =>
        delete spec.webhooks.webPaymentNotify.post['x-lianlian-correlation'].match.no_order,
      /match must include the orderKey no_order/,
    ],
    [
      'an unknown comparison',
      (spec: any) =>
        (spec.webhooks.webPaymentNotify.post['x-lianlian-correlation'].match.money_order = 'close'),
      /must be exact or amount/,
    ],
  ])('webhook correlation %s', async (_name, edit, message) => {
    expect(await generateWith(edit)).toMatch(message);
  });
});
