// The typed clients against a real HTTP stand-in for LianLian on 127.0.0.1: every request is
// signature-checked by the server with node:crypto, envelopes are opened with LianLian's private
// key, and each reply is scripted (signed, unsigned, tampered, HTML, slow, ...).
import { createSign, generateKeyPairSync } from 'node:crypto';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BusinessFailureError,
  ClientConfigError,
  ClientError,
  createLianLianClient,
  HttpStatusError,
  NetworkError,
  RequestAbortedError,
  RequestTimeoutError,
  RequestValidationError,
  ResponseSignatureError,
  ResponseValidationError,
  UnparseableBodyError,
  type LianLianClient,
  type LianLianClientConfig,
  type MpayVerifyParams,
} from '../../generated/src/index.js';
import { clientOperations } from '../../generated/src/clients.js';
import { RETURN_CODES } from '../../generated/src/return-codes.js';
import { createClientCore } from '../../generated/src/runtime/client/client.js';
import { signSource } from '../../generated/src/runtime/crypto/canonical.js';
import { decryptPayload } from '../../generated/src/runtime/crypto/envelope.js';
import { startDeadline, toClientError } from '../../generated/src/runtime/client/transport.js';
import { everyOperationAt } from '../support/base-urls.js';
import { startStandIn, type Reply, type StandIn } from '../support/client-server.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';

const OID_PARTNER = '201304121000001004';
const CONFIRM_PATH = '/paymentapi/confirmPayment.htm';

// The request of seed 000 (MPAY Verify Direct API) without the fields the client fills in.
const mpayParams: MpayVerifyParams = {
  no_order: '20180828153543',
  money_order: '55.44',
  token: 'E4A27991786F7114DCAF88C266A465C2',
  verify_code: '123456',
};

const paidBody = {
  ret_code: '0000',
  ret_msg: '交易成功',
  oid_partner: OID_PARTNER,
  sign_type: 'RSA',
  no_order: '20180828153543',
  dt_order: '20180828153543',
  oid_paybill: '2018082971158876',
  money_order: '55.44',
  result_pay: 'SUCCESS',
  settle_date: '20180829',
  no_agree: '2017092339974797',
  // Not in the spec: LianLian adds fields over time, and they are signed too.
  bank_serial: 'B20180829000123',
};

const failureBody = {
  ret_code: '1005',
  ret_msg: '支付处理失败',
  oid_partner: OID_PARTNER,
  sign_type: 'RSA',
};

const signed = (body: Record<string, unknown>, extra: Partial<Reply> = {}): Reply =>
  ({ kind: 'json', body, signing: 'signed', ...extra }) as Reply;

let merchant: TestKeyPair;
let lianlian: TestKeyPair;
let otherLianlianKey: string;
let standIn: StandIn;
let client: LianLianClient;

function config(overrides: Partial<LianLianClientConfig> = {}): LianLianClientConfig {
  return {
    oidPartner: OID_PARTNER,
    privateKey: merchant.pkcs8Base64,
    lianlianPublicKey: lianlian.spkiBase64,
    signType: 'RSA',
    baseUrls: everyOperationAt(standIn.url),
    timeoutMs: 3_000,
    ...overrides,
  };
}

/** The rejection of `promise`, which must reject. */
async function rejection(promise: Promise<unknown>): Promise<ClientError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome))
    throw new Error(`expected a rejection, got ${JSON.stringify(outcome)}`);
  expect(outcome.error).toBeInstanceOf(ClientError);
  return outcome.error as ClientError;
}

beforeAll(async () => {
  [merchant, lianlian] = await Promise.all([rsaKeyPair(2048), rsaKeyPair(1024)]);
  otherLianlianKey = generateKeyPairSync('rsa', { modulusLength: 1024 })
    .publicKey.export({ type: 'spki', format: 'der' })
    .toString('base64');
  const other = generateKeyPairSync('rsa', { modulusLength: 1024 });
  standIn = await startStandIn({
    merchantPublicKey: merchant.publicKey,
    lianlianPrivateKey: lianlian.privateKey,
    otherPrivateKey: other.privateKey,
    envelopePaths: [CONFIRM_PATH],
  });
  client = createLianLianClient(config());
});

afterAll(async () => {
  await standIn.close();
});

beforeEach(() => {
  standIn.arrivals.length = 0;
});

