import { readFile } from 'node:fs/promises';
import path from 'node:path';
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

/**
 * Formats text by its extension with the repository's prettier settings; other files pass
 * through. With a cache, text formatted before under the same prettier and settings is reused.
 */
export async function formatFile(
  filePath: string,
  contents: string,
  cache?: StepCache<string>,
): Promise<string> {
  return cachedFormat(filePath, contents, cache, async (parser) => {
    const prettier = await loadPrettier();
    options ??= prettier.resolveConfig(path.join(repoRoot, 'package.json'));
    return prettier.format(contents, { ...(await options), parser, filepath: filePath });
  });
}

/**
 * What `formatFile` and the worker share: the parser by extension (other files pass through) and
 * the cache, around whichever prettier formats the text.
 */
async function cachedFormat(
  filePath: string,
  contents: string,
  cache: StepCache<string> | undefined,
  format: (parser: string) => Promise<string>,
): Promise<string> {
  const parser = parsers[path.extname(filePath)];
  if (!parser) return contents;
  const key = cache?.enabled ? hashOf(await settingsKey(), filePath, contents) : '';
  const hit = cache?.get(key);
  if (hit !== undefined) return hit;
  const formatted = await format(parser);
  cache?.set(key, formatted);
  return formatted;
}

interface Pending {
  resolve: (formatted: string) => void;
  reject: (error: Error) => void;
}

/**
 * Prettier on a worker thread. Started before the spec is bundled, it loads prettier meanwhile;
 * while it formats, the main thread goes on generating and compiling, so a cold run uses both
 * cores. (A second prettier thread was measured and dropped: with the main thread busy there is
 * no third core, and each thread loads and warms up prettier on its own.) Results are the same
 * bytes as `formatFile` gives: same prettier, same settings.
 */
export class FormatWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private failure: Error | undefined;

  constructor() {
    this.worker = new Worker(new URL('./format-worker.mjs', import.meta.url), {
      workerData: { configFile: path.join(repoRoot, 'package.json') },
    });
    this.worker.on('message', (message: { id?: number; formatted?: string; error?: string }) => {
      if (message.id === undefined) return;
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error !== undefined) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.formatted ?? '');
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`the prettier worker exited with code ${code}`));
    });
  }

  /** Like `formatFile`: by extension, reusing `cache`, other files unchanged. */
  format(filePath: string, contents: string, cache?: StepCache<string>): Promise<string> {
    return cachedFormat(filePath, contents, cache, (parser) => {
      if (this.failure) return Promise.reject(this.failure);
      const id = this.next++;
      return new Promise<string>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        this.worker.postMessage({ id, filepath: filePath, contents, parser });
      });
    });
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
    await this.worker.terminate();
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
