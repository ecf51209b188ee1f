// Report lines for tests: rows in the spec's column order, rendered as LianLian writes them.
import { reportFormats } from '../../../generated/src/reports.js';

export const DETAIL = reportFormats.dailyDetail;
export const SUMMARY = reportFormats.dailySummary;
export const OID_PARTNER = '201301221000001001';
export const SETTLE_DATE = '20130313';
export const DETAIL_FILE = `JYMX_${OID_PARTNER}_${SETTLE_DATE}.txt`;
export const SUMMARY_FILE = `JYMXSUM_${OID_PARTNER}_${SETTLE_DATE}.txt`;

export type Row = Record<string, string>;

/** A successful payment row; `overrides` replace columns (an empty string leaves one empty). */
export function paymentRow(order: string, amount: string, overrides: Row = {}): Row {
  return {
    no_order: order,
    oid_partner: OID_PARTNER,
    dt_order: `${SETTLE_DATE} 10:00:00`,
    busi_partner: '101001',
    oid_paybill: `2013031300${order.replace(/\D/g, '').padStart(6, '0')}`,
    settle_date: SETTLE_DATE,
    currency_order: 'CNY',
    money_order: amount,
    currency_pay: 'CNY',
    money_pay: amount,
    currency_settle: 'CNY',
    money_settle: amount,
    exchange_rate: '',
    transaction_status: '0',
    dt_update: `${SETTLE_DATE} 10:00:05`,
    transaction_fee: '0.10',
    pay_product: '1',
    pay_type: 'D',
    info_order: '',
    ...overrides,
  };
}

/** The refund row of `order`: negative amounts, status 5. */
export function refundRow(order: string, amount: string, overrides: Row = {}): Row {
  return paymentRow(order, `-${amount}`, {
    transaction_status: '5',
    transaction_fee: '-0.01',
    ...overrides,
  });
}

/** One line: the row's columns in file order joined by `|` (`pad` adds spaces around cells). */
export function line(row: Row, pad = ''): string {
  return DETAIL.columns.map((c) => `${pad}${row[c.name] ?? ''}${pad}`).join(DETAIL.separator);
}

/** The row as the parser returns it: empty columns absent. */
export function parsed(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ''));
}
