// `lianlian report` and `lianlian report reconcile`, run as the built executable on files named
// as LianLian names them.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliCommand, runCli, tempDir } from '../support/crypto-tools.js';
import { loadReportSamples } from '../support/reports/doc-samples.js';
import { DETAIL_FILE, line, paymentRow, refundRow, SUMMARY_FILE } from '../support/reports/rows.js';

const temp = tempDir('lianlian-report');
const file = (name: string, text: string | Buffer) => {
  const at = path.join(temp.dir, name);
  mkdirSync(path.dirname(at), { recursive: true });
  writeFileSync(at, text);
  return at;
};
const samples = loadReportSamples();
let detail: string;
let summary: string;

beforeAll(() => {
  cliCommand();
  detail = file(
    DETAIL_FILE,
    [
      samples.detailHeader,
      line(paymentRow('A1', '10.00')),
      'A2|broken',
      line(refundRow('A1', '4.00')),
    ].join('\n'),
  );
  summary = file(SUMMARY_FILE, `${samples.summaryHeader}\n2|1|10.00|1|-4.00|0|\n`);
});
afterAll(() => temp.remove());

const jsonLines = (out: Buffer) =>
  out
    .toString('utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('lianlian report FILE', () => {
  it('prints one JSON line per data line, with the bad line named by number and rule, and exits 1', () => {
    const result = runCli(['report', detail]);
    expect(result.status).toBe(1);
    const lines = jsonLines(result.stdout);
    expect(lines.map((l) => l.line)).toEqual([2, 3, 4]);
    expect(lines[0]).toMatchObject({ row: { no_order: 'A1', money_order: '10.00' } });
    expect(lines[1]).toMatchObject({ issues: [{ keyword: 'columns' }] });
    expect(lines[2]).toMatchObject({ row: { transaction_status: '5', money_order: '-4.00' } });
  });

  it('exits 0 when every line reads', () => {
    const result = runCli(['report', summary]);
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([
      { line: 2, row: expect.objectContaining({ refunded_transaction_amount_summary: '-4.00' }) },
    ]);
  });

  it('refuses a file whose name is not a LianLian report, with an example of one', () => {
    const result = runCli(['report', file('report.txt', 'x')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/names such as JYMX_[*0-9]+_[*0-9]{4}0313\.txt/);
  });
});

describe('lianlian report reconcile', () => {
  const records = (rows: object[]) =>
    file('records.jsonl', rows.map((r) => JSON.stringify(r)).join('\n'));

  it('prints the reconciliation and exits 0 when the report, records and summary agree', () => {
    const clean = file(
      `clean/${DETAIL_FILE}`,
      [line(paymentRow('A1', '10.00')), line(refundRow('A1', '4.00'))].join('\n'),
    );
    const result = runCli([
      'report',
      'reconcile',
      clean,
      '--records',
      records([
        { kind: 'payment', order: 'A1', amount: '10.00' },
        { kind: 'refund', order: 'A1', amount: '4.00' },
      ]),
      '--summary',
      summary,
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.toString())).toMatchObject({
      ok: true,
      summary: [],
      totals: { payment: { count: 1 } },
    });
  });

  it('exits 1 with what is missing when they do not', () => {
    const result = runCli([
      'report',
      'reconcile',
      detail,
      '--records',
      records([{ kind: 'payment', order: 'A9', amount: '1.00' }]),
    ]);
    expect(result.status).toBe(1);
    const out = JSON.parse(result.stdout.toString());
    expect(out.missingFromReport).toEqual([{ kind: 'payment', order: 'A9', amount: '1.00' }]);
    expect(out.missingFromRecords.map((r: { line: number }) => r.line)).toEqual([2, 4]);
    expect(out.invalidLineCount).toBe(1);
  });

  it.each([
    [['report', 'reconcile', 'JYMX_1_20130313.txt'], '--records is required'],
    [['report'], 'expected a report FILE'],
  ])('usage error for %j', (args, message) => {
    const result = runCli(args as string[]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('names the records line that is not a transaction', () => {
    const result = runCli([
      'report',
      'reconcile',
      detail,
      '--records',
      file('bad.jsonl', '{"kind":"payment","order":"A1","amount":"1.00"}\n{"kind":"sale"}\n'),
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('records line 2');
  });
});
