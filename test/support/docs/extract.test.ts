import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curlSample, extractDoc, jsonProblem } from './extract.js';
import { parameterRow, parameterRows, statedValues, tableSection } from './params.js';

// Cell text as the pages write it: no line breaks, no leading/trailing blanks; pipes escaped.
const cellText = fc
  .stringMatching(/^[A-Za-z0-9 _.,:()=~`*|\u4e00-\u4e09-]{1,20}$/)
  .map((text) => text.trim())
  .filter((text) => text !== '' && !text.startsWith('|') && !text.endsWith('\\'));
const escape = (cell: string) => cell.replace(/\|/g, '\\|');

const tableArb = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    header: fc.array(cellText, { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { maxLength: 6 }),
  }),
);

function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `|${cells.map(escape).join('|')}|`;
  return [line(header), `|${header.map(() => ':---').join('|')}|`, ...rows.map(line)].join('\n');
}

describe('docs page extraction', () => {
  it('reads a table rendered from any cells back to those cells, under its heading and lead', () => {
    fc.assert(
      fc.property(tableArb, fc.boolean(), ({ header, rows }, crlf) => {
        const page = [
          '# Title',
          '## Response',
          '###### Parameters',
          '',
          'The lead sentence:',
          '',
          renderTable(header, rows),
          '',
        ].join(crlf ? '\r\n' : '\n');
        const [table] = extractDoc('p.md', page, true).tables;
        expect(table?.header).toEqual(header);
        expect(table?.rows).toEqual(rows);
        expect(table?.heading).toEqual(['Response', 'Parameters']);
        expect(table?.lead).toBe('The lead sentence:');
      }),
    );
  });

  it('reads fenced blocks back with their language, text and JSON verdict', () => {
    const line = fc
      .stringMatching(/^[ -~\t]{0,30}$/)
      .filter(
        (text) => text.trim() !== '```' && !/^\s*```[^`]*$/.test(text) && !/^\s{0,3}#/.test(text),
      );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            language: fc.constantFrom('', 'json', 'html', 'text'),
            lines: fc.array(line, { maxLength: 5 }),
          }),
          { maxLength: 4 },
        ),
        (blocks) => {
          const page = [
            '# T',
            ...blocks.flatMap((b) => [`\`\`\`${b.language}`, ...b.lines, '```', '']),
          ].join('\n');
          const read = extractDoc('p.md', page, true).codeBlocks;
          expect(read.map((block) => block.language)).toEqual(blocks.map((b) => b.language));
          expect(read.map((block) => block.text)).toEqual(blocks.map((b) => b.lines.join('\n')));
          read.forEach((block, i) => expect(block.index).toBe(i));
          for (const block of read) {
            let parses = true;
            try {
              JSON.parse(block.text.trim());
            } catch {
              parses = false;
            }
            expect(block.json).toBe(parses);
          }
        },
      ),
    );
  });

  it('finds where JSON breaks exactly when JSON.parse refuses it', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string({ maxLength: 20 })), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(jsonProblem(text) === undefined).toBe(parses);
      }),
    );
  });

  it('takes a curl sample apart into its URL and its -d body', () => {
    const body = fc.dictionary(
      fc.stringMatching(/^[a-z_]{1,8}$/),
      fc.stringMatching(/^[A-Za-z0-9 {}]{0,10}$/),
      {
        maxKeys: 4,
      },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}$/), body, (host, object) => {
        const json = JSON.stringify(object, null, 2);
        const text = `curl https://${host}.example/v1/x\\\n-H "Content-type:application/json" \\\n-d '${json}'`;
        expect(curlSample(text, 'p.md:1')).toEqual({
          url: `https://${host}.example/v1/x`,
          body: json,
        });
      }),
    );
    expect(curlSample(`curl https://a.example/x -d '{"a": 1,}'`, 'p.md:1')?.bodyError).toBe(
      'line 1, column 9: unexpected "}"',
    );
  });

  it('keeps heading paths below the title, whatever level the title has', () => {
    const page = [
      '## Exchange Notification',
      '',
      '## Request',
      '###### Parameters',
      '',
      '|Name|Required|Type|Description|',
      '|---|---|---|---|',
      '|a|Required|String(3)|x|',
    ].join('\n');
    const doc = extractDoc('p.md', page, false);
    expect(doc.title).toBe('Exchange Notification');
    expect(doc.tables[0]?.heading).toEqual(['Request', 'Parameters']);
    expect(tableSection(doc, doc.tables[0]!)).toEqual({ section: 'notification' });
  });

  it('collects every URL under an Endpoint heading once, and none elsewhere', () => {
    const page = [
      '# T',
      '###### Endpoint',
      '```html',
      'https://a.example/x.htm',
      '```',
      'https://b.example/y.htm',
      '```html',
      'https://a.example/x.htm',
      '```',
      '###### Sample',
      'see https://c.example/',
    ].join('\n');
    expect(extractDoc('p.md', page, true).endpoints).toEqual([
      'https://a.example/x.htm',
      'https://b.example/y.htm',
    ]);
  });
});