describe('one call per scripted reply', () => {
  it('resolves a signed success, typed by branch, with every received field', async () => {
    standIn.reply(signed(paidBody));
    const result = await client.mpayVerify(mpayParams);

    expect(result.branch).toBe('paid');
    expect(result.retCode).toBe('0000');
    expect(result.category).toBe('success');
    expect(result.signature).toEqual({ signType: 'RSA', keyIndex: 0 });
    if (result.branch !== 'paid') throw new Error('narrowing');
    expect(result.data.result_pay).toBe('SUCCESS');
    expect(result.data.oid_paybill).toBe('2018082971158876');
    expect((result.data as Record<string, unknown>).bank_serial).toBe('B20180829000123');

    const [arrival] = standIn.arrivals;
    expect(arrival?.path).toBe('/v1/bankcardprepay');
    expect(arrival?.contentType).toBe('application/json;charset=utf-8');
    expect(arrival?.signatureValid).toBe(true);
    expect(Object.keys(arrival?.message ?? {}).sort()).toEqual([
      'money_order',
      'no_order',
      'oid_partner',
      'sign',
      'sign_type',
      'token',
      'verify_code',
    ]);
    expect(arrival?.message).toMatchObject({
      ...mpayParams,
      oid_partner: OID_PARTNER,
      sign_type: 'RSA',
    });
  });

  it('rejects a signed business failure with ret_code, ret_msg and category', async () => {
    // It echoes the request's correlation fields, so it is a final answer about this call.
    const { no_order, money_order } = mpayParams;
    standIn.reply(signed({ ...failureBody, no_order, money_order }));
    const error = await rejection(client.mpayVerify(mpayParams));

    expect(error).toBeInstanceOf(BusinessFailureError);
    const failure = error as BusinessFailureError;
    expect(failure.code).toBe('BUSINESS_FAILURE');
    expect(failure.field).toBe('ret_code');
    expect(failure.retCode).toBe('1005');
    expect(failure.retMsg).toBe('支付处理失败');
    expect(failure.category).toBe('failed');
    expect(failure.description).toMatch(/failed/i);
    expect(failure.verified).toBe(true);
    expect(failure.correlated).toBe(true);
    expect(failure.outcomeUnknown).toBe(false);
    expect(standIn.arrivals[0]?.signatureValid).toBe(true);
  });

  it('rejects a response altered after signing as a signature error', async () => {
    standIn.reply({ kind: 'json', body: paidBody, signing: 'tampered' });
    const error = await rejection(client.mpayVerify(mpayParams));

    expect(error).toBeInstanceOf(ResponseSignatureError);
    expect(error.code).toBe('SIGNATURE_INVALID');
    expect((error as ResponseSignatureError).reason).toBe('bad-signature');
    expect(error.outcomeUnknown).toBe(true);
  });

  it('rejects an unsigned ret_code 0000 answer as a signature error', async () => {
    standIn.reply({ kind: 'json', body: paidBody, signing: 'unsigned' });
    const error = await rejection(client.mpayVerify(mpayParams));

    expect(error).toBeInstanceOf(ResponseSignatureError);
    expect(error.code).toBe('SIGNATURE_MISSING');
    expect(error.field).toBe('sign');
  });

  it('rejects an HTML error page as an unparseable body', async () => {
    standIn.reply({
      kind: 'raw',
      contentType: 'text/html;charset=UTF-8',
      body: '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>',
    });
    const error = await rejection(client.mpayVerify(mpayParams));

    expect(error).toBeInstanceOf(UnparseableBodyError);
    expect(error.code).toBe('UNPARSEABLE_BODY');
    expect((error as UnparseableBodyError).contentType).toBe('text/html');
    expect(error.message).toMatch(/HTML page/);
  });

  it('gives up on a response slower than the timeout', async () => {
    standIn.reply(signed(paidBody, { delayMs: 3_000 }));
    const started = Date.now();
    const error = await rejection(client.mpayVerify(mpayParams, { timeoutMs: 200 }));

    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(error.code).toBe('TIMEOUT');
    expect((error as RequestTimeoutError).timeoutMs).toBe(200);
    expect(error.outcomeUnknown).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_500);
  });
});

