/**
 * Splits a byte stream into lines without holding more than one line: a file of any size is read
 * in constant memory. A line longer than the limit is not kept; its length is reported instead,
 * and reading goes on at the next line.
 */

/** One line's bytes (without `\n` or `\r\n`), or the length of one that was too long. */
export type RawLine =
  | { readonly number: number; readonly bytes: Uint8Array; readonly tooLong?: undefined }
  | { readonly number: number; readonly bytes?: undefined; readonly tooLong: number };

const LF = 0x0a;
const CR = 0x0d;

function trimCr(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, -1) : bytes;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The lines of a stream fed one chunk at a time, numbered from 1. `lines(chunk)` finds each line
 * only when the caller asks for it, so one line is alive at a time: a chunk's lines gathered in an
 * array first outlived the young generation and were promoted with their chunk, which only a full
 * collection freed (peak RSS of the report bench, see the README). A final line without a newline
 * is still a line (`end()`); an empty stream has none. `maxLineBytes` bounds the memory a line may
 * take.
 */
export class LineSplitter {
  private number = 0;
  // The start of the current line, carried across chunks (at most maxLineBytes + 1 bytes).
  private carried: Uint8Array[] = [];
  private carriedLength = 0;
  // Bytes of the current line counted but dropped because the line is already too long.
  private skipped = -1;

  constructor(private readonly maxLineBytes: number) {}

  /** The lines `chunk` completes, then keeps the start of the next one. Iterate it to the end. */
  *lines(chunk: Uint8Array): Generator<RawLine, void, undefined> {
    let start = 0;
    for (let end = chunk.indexOf(LF, start); end !== -1; end = chunk.indexOf(LF, start)) {
      yield this.finish(chunk.subarray(start, end));
      start = end + 1;
    }
    const rest = chunk.subarray(start);
    if (rest.length === 0) return;
    if (this.skipped >= 0) {
      this.skipped += rest.length;
    } else if (this.carriedLength + rest.length > this.maxLineBytes + 1) {
      // +1 leaves room for a `\r` that a CRLF line ending would strip.
      this.skipped = this.carriedLength + rest.length;
      this.carried = [];
      this.carriedLength = 0;
    } else {
      // Copy: the caller may reuse the chunk's memory once we return to it.
      this.carried.push(Uint8Array.prototype.slice.call(rest));
      this.carriedLength += rest.length;
    }
  }

  /** The last line, when the stream does not end with a newline. */
  end(): RawLine | undefined {
    return this.carriedLength > 0 || this.skipped >= 0 ? this.finish(new Uint8Array(0)) : undefined;
  }

  private finish(tail: Uint8Array): RawLine {
    this.number += 1;
    const number = this.number;
    if (this.skipped >= 0) {
      const length = this.skipped + tail.length;
      this.skipped = -1;
      return { number, tooLong: length };
    }
    const { carried } = this;
    const length = this.carriedLength + tail.length;
    const bytes = trimCr(carried.length === 0 ? tail : concat([...carried, tail], length));
    if (carried.length > 0) {
      this.carried = [];
      this.carriedLength = 0;
    }
    if (bytes.length > this.maxLineBytes) return { number, tooLong: bytes.length };
    return { number, bytes };
  }
}
