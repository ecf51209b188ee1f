// The MPAY Direct payment flow end to end (direct-flow.ts), and the shared URLs: MPAY Apply and
// Verify both go to /v1/bankcardprepay, the MPAY and Easypay queries to /orderquery.htm, the
// fragment that names each in the spec never on the wire.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLianLianClient, HttpStatusError } from '../../../generated/src/index.js';
import { everyOperationAt } from '../../support/base-urls.js';
import { rsaKeyPair } from '../../support/keys.js';
import { MERCHANT } from '../../support/e2e-sandbox.js';
import { directPaymentFlow } from './direct-flow.js';

describe('MPAY Direct payment in the sandbox', () => {
  directPaymentFlow({
    name: 'mpay',
    notification: 'mpayNotify',
    smsSentCode: '8888',
    payType: '2',
    applyExtra: {},
    unsignedCardNo: true,
  });
});

describe('APIs sharing a URL', () => {
  // A plain HTTP server that records each request line as it arrives and answers 502.
  let server: Server;
  let url: string;
  const targets: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      targets.push(`${req.method} ${req.url}`);
      req.resume();
      req.on('end', () => res.writeHead(502).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends each request to the documented URL, without the fragment naming the API', async () => {
    const [merchant, lianlian] = await Promise.all([rsaKeyPair(2048), rsaKeyPair(2048)]);
    const client = createLianLianClient({
      oidPartner: MERCHANT,
      privateKey: merchant.pkcs8Base64,
      lianlianPublicKey: lianlian.spkiPem,
      signType: 'RSA',
      baseUrls: everyOperationAt(url),
    });
    const risk = JSON.stringify({
      frms_ware_category: '1009',
      user_info_mercht_userno: 'u',
      user_info_bind_phone: '13800138000',
      user_info_dt_register: '20250101120000',
      goods_name: 'pen',
    });
    const calls = [
      client.mpayApply({
        user_id: 'u',
        busi_partner: '101001',
        no_order: 'A1',
        dt_order: '20260801120000',
        name_goods: 'pen',
        money_order: '1.00',
        notify_url: 'https://merchant.example/notify',
        risk_item: risk,
        pay_type: '2',
        acct_name: '张三',
        no_agree: '2026080112345678',
      }),
      client.mpayQuery({ no_order: 'A1', dt_order: '20260801120000' }),
      client.easypayQuery({ no_order: 'A1', dt_order: '20260801120000' }),
    ];
    for (const call of calls) await expect(call).rejects.toBeInstanceOf(HttpStatusError);
    expect(targets).toEqual([
      'POST /v1/bankcardprepay',
      'POST /orderquery.htm',
      'POST /orderquery.htm',
    ]);
  });
});