describe('requests', () => {
  it('throws a validation error before anything reaches the server', async () => {
    const hits = standIn.hits();
    const error = await rejection(client.mpayVerify({ ...mpayParams, money_order: '55.4' }));

    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.code).toBe('REQUEST_INVALID');
    expect(error.field).toBe('money_order');
    expect(error.outcomeUnknown).toBe(false);
    const issues = (error as RequestValidationError).issues;
    expect(issues.map((issue) => issue.path)).toEqual(['money_order']);
    expect(standIn.hits()).toBe(hits);
  });

  it('rejects unknown and missing fields before sending', async () => {
    const hits = standIn.hits();
    const { verify_code: _omitted, ...withoutCode } = mpayParams;
    const missing = await rejection(client.mpayVerify(withoutCode as MpayVerifyParams));
    expect(missing.field).toBe('verify_code');
    const extra = { ...mpayParams, card_no: '6222020200112233445' } as MpayVerifyParams;
    const unknown = await rejection(client.mpayVerify(extra));
    expect(unknown).toBeInstanceOf(RequestValidationError);
    expect(unknown.message).not.toContain('6222020200112233445');
    expect(standIn.hits()).toBe(hits);
  });

  it('signs with SHA256withRSA when configured and accepts LianLian spelling SHA256WITHRSA', async () => {
    const sha = createLianLianClient(config({ signType: 'SHA256withRSA' }));
    standIn.reply(signed({ ...paidBody, sign_type: 'SHA256WITHRSA' }));
    const result = await sha.mpayVerify(mpayParams);

    expect(result.signature.signType).toBe('SHA256withRSA');
    expect(standIn.arrivals[0]?.message.sign_type).toBe('SHA256withRSA');
    expect(standIn.arrivals[0]?.signatureValid).toBe(true);
  });

  it('verifies the signature over values exactly as sent, not as JSON.parse re-renders them', async () => {
    // LianLian signed `fee_rate=10.00`; JSON.parse would turn it into 10 and the check would fail.
    const fields = { ...paidBody, sign_type: 'RSA', fee_rate: '10.00' };
    const sign = createSign('RSA-MD5')
      .update(signSource(fields))
      .sign(lianlian.privateKey, 'base64');
    const text = JSON.stringify({ ...fields, sign }).replace(
      '"fee_rate":"10.00"',
      '"fee_rate":10.00',
    );
    standIn.reply({ kind: 'raw', body: text, contentType: 'application/json' });

    const result = await client.mpayVerify(mpayParams);
    expect(result.branch).toBe('paid');
    expect(result.data).toMatchObject({ fee_rate: 10 });
  });

  it('refuses an answer signed with an algorithm the merchant did not allow', async () => {
    const strict = createLianLianClient(config({ allowedResponseSignTypes: ['SHA256withRSA'] }));
    standIn.reply(signed(paidBody)); // sign_type RSA (MD5withRSA)
    const error = await rejection(strict.mpayVerify(mpayParams));

    expect(error).toBeInstanceOf(ResponseSignatureError);
    expect(error.code).toBe('SIGNATURE_INVALID');
    expect((error as ResponseSignatureError).reason).toBe('sign-type-not-allowed');

    standIn.reply(signed({ ...paidBody, sign_type: 'SHA256WITHRSA' }));
    await expect(strict.mpayVerify(mpayParams)).resolves.toMatchObject({ branch: 'paid' });
    expect(() => createLianLianClient(config({ allowedResponseSignTypes: [] }))).toThrow(
      ClientConfigError,
    );
  });

  it('sends instantPayConfirm inside a pay_load envelope LianLian can open', async () => {
    standIn.reply(
      signed({
        ret_code: '0000',
        ret_msg: '交易成功',
        oid_partner: OID_PARTNER,
        sign_type: 'RSA',
        no_order: '20170208165924',
        oid_paybill: '2016081847411984',
      }),
    );
    const result = await client.instantPayConfirm({
      api_version: '1.0',
      confirm_code: '137007',
      no_order: '20170208165924',
      notify_url: 'https://merchant.example/notify',
    });

    expect(result.branch).toBe('success');
    expect(result.data.oid_paybill).toBe('2016081847411984');
    const [arrival] = standIn.arrivals;
    expect(Object.keys(arrival?.body ?? {}).sort()).toEqual(['oid_partner', 'pay_load']);
    expect(arrival?.body.oid_partner).toBe(OID_PARTNER);
    expect(String(arrival?.body.pay_load)).toMatch(/^lianpay1_0_1\$/);
    expect(arrival?.message).toMatchObject({ confirm_code: '137007', sign_type: 'RSA' });
    expect(arrival?.signatureValid).toBe(true);
  });

  it('seals the envelope in the body field the operation table declares, not a fixed pay_load', async () => {
    // The same operation, as if the spec's x-lianlian-envelope named another field and path.
    const operations = {
      ...clientOperations,
      instantPayConfirm: {
        ...clientOperations.instantPayConfirm,
        path: '/sealed-confirm',
        envelope: { version: 'lianpay1_0_1', field: 'sealed_request' },
      },
    };
    const core = createClientCore(config(), { operations, returnCodes: RETURN_CODES });
    standIn.reply(
      signed({
        ret_code: '0000',
        ret_msg: '交易成功',
        oid_partner: OID_PARTNER,
        sign_type: 'RSA',
        no_order: '20170208165924',
        oid_paybill: '2016081847411984',
      }),
    );
    await core.call('instantPayConfirm', {
      api_version: '1.0',
      confirm_code: '137007',
      no_order: '20170208165924',
      notify_url: 'https://merchant.example/notify',
    });
    const [arrival] = standIn.arrivals;
    expect(Object.keys(arrival?.body ?? {}).sort()).toEqual(['oid_partner', 'sealed_request']);
    const inner = JSON.parse(
      decryptPayload(String(arrival?.body.sealed_request), lianlian.pkcs8Base64),
    ) as Record<string, unknown>;
    expect(inner).toMatchObject({ confirm_code: '137007', oid_partner: OID_PARTNER });
  });

  it('refuses to sign instantPayConfirm with a type the operation does not accept', async () => {
    const sha = createLianLianClient(config({ signType: 'SHA256withRSA' }));
    const hits = standIn.hits();
    const error = await rejection(
      sha.instantPayConfirm({
        api_version: '1.0',
        confirm_code: '137007',
        no_order: '20170208165924',
        notify_url: 'https://merchant.example/notify',
      }),
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.field).toBe('sign_type');
    expect(standIn.hits()).toBe(hits);
  });

  it('sends through an injected fetch, exactly once', async () => {
    const seen: Request[] = [];
    const counting = createLianLianClient(
      config({
        fetch: (request) => {
          seen.push(request);
          return fetch(request);
        },
      }),
    );
    standIn.reply(signed(paidBody));
    await counting.mpayVerify(mpayParams);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe(`${standIn.url}/v1/bankcardprepay`);
    expect(seen[0]?.method).toBe('POST');
  });
});

