import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSeed } from './extract.js';
import { SeedParseError } from './errors.js';
import { extractAll, loadSeedFixture, seedsPresent } from './fixture.js';
import type { ExtractedSeed, SeedRow, SeedSection } from './types.js';

type Layout = 'markdown' | 'cells' | 'broken';

/** A description as the renderer breaks it: a first fragment, then continuation fragments. */
interface Description {
  fragments: string[];
  text: string;
}

const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9.'()=~-]{0,9}$/);
const lowerWord = fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/);
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((list) => list.join(' '));

const continuation = fc.oneof(
  words.map((text) => ({ glued: true, text: `, ${text}` })),
  fc.tuple(lowerWord, words).map(([first, rest]) => ({ glued: false, text: `${first} ${rest}` })),
);

const description: fc.Arbitrary<Description> = fc
  .tuple(words, fc.array(continuation, { maxLength: 3 }))
  .map(([first, rest]) => ({
    fragments: [first, ...rest.map((piece) => piece.text)],
    text: rest.reduce(
      (text, piece) => (piece.glued ? text + piece.text : `${text} ${piece.text}`),
      first,
    ),
  }));

const rowShape = fc.record({
  name: fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:_[a-z0-9]{1,6}){0,3}$/),
  required: fc.boolean(),
  type: fc.oneof(
    fc.constant({ type: 'integer' as const }),
    fc.constant({ type: 'string' as const }),
    fc.integer({ min: 1, max: 999 }).map((maxLength) => ({ type: 'string' as const, maxLength })),
  ),
});

interface GeneratedRow {
  row: SeedRow;
  fragments: string[];
}

function generatedRow(
  withDescription: fc.Arbitrary<Description | undefined>,
): fc.Arbitrary<GeneratedRow> {
  return fc.tuple(rowShape, withDescription).map(([shape, desc]) => ({
    row: {
      name: shape.name,
      required: shape.required,
      ...shape.type,
      description: desc?.text ?? '',
    },
    fragments: desc?.fragments ?? [],
  }));
}

// The last row always has a description: text after a description-less last row would read as one.
const rows = fc
  .tuple(
    fc.array(generatedRow(fc.option(description, { nil: undefined })), { maxLength: 6 }),
    generatedRow(description),
  )
  .map(([init, last]) => [...init, last]);

const SECTIONS: SeedSection[] = [
  'request',
  'response',
  'response-success',
  'response-paid',
  'sync-notification',
];

const LEAD_IN: Record<SeedSection, string[]> = {
  request: ['Request Parameters'],
  response: ['Response', 'Parameters'],
  'response-success': ['The following parameters are returned only when `ret_code=0000`:'],
  'response-paid': ['The following parameters are returned only when `result_pay=SUCCESS`:'],
  'sync-notification': ['Synchronous Notification', 'Parameters'],
};

// A note below each table, the way each layout renders 000/001/002's `id_no` note.
const NOTE: Record<Layout, string[]> = {
  markdown: ['> `id_no`, `card_no` are required if `no_agree` is NOT present.'],
  cells: ['id_no, card_no are required if no_agree is NOT present.'],
  broken: ['id_no', ',card_no', 'are required ifno_agree', 'is NOT present.'],
};

function typeCell(row: SeedRow): string {
  if (row.type === 'integer') return 'Int';
  return row.maxLength === undefined ? 'String' : `String(${row.maxLength})`;
}

/** Blocks of the rendered document: Markdown tables are one block, plain layouts one per cell. */
function renderTable(layout: Layout, table: GeneratedRow[]): string[] {
  if (layout === 'markdown') {
    const lines = [
      '|Name|Required|Type|Description|',
      '|:---|:---|:---|:---|',
      ...table.map(
        ({ row }) =>
          `|${row.name}|${row.required ? 'Required' : 'Optional'}|${typeCell(row)}| ${row.description} |`,
      ),
    ];
    return [lines.join('\n')];
  }
  const cells = ['Name', 'Required', 'Type', 'Description'];
  for (const { row, fragments } of table) {
    cells.push(row.name, row.required ? 'Required' : 'Optional', typeCell(row));
    // One cell per paragraph keeps a description on one line.
    cells.push(...(layout === 'cells' ? (row.description ? [row.description] : []) : fragments));
  }
  return cells;
}

