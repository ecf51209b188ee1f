// The sandbox's report files end to end: two Easypay payments (Apply → Verify → notification) and
// a refund of one of them (Refund Apply → notification) go through the generated client and the
// generated notification handlers, which record them as a merchant would; the day's detail and
// summary files are fetched from the sandbox (GET /sandbox/reports/<name>), written to disk and
// read back with openTransactionReport; reconcileTransactionReport matches every record and the
// summary's totals. Then one recorded amount is altered and reported as mismatched, one record
// dropped and its line reported as missing from the records.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLianLianNotificationHandler,
  openTransactionReport,
  parseTransactionReport,
  reconcileTransactionReport,
  reportFormats,
  type LianLianClient,
  type LianLianNotifications,
  type MerchantTransaction,
} from '../../../generated/src/index.js';
import { formatChinaDate } from '../../../generated/src/runtime/shared/china-time.js';
import { sandboxBinUrl, spawnSandboxBin } from '../../support/sandbox-bin.js';
import {
  MERCHANT,
  TEST_PAYER,
  TEST_RISK_ITEM,
  startTestSandbox,
  sandboxClient,
  type TestSandbox,
} from '../../support/e2e-sandbox.js';

let env: TestSandbox;
let client: LianLianClient;
let dir: string;
const servers: Server[] = [];
/** The merchant's orders and refunds, as its database holds them before LianLian confirms them. */
const orders = new Map<string, { oid_partner: string; no_order: string; money_order: string }>();
const refunds = new Map<string, { oid_partner: string; no_refund: string; money_refund: string }>();
/** The order each refund is of (the refund notification does not name it). */
const refundedOrder = new Map<string, string>();
/** What the notification handlers recorded: the merchant's side of reconciliation. */
const records: MerchantTransaction[] = [];

