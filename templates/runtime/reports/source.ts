/**
 * Where report bytes come from: text or bytes already in memory, any (async) iterable of chunks
 * (a Node stream, a fetch body), or a file path, whose base name also tells the format.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { ReportError } from '../shared/errors.js';
import { reportOfFileName, type ReportFileName, type ReportFormat } from './format.js';

export type ReportSource = string | Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

// Node's default read size. A chunk stays alive while its lines are parsed: at 1 MiB that outlived
// young-generation collections, so chunks were promoted and freed only by full ones (peak RSS 1.8x
// a plain readline's in the report bench); at 64 KiB a chunk dies young and CPU time is unchanged.
const FILE_CHUNK_BYTES = 1 << 16;

/** The chunks of `source`. A string is the file's text (encoded as UTF-8). */
export function reportChunks(
  source: ReportSource,
): AsyncIterable<Uint8Array> | Iterable<Uint8Array> {
  if (typeof source === 'string') return [Buffer.from(source, 'utf8')];
  if (source instanceof Uint8Array) return [source];
  return source;
}

/** The chunks of the file at `path`, read as a stream. */
export function fileChunks(path: string): AsyncIterable<Uint8Array> {
  return createReadStream(path, { highWaterMark: FILE_CHUNK_BYTES });
}

/**
 * The format of the file at `path`, from its base name (`JYMX_…_20130313.txt`).
 * @throws {ReportError} `REPORT_FILE_NAME` when no format's file name pattern matches.
 */
export function reportOfPath<Id extends string>(
  formats: Readonly<Record<Id, ReportFormat<unknown>>>,
  path: string,
): ReportFileName<Id> {
  const name = basename(path);
  const found = reportOfFileName(formats, name);
  if (found === undefined) {
    const examples = Object.values<ReportFormat<unknown>>(formats).map((f) => f.fileNameExample);
    throw new ReportError(
      'REPORT_FILE_NAME',
      `${JSON.stringify(name)} is not the name of a LianLian report file (names such as ${examples.join(', ')})`,
      'path',
    );
  }
  return found;
}
