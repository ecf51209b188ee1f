// The line splitter under the report parser: lines numbered across chunks, a partial line carried
// to the next chunk (copied, since a stream may reuse its chunk), a too-long line measured but not
// kept.
import { describe, expect, it } from 'vitest';
import { LineSplitter, type RawLine } from '../../generated/src/runtime/reports/lines.js';

const text = (raw: RawLine) =>
  raw.bytes === undefined
    ? { number: raw.number, tooLong: raw.tooLong }
    : { number: raw.number, text: Buffer.from(raw.bytes).toString('utf8') };

function split(chunks: string[], maxLineBytes = 100) {
  const splitter = new LineSplitter(maxLineBytes);
  const out: ReturnType<typeof text>[] = [];
  for (const chunk of chunks)
    for (const raw of splitter.lines(Buffer.from(chunk))) out.push(text(raw));
  const last = splitter.end();
  if (last !== undefined) out.push(text(last));
  return out;
}

describe('LineSplitter', () => {
  it('numbers lines across chunks and joins a line cut between them, CRLF or LF', () => {
    expect(split(['a|1\r\nb|', '2\n', '', 'c|3'])).toEqual([
      { number: 1, text: 'a|1' },
      { number: 2, text: 'b|2' },
      { number: 3, text: 'c|3' },
    ]);
  });

  it('has no line for an empty stream, nor after a final newline', () => {
    expect(split([])).toEqual([]);
    expect(split(['x\n'])).toEqual([{ number: 1, text: 'x' }]);
  });

  it('reports the length of a line longer than the limit, cut or not, and reads on', () => {
    expect(split(['12345678\n12', '3456789\r\nok\n'], 5)).toEqual([
      { number: 1, tooLong: 8 },
      { number: 2, tooLong: 9 },
      { number: 3, text: 'ok' },
    ]);
  });

  it('keeps its own copy of a carried partial line when the caller reuses the chunk', () => {
    const splitter = new LineSplitter(100);
    const chunk = Buffer.from('a\nbc');
    expect([...splitter.lines(chunk)].map(text)).toEqual([{ number: 1, text: 'a' }]);
    chunk.fill(0x7a);
    expect([...splitter.lines(Buffer.from('d\n'))].map(text)).toEqual([{ number: 2, text: 'bcd' }]);
  });
});