describe('responses', () => {
  it.each([
    'text/html;charset=UTF-8',
    'text/plain',
    'text/json;charset=utf-8',
    'application/octet-stream',
  ])('parses a JSON body labelled %s', async (contentType) => {
    standIn.reply(signed(paidBody, { contentType }));
    const result = await client.mpayVerify(mpayParams);
    expect(result.branch).toBe('paid');
    expect(result.data.oid_paybill).toBe('2018082971158876');
  });

  it('reports an unsigned failure as unverified', async () => {
    standIn.reply({
      kind: 'json',
      body: { ret_code: '1007', ret_msg: '网络链接繁忙' },
      signing: 'unsigned',
    });
    const error = (await rejection(client.mpayVerify(mpayParams))) as BusinessFailureError;

    expect(error).toBeInstanceOf(BusinessFailureError);
    expect(error.retCode).toBe('1007');
    expect(error.category).toBe('retry-later');
    expect(error.verified).toBe(false);
    expect(error.outcomeUnknown).toBe(true);
    expect(error.message).toContain('unsigned');
  });

  it('rejects an unsigned failure when signed failures are required', async () => {
    const strict = createLianLianClient(config({ requireSignedFailures: true }));
    standIn.reply({ kind: 'json', body: failureBody, signing: 'unsigned' });
    const error = await rejection(strict.mpayVerify(mpayParams));
    expect(error).toBeInstanceOf(ResponseSignatureError);
    expect(error.code).toBe('SIGNATURE_MISSING');
  });

  it('rejects a failure whose signature is present but wrong', async () => {
    standIn.reply({ kind: 'json', body: failureBody, signing: 'wrong-key' });
    const error = await rejection(client.mpayVerify(mpayParams));
    expect(error.code).toBe('SIGNATURE_INVALID');
  });

  it('verifies with any configured LianLian key during a rotation', async () => {
    const rotating = createLianLianClient(
      config({ lianlianPublicKey: [otherLianlianKey, lianlian.spkiPem] }),
    );
    standIn.reply(signed(paidBody));
    const result = await rotating.mpayVerify(mpayParams);
    expect(result.signature.keyIndex).toBe(1);
  });

  it('rejects a signed answer that does not match its branch', async () => {
    const { oid_paybill: _dropped, ...incomplete } = paidBody;
    standIn.reply(signed(incomplete));
    const error = await rejection(client.mpayVerify(mpayParams));

    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.code).toBe('RESPONSE_INVALID');
    expect((error as ResponseValidationError).branch).toBe('paid');
    expect(error.field).toBe('oid_paybill');
    expect(error.outcomeUnknown).toBe(true);
  });

  it('rejects a genuine signed answer about another order or amount', async () => {
    for (const [field, value] of [
      ['no_order', '20180828999999'],
      ['money_order', '5.44'],
      ['oid_partner', '201304121000009999'],
    ] as const) {
      standIn.reply(signed({ ...paidBody, [field]: value }));
      const error = await rejection(client.mpayVerify(mpayParams));
      expect(error, field).toBeInstanceOf(ResponseValidationError);
      expect(error.field).toBe(field);
      expect((error as ResponseValidationError).issues[0]?.keyword).toBe('echo');
    }
  });

  it('maps the easypayVerify success branch (result_pay PROCESSING)', async () => {
    standIn.reply(
      signed({
        ret_code: '0000',
        ret_msg: '交易成功',
        oid_partner: OID_PARTNER,
        sign_type: 'RSA',
        no_order: '2013051500001',
        oid_paybill: '2015091100334077',
        money_order: '31.68',
        result_pay: 'PROCESSING',
      }),
    );
    const result = await client.easypayVerify({
      no_order: '2013051500001',
      dt_order: '20130515120000',
      money_order: '31.68',
      token: '4a08441e066f06e65f902a5993a307c4',
      verify_code: '123456',
    });
    expect(result.branch).toBe('success');
    expect(standIn.arrivals[0]?.path).toBe('/easypayverify.htm');
  });

  it('rejects a non-2xx status', async () => {
    standIn.reply({ kind: 'raw', status: 502, contentType: 'text/plain', body: 'bad gateway' });
    const error = await rejection(client.mpayVerify(mpayParams));
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as HttpStatusError).status).toBe(502);
  });
  it('does not follow a redirect that would replay the signed request', async () => {
    standIn.reply(
      {
        kind: 'raw',
        status: 307,
        contentType: 'text/plain',
        body: 'moved',
        headers: { location: '/v1/bankcardprepay' },
      },
      signed(paidBody),
    );
    const hits = standIn.hits();
    const error = await rejection(client.mpayVerify(mpayParams));
    expect(error).toBeInstanceOf(HttpStatusError);
    expect((error as HttpStatusError).status).toBe(307);
    expect(standIn.hits()).toBe(hits + 1);
    // The unused second reply would otherwise answer the next test.
    await client.mpayVerify(mpayParams);
  });
});

