// The sandbox's payout ledger (state/payouts.ts): balances kept in fen, held payouts closing after
// 24 hours, duplicates spotted per merchant and card within the window.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SandboxPayoutLedger } from '../../generated/src/runtime/sandbox/state/payouts.js';

const amount = fc
  .tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }))
  .map(([yuan, fen]) => `${yuan}.${String(fen).padStart(2, '0')}`);

describe('SandboxPayoutLedger', () => {
  it('reports any balance it was given, and takes exactly a successful payout from it', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 10_000 }), (balance, fen) => {
        const ledger = new SandboxPayoutLedger('0.00', () => new Date());
        ledger.setAccount({ oidPartner: '1', balance });
        expect(ledger.balances('1').balance).toBe(balance);
        const money = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
        const exceeds = ledger.exceedsBalance('1', money);
        const inCents = BigInt(balance.replace('.', ''));
        expect(exceeds).toBe(BigInt(fen) > inCents);
        if (exceeds) return;
        const record = ledger.add({ oidPartner: '1', noOrder: 'A', moneyOrder: money }, false);
        ledger.settle(record, '2026112900000001', false, '20261129');
        const left = inCents - BigInt(fen);
        expect(ledger.balances('1').balance).toBe(
          `${left / 100n}.${String(left % 100n).padStart(2, '0')}`,
        );
      }),
    );
  });

  it('leaves the balance alone for a failed payout and refuses amounts it cannot read', () => {
    const ledger = new SandboxPayoutLedger('10.00', () => new Date());
    const record = ledger.add({ oidPartner: '1', noOrder: 'A', moneyOrder: '5.00' }, false);
    ledger.settle(record, '2026112900000001', true, '20261129');
    expect(record.status).toBe('FAILURE');
    expect(ledger.balances('1')).toEqual({ balance: '10.00', unsettled: '0.00' });
    expect(ledger.exceedsBalance('1', '1e3')).toBe(true);
    expect(() => ledger.setAccount({ oidPartner: '1', balance: '1.234' })).toThrow(TypeError);
    expect(() => new SandboxPayoutLedger('ten', () => new Date())).toThrow(TypeError);
  });

  it('spots a payout to the same card of the same merchant within the window only', () => {
    let now = new Date('2026-11-29T00:00:00Z');
    const ledger = new SandboxPayoutLedger('100.00', () => now);
    ledger.add({ oidPartner: '1', noOrder: 'A', moneyOrder: '1.00', card: '6216' }, false);
    expect(ledger.recentPayoutTo('1', '6216', 24)).toBe(true);
    expect(ledger.recentPayoutTo('2', '6216', 24)).toBe(false);
    expect(ledger.recentPayoutTo('1', '6217', 24)).toBe(false);
    expect(ledger.recentPayoutTo('1', '6216', 0)).toBe(false);
    now = new Date(now.getTime() + 24 * 3_600_000 + 1);
    expect(ledger.recentPayoutTo('1', '6216', 24)).toBe(false);
  });

  it('closes a held payout once 24 hours have passed without confirmation', () => {
    let now = new Date('2026-11-29T00:00:00Z');
    const ledger = new SandboxPayoutLedger('100.00', () => now);
    const held = ledger.add({ oidPartner: '1', noOrder: 'A', moneyOrder: '1.00' }, true);
    expect(held.confirmCode).toMatch(/^[0-9]{6}$/);
    now = new Date(now.getTime() + 24 * 3_600_000);
    expect(ledger.byOrder('1', 'A')?.status).toBe('CHECK');
    now = new Date(now.getTime() + 1);
    expect(ledger.byOrder('1', 'A')).toMatchObject({ status: 'CLOSED' });
    expect(ledger.byOrder('1', 'A')?.confirmCode).toBeUndefined();
  });
});