async function listen(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
): Promise<string> {
  const server = createServer((req, res) => void handle(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`;
}

let paymentUrl: string;
let refundUrl: string;

/** A payment as the merchant records it from its notification. */
const paymentRecord = (n: LianLianNotifications['easypayNotify']): MerchantTransaction => ({
  kind: 'payment',
  order: n.no_order,
  amount: n.money_order,
  transaction: n.oid_paybill,
  settleDate: n.settle_date,
});

/** A refund as the merchant records it from its notification, with the order it refunded. */
const refundRecord = (n: LianLianNotifications['refundNotify']): MerchantTransaction => ({
  kind: 'refund',
  order: refundedOrder.get(n.no_refund)!,
  amount: n.money_refund,
  transaction: n.oid_refundno,
  ...(n.settle_date === undefined ? {} : { settleDate: n.settle_date }),
  reference: n.no_refund,
});

beforeAll(async () => {
  env = await startTestSandbox();
  dir = await mkdtemp(path.join(os.tmpdir(), 'lianlian-reports-'));
  client = sandboxClient(env);
  paymentUrl = await listen(
    createLianLianNotificationHandler('easypayNotify', {
      publicKeys: env.sandbox.lianlianPublicKeyPem,
      findOrder: (noOrder) => orders.get(noOrder),
      onNotification: (n) => void records.push(paymentRecord(n)),
    }),
  );
  refundUrl = await listen(
    createLianLianNotificationHandler('refundNotify', {
      publicKeys: env.sandbox.lianlianPublicKeyPem,
      findOrder: (noRefund) => refunds.get(noRefund),
      onNotification: (n) => void records.push(refundRecord(n)),
    }),
  );
});

afterAll(async () => {
  await env?.sandbox.close();
  for (const server of servers) await new Promise<void>((resolve) => server.close(() => resolve()));
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

/** An Easypay payment through Apply and Verify; the notification follows. */
async function pay(noOrder: string, money: string) {
  orders.set(noOrder, { oid_partner: MERCHANT, no_order: noOrder, money_order: money });
  const order = { no_order: noOrder, dt_order: '20261129100000', money_order: money };
  const apply = await client.easypayApply({
    api_version: '1.0',
    user_id: 'user-1',
    busi_partner: '101001',
    ...order,
    name_goods: 'pen',
    info_order: 'pens',
    notify_url: paymentUrl,
    risk_item: TEST_RISK_ITEM,
    pay_type: 'M',
    ...TEST_PAYER,
  });
  const { token } = apply.data as { token: string };
  const verify = await client.easypayVerify({
    no_order: noOrder,
    dt_order: order.dt_order,
    money_order: money,
    token,
    verify_code: '246810',
  });
  expect(verify).toMatchObject({ branch: 'paid' });
}

/** Fetches one of the sandbox's report files and saves it under its own name. */
async function fetchReport(name: string): Promise<string> {
  const response = await fetch(`${env.sandbox.url}/sandbox/reports/${name}`);
  expect(response.status, name).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  const file = path.join(dir, name);
  await writeFile(file, await response.text());
  return file;
}

describe('the sandbox writes the day’s report files for what it processed', () => {
  let detail: string;
  let summaryRow: Record<string, string>;
  let settleDate: string;

  it('pays two orders and refunds part of one, each notification recorded once', async () => {
    await pay('RPT-1', '120.00');
    await pay('RPT-2', '35.50');
    refunds.set('RPT-RF-1', {
      oid_partner: MERCHANT,
      no_refund: 'RPT-RF-1',
      money_refund: '20.00',
    });
    refundedOrder.set('RPT-RF-1', 'RPT-1');
    const refund = await client.refundApply({
      no_refund: 'RPT-RF-1',
      dt_refund: '20261129110000',
      money_refund: '20.00',
      no_order: 'RPT-1',
      notify_url: refundUrl,
    });
    expect(refund).toMatchObject({ retCode: '0000' });
    await env.sandbox.notificationsSettled();
    expect(records.map((r) => [r.kind, r.order, r.amount])).toEqual([
      ['payment', 'RPT-1', '120.00'],
      ['payment', 'RPT-2', '35.50'],
      ['refund', 'RPT-1', '20.00'],
    ]);
    settleDate = records[0]!.settleDate!;
    expect(settleDate).toMatch(/^[0-9]{8}$/);
  });

  it('serves the detail and summary files under their documented names, parsed back without a bad line', async () => {
    detail = await fetchReport(`JYMX_${MERCHANT}_${settleDate}.txt`);
    const opened = openTransactionReport(detail);
    expect(opened).toMatchObject({ report: 'dailyDetail' });
    const lines = [];
    for await (const line of opened.lines) lines.push(line);
    expect(lines.filter((l) => !l.ok)).toEqual([]);
    expect(lines.filter((l) => l.ok).map((l) => l.ok && l.row)).toEqual([
      expect.objectContaining({
        no_order: 'RPT-1',
        money_order: '120.00',
        transaction_status: '0',
      }),
      expect.objectContaining({ no_order: 'RPT-2', money_order: '35.50', transaction_status: '0' }),
      expect.objectContaining({
        no_order: 'RPT-1',
        money_order: '-20.00',
        transaction_status: '5',
      }),
    ]);

    const summary = openTransactionReport(
      await fetchReport(`JYMXSUM_${MERCHANT}_${settleDate}.txt`),
    );
    const rows = [];
    for await (const line of summary.lines) if (line.ok) rows.push(line.row);
    expect(rows).toHaveLength(1);
    summaryRow = rows[0] as Record<string, string>;

    // Another merchant's or another day's files hold no line; a name no report has is a 404.
    const other = await fetch(`${env.sandbox.url}/sandbox/reports/JYMX_${MERCHANT}_20200101.txt`);
    expect((await other.text()).split('\r\n').filter(Boolean)).toHaveLength(1);
    expect((await fetch(`${env.sandbox.url}/sandbox/reports/report.txt`)).status).toBe(404);
  });

  const reconcile = async (mine: readonly MerchantTransaction[]) =>
    reconcileTransactionReport('dailyDetail', openTransactionReport(detail).lines, mine, {
      period: settleDate,
      summary: { format: reportFormats.dailySummary, row: summaryRow },
    });

  it('reconciles: every record matched, nothing missing, the summary agrees', async () => {
    const result = await reconcile(records);
    expect(result).toMatchObject({
      ok: true,
      mismatched: [],
      missingFromReport: [],
      missingFromRecords: [],
      invalidLineCount: 0,
      summary: [],
    });
    expect(result.matched).toHaveLength(3);
  });

  it('reports an altered record as mismatched, and a dropped one as missing from the records', async () => {
    const altered = records.map((r) => (r.order === 'RPT-2' ? { ...r, amount: '35.05' } : r));
    const changed = await reconcile(altered);
    expect(changed.ok).toBe(false);
    expect(changed.mismatched).toEqual([
      expect.objectContaining({ record: expect.objectContaining({ order: 'RPT-2' }) }),
    ]);
    expect(changed.matched).toHaveLength(2);

    const dropped = await reconcile(records.filter((r) => r.kind !== 'refund'));
    expect(dropped.ok).toBe(false);
    expect(dropped.missingFromRecords).toEqual([
      expect.objectContaining({ kind: 'refund', order: 'RPT-1', amount: '20.00' }),
    ]);
  });
});

describe('the lianlian-sandbox executable serves the report files too', () => {
  it('answers the day’s summary of a merchant with nothing processed: one row of zeros', async () => {
    const keys = await mkdtemp(path.join(os.tmpdir(), 'lianlian-sandbox-reports-'));
    const child = spawnSandboxBin(keys);
    try {
      const url = await sandboxBinUrl(child);
      const name = `JYMXSUM_${MERCHANT}_${formatChinaDate(new Date())}.txt`;
      const response = await fetch(`${url}/sandbox/reports/${name}`);
      expect(response.status).toBe(200);
      const rows = [];
      for await (const line of parseTransactionReport('dailySummary', await response.text()))
        rows.push(line);
      expect(rows).toEqual([
        expect.objectContaining({
          ok: true,
          row: expect.objectContaining({ total_transaction_count: '0' }),
        }),
      ]);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(keys, { recursive: true, force: true });
    }
  }, 30_000);
});