describe('transport', () => {
  it('aborts on the caller signal', async () => {
    standIn.reply(signed(paidBody, { delayMs: 1_000 }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await rejection(client.mpayVerify(mpayParams, { signal: controller.signal }));
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error.code).toBe('ABORTED');
    expect(error.outcomeUnknown).toBe(true);
  });

  it('does not send at all under an already aborted signal', async () => {
    const hits = standIn.hits();
    const error = await rejection(client.mpayVerify(mpayParams, { signal: AbortSignal.abort() }));
    expect(error.code).toBe('ABORTED');
    expect(error.outcomeUnknown).toBe(false);
    expect(standIn.hits()).toBe(hits);
  });

  it('never retries: one request per call whatever goes wrong', async () => {
    const failures: Reply[] = [
      signed(paidBody, { delayMs: 600 }),
      { kind: 'raw', status: 503, contentType: 'text/plain', body: 'busy' },
      { kind: 'raw', contentType: 'text/html', body: '<html>error</html>' },
      { kind: 'json', body: paidBody, signing: 'tampered' },
      signed({ ...failureBody, ret_code: '1007', ret_msg: '网络链接繁忙' }),
    ];
    for (const reply of failures) {
      standIn.reply(reply);
      const before = standIn.hits();
      await rejection(client.mpayVerify(mpayParams, { timeoutMs: 300 }));
      // Give a retry, were there one, time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(standIn.hits()).toBe(before + 1);
    }
  });

  it('reports a refused connection as a network error that sent nothing', async () => {
    const closed = await startStandIn({
      merchantPublicKey: merchant.publicKey,
      lianlianPrivateKey: lianlian.privateKey,
      otherPrivateKey: lianlian.privateKey,
    });
    const url = closed.url;
    await closed.close();
    const offline = createLianLianClient(config({ baseUrls: { mpayVerify: url } }));
    const error = await rejection(offline.mpayVerify(mpayParams));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.outcomeUnknown).toBe(false);
  });

  it('reports whether a timeout struck before or after the request was handed to fetch', async () => {
    // The request steps run without yielding to timers, so a call cannot time out before fetch;
    // the translation of the timer's abort is checked directly.
    const deadline = startDeadline(1, undefined);
    await new Promise((resolve) => deadline.signal.addEventListener('abort', resolve));
    const reason = deadline.signal.reason;
    const before = toClientError(reason, 'mpayVerify', deadline, false);
    const after = toClientError(reason, 'mpayVerify', deadline, true);
    expect(before).toBeInstanceOf(RequestTimeoutError);
    expect(after).toBeInstanceOf(RequestTimeoutError);
    expect((before as RequestTimeoutError).outcomeUnknown).toBe(false);
    expect(before.message).toMatch(/before the request was sent/);
    expect((after as RequestTimeoutError).outcomeUnknown).toBe(true);
    expect(after.message).toMatch(/query the order before retrying/);
    deadline.dispose();
  });
});

