import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Options } from 'prettier';
import { hashOf, packageVersion, type StepCache } from './cache.js';
import { repoRoot } from './paths.js';

const parsers: Record<string, string> = {
  '.ts': 'typescript',
  '.json': 'json',
  '.yaml': 'yaml',
  '.md': 'markdown',
  '.html': 'html',
};

// Prettier is imported only when a file misses the cache: loading it is a noticeable share of a
// warm run.
const loadPrettier = async () => (await import('prettier')).default;
let options: Promise<Options | null> | undefined;
let keyBase: Promise<string> | undefined;

/** Everything besides the text that decides prettier's output: its version and our settings. */
const settingsKey = () =>
  (keyBase ??= Promise.all([
    packageVersion('prettier'),
    readFile(path.join(repoRoot, '.prettierrc.json'), 'utf8'),
  ]).then(([version, config]) => hashOf(version, config)));

/** The cache key of a text under the repository's prettier settings. */
const formatKey = async (filePath: string, contents: string) =>
  hashOf(await settingsKey(), filePath, contents);

/**
 * Formats text by its extension with the repository's prettier settings; other files pass
 * through. With a cache, text formatted before under the same prettier and settings is reused.
 */
export async function formatFile(
  filePath: string,
  contents: string,
  cache?: StepCache<string>,
): Promise<string> {
  const parser = parsers[path.extname(filePath)];
  if (!parser) return contents;
  const key = cache?.enabled ? await formatKey(filePath, contents) : '';
  const hit = cache?.get(key);
  if (hit !== undefined) return hit;
  const prettier = await loadPrettier();
  options ??= prettier.resolveConfig(path.join(repoRoot, 'package.json'));
  const formatted = await prettier.format(contents, {
    ...(await options),
    parser,
    filepath: filePath,
  });
  cache?.set(key, formatted);
  return formatted;
}

interface Pending {
  resolve: (formatted: string) => void;
  reject: (error: Error) => void;
  /** The bytes sent, counted against the worker's queue until it answers. */
  bytes: number;
}

interface FormatThread {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Bytes sent and not yet answered: a new text goes to the thread with the fewest. */
  queued: number;
}

/**
 * Prettier on worker threads (two, or one on a one-core machine). Started before the spec is
 * bundled, they load prettier meanwhile; while they format, the main thread goes on generating
 * and compiling, and when it is done the two share both cores. Results are the same bytes as
 * `formatFile` gives: same prettier, same settings, each text formatted on its own.
 */
export class FormatWorker {
  private readonly threads: FormatThread[];
  private next = 0;
  private failure: Error | undefined;

  constructor(size = Math.min(2, availableParallelism())) {
    this.threads = Array.from({ length: Math.max(1, size) }, () => this.start());
  }

  private start(): FormatThread {
    const worker = new Worker(new URL('./format-worker.mjs', import.meta.url), {
      workerData: { configFile: path.join(repoRoot, 'package.json') },
    });
    const thread: FormatThread = { worker, pending: new Map(), queued: 0 };
    worker.on('message', (message: { id?: number; formatted?: string; error?: string }) => {
      if (message.id === undefined) return;
      const waiting = thread.pending.get(message.id);
      if (!waiting) return;
      thread.pending.delete(message.id);
      thread.queued -= waiting.bytes;
      if (message.error !== undefined) waiting.reject(new Error(message.error));
      else waiting.resolve(message.formatted ?? '');
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const waiting of thread.pending.values()) waiting.reject(error);
      thread.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a prettier worker exited with code ${code}`));
    });
    return thread;
  }

  /** Like `formatFile`: by extension, reusing `cache`, other files unchanged. */
  async format(filePath: string, contents: string, cache?: StepCache<string>): Promise<string> {
    const parser = parsers[path.extname(filePath)];
    if (!parser) return contents;
    const key = cache?.enabled ? await formatKey(filePath, contents) : '';
    const hit = cache?.get(key);
    if (hit !== undefined) return hit;
    if (this.failure) throw this.failure;
    const thread = this.threads.reduce((a, b) => (b.queued < a.queued ? b : a));
    const id = this.next++;
    const formatted = await new Promise<string>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject, bytes: contents.length });
      thread.queued += contents.length;
      thread.worker.postMessage({ id, filepath: filePath, contents, parser });
    });
    cache?.set(key, formatted);
    return formatted;
  }

  /**
   * A module given as its top-level statements, formatted in pieces of about `PIECE_BYTES` and
   * joined by the blank line prettier puts between top-level statements.
   */
  async formatStatements(
    filePath: string,
    statements: readonly string[],
    cache?: StepCache<string>,
  ): Promise<string> {
    const pieces = piecesOf(statements);
    const formatted = await Promise.all(pieces.map((piece) => this.format(filePath, piece, cache)));
    return formatted.join('\n');
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }
}

/** About the size of the generated modules prettier handled in time linear with their length. */
const PIECE_BYTES = 100_000;

/** Statements grouped, in order, into texts of about `PIECE_BYTES` each. */
function piecesOf(statements: readonly string[]): string[] {
  const pieces: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const statement of statements) {
    if (size > 0 && size + statement.length > PIECE_BYTES) {
      pieces.push(current.join('\n\n'));
      current = [];
      size = 0;
    }
    current.push(statement);
    size += statement.length + 2;
  }
  if (current.length > 0) pieces.push(current.join('\n\n'));
  return pieces;
}
