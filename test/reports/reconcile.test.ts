// Reconciliation of a detail report with the merchant's records and the day's summary.
import { describe, expect, it } from 'vitest';
import {
  parseTransactionReport,
  reconcileTransactionReport,
  reportFormats,
} from '../../generated/src/reports.js';
import type { MerchantTransaction } from '../../generated/src/runtime/reports/reconcile.js';
import { line, paymentRow, refundRow, SETTLE_DATE, type Row } from '../support/reports/rows.js';

const report = (rows: Row[]) =>
  parseTransactionReport('dailyDetail', rows.map((r) => line(r)).join('\n'));
const pay = (
  order: string,
  amount: string,
  more: Partial<MerchantTransaction> = {},
): MerchantTransaction => ({ kind: 'payment', order, amount, ...more });
const refund = (
  order: string,
  amount: string,
  more: Partial<MerchantTransaction> = {},
): MerchantTransaction => ({ kind: 'refund', order, amount, ...more });

interface Case {
  name: string;
  rows: Row[];
  records: MerchantTransaction[];
  matched: number;
  mismatched?: { line: number; fields: string[] }[];
  missingFromReport?: string[];
  missingFromRecords?: number[];
  period?: string;
}

const CASES: Case[] = [
  {
    name: 'a payment and its partial refund, both recorded',
    rows: [paymentRow('A1', '10.00'), refundRow('A1', '4.00')],
    records: [pay('A1', '10.00'), refund('A1', '4.00')],
    matched: 2,
  },
  {
    name: 'two partial refunds matched by amount, whatever the order of the records',
    rows: [paymentRow('A1', '10.00'), refundRow('A1', '1.00'), refundRow('A1', '2.00')],
    records: [pay('A1', '10.00'), refund('A1', '2.00'), refund('A1', '1.00')],
    matched: 3,
  },
  {
    name: 'a recorded payment the report lacks',
    rows: [paymentRow('A1', '10.00')],
    records: [pay('A1', '10.00'), pay('A2', '5.00')],
    matched: 1,
    missingFromReport: ['A2'],
  },
  {
    name: 'a reported payment the merchant did not record',
    rows: [paymentRow('A1', '10.00'), paymentRow('A2', '5.00')],
    records: [pay('A1', '10.00')],
    matched: 1,
    missingFromRecords: [2],
  },
  {
    name: 'an amount that differs',
    rows: [paymentRow('A1', '10.00')],
    records: [pay('A1', '10.01')],
    matched: 0,
    mismatched: [{ line: 1, fields: ['amount'] }],
  },
  {
    name: "a fee that differs from the merchant's",
    rows: [paymentRow('A1', '10.00', { transaction_fee: '0.20' })],
    records: [pay('A1', '10.00', { fee: '0.10' })],
    matched: 0,
    mismatched: [{ line: 1, fields: ['fee'] }],
  },
  {
    name: "LianLian's transaction number that differs",
    rows: [paymentRow('A1', '10.00', { oid_paybill: '2013031300000009' })],
    records: [pay('A1', '10.00', { transaction: '2013031300000001' })],
    matched: 0,
    mismatched: [{ line: 1, fields: ['transaction'] }],
  },
  {
    name: 'a refund row carrying the original order in oid_paybill (E403)',
    rows: [refundRow('R-77', '3.00', { oid_paybill: 'A1' })],
    records: [refund('A1', '3.00')],
    matched: 1,
  },
  {
    name: 'records settled on another day are not expected',
    rows: [paymentRow('A1', '10.00')],
    records: [
      pay('A1', '10.00', { settleDate: SETTLE_DATE }),
      pay('B1', '1.00', { settleDate: '20130314' }),
    ],
    matched: 1,
    period: SETTLE_DATE,
  },
  {
    name: 'a refund recorded as a payment is not a match',
    rows: [refundRow('A1', '4.00')],
    records: [pay('A1', '4.00')],
    matched: 0,
    missingFromReport: ['A1'],
    missingFromRecords: [1],
  },
];

describe('reconciliation', () => {
  it.each(CASES)('$name', async (c) => {
    const result = await reconcileTransactionReport(
      'dailyDetail',
      report(c.rows),
      c.records,
      c.period === undefined ? {} : { period: c.period },
    );
    expect(result.matched).toHaveLength(c.matched);
    expect(
      result.mismatched.map((m) => ({ line: m.line, fields: m.differences.map((d) => d.field) })),
    ).toEqual(c.mismatched ?? []);
    expect(result.missingFromReport.map((r) => r.order)).toEqual(c.missingFromReport ?? []);
    expect(result.missingFromRecords.map((r) => r.line)).toEqual(c.missingFromRecords ?? []);
    expect(result.ok).toBe(
      c.matched === c.rows.length && c.matched === c.records.length - (c.period ? 1 : 0),
    );
  });

  it('counts unreadable lines and keeps the first ones, never stopping at them', async () => {
    const text = ['A1|x', line(paymentRow('A1', '10.00')), 'A2|y', 'A3|z'].join('\n');
    const result = await reconcileTransactionReport(
      'dailyDetail',
      parseTransactionReport('dailyDetail', text),
      [pay('A1', '10.00')],
      { maxInvalidLines: 2 },
    );
    expect(result.matched).toHaveLength(1);
    expect(result.invalidLineCount).toBe(3);
    expect(result.invalidLines.map((l) => l.line)).toEqual([1, 3]);
    expect(result.ok).toBe(false);
  });

  it('refuses a record whose amount is not a positive two-decimal amount, naming it', async () => {
    await expect(
      reconcileTransactionReport('dailyDetail', report([]), [pay('A1', '10')]),
    ).rejects.toMatchObject({ code: 'RECORD_INVALID', field: 'amount' });
  });

  it('refuses to reconcile a summary report as if it had rows', async () => {
    await expect(reconcileTransactionReport('dailySummary', report([]), [])).rejects.toMatchObject({
      code: 'REPORT_NOT_RECONCILABLE',
    });
  });
});

describe('the summary check', () => {
  const rows = [paymentRow('A1', '10.00'), paymentRow('A2', '2.50'), refundRow('A1', '4.00')];
  const records = [pay('A1', '10.00'), pay('A2', '2.50'), refund('A1', '4.00')];
  const summary = (row: Record<string, string>) => ({ format: reportFormats.dailySummary, row });
  const agreeing = {
    total_transaction_count: '4',
    successful_transaction_count: '2',
    successful_transaction_amount_summary: '12.50',
    refunded_transaction_count: '1',
    refunded_transaction_amount_summary: '-4.00',
    canceled_transaction_count: '1',
    canceled_transaction_amount_summary: '-1.00',
  };

  it('agrees when counts and totals match the rows (cancelled transactions counted in the total only)', async () => {
    const result = await reconcileTransactionReport('dailyDetail', report(rows), records, {
      summary: summary(agreeing),
    });
    expect(result.summary).toEqual([]);
    expect(result.totals).toEqual({
      payment: { count: 2, amount: '12.50' },
      refund: { count: 1, amount: '-4.00' },
    });
    expect(result.ok).toBe(true);
  });

  it.each([
    ['successful_transaction_amount_summary', '12.51', '12.50'],
    ['refunded_transaction_count', '2', '1'],
    ['total_transaction_count', '3', '4'],
  ])('reports %s when it says %s and the rows say %s', async (field, given, computed) => {
    const result = await reconcileTransactionReport('dailyDetail', report(rows), records, {
      summary: summary({ ...agreeing, [field]: given }),
    });
    expect(result.summary).toEqual([{ field, summary: given, report: computed }]);
    expect(result.ok).toBe(false);
  });
});
