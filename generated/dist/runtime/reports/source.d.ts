import { type ReportFileName, type ReportFormat } from './format.js';
export type ReportSource = string | Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
/** The chunks of `source`. A string is the file's text (encoded as UTF-8). */
export declare function reportChunks(source: ReportSource): AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
/** The chunks of the file at `path`, read as a stream. */
export declare function fileChunks(path: string): AsyncIterable<Uint8Array>;
/**
 * The format of the file at `path`, from its base name (`JYMX_…_20130313.txt`).
 * @throws {ReportError} `REPORT_FILE_NAME` when no format's file name pattern matches.
 */
export declare function reportOfPath<Id extends string>(formats: Readonly<Record<Id, ReportFormat<unknown>>>, path: string): ReportFileName<Id>;
