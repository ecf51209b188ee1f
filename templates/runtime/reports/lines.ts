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
 * The lines of `chunks`, numbered from 1, as one batch per chunk (a per-line async step costs more
 * than the line's parsing). A final line without a newline is still a line; an empty stream has
 * none. `maxLineBytes` bounds the memory a line may take.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<RawLine[]> {
  let number = 0;
  // The start of the current line, carried across chunks (at most maxLineBytes + 1 bytes).
  let carried: Uint8Array[] = [];
  let carriedLength = 0;
  // Bytes of the current line counted but dropped because the line is already too long.
  let skipped = -1;

  const finish = (tail: Uint8Array): RawLine => {
    number += 1;
    if (skipped >= 0) {
      const length = skipped + tail.length;
      skipped = -1;
      return { number, tooLong: length };
    }
    const length = carriedLength + tail.length;
    const bytes = trimCr(carried.length === 0 ? tail : concat([...carried, tail], length));
    carried = [];
    carriedLength = 0;
    if (bytes.length > maxLineBytes) return { number, tooLong: bytes.length };
    return { number, bytes };
  };

  for await (const chunk of chunks) {
    const batch: RawLine[] = [];
    let start = 0;
    for (let end = chunk.indexOf(LF, start); end !== -1; end = chunk.indexOf(LF, start)) {
      batch.push(finish(chunk.subarray(start, end)));
      start = end + 1;
    }
    if (batch.length > 0) yield batch;
    const rest = chunk.subarray(start);
    if (rest.length === 0) continue;
    if (skipped >= 0) {
      skipped += rest.length;
    } else if (carriedLength + rest.length > maxLineBytes + 1) {
      // +1 leaves room for a `\r` that a CRLF line ending would strip.
      skipped = carriedLength + rest.length;
      carried = [];
      carriedLength = 0;
    } else {
      // Copy: the caller may reuse the chunk's memory once we return to it.
      carried.push(Uint8Array.prototype.slice.call(rest));
      carriedLength += rest.length;
    }
  }
  if (carriedLength > 0 || skipped >= 0) yield [finish(new Uint8Array(0))];
}
