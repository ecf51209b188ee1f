// The generated client against the local sandbox, for every JSON operation: success, business
// failure, duplicate order; plus the sandbox's signature, envelope and token checks, notification
// retries, and its command line (SIGTERM stops it cleanly).
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxBinUrl, spawnSandboxBin } from '../support/sandbox-bin.js';
import {
  ConfigurationError,
  createLianLianNotificationHandler,
  type LianLianClient,
  type LianLianNotifications,
} from '../../generated/src/index.js';
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import { loadModel } from '../../generators/model/index.js';
import { rsaKeyPair } from '../support/keys.js';
import {
  MERCHANT,
  startTestSandbox,
  type TestSandbox,
  businessFailure as failure,
  sandboxClient,
} from '../support/e2e-sandbox.js';

let env: TestSandbox;
let client: LianLianClient;
let notifyServer: Server;
let notifyUrl: string;
const payouts: LianLianNotifications['instantPayNotify'][] = [];
let payoutFailuresLeft = 0;
let payoutCallbackRuns = 0;

const clientFor = (overrides: Parameters<typeof sandboxClient>[1] = {}) =>
  sandboxClient(env, overrides);

let counter = 0;
const orderNo = (prefix: string) => `${prefix}-${Date.now()}-${(counter += 1)}`;

beforeAll(async () => {
  env = await startTestSandbox({ rules: { amountLimit: '5000.00' } });
  client = clientFor();
  const handler = createLianLianNotificationHandler('instantPayNotify', {
    publicKeys: env.sandbox.lianlianPublicKeyPem,
    findOrder: (noOrder) => ({
      oid_partner: MERCHANT,
      no_order: noOrder,
      money_order: noOrder.startsWith('BIG') ? '9000.00' : '88.00',
    }),
    onNotification: (n) => {
      payoutCallbackRuns += 1;
      if (payoutFailuresLeft > 0) {
        payoutFailuresLeft -= 1;
        throw new Error('not now');
      }
      payouts.push(n);
    },
  });
  notifyServer = createServer(handler);
  await new Promise<void>((resolve) => notifyServer.listen(0, '127.0.0.1', resolve));
  notifyUrl = `http://127.0.0.1:${(notifyServer.address() as AddressInfo).port}/payout-notify`;
});

afterAll(async () => {
  await env?.sandbox.close();
  await new Promise<void>((resolve) =>
    notifyServer ? notifyServer.close(() => resolve()) : resolve(),
  );
});

describe('mpayVerify against the sandbox', () => {
  it('succeeds with a sandbox token, fails on the wrong SMS code, and reports a repeated order', async () => {
    const noOrder = orderNo('MPAY');
    const { token } = env.sandbox.issueToken({
      oidPartner: MERCHANT,
      noOrder,
      moneyOrder: '55.40',
    });
    const wrong = await failure(
      client.mpayVerify({ no_order: noOrder, token, money_order: '55.40', verify_code: '000000' }),
    );
    expect(wrong).toMatchObject({ retCode: '1900', retMsg: '短信码校验错误', verified: true });

    const paid = await client.mpayVerify({
      no_order: noOrder,
      token,
      money_order: '55.40',
      verify_code: '123456',
    });
    expect(paid).toMatchObject({
      branch: 'paid',
      retCode: '0000',
      data: { no_order: noOrder, result_pay: 'SUCCESS' },
    });

    const again = await failure(
      client.mpayVerify({ no_order: noOrder, token, money_order: '55.40', verify_code: '123456' }),
    );
    expect(again).toMatchObject({ retCode: '1002', retMsg: '第三方单号重复' });
  });

  it('refuses an unknown token, a bad signature and an amount above the limit', async () => {
    const noOrder = orderNo('MPAY');
    expect(
      await failure(
        client.mpayVerify({
          no_order: noOrder,
          token: 'f'.repeat(32),
          money_order: '1.00',
          verify_code: '123456',
        }),
      ),
    ).toMatchObject({ retCode: '1000' });
    const { token } = env.sandbox.issueToken({
      oidPartner: MERCHANT,
      noOrder,
      moneyOrder: '6000.00',
    });
    expect(
      await failure(
        client.mpayVerify({
          no_order: noOrder,
          token,
          money_order: '6000.00',
          verify_code: '123456',
        }),
      ),
    ).toMatchObject({ retCode: '1019', retMsg: '单笔金额超限' });
    const other = await rsaKeyPair(1024);
    const forger = clientFor({ privateKey: other.pkcs8Pem });
    expect(
      await failure(
        forger.mpayVerify({
          no_order: noOrder,
          token,
          money_order: '6000.00',
          verify_code: '123456',
        }),
      ),
    ).toMatchObject({ retCode: '1001', retMsg: '商户请求签名错误', verified: true });
  });
});

