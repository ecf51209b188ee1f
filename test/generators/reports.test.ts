// `x-lianlian-reports` in the model: what it reads from the real bundle, and how a malformed
// declaration fails the generation, naming the place.
import { describe, expect, it } from 'vitest';
import { GenerateError } from '../../generators/framework/errors.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { buildModel, loadModel } from '../../generators/model/index.js';

const real = loadModel();

describe('report formats of the real bundle', () => {
  it('declares the three files of the report page, each matching its own example name', () => {
    expect(real.reports.map((r) => r.id)).toEqual(['dailyDetail', 'monthlyDetail', 'dailySummary']);
    for (const r of real.reports)
      expect(new RegExp(r.fileNamePattern, 'u').test(r.fileNameExample)).toBe(true);
  });

  it('keeps the header spelling LianLian prints next to the corrected column name (E401)', () => {
    const detail = real.reports[0]!;
    expect(detail.columns.find((c) => c.name === 'currency_pay')?.printed).toBe('currenty_pay');
    expect(detail.columns.at(-1)).toEqual({
      name: 'info_order',
      printed: 'info_order',
      rest: true,
    });
  });
});

type Edit = (reports: Record<string, any>[]) => void;
const BROKEN: readonly [string, Edit, string][] = [
  [
    'a column the row schema lacks',
    (r) => r[2]!.columns.push('no_such_column'),
    '#/x-lianlian-reports/2/columns/7',
  ],
  [
    'a rest column that is not last',
    (r) => (r[0]!.columns[0] = { name: 'no_order', rest: true }),
    '#/x-lianlian-reports/0/columns/0',
  ],
  [
    'a schema property without a column',
    (r) => r[2]!.columns.pop(),
    '#/x-lianlian-reports/2/columns',
  ],
  [
    'a file name example its pattern refuses',
    (r) => (r[0]!.fileName.example = 'JYMX.txt'),
    '#/x-lianlian-reports/0/fileName/example',
  ],
  [
    'a period group the pattern lacks',
    (r) => (r[0]!.fileName.periodGroup = 'month'),
    '#/x-lianlian-reports/0/fileName/periodGroup',
  ],
  [
    'an encoding the runtime cannot read',
    (r) => (r[0]!.encodings = ['Big5']),
    '#/x-lianlian-reports/0/encodings',
  ],
  [
    'a reconcile column that does not exist',
    (r) => (r[0]!.reconcile = { ...r[0]!.reconcile, amount: 'amount' }),
    '#/x-lianlian-reports/0/reconcile/amount',
  ],
  [
    'a schema pointer to nothing',
    (r) => (r[1]!.schema = '#/components/schemas/Nope'),
    '#/x-lianlian-reports/1/schema',
  ],
  ['two formats with one id', (r) => (r[1]!.id = 'dailyDetail'), '#/x-lianlian-reports/1/id'],
];

describe('a malformed x-lianlian-reports', () => {
  it.each(BROKEN)('fails on %s, naming the place', (_name, edit, place) => {
    const spec = structuredClone(real.spec) as BundledSpec & Record<string, any>;
    edit(spec['x-lianlian-reports']);
    let thrown: unknown;
    try {
      buildModel(spec);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GenerateError);
    expect((thrown as GenerateError).place).toBe(place);
  });
});