function renderDocument(
  layout: Layout,
  tables: { section: SeedSection; rows: GeneratedRow[] }[],
): string {
  const blocks = [layout === 'markdown' ? '# Some API' : 'Some API'];
  for (const table of tables) {
    for (const line of LEAD_IN[table.section]) {
      if (layout !== 'markdown') blocks.push(line.replace(/`/g, ''));
      else blocks.push(line.includes(' ') ? line : `## ${line}`);
    }
    blocks.push(...renderTable(layout, table.rows));
    blocks.push(...NOTE[layout]);
  }
  blocks.push('Last updated');
  return blocks.join(layout === 'broken' ? '\n' : '\n\n');
}

describe('seed parser', () => {
  it.each<Layout>(['markdown', 'cells', 'broken'])('reads back rendered %s tables', (layout) => {
    const tables = fc.array(fc.record({ section: fc.constantFrom(...SECTIONS), rows }), {
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(tables, (generated) => {
        const seed = extractSeed('generated.txt', renderDocument(layout, generated));
        expect(seed.title).toBe('Some API');
        expect(seed.tables).toEqual(
          generated.map((table) => ({
            section: table.section,
            rows: table.rows.map((r) => r.row),
          })),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('reads a sample that is broken JSON verbatim, braces inside strings included', () => {
    const text = ['API', 'Sample Response', '{', '"a": "x}"', '"b": "y"', '}', 'Last updated'].join(
      '\n',
    );
    expect(extractSeed('s.txt', text).samples).toEqual([
      { kind: 'response', raw: '{\n"a": "x}"\n"b": "y"\n}' },
    ]);
  });

  it('reports an unknown type cell with the seed file and line', () => {
    const text = [
      'API',
      'Request Parameters',
      'Name',
      'Required',
      'Type',
      'Description',
      'a',
      'Required',
      'Float',
      'x',
    ].join('\n');
    // `Float` is no type cell, so no row starts and the table is empty.
    expect(() => extractSeed('t.txt', text)).toThrow(
      expect.objectContaining({ code: 'EMPTY_TABLE', field: 't.txt:3' }),
    );
    const markdown = [
      '# API',
      '## Request Parameters',
      '|Name|Required|Type|Description|',
      '|---|---|---|---|',
      '|a|Required|Float|x|',
    ].join('\n');
    expect(() => extractSeed('m.txt', markdown)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_TYPE', field: 'm.txt:5' }),
    );
  });

  it('refuses a table that no heading places in a section', () => {
    const text = [
      'API',
      'Name',
      'Required',
      'Type',
      'Description',
      'a',
      'Required',
      'String',
      'x',
    ].join('\n');
    expect(() => extractSeed('u.txt', text)).toThrow(SeedParseError);
    expect(() => extractSeed('u.txt', text)).toThrow(
      expect.objectContaining({ code: 'TABLE_WITHOUT_SECTION' }),
    );
  });

  it('refuses a sample that never closes', () => {
    const text = ['API', 'Sample Request', 'curl https://x \\', "-d '{", '"a": "b"'].join('\n');
    expect(() => extractSeed('v.txt', text)).toThrow(
      expect.objectContaining({ code: 'UNTERMINATED_SAMPLE', field: 'v.txt:3' }),
    );
  });
});

// The real seeds when present; otherwise the fixture, which seed-conformance proves equal to them.
let cached: ExtractedSeed[] | undefined;
const allSeeds = (): ExtractedSeed[] =>
  (cached ??= seedsPresent() ? extractAll() : loadSeedFixture());
const seed = (prefix: string) => {
  const found = allSeeds().find((s) => s.file.startsWith(prefix));
  if (!found) throw new Error(`no seed ${prefix}`);
  return found;
};
const table = (prefix: string, section: SeedSection) =>
  seed(prefix).tables.find((t) => t.section === section)?.rows ?? [];
const row = (prefix: string, section: SeedSection, name: string) =>
  table(prefix, section).find((r) => r.name === name);

describe('the five seeds', () => {
  it('reads the Markdown (002) and plain-text (000) renderings of one page alike', () => {
    expect(seed('002').tables).toEqual(seed('000').tables);
    expect(seed('002').endpoint).toBe(seed('000').endpoint);
    expect(seed('002').title).toBe(seed('000').title);
  });

  it('titles and endpoints come from the documents', () => {
    expect(allSeeds().map((s) => [s.title, s.endpoint])).toEqual([
      ['MPAY Verify Direct API', 'https://mpayapi.lianlianpay.com/v1/bankcardprepay'],
      ['Easypay Verify Direct API', 'https://traderapi.lianlianpay.com/easypayverify.htm'],
      ['MPAY Verify Direct API', 'https://mpayapi.lianlianpay.com/v1/bankcardprepay'],
      [
        'instant payment confirm API',
        'https://instantpay.lianlianpay.com/paymentapi/confirmPayment.htm',
      ],
      ['WEB Payment API', undefined],
    ]);
  });

  it('joins fragments of broken cells and stops before notes below a table', () => {
    expect(row('001', 'response', 'ret_msg')?.description).toBe(
      'Return message, description of ret_code, in Chinese',
    );
    expect(row('001', 'response-success', 'info_order')?.description).toBe(
      'Returns when info_order is sent in API requests',
    );
    expect(row('001', 'request', 'money_order')?.description).not.toMatch(/id_no/);
    expect(table('001', 'request').map((r) => r.name)).toEqual([
      'sign_type',
      'oid_partner',
      'no_order',
      'token',
      'dt_order',
      'money_order',
    ]);
    expect(row('004', 'request', 'platform')?.description).toMatch(
      /^platform is used for sharing .* multiple oid_partner, this requires/,
    );
    expect(row('004', 'request', 'busi_partner')?.description).toBe(
      'Fixed value. Virtual products, 101001; Physical products, 109001',
    );
  });

  it('keeps rows that have no description', () => {
    for (const name of ['notify_url', 'risk_item', 'back_url', 'no_agree']) {
      expect(row('004', 'request', name)).toMatchObject({ description: '' });
    }
    expect(row('004', 'request', 'url_return')?.description).toMatch(/^Online url/);
    expect(row('004', 'sync-notification', 'ret_code')).toMatchObject({
      required: true,
      maxLength: 4,
      description: '',
    });
  });

  it('reads types and requiredness', () => {
    expect(row('004', 'request', 'valid_order')).toMatchObject({
      type: 'integer',
      required: false,
    });
    expect(row('004', 'request', 'valid_order')).not.toHaveProperty('maxLength');
    expect(row('003', 'response-success', 'oid_paybill')).toMatchObject({
      type: 'string',
      maxLength: 18,
      required: false,
    });
  });

  it('places every table in its section', () => {
    expect(allSeeds().map((s) => s.tables.map((t) => t.section))).toEqual([
      ['request', 'response', 'response-success', 'response-paid'],
      ['request', 'response', 'response-success', 'response-paid'],
      ['request', 'response', 'response-success', 'response-paid'],
      ['request', 'response', 'response-success'],
      ['request', 'sync-notification'],
    ]);
  });

  it('finds every sample, including the encrypted envelope of 003', () => {
    expect(allSeeds().map((s) => s.samples.map((sample) => sample.kind))).toEqual([
      ['request', 'response'],
      ['request', 'response'],
      ['request', 'response'],
      ['plaintext-request', 'envelope-request', 'response'],
      [],
    ]);
    const envelope = seed('003').samples.find((s) => s.kind === 'envelope-request')?.raw ?? '';
    expect(envelope).toMatch(
      /^\{\s*"oid_partner":"201606221000921503",\s*"pay_load":"lianpay1_0_1\$/,
    );
    expect(envelope.endsWith('=$7btIQ57N4wnhOoCEDPwZdp+sfHRx/LSFdrmiJVFbd+4="\n}')).toBe(true);
  });
});
