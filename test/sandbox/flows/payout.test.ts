// The payout flow (Instant payment) end to end, through the generated client and notification
// handler against a real local sandbox: apply → held as a suspected duplicate → confirm →
// notification handled once → query says SUCCESS → balance reduced; and a payout that is not held
// goes straight to its notification; a payout naming another acct_name than the card's first
// payout is held as 4003, or 4004 when also a duplicate, and released by confirm alike. The
// sandbox's rules are those of spec/guides/flows-instant-payment.md.
import { describe, expect, it } from 'vitest';
import {
  RETURN_CODES,
  createLianLianNotificationHandler,
  type LianLianClient,
  type LianLianNotifications,
} from '../../../generated/src/index.js';
import {
  MERCHANT,
  businessFailure,
  closedAfterEach,
  sandboxClient,
  startMerchantEndpoint,
  startTestSandbox,
  type TestSandbox,
} from '../../support/e2e-sandbox.js';

type Payout = LianLianNotifications['instantPayNotify'];

const CARD = '6216260000000000018';
const OTHER_CARD = '6222020000000000017';

const open = closedAfterEach();
let env: TestSandbox | undefined;
let merchant: { url: string; received: Payout[] } | undefined;
/** The merchant's own payout records, by no_order, as findOrder reads them. */
let orders: Map<string, { oid_partner: string; no_order: string; money_order: string }>;

/** A sandbox with these options, and a merchant server whose notify_url runs the handler. */
async function setup(overrides: Parameters<typeof startTestSandbox>[0] = {}) {
  env = await startTestSandbox({
    ...overrides,
    rules: { merchantBalance: '500.00', ...overrides.rules },
  });
  open.push(env.sandbox);
  orders = new Map();
  const received: Payout[] = [];
  const handle = createLianLianNotificationHandler('instantPayNotify', {
    publicKeys: env.sandbox.lianlianPublicKeyPem,
    findOrder: (noOrder) => orders.get(noOrder),
    onNotification: (notification) => {
      received.push(notification);
    },
  });
  const shop = await startMerchantEndpoint(handle, '/payout-notify');
  open.push(shop);
  merchant = { url: shop.url, received };
  return { sandbox: env.sandbox, merchant, api: sandboxClient(env) };
}

/** A payout the merchant records before applying, as its notification handler will look it up. */
function payout(noOrder: string, moneyOrder: string, card: string, acctName = '张三') {
  orders.set(noOrder, { oid_partner: MERCHANT, no_order: noOrder, money_order: moneyOrder });
  return {
    api_version: '1.1' as const,
    flag_card: '0' as const,
    money_order: moneyOrder,
    no_order: noOrder,
    dt_order: '20261129100000',
    card_no: card,
    acct_name: acctName,
    info_order: `payout ${noOrder}`,
    memo: '代付',
    notify_url: merchant!.url,
  };
}

/** Confirms a held payout; the sandbox answers 0000 and the payout goes ahead. */
async function confirm(api: LianLianClient, noOrder: string, confirmCode: string) {
  const confirmed = await api.instantPayConfirm({
    api_version: '1.1',
    confirm_code: confirmCode,
    no_order: noOrder,
    notify_url: merchant!.url,
  });
  expect(confirmed).toMatchObject({ retCode: '0000' });
  return confirmed;
}

