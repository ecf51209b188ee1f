// The report parser: LianLian's own header and summary lines, every rule a line can break (each
// reported with its line number, reading on), encodings, and chunking as a property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTransactionReport } from '../../generated/src/reports.js';
import type { ReportLine } from '../../generated/src/runtime/reports/parse.js';
import {
  DETAIL,
  DETAIL_FILE,
  line,
  OID_PARTNER,
  paymentRow,
  parsed,
  refundRow,
  SETTLE_DATE,
} from '../support/reports/rows.js';
import { loadReportSamples } from '../support/reports/doc-samples.js';

const samples = loadReportSamples();
const groups = { oid_partner: OID_PARTNER, settle_date: SETTLE_DATE };

async function all<T>(lines: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of lines) out.push(item);
  return out;
}

const detail = (source: string | Uint8Array | Iterable<Uint8Array>) =>
  all(parseTransactionReport('dailyDetail', source, { fileNameGroups: groups }));

describe("LianLian's printed samples", () => {
  it('skips the header line exactly as the page prints it (currenty_pay, trailing spaces)', async () => {
    const row = paymentRow('A1', '10.00');
    const lines = await detail(`${samples.detailHeader}\n${line(row)}\n`);
    expect(lines).toEqual([{ ok: true, line: 2, row: parsed(row), encoding: 'UTF-8' }]);
  });

  it('reads the summary example, whose zero totals are empty, with or without its column line', async () => {
    const expected = {
      total_transaction_count: '8',
      successful_transaction_count: '8',
      successful_transaction_amount_summary: '551.23',
      refunded_transaction_count: '0',
      canceled_transaction_count: '0',
    };
    for (const text of [
      samples.summaryExample,
      `${samples.summaryHeader}\n${samples.summaryExample}\n`,
    ]) {
      const lines = await all(parseTransactionReport('dailySummary', text));
      expect(lines).toEqual([
        { ok: true, line: text.includes('\n') ? 2 : 1, row: expected, encoding: 'UTF-8' },
      ]);
    }
  });

  it('matches the file names the page gives as examples', () => {
    expect(DETAIL.fileName.exec('JYMX_201301221000001001_20130313.txt')?.groups).toEqual(groups);
  });
});

// One bad line per rule, between good lines: each is reported with its number and rule, and the
// good lines after it are still read.
const BAD_LINES: readonly { rule: string; text: string; path: string; keyword: string }[] = [
  { rule: 'too few columns', text: 'A9|x', path: '', keyword: 'columns' },
  {
    rule: 'an amount with one decimal',
    text: line(paymentRow('A9', '10.0')),
    path: 'money_order',
    keyword: 'pattern',
  },
  {
    rule: 'a time in the notification format',
    text: line(paymentRow('A9', '1.00', { dt_order: '20130313100000' })),
    path: 'dt_order',
    keyword: 'pattern',
  },
  {
    rule: 'a status that is neither 0 nor 5',
    text: line(paymentRow('A9', '1.00', { transaction_status: '1' })),
    path: 'transaction_status',
    keyword: 'enum',
  },
  {
    rule: 'an unsupported currency',
    text: line(paymentRow('A9', '1.00', { currency_pay: 'XXX' })),
    path: 'currency_pay',
    keyword: 'enum',
  },
  {
    rule: 'a missing order number',
    text: line(paymentRow('', '1.00')),
    path: 'no_order',
    keyword: 'required',
  },
  {
    rule: "another merchant than the file name's",
    text: line(paymentRow('A9', '1.00', { oid_partner: '201301221000009999' })),
    path: 'oid_partner',
    keyword: 'fileName',
  },
  {
    rule: "another settle date than the file name's",
    text: line(paymentRow('A9', '1.00', { settle_date: '20130314' })),
    path: 'settle_date',
    keyword: 'fileName',
  },
];

describe('bad lines', () => {
  it.each(BAD_LINES)(
    'reports $rule with its line number and reads on',
    async ({ text, path, keyword }) => {
      const good = paymentRow('A1', '10.00');
      const lines = await detail([samples.detailHeader, line(good), text, line(good)].join('\n'));
      expect(lines.map((l) => l.line)).toEqual([2, 3, 4]);
      expect(lines[0]?.ok && lines[2]?.ok).toBe(true);
      const bad = lines[1] as Extract<ReportLine<unknown>, { ok: false }>;
      expect(bad.ok).toBe(false);
      expect(bad.issues).toContainEqual(expect.objectContaining({ path, keyword }));
    },
  );

  it('reports every issue of a line, not only the first', async () => {
    const [bad] = await detail(
      line(
        paymentRow('A1', '10.0', { transaction_status: '7', oid_partner: '201301221000009999' }),
      ),
    );
    if (bad === undefined || bad.ok) throw new Error('expected a bad line');
    expect(bad.issues.map((i) => i.path).sort()).toEqual([
      'money_order',
      'money_pay',
      'money_settle',
      'oid_partner',
      'transaction_status',
    ]);
  });

  it('reports a line over the limit by its length without keeping it, and reads the next', async () => {
    const long = line(paymentRow('A1', '1.00', { info_order: 'x'.repeat(5000) }));
    const lines = await all(
      parseTransactionReport(
        'dailyDetail',
        [Buffer.from(`${long}\n${line(paymentRow('A2', '2.00'))}`)],
        { maxLineBytes: 1024 },
      ),
    );
    expect(lines[0]).toEqual({
      ok: false,
      line: 1,
      issues: [expect.objectContaining({ keyword: 'maxLineBytes', limit: 1024 })],
    });
    expect(lines[1]).toMatchObject({ ok: true, line: 2 });
  });

  it('masks digits in what it reports: a card number in the wrong column is not shown', async () => {
    const [bad] = await detail(
      line(paymentRow('6222021234567890123', '1.00', { transaction_status: '9' })),
    );
    expect(JSON.stringify(bad)).not.toContain('6222021234567890123');
  });

  it('refuses a line limit that is not a whole number of bytes', async () => {
    await expect(() =>
      parseTransactionReport('dailyDetail', '', { maxLineBytes: Number.NaN }).next(),
    ).rejects.toMatchObject({ code: 'LIMIT_INVALID', field: 'maxLineBytes' });
  });
});

