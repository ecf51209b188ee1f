// The report writer the sandbox uses (runtime/reports/render.ts) writes from the same
// `reportFormats` the parser reads: what it writes parses back to exactly the rows it was given,
// and it refuses a row that would not (schema, separator, line break), naming the field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTransactionReport, reportFormats } from '../../generated/src/reports.js';
import {
  renderReport,
  renderReportLine,
  reportFileName,
} from '../../generated/src/runtime/reports/render.js';
import { ReportError } from '../../generated/src/runtime/shared/errors.js';
import {
  OID_PARTNER,
  SETTLE_DATE,
  parsed,
  paymentRow,
  refundRow,
} from '../support/reports/rows.js';

const rowArb = fc
  .record({
    order: fc.stringMatching(/^[A-Za-z0-9]{1,32}$/),
    whole: fc.integer({ min: 0, max: 99_999_999 }),
    cents: fc.integer({ min: 1, max: 99 }),
    refund: fc.boolean(),
    // The last column takes the rest of the line: the separator is allowed there.
    info: fc
      .string({ unit: fc.constantFrom('a', '9', ' ', '|', '机', '😀', '"', '&'), maxLength: 30 })
      .map((s) => s.trim()),
  })
  .map(({ order, whole, cents, refund, info }) => {
    const amount = `${whole}.${String(cents).padStart(2, '0')}`;
    return (refund ? refundRow : paymentRow)(order, amount, { info_order: info });
  });

async function readBack(text: string, report: 'dailyDetail' | 'dailySummary' = 'dailyDetail') {
  const out = [];
  for await (const line of parseTransactionReport(report, text)) out.push(line);
  return out;
}

describe('renderReport', () => {
  it('writes rows that parse back to exactly themselves, after the header the parser recognises', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { maxLength: 12 }), async (rows) => {
        const text = renderReport(reportFormats.dailyDetail, rows);
        expect(text.split('\r\n')[0]).toContain('currenty_pay');
        const lines = await readBack(text);
        expect(lines).toEqual(
          rows.map((r, i) => ({ ok: true, line: i + 2, row: parsed(r), encoding: 'UTF-8' })),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('writes the summary row in its own format', async () => {
    // Three transactions: two payments of 155.50 in all, one refund of 20.00, nothing cancelled.
    const values = ['3', '2', '155.50', '1', '-20.00', '0', '0.00'];
    const { columns } = reportFormats.dailySummary;
    expect(columns).toHaveLength(values.length);
    const row = Object.fromEntries(columns.map((c, i) => [c.name, values[i] as string]));
    const lines = await readBack(renderReport(reportFormats.dailySummary, [row]), 'dailySummary');
    expect(lines).toEqual([{ ok: true, line: 2, row, encoding: 'UTF-8' }]);
  });

  it.each([
    ['a row the schema refuses', { money_order: '1.5' }, 'money_order'],
    ['the separator inside a column', { no_order: 'A|B' }, 'no_order'],
    ['a line break in the last column', { info_order: 'one\ntwo' }, 'info_order'],
  ])('refuses %s, naming the field', (_what, change, field) => {
    const error = (() => {
      try {
        renderReportLine(reportFormats.dailyDetail, { ...paymentRow('A1', '10.00'), ...change });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ReportError);
    expect(error).toMatchObject({ code: 'RECORD_INVALID', field });
  });

  it('names the file from its format, as the parser recognises it', () => {
    const groups = { oid_partner: OID_PARTNER, settle_date: SETTLE_DATE };
    expect(reportFileName(reportFormats.dailyDetail, groups)).toBe(
      `JYMX_${OID_PARTNER}_${SETTLE_DATE}.txt`,
    );
    expect(reportFileName(reportFormats.dailySummary, groups)).toBe(
      `JYMXSUM_${OID_PARTNER}_${SETTLE_DATE}.txt`,
    );
    expect(() => reportFileName(reportFormats.dailyDetail, { oid_partner: OID_PARTNER })).toThrow(
      expect.objectContaining({ code: 'REPORT_FILE_NAME', field: 'settle_date' }),
    );
  });
});