describe('the payout flow in the sandbox', () => {
  it('holds a second payout to the same card, releases it on confirm, notifies once, and charges the balance', async () => {
    // Two identical copies per notification attempt: the handler still records each payout once.
    const { sandbox, merchant, api } = await setup({ notifyCopies: 2 });
    const first = await api.instantPayApply(payout('PAYOUT-1', '100.00', CARD));
    expect(first).toMatchObject({ branch: 'success', retCode: '0000' });
    expect(first.data).toMatchObject({ no_order: 'PAYOUT-1' });
    await sandbox.notificationsSettled();

    // Within 24 hours the same card again: a suspected duplicate, held with a confirm code.
    const second = await api.instantPayApply(payout('PAYOUT-2', '50.00', CARD));
    expect(second).toMatchObject({
      branch: 'held',
      retCode: '4002',
      category: 'merchant-fix-needed',
    });
    if (second.branch !== 'held') throw new Error('expected the held branch');
    expect(second.data.confirm_code).toMatch(/^[0-9]{6}$/);

    // Held: no transaction yet, nothing taken from the balance, no notification.
    const heldState = await api.instantPayQuery({ no_order: 'PAYOUT-2' });
    expect(heldState.data).toMatchObject({ result_pay: 'CHECK', money_order: '50.00' });
    expect(heldState.data).not.toHaveProperty('oid_paybill');
    expect((await api.balanceQuery({ api_version: '1.1' })).data).toMatchObject({
      amt_balance: '400.00',
    });

    const confirmed = await confirm(api, 'PAYOUT-2', second.data.confirm_code);
    await sandbox.notificationsSettled();

    expect(merchant.received.map((n) => [n.no_order, n.result_pay])).toEqual([
      ['PAYOUT-1', 'SUCCESS'],
      ['PAYOUT-2', 'SUCCESS'],
    ]);
    expect(sandbox.deliveries.every((d) => d.acknowledged)).toBe(true);

    const paid = await api.instantPayQuery({ no_order: 'PAYOUT-2' });
    expect(paid).toMatchObject({ branch: 'paid', retCode: '0000' });
    expect(paid.data).toMatchObject({
      result_pay: 'SUCCESS',
      oid_paybill: confirmed.data.oid_paybill,
      info_order: 'payout PAYOUT-2',
    });
    expect((await api.balanceQuery({ api_version: '1.0' })).data).toMatchObject({
      amt_balance: '350.00',
      amt_unsettle: '0.00',
    });

    // The confirm code works once: a second confirm is refused.
    await expect(
      api.instantPayConfirm({
        api_version: '1.1',
        confirm_code: second.data.confirm_code,
        no_order: 'PAYOUT-2',
        notify_url: merchant.url,
      }),
    ).rejects.toMatchObject({ retCode: '1002' });
  }, 30_000);

  it.each([
    // Another name, the card's first payout outside the duplicate window (turned off): 4003.
    { code: '4003', duplicateHours: 0 },
    // Another name and within the duplicate window: 4004.
    { code: '4004', duplicateHours: 24 },
  ] as const)(
    'holds a payout naming another acct_name than the card has ($code), confirm → notification → query',
    async ({ code, duplicateHours }) => {
      const { sandbox, merchant, api } = await setup({
        rules: { duplicatePayoutHours: duplicateHours },
      });
      const first = await api.instantPayApply(payout('NAME-1', '10.00', CARD));
      expect(first).toMatchObject({ branch: 'success', retCode: '0000' });
      // The same name again is no mismatch: without the duplicate window it goes ahead.
      if (duplicateHours === 0) {
        const same = await api.instantPayApply(payout('NAME-2', '11.00', CARD));
        expect(same).toMatchObject({ branch: 'success', retCode: '0000' });
      }
      const other = await api.instantPayApply(payout('NAME-3', '20.00', CARD, '李四'));
      expect(other).toMatchObject({ branch: 'held', retCode: code });
      if (other.branch !== 'held') throw new Error('expected the held branch');
      expect(other.retMsg).toBe(RETURN_CODES[code]!.message);
      expect(other.category).toBe(RETURN_CODES[code]!.category);
      const held = await api.instantPayQuery({ no_order: 'NAME-3' });
      expect(held.data).toMatchObject({ result_pay: 'CHECK' });

      const confirmed = await confirm(api, 'NAME-3', other.data.confirm_code);
      await sandbox.notificationsSettled();
      expect(merchant.received.map((n) => [n.no_order, n.result_pay])).toContainEqual([
        'NAME-3',
        'SUCCESS',
      ]);
      const paid = await api.instantPayQuery({ no_order: 'NAME-3' });
      expect(paid).toMatchObject({ branch: 'paid' });
      expect(paid.data).toMatchObject({ oid_paybill: confirmed.data.oid_paybill });

      // The holder stays the first name: the first name on another order still goes ahead
      // (4003) or is a plain duplicate (4004 → 4002).
      const again = await api.instantPayApply(payout('NAME-4', '1.00', CARD));
      expect(again.retCode).toBe(duplicateHours === 0 ? '0000' : '4002');
      // The log says why it was held, and never shows the card number in full.
      const logged = env!.logs.join('\n');
      expect(logged).toContain(`${code} (payout held)`);
      expect(logged).not.toContain(CARD);
    },
    30_000,
  );

  it('pays a payout that is not held straight away: notification, then the query says SUCCESS', async () => {
    const { sandbox, merchant, api } = await setup();
    const applied = await api.instantPayApply(payout('PAYOUT-3', '12.34', OTHER_CARD));
    if (applied.branch !== 'success') throw new Error(`expected success, got ${applied.branch}`);
    await sandbox.notificationsSettled();
    expect(merchant.received).toHaveLength(1);
    expect(merchant.received[0]).toMatchObject({
      no_order: 'PAYOUT-3',
      money_order: '12.34',
      result_pay: 'SUCCESS',
      info_order: 'payout PAYOUT-3',
    });
    const queried = await api.instantPayQuery({ no_order: 'PAYOUT-3' });
    expect(queried).toMatchObject({ branch: 'paid' });
    expect(queried.data).toMatchObject({
      oid_paybill: applied.data.oid_paybill,
      settle_date: merchant.received[0]!.settle_date,
    });
    expect((await api.balanceQuery({ api_version: '1.1' })).data).toMatchObject({
      amt_balance: '487.66',
    });
  }, 30_000);

  it('refuses a used no_order (1002), an amount above the balance (5006) and an unknown order (8901)', async () => {
    const { sandbox, api } = await setup();
    await api.instantPayApply(payout('PAYOUT-4', '1.00', CARD));
    const failures = await Promise.all([
      businessFailure(api.instantPayApply(payout('PAYOUT-4', '1.00', OTHER_CARD))),
      businessFailure(api.instantPayApply(payout('PAYOUT-5', '499.01', OTHER_CARD))),
      businessFailure(api.instantPayQuery({ no_order: 'NO-SUCH-PAYOUT' })),
    ]);
    expect(failures.map((e) => e.retCode)).toEqual(['1002', '5006', '8901']);
    // A business account without its bank's code never leaves the client.
    await expect(
      api.instantPayApply({ ...payout('PAYOUT-9', '1.00', OTHER_CARD), flag_card: '1' }),
    ).rejects.toMatchObject({ code: 'REQUEST_INVALID', field: 'bank_code' });
    // The account setup call names the option it refuses.
    expect(() => sandbox.setMerchantAccount({ oidPartner: MERCHANT, balance: '1.234' })).toThrow(
      expect.objectContaining({ code: 'SANDBOX_ORDER', field: 'balance' }),
    );
    expect(() => sandbox.setMerchantAccount({ oidPartner: '999', payouts: false })).toThrow(
      expect.objectContaining({ code: 'SANDBOX_ORDER', field: 'oidPartner' }),
    );
    // Nothing but the first payout left the balance.
    expect((await api.balanceQuery({ api_version: '1.1' })).data).toMatchObject({
      amt_balance: '499.00',
    });
  }, 30_000);

  it('reports a payout above the amount limit as FAILURE and gives the balance back', async () => {
    const { sandbox, merchant, api } = await setup({ rules: { amountLimit: '100.00' } });
    await api.instantPayApply(payout('PAYOUT-6', '200.00', CARD));
    await sandbox.notificationsSettled();
    expect(merchant.received.map((n) => n.result_pay)).toEqual(['FAILURE']);
    expect(merchant.received[0]).not.toHaveProperty('settle_date');
    const queried = await api.instantPayQuery({ no_order: 'PAYOUT-6' });
    expect(queried).toMatchObject({ branch: 'success' });
    expect(queried.data).toMatchObject({ result_pay: 'FAILURE' });
    expect((await api.balanceQuery({ api_version: '1.1' })).data).toMatchObject({
      amt_balance: '500.00',
    });
  }, 30_000);

  it('closes a held payout not confirmed within 24 hours', async () => {
    let now = new Date('2026-11-29T02:00:00Z');
    const { merchant, api } = await setup({ now: () => now });
    await api.instantPayApply(payout('PAYOUT-7', '1.00', CARD));
    const held = await api.instantPayApply(payout('PAYOUT-8', '1.00', CARD));
    expect(held.branch).toBe('held');
    now = new Date(now.getTime() + 24 * 3_600_000 + 1_000);
    const queried = await api.instantPayQuery({ no_order: 'PAYOUT-8' });
    expect(queried.data).toMatchObject({ result_pay: 'CLOSED' });
    const late = await api
      .instantPayConfirm({
        api_version: '1.1',
        confirm_code: (held.data as { confirm_code: string }).confirm_code,
        no_order: 'PAYOUT-8',
        notify_url: merchant.url,
      })
      .catch((e: unknown) => e);
    expect(late).toMatchObject({ retCode: '4001' });
  }, 30_000);
});
