// Claims on a payment are leases: a callback that never settles, a store whose release throws and
// a process that dies mid-callback delay a payment by one lease, never block it for good. The
// store's clock is injected, so a lease runs out without waiting for it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  createLianLianNotificationHandler,
  MemoryNotificationStore,
  signParams,
  type LianLianNotifications,
  type NotificationRequestHandler,
} from '../../generated/src/index.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';

type Notification = LianLianNotifications['webPaymentNotify'];

let lianlian: TestKeyPair;
beforeAll(async () => {
  lianlian = await rsaKeyPair(1024);
});

const ORDER = { oid_partner: '201304121000001004', no_order: 'lease-order', money_order: '8.00' };
const LEASE_MS = 60_000;

function body(oidPaybill: string): string {
  const fields = {
    oid_partner: ORDER.oid_partner,
    sign_type: 'RSA',
    dt_order: '20170801225714',
    no_order: ORDER.no_order,
    oid_paybill: oidPaybill,
    money_order: ORDER.money_order,
    result_pay: 'SUCCESS',
    pay_type: 'M',
  };
  return JSON.stringify(signParams(fields, { privateKey: lianlian.privateKey }));
}

/** A store over an injected clock, advanced by hand. */
function clockedStore() {
  const clock = { now: 1_700_000_000_000 };
  const store = new MemoryNotificationStore({ now: () => clock.now });
  return { clock, store };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

async function serve(
  handler: NotificationRequestHandler,
): Promise<(text: string) => Promise<number>> {
  const server = createServer((req, res) => handler(req, res));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`;
  return (text) =>
    fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'text/json;charset=utf-8' },
      body: text,
      // A handler that never answers fails the test here instead of at the test timeout.
      signal: AbortSignal.timeout(10_000),
    }).then((r) => r.status);
}

function handler(
  store: MemoryNotificationStore,
  onNotification: (n: Notification, signal: AbortSignal) => void | Promise<void>,
  extra: { callbackTimeoutMs?: number; log?: (line: string) => void } = {},
): NotificationRequestHandler {
  return createLianLianNotificationHandler('webPaymentNotify', {
    publicKeys: lianlian.spkiPem,
    findOrder: () => ORDER,
    onNotification: (n, _accepted, context) => onNotification(n, context.signal),
    store,
    leaseMs: LEASE_MS,
    ...extra,
  });
}

describe('notification claims are leases', () => {
  it('a callback that never settles is timed out, its signal aborted, and the next delivery after the lease runs it', async () => {
    const { clock, store } = clockedStore();
    const signals: AbortSignal[] = [];
    const handled: string[] = [];
    let hang = true;
    const logs: string[] = [];
    const send = await serve(
      handler(
        store,
        (n, signal) => {
          signals.push(signal);
          if (hang) return new Promise<void>(() => {});
          handled.push(n.oid_paybill);
        },
        { callbackTimeoutMs: 50, log: (line) => logs.push(line) },
      ),
    );
    const text = body('2017080100000001');
    expect(await send(text)).toBe(500);
    expect(signals[0]?.aborted).toBe(true);
    expect(logs.at(-1)).toMatch(
      /callback still running after 50 ms; the claim lapses after 60000 ms/,
    );
    // Within the lease the hung callback may still finish: a resend must not run it twice.
    hang = false;
    expect(await send(text)).toBe(503);
    clock.now += LEASE_MS;
    expect(await send(text)).toBe(200);
    expect(handled).toEqual(['2017080100000001']);
    expect(await send(text)).toBe(200);
    expect(handled).toHaveLength(1);
  });

  it('a callback that succeeds after its timeout is recorded, not run again', async () => {
    const { store } = clockedStore();
    let finish: () => void = () => {};
    let runs = 0;
    const send = await serve(
      handler(
        store,
        () => {
          runs += 1;
          return new Promise<void>((resolve) => (finish = resolve));
        },
        { callbackTimeoutMs: 50 },
      ),
    );
    const text = body('2017080100000002');
    expect(await send(text)).toBe(500);
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(await send(text)).toBe(200);
    expect(runs).toBe(1);
  });

  it('a signal first read after the timeout is already aborted; a synchronous callback gets a live one', async () => {
    const { store } = clockedStore();
    let context: { readonly signal: AbortSignal } | undefined;
    const send = await serve(
      createLianLianNotificationHandler('webPaymentNotify', {
        publicKeys: lianlian.spkiPem,
        findOrder: () => ORDER,
        onNotification: (_n, _accepted, c) => {
          context = c;
          return new Promise<void>(() => {});
        },
        store,
        leaseMs: LEASE_MS,
        callbackTimeoutMs: 50,
      }),
    );
    expect(await send(body('2017080100000005'))).toBe(500);
    const late = context?.signal;
    expect(late?.aborted).toBe(true);
    expect((late?.reason as Error).name).toBe('TimeoutError');
    expect(context?.signal).toBe(late);

    const signals: AbortSignal[] = [];
    const sendSync = await serve(
      handler(clockedStore().store, (_n, signal) => void signals.push(signal), {
        callbackTimeoutMs: 50,
      }),
    );
    expect(await sendSync(body('2017080100000006'))).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(false);
  });

  it('a store whose release throws after a failed callback blocks the payment for one lease only', async () => {
    const { clock } = clockedStore();
    class BrokenRelease extends MemoryNotificationStore {
      override release(): void {
        throw new Error('database down');
      }
    }
    const broken = new BrokenRelease({ now: () => clock.now });
    let fail = true;
    const handled: string[] = [];
    const send = await serve(
      handler(broken, (n) => {
        if (fail) throw new Error('callback failed');
        handled.push(n.oid_paybill);
      }),
    );
    const text = body('2017080100000003');
    expect(await send(text)).toBe(500);
    fail = false;
    expect(await send(text)).toBe(503);
    clock.now += LEASE_MS - 1;
    expect(await send(text)).toBe(503);
    clock.now += 1;
    expect(await send(text)).toBe(200);
    expect(handled).toEqual(['2017080100000003']);
  });

  it('after a process dies mid-callback, a new handler over the same store processes the next delivery after the lease', async () => {
    const { clock, store } = clockedStore();
    const text = body('2017080100000004');
    // The first process takes the claim and never answers (its callback hangs; then it "dies").
    let claimed: () => void = () => {};
    const started = new Promise<void>((resolve) => (claimed = resolve));
    const dying = await serve(
      handler(store, () => {
        claimed();
        return new Promise<void>(() => {});
      }),
    );
    const lost = dying(text).catch(() => 'connection lost');
    await started;
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      server.close();
    }
    expect(await lost).toBe('connection lost');

    const handled: string[] = [];
    const send = await serve(handler(store, (n) => void handled.push(n.oid_paybill)));
    expect(await send(text)).toBe(503);
    clock.now += LEASE_MS;
    expect(await send(text)).toBe(200);
    expect(handled).toEqual(['2017080100000004']);
  });

  it('a lapsed owner cannot release the claim of the delivery that took over', () => {
    const { clock, store } = clockedStore();
    expect(store.claim('k', { owner: 'a', ms: 10 })).toBe('claimed');
    expect(store.claim('k', { owner: 'b', ms: 10 })).toBe('busy');
    clock.now += 10;
    expect(store.claim('k', { owner: 'b', ms: 10 })).toBe('claimed');
    store.release('k', 'a');
    expect(store.claim('k', { owner: 'c', ms: 10 })).toBe('busy');
    store.release('k', 'b');
    expect(store.claim('k', { owner: 'c', ms: 10 })).toBe('claimed');
  });

  it('refuses a callback timeout that is not shorter than the lease, naming the field', () => {
    const make = (options: { leaseMs?: number; callbackTimeoutMs?: number }) => () =>
      createLianLianNotificationHandler('webPaymentNotify', {
        publicKeys: lianlian.spkiPem,
        findOrder: () => ORDER,
        onNotification: () => {},
        ...options,
      });
    expect(make({ leaseMs: 1000, callbackTimeoutMs: 1000 })).toThrow(ConfigurationError);
    expect(make({ leaseMs: 1000, callbackTimeoutMs: 1000 })).toThrow(
      expect.objectContaining({ code: 'HANDLER_OPTION', field: 'callbackTimeoutMs' }),
    );
    expect(make({ leaseMs: -5 })).toThrow(expect.objectContaining({ field: 'leaseMs' }));
    expect(make({})).not.toThrow();
  });
});
