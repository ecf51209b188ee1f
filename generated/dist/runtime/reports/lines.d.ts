/**
 * Splits a byte stream into lines without holding more than one line: a file of any size is read
 * in constant memory. A line longer than the limit is not kept; its length is reported instead,
 * and reading goes on at the next line.
 */
/** One line's bytes (without `\n` or `\r\n`), or the length of one that was too long. */
export type RawLine = {
    readonly number: number;
    readonly bytes: Uint8Array;
    readonly tooLong?: undefined;
} | {
    readonly number: number;
    readonly bytes?: undefined;
    readonly tooLong: number;
};
/**
 * The lines of a stream fed one chunk at a time, numbered from 1. `lines(chunk)` finds each line
 * only when the caller asks for it, so one line is alive at a time: a chunk's lines gathered in an
 * array first outlived the young generation and were promoted with their chunk, which only a full
 * collection freed (peak RSS of the report bench, see the README). A final line without a newline
 * is still a line (`end()`); an empty stream has none. `maxLineBytes` bounds the memory a line may
 * take.
 */
export declare class LineSplitter {
    private readonly maxLineBytes;
    private number;
    private carried;
    private carriedLength;
    private skipped;
    constructor(maxLineBytes: number);
    /** The lines `chunk` completes, then keeps the start of the next one. Iterate it to the end. */
    lines(chunk: Uint8Array): Generator<RawLine, void, undefined>;
    /** The last line, when the stream does not end with a newline. */
    end(): RawLine | undefined;
    private finish;
}
