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
 * The lines of `chunks`, numbered from 1, as one batch per chunk (a per-line async step costs more
 * than the line's parsing). A final line without a newline is still a line; an empty stream has
 * none. `maxLineBytes` bounds the memory a line may take.
 */
export declare function splitLines(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, maxLineBytes: number): AsyncGenerator<RawLine[]>;