describe('parameter rows', () => {
  const name = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:_[a-z0-9]{1,5}){0,2}$/);
  interface TypeCase {
    cell: string;
    type: string;
    maxLength?: number;
    minLength?: number;
  }
  const type: fc.Arbitrary<TypeCase> = fc.oneof(
    fc.constant({ cell: 'String', type: 'string' }),
    fc.constant({ cell: 'Int', type: 'integer' }),
    fc.constant({ cell: 'List', type: 'array' }),
    fc
      .integer({ min: 1, max: 2000 })
      .map((n) => ({ cell: `String(${n})`, type: 'string', maxLength: n })),
    fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 30 })).map(([a, d]) => ({
      cell: `String(${a}~${a + d})`,
      type: 'string',
      minLength: a,
      maxLength: a + d,
    })),
  );
  const value = fc.oneof(
    fc.stringMatching(/^[A-Z][A-Z0-9_]{0,8}$/),
    fc.stringMatching(/^[0-9]{1,2}$/),
  );

  it('reads the requiredness, the type cell and the values a description lists', () => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom('Required', 'Optional', 'Required when x is 2'),
        type,
        fc.uniqueArray(value, { maxLength: 4 }),
        fc.constantFrom(' - ', ': ', '-'),
        (field, requiredness, t, values, separator) => {
          const description = `Intro text.${values.map((v) => `<br> ${v}${separator}meaning of ${v}`).join('')}`;
          const row = parameterRow([field, requiredness, t.cell, description], 'p.md:1');
          expect(row.name).toBe(field);
          expect(row.required).toBe(requiredness === 'Required');
          expect(row.condition).toBe(
            requiredness.startsWith('Required when') ? requiredness : undefined,
          );
          expect(row.type).toBe(t.type);
          expect(row.maxLength).toBe(t.maxLength);
          expect(row.minLength).toBe(t.minLength);
          expect(row.statedValues).toEqual(values);
          expect(statedValues(description.replace(/<br>/g, ' '))).toEqual([]);
        },
      ),
    );
  });

  it('refuses an unknown type cell or a row of the wrong width, naming the line', () => {
    expect(() => parameterRow(['a', 'Required', 'Number', 'x'], 'p.md:9')).toThrow(
      'p.md:9: unknown type cell "Number"',
    );
    expect(() => parameterRow(['a', 'Required', 'String'], 'p.md:9')).toThrow(
      'expected 4 cells, found 3',
    );
  });

  it('reads two rows run together on one line as two rows', () => {
    const rows = parameterRows(
      {
        index: 0,
        line: 10,
        heading: [],
        lead: '',
        header: ['Name', 'Required', 'Type', 'Description'],
        rows: [['a', 'Optional', 'String(3)', 'x', '', 'b', 'Required', 'String(4)', 'y']],
      },
      'p.md',
    );
    expect(rows.map((row) => [row.name, row.required, row.maxLength])).toEqual([
      ['a', false, 3],
      ['b', true, 4],
    ]);
  });
});