describe('line shapes', () => {
  it('reads CRLF endings, a UTF-8 BOM, blank lines, spaces around columns and a last line without a newline', async () => {
    const a = paymentRow('A1', '10.00');
    const b = refundRow('A1', '4.00');
    const text = `\ufeff${samples.detailHeader}\r\n${line(a, ' ')}\r\n\r\n${line(b)}`;
    const lines = await detail(text);
    expect(lines).toEqual([
      { ok: true, line: 2, row: parsed(a), encoding: 'UTF-8' },
      { ok: true, line: 4, row: parsed(b), encoding: 'UTF-8' },
    ]);
  });

  it('trims only the spaces and tabs around a column; an ideographic space is data', async () => {
    const row = paymentRow('A1', '10.00', { info_order: '\u3000机票\u3000' });
    const [read] = await detail(line(row, ' \t'));
    expect(read).toMatchObject({ ok: true, row: { no_order: 'A1', info_order: '\u3000机票\u3000' } });
  });

  it('gives info_order, the last column, the rest of the line, separators included (E404)', async () => {
    const row = paymentRow('A1', '10.00', { info_order: 'size|colour|机票' });
    const [read] = await detail(line(row));
    expect(read).toMatchObject({ ok: true, row: { info_order: 'size|colour|机票' } });
  });

  it('reads a GBK line as GBK and a UTF-8 line as UTF-8 in the same file (E407)', async () => {
    const gbk = Buffer.from([
      ...Buffer.from(`${line(paymentRow('A1', '10.00', { info_order: '' }))}`),
      0xbb,
      0xfa,
      0xc6,
      0xb1,
      0x0a,
    ]);
    const utf8 = Buffer.from(`${line(paymentRow('A2', '2.00', { info_order: '机票' }))}\n`);
    const lines = await detail([gbk, utf8]);
    expect(lines).toMatchObject([
      { ok: true, encoding: 'GBK', row: { info_order: '机票' } },
      { ok: true, encoding: 'UTF-8', row: { info_order: '机票' } },
    ]);
  });

  it('reports a line that is neither UTF-8 nor GBK', async () => {
    const bytes = Buffer.from([...Buffer.from('A1|'), 0xff, 0xff, 0xff]);
    expect(await detail(bytes)).toEqual([
      { ok: false, line: 1, issues: [expect.objectContaining({ keyword: 'encoding' })] },
    ]);
  });
});

// Valid rows from the row schema's own vocabulary, with hostile free text.
const amount = fc
  .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }))
  .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, '0')}`);
const freeText = fc
  .string({
    unit: fc.constantFrom('a', 'Z', '9', ' ', '|', '机', '票', '😀', '"', '<', '&'),
    maxLength: 40,
  })
  .map((s) => s.trim());
const rowArb = fc
  .record({
    order: fc.stringMatching(/^[A-Za-z0-9]{1,32}$/),
    amount,
    refund: fc.boolean(),
    info: freeText,
  })
  .map(({ order, amount: value, refund, info }) =>
    refund && value !== '0.00'
      ? refundRow(order, value, { info_order: info })
      : paymentRow(order, value, { info_order: info }),
  );

/** Cuts `bytes` at `cuts` (any positions, also inside a multi-byte character). */
function chunked(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let at = 0;
  for (const p of points) {
    out.push(bytes.subarray(at, p));
    at = p;
  }
  out.push(bytes.subarray(at));
  return out;
}

describe('properties', () => {
  it('reads back exactly the rows written, however the bytes are chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { minLength: 1, maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.boolean(),
        async (rows, cuts, crlf) => {
          const text = [samples.detailHeader, ...rows.map((r) => line(r))].join(
            crlf ? '\r\n' : '\n',
          );
          const lines = await detail(chunked(Buffer.from(text), cuts));
          expect(lines).toEqual(
            rows.map((r, i) => ({ ok: true, line: i + 2, row: parsed(r), encoding: 'UTF-8' })),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes, and yields at most one result per line, in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        async (bytes, cuts) => {
          const lines = await all(
            parseTransactionReport('dailyDetail', chunked(Buffer.from(bytes), cuts), {
              maxLineBytes: 200,
            }),
          );
          const count = Buffer.from(bytes).toString('latin1').split('\n').length;
          expect(lines.length).toBeLessThanOrEqual(count);
          lines.forEach((l, i) => {
            if (i > 0) expect(l.line).toBeGreaterThan(lines[i - 1]!.line);
            if (!l.ok) expect(l.issues.length).toBeGreaterThan(0);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

it('names the file it was built for', () => {
  expect(DETAIL.fileName.test(DETAIL_FILE)).toBe(true);
});