describe('configuration and secrets', () => {
  it('uses the spec servers unless overridden per operation', () => {
    const production = createLianLianClient(config({ baseUrls: undefined }));
    expect(production.baseUrlOf('mpayVerify')).toBe('https://mpayapi.lianlianpay.com');
    expect(production.baseUrlOf('easypayVerify')).toBe('https://traderapi.lianlianpay.com');
    expect(production.baseUrlOf('instantPayConfirm')).toBe('https://instantpay.lianlianpay.com');
    const mixed = createLianLianClient(config({ baseUrls: { easypayVerify: `${standIn.url}/` } }));
    expect(mixed.baseUrlOf('easypayVerify')).toBe(standIn.url);
    expect(mixed.baseUrlOf('mpayVerify')).toBe('https://mpayapi.lianlianpay.com');
  });

  it('rejects unusable options when the client is created', () => {
    const bad: [Partial<LianLianClientConfig> | Record<string, unknown>, string][] = [
      [{ baseUrls: { webPayment: 'https://x.example' } }, 'baseUrls.webPayment'],
      [{ baseUrls: { mpayVerify: 'ftp://x.example' } }, 'baseUrls.mpayVerify'],
      [{ timeoutMs: 0 }, 'timeoutMs'],
      [{ oidPartner: '' }, 'oidPartner'],
      [{ lianlianPublicKey: [] }, 'lianlianPublicKey'],
    ];
    for (const [override, field] of bad) {
      let thrown: unknown;
      try {
        createLianLianClient(config(override as Partial<LianLianClientConfig>));
      } catch (error) {
        thrown = error;
      }
      expect(thrown, field).toBeInstanceOf(ClientConfigError);
      expect((thrown as ClientConfigError).field).toBe(field);
    }
  });

  it('keeps keys, card and phone numbers out of error output', async () => {
    standIn.reply(
      signed({ ...failureBody, ret_code: '1108', ret_msg: '您输入的手机号13812345678有误' }),
    );
    const error = (await rejection(client.mpayVerify(mpayParams))) as BusinessFailureError;
    expect(error.category).toBe('payer-action-needed');
    expect(error.retMsg).toContain('*******5678');

    const validation = await rejection(
      client.mpayVerify({ ...mpayParams, token: '6222020200112233445', money_order: 'x' }),
    );
    // A card number in a field that is not a card field is masked all the same.
    const misplaced = await rejection(
      client.mpayVerify({ ...mpayParams, money_order: '6222020200112233445' }),
    );
    expect(misplaced.field).toBe('money_order');
    expect(misplaced.message).toContain('***************3445');
    for (const shown of [
      String(error),
      inspect(error),
      JSON.stringify(error),
      String(validation),
      inspect(validation),
      JSON.stringify(validation),
      misplaced.message,
      String(misplaced),
      inspect(misplaced),
      JSON.stringify(misplaced),
    ]) {
      expect(shown).not.toContain('13812345678');
      expect(shown).not.toContain('6222020200112233445');
      expect(shown).not.toContain(merchant.pkcs8Base64.slice(100, 160));
      expect(shown).not.toContain(OID_PARTNER);
    }
  });
});