describe('easypayVerify against the sandbox', () => {
  it('succeeds, fails on a mismatched dt_order, and reports a repeated order', async () => {
    const noOrder = orderNo('EASY');
    const response = await fetch(`${env.sandbox.url}/sandbox/tokens`, {
      method: 'POST',
      body: JSON.stringify({
        oid_partner: MERCHANT,
        no_order: noOrder,
        money_order: '12.50',
        dt_order: '20170801225714',
      }),
    });
    expect(response.status).toBe(201);
    const { token } = (await response.json()) as { token: string };
    const base = { no_order: noOrder, token, money_order: '12.50', verify_code: '654321' };
    expect(
      await failure(client.easypayVerify({ ...base, dt_order: '20170801225715' })),
    ).toMatchObject({ retCode: '1004', retMsg: '商户请求参数校验错误（dt_order）' });
    const paid = await client.easypayVerify({ ...base, dt_order: '20170801225714' });
    expect(paid).toMatchObject({
      branch: 'paid',
      data: { dt_order: '20170801225714', money_order: '12.50' },
    });
    expect(
      await failure(client.easypayVerify({ ...base, dt_order: '20170801225714' })),
    ).toMatchObject({ retCode: '1002' });
  });

  it('issueToken and holdPayout take options, with dtOrder, under the rules of their endpoints', async () => {
    const schemas = loadModel().spec.components?.schemas as Record<string, any>;
    const noOrder = orderNo('EASY');
    const { token } = env.sandbox.issueToken({
      oidPartner: MERCHANT,
      noOrder,
      moneyOrder: '12.50',
      dtOrder: '20170801225714',
    });
    const paid = await client.easypayVerify({
      no_order: noOrder,
      token,
      money_order: '12.50',
      verify_code: '654321',
      dt_order: '20170801225714',
    });
    expect(paid).toMatchObject({ branch: 'paid', data: { dt_order: '20170801225714' } });

    // A broken option is a typed error naming the option, as the endpoint names the field.
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const order = { oidPartner: MERCHANT, noOrder: orderNo('RULE'), moneyOrder: '1.00' };
    expect(refusal(() => env.sandbox.issueToken({ ...order, dtOrder: '20171301225714' }))).toEqual(
      new ConfigurationError(
        'SANDBOX_ORDER',
        `dtOrder ${schemas.DateTime14['x-lianlian-rule']}`,
        'dtOrder',
      ),
    );
    const cases = [
      [() => env.sandbox.issueToken({ ...order, moneyOrder: '12.5' }), 'moneyOrder'],
      [() => env.sandbox.issueToken({ ...order, oidPartner: '201304121000009999' }), 'oidPartner'],
      [() => env.sandbox.holdPayout({ ...order, dtOrder: '2017' }), 'dtOrder'],
      [() => env.sandbox.holdPayout({ ...order, infoOrder: 'x&a=1' }), 'infoOrder'],
    ] as const;
    for (const [run, field] of cases) {
      expect(refusal(run)).toMatchObject({
        name: 'ConfigurationError',
        code: 'SANDBOX_ORDER',
        field,
      });
    }
  });

  it('rejects a malformed token request', async () => {
    const response = await fetch(`${env.sandbox.url}/sandbox/tokens`, {
      method: 'POST',
      body: JSON.stringify({ oid_partner: MERCHANT, no_order: 'x', money_order: '12.5' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field: 'money_order' });
  });

  it("checks the order it is given with the spec's own field rules", async () => {
    const schemas = loadModel().spec.components?.schemas as Record<string, any>;
    const tokenFor = (order: Record<string, string>) =>
      fetch(`${env.sandbox.url}/sandbox/tokens`, {
        method: 'POST',
        body: JSON.stringify({ oid_partner: MERCHANT, money_order: '1.00', ...order }),
      });
    // Month 13 is fourteen digits but not a time: DateTime14's pattern refuses it.
    const month13 = await tokenFor({ no_order: orderNo('RULE'), dt_order: '20171301225714' });
    expect(month13.status).toBe(400);
    expect(await month13.json()).toEqual({
      field: 'dt_order',
      error: `dt_order ${schemas.DateTime14['x-lianlian-rule']}`,
    });
    const longInfo = await fetch(`${env.sandbox.url}/sandbox/payouts`, {
      method: 'POST',
      body: JSON.stringify({
        oid_partner: MERCHANT,
        no_order: orderNo('RULE'),
        money_order: '1.00',
        info_order: 'x'.repeat(schemas.InfoOrder.maxLength + 1),
      }),
    });
    expect(longInfo.status).toBe(400);
    expect(await longInfo.json()).toMatchObject({ field: 'info_order' });
    // An order number the spec allows is logged on one line, whatever it contains.
    // Six digits at most: a longer run is masked in the log like a card number.
    const odd = `RULE\n${Date.now() % 1_000_000}\u2028x`;
    expect((await tokenFor({ no_order: odd })).status).toBe(201);
    const line = env.logs.find((l) => l.includes('sandbox tokens') && l.includes('RULE '));
    expect(line).toMatch(/no_order=RULE \d+ x /);
    // The rules come from the schemas through the generated catalogue, not from a copy.
    expect(sandboxCatalogue.fieldRules.money_order?.pattern?.source).toBe(
      new RegExp(schemas.MoneyOrder.pattern, 'u').source,
    );
  });
});

describe('instantPayConfirm against the sandbox', () => {
  it('opens the envelope, confirms a held payout, notifies notify_url until acknowledged, and reports a repeat', async () => {
    payoutFailuresLeft = 2;
    const noOrder = orderNo('PAYOUT');
    // dtOrder is the order time the payout's notification carries (the endpoint's dt_order).
    const { confirm_code } = env.sandbox.holdPayout({
      oidPartner: MERCHANT,
      noOrder,
      moneyOrder: '88.00',
      dtOrder: '20240102030405',
      infoOrder: 'salary',
    });
    const params = {
      api_version: '1.0' as const,
      no_order: noOrder,
      confirm_code,
      notify_url: notifyUrl,
    };
    expect(
      await failure(
        client.instantPayConfirm({
          ...params,
          confirm_code: confirm_code === '111111' ? '222222' : '111111',
        }),
      ),
    ).toMatchObject({ retCode: '1004' });

    const confirmed = await client.instantPayConfirm(params);
    expect(confirmed).toMatchObject({ retCode: '0000', data: { no_order: noOrder } });
    await env.sandbox.notificationsSettled();
    const delivery = env.sandbox.deliveries.find((d) => d.order === noOrder)!;
    expect(delivery).toMatchObject({ acknowledged: true, attempts: 3 });
    expect(payoutCallbackRuns).toBe(3);
    expect(payouts.filter((p) => p.no_order === noOrder)).toEqual([
      expect.objectContaining({
        result_pay: 'SUCCESS',
        money_order: '88.00',
        dt_order: '20240102030405',
        info_order: 'salary',
        oid_paybill: confirmed.data.oid_paybill,
      }),
    ]);

    expect(await failure(client.instantPayConfirm(params))).toMatchObject({
      retCode: '1002',
      retMsg: '第三方单号重复',
    });
  });

  it('reports a payout above the limit as FAILURE in its notification, and an unknown payout as 4001', async () => {
    const noOrder = orderNo('BIG');
    const { confirm_code } = env.sandbox.holdPayout({
      oidPartner: MERCHANT,
      noOrder,
      moneyOrder: '9000.00',
    });
    await client.instantPayConfirm({
      api_version: '1.1',
      no_order: noOrder,
      confirm_code,
      notify_url: notifyUrl,
    });
    await env.sandbox.notificationsSettled();
    expect(payouts.find((p) => p.no_order === noOrder)).toMatchObject({ result_pay: 'FAILURE' });
    expect(
      await failure(
        client.instantPayConfirm({
          api_version: '1.0',
          no_order: orderNo('NONE'),
          confirm_code: '123456',
          notify_url: notifyUrl,
        }),
      ),
    ).toMatchObject({ retCode: '4001' });
  });

  it('answers 4007 when the envelope was encrypted for another key', async () => {
    const other = await rsaKeyPair(1024);
    const wrongKey = clientFor({
      lianlianPublicKey: [other.spkiPem, env.sandbox.lianlianPublicKeyPem],
    });
    const error = await failure(
      wrongKey.instantPayConfirm({
        api_version: '1.0',
        no_order: orderNo('ENV'),
        confirm_code: '123456',
        notify_url: notifyUrl,
      }),
    );
    expect(error).toMatchObject({ retCode: '4007', retMsg: '敏感信息解密异常', verified: false });
  });
});

describe('sandbox command line', () => {
  it('prints its keys, serves requests and stops cleanly on SIGTERM', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lianlian-sandbox-'));
    try {
      const child = spawnSandboxBin(dir);
      let output = '';
      const url = await sandboxBinUrl(child, (text) => {
        output = text;
      });
      const answer = await fetch(`${url}/v1/bankcardprepay`, { method: 'POST', body: 'not json' });
      expect(await answer.json()).toEqual({ ret_code: '1012', ret_msg: '请求报文解析失败' });
      const exited = new Promise<number | null>((resolve) =>
        child.once('exit', (code) => resolve(code)),
      );
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('merchant-private.pem');
      expect(output).toContain('sandbox POST /v1/bankcardprepay mpayVerify → 1012');
      expect(output).toContain('sandbox stopped');
      expect(output).not.toContain('PRIVATE KEY');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('takes the payout rules as options: --balance and --duplicate-payout-hours', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lianlian-sandbox-'));
    const cwd = path.resolve(import.meta.dirname, '../..');
    try {
      const args = ['generated/dist/sandbox.js', '--port', '0', '--keys-dir', dir];
      const child = spawn(
        process.execPath,
        [...args, '--balance', '123.45', '--duplicate-payout-hours', '0'],
        { cwd },
      );
      const url = await sandboxBinUrl(child);
      const index = await (await fetch(url)).text();
      expect(index).toContain('within 0 hours');
      expect(index).toContain('123.45 to start with');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;

      const bad = spawn(process.execPath, [...args, '--balance', '1.234'], { cwd });
      let errors = '';
      bad.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      const code = await new Promise((resolve) => bad.once('exit', resolve));
      expect(code).toBe(2);
      expect(errors).toContain('--balance must be an amount with at most two decimals');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
