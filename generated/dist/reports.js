import { validateTransactionReportRow, validateTransactionReportSummary } from './validators.js';
import { parseReportLines, trimCell, } from './runtime/reports/parse.js';
import { reconcileReport, } from './runtime/reports/reconcile.js';
import { fileChunks, reportChunks, reportOfPath, } from './runtime/reports/source.js';
import { ReportError } from './runtime/shared/errors.js';
/** What the spec says about each report file: name pattern, columns, separator, encodings. */
export const reportFormats = {
    dailyDetail: {
        id: 'dailyDetail',
        title: 'Daily transaction detail report',
        period: 'day',
        fileName: new RegExp('^JYMX_(?<oid_partner>[0-9]{1,18})_(?<settle_date>[0-9]{8})\\.txt$', 'u'),
        fileNameExample: 'JYMX_201301221000001001_20130313.txt',
        fileNameRows: { oid_partner: 'equal', settle_date: 'equal' },
        fileNamePeriodGroup: 'settle_date',
        separator: '|',
        header: 'optional',
        encodings: ['UTF-8', 'GBK'],
        columns: [
            { name: 'no_order', printed: 'no_order', rest: false },
            { name: 'oid_partner', printed: 'oid_partner', rest: false },
            { name: 'dt_order', printed: 'dt_order', rest: false },
            { name: 'busi_partner', printed: 'busi_partner', rest: false },
            { name: 'oid_paybill', printed: 'oid_paybill', rest: false },
            { name: 'settle_date', printed: 'settle_date', rest: false },
            { name: 'currency_order', printed: 'currency_order', rest: false },
            { name: 'money_order', printed: 'money_order', rest: false },
            { name: 'currency_pay', printed: 'currenty_pay', rest: false },
            { name: 'money_pay', printed: 'money_pay', rest: false },
            { name: 'currency_settle', printed: 'currency_settle', rest: false },
            { name: 'money_settle', printed: 'money_settle', rest: false },
            { name: 'exchange_rate', printed: 'exchange_rate', rest: false },
            { name: 'transaction_status', printed: 'transaction_status', rest: false },
            { name: 'dt_update', printed: 'dt_update', rest: false },
            { name: 'transaction_fee', printed: 'transaction_fee', rest: false },
            { name: 'pay_product', printed: 'pay_product', rest: false },
            { name: 'pay_type', printed: 'pay_type', rest: false },
            { name: 'info_order', printed: 'info_order', rest: true },
        ],
        row: (cells) => {
            const row = {};
            let cell;
            cell = cells[0];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['no_order'] = cell;
            cell = cells[1];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['oid_partner'] = cell;
            cell = cells[2];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['dt_order'] = cell;
            cell = cells[3];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['busi_partner'] = cell;
            cell = cells[4];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['oid_paybill'] = cell;
            cell = cells[5];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['settle_date'] = cell;
            cell = cells[6];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['currency_order'] = cell;
            cell = cells[7];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['money_order'] = cell;
            cell = cells[8];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['currency_pay'] = cell;
            cell = cells[9];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['money_pay'] = cell;
            cell = cells[10];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['currency_settle'] = cell;
            cell = cells[11];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['money_settle'] = cell;
            cell = cells[12];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['exchange_rate'] = cell;
            cell = cells[13];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['transaction_status'] = cell;
            cell = cells[14];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['dt_update'] = cell;
            cell = cells[15];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['transaction_fee'] = cell;
            cell = cells[16];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['pay_product'] = cell;
            cell = cells[17];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['pay_type'] = cell;
            cell = cells[18];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['info_order'] = cell;
            return row;
        },
        validate: validateTransactionReportRow,
        reconcile: {
            order: 'no_order',
            transaction: 'oid_paybill',
            amount: 'money_order',
            currency: 'currency_order',
            fee: 'transaction_fee',
            status: 'transaction_status',
            kinds: { '0': 'payment', '5': 'refund' },
        },
    },
    monthlyDetail: {
        id: 'monthlyDetail',
        title: 'Monthly transaction detail report',
        period: 'month',
        fileName: new RegExp('^JYMX_(?<oid_partner>[0-9]{1,18})_(?<settle_date>[0-9]{6})\\.txt$', 'u'),
        fileNameExample: 'JYMX_201301221000001001_201304.txt',
        fileNameRows: { oid_partner: 'equal', settle_date: 'prefix' },
        fileNamePeriodGroup: 'settle_date',
        separator: '|',
        header: 'optional',
        encodings: ['UTF-8', 'GBK'],
        columns: [
            { name: 'no_order', printed: 'no_order', rest: false },
            { name: 'oid_partner', printed: 'oid_partner', rest: false },
            { name: 'dt_order', printed: 'dt_order', rest: false },
            { name: 'busi_partner', printed: 'busi_partner', rest: false },
            { name: 'oid_paybill', printed: 'oid_paybill', rest: false },
            { name: 'settle_date', printed: 'settle_date', rest: false },
            { name: 'currency_order', printed: 'currency_order', rest: false },
            { name: 'money_order', printed: 'money_order', rest: false },
            { name: 'currency_pay', printed: 'currenty_pay', rest: false },
            { name: 'money_pay', printed: 'money_pay', rest: false },
            { name: 'currency_settle', printed: 'currency_settle', rest: false },
            { name: 'money_settle', printed: 'money_settle', rest: false },
            { name: 'exchange_rate', printed: 'exchange_rate', rest: false },
            { name: 'transaction_status', printed: 'transaction_status', rest: false },
            { name: 'dt_update', printed: 'dt_update', rest: false },
            { name: 'transaction_fee', printed: 'transaction_fee', rest: false },
            { name: 'pay_product', printed: 'pay_product', rest: false },
            { name: 'pay_type', printed: 'pay_type', rest: false },
            { name: 'info_order', printed: 'info_order', rest: true },
        ],
        row: (cells) => {
            const row = {};
            let cell;
            cell = cells[0];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['no_order'] = cell;
            cell = cells[1];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['oid_partner'] = cell;
            cell = cells[2];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['dt_order'] = cell;
            cell = cells[3];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['busi_partner'] = cell;
            cell = cells[4];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['oid_paybill'] = cell;
            cell = cells[5];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['settle_date'] = cell;
            cell = cells[6];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['currency_order'] = cell;
            cell = cells[7];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['money_order'] = cell;
            cell = cells[8];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['currency_pay'] = cell;
            cell = cells[9];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['money_pay'] = cell;
            cell = cells[10];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['currency_settle'] = cell;
            cell = cells[11];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['money_settle'] = cell;
            cell = cells[12];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['exchange_rate'] = cell;
            cell = cells[13];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['transaction_status'] = cell;
            cell = cells[14];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['dt_update'] = cell;
            cell = cells[15];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['transaction_fee'] = cell;
            cell = cells[16];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['pay_product'] = cell;
            cell = cells[17];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['pay_type'] = cell;
            cell = cells[18];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['info_order'] = cell;
            return row;
        },
        validate: validateTransactionReportRow,
        reconcile: {
            order: 'no_order',
            transaction: 'oid_paybill',
            amount: 'money_order',
            currency: 'currency_order',
            fee: 'transaction_fee',
            status: 'transaction_status',
            kinds: { '0': 'payment', '5': 'refund' },
        },
    },
    dailySummary: {
        id: 'dailySummary',
        title: 'Daily summary report',
        period: 'day',
        fileName: new RegExp('^JYMXSUM_(?<oid_partner>[0-9]{1,18})_(?<settle_date>[0-9]{8})\\.txt$', 'u'),
        fileNameExample: 'JYMXSUM_201301221000001001_20130313.txt',
        fileNameRows: {},
        fileNamePeriodGroup: 'settle_date',
        separator: '|',
        header: 'optional',
        encodings: ['UTF-8', 'GBK'],
        columns: [
            { name: 'total_transaction_count', printed: 'total_transaction_count', rest: false },
            {
                name: 'successful_transaction_count',
                printed: 'successful_transaction_count',
                rest: false,
            },
            {
                name: 'successful_transaction_amount_summary',
                printed: 'successful_transaction_amount_summary',
                rest: false,
            },
            { name: 'refunded_transaction_count', printed: 'refunded_transaction_count', rest: false },
            {
                name: 'refunded_transaction_amount_summary',
                printed: 'refunded_transaction_amount_summary',
                rest: false,
            },
            { name: 'canceled_transaction_count', printed: 'canceled_transaction_count', rest: false },
            {
                name: 'canceled_transaction_amount_summary',
                printed: 'canceled_transaction_amount_summary',
                rest: false,
            },
        ],
        row: (cells) => {
            const row = {};
            let cell;
            cell = cells[0];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['total_transaction_count'] = cell;
            cell = cells[1];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['successful_transaction_count'] = cell;
            cell = cells[2];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['successful_transaction_amount_summary'] = cell;
            cell = cells[3];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['refunded_transaction_count'] = cell;
            cell = cells[4];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['refunded_transaction_amount_summary'] = cell;
            cell = cells[5];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['canceled_transaction_count'] = cell;
            cell = cells[6];
            if (cell !== undefined && (cell = trimCell(cell)) !== '')
                row['canceled_transaction_amount_summary'] = cell;
            return row;
        },
        validate: validateTransactionReportSummary,
        totals: {
            currency: 'CNY',
            count: 'total_transaction_count',
            payment: {
                count: 'successful_transaction_count',
                amount: 'successful_transaction_amount_summary',
            },
            refund: {
                count: 'refunded_transaction_count',
                amount: 'refunded_transaction_amount_summary',
            },
            other: { count: 'canceled_transaction_count', amount: 'canceled_transaction_amount_summary' },
        },
    },
};
/**
 * Streams the lines of a `report` file: every data line as a typed row, or as a failure naming
 * its line number and each broken rule; reading never stops at a bad line. Constant memory.
 */
export function parseTransactionReport(report, source, options) {
    const format = reportFormats[report];
    if (format === undefined)
        throw new ReportError('REPORT_UNKNOWN', `unknown report ${JSON.stringify(report)}`, 'report');
    return parseReportLines(format, reportChunks(source), options);
}
/**
 * Opens the report file at `path`, recognising its format from its name, and streams its lines;
 * every row is also checked against the merchant number and period in the name.
 * @throws {ReportError} `REPORT_FILE_NAME` when the name is not a LianLian report's.
 */
export function openTransactionReport(path, options = {}) {
    const found = reportOfPath(reportFormats, path);
    const format = reportFormats[found.report];
    return {
        ...found,
        lines: parseReportLines(format, fileChunks(path), { ...options, fileNameGroups: found.groups }),
    };
}
/**
 * Reconciles a detail report with the merchant's recorded payments and refunds (and the day's
 * summary row, when given): matched, missing on either side, and mismatched amounts or fees.
 */
export function reconcileTransactionReport(report, lines, records, options) {
    const format = reportFormats[report];
    if (format === undefined)
        throw new ReportError('REPORT_UNKNOWN', `unknown report ${JSON.stringify(report)}`, 'report');
    return reconcileReport(format, lines, records, options);
}
