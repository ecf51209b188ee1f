// External programs the crypto tests cross-check against (openssl, java) and the lianlian CLI.
// A missing program fails the test with a clear message; nothing is skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ToolResult {
  status: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs a program to completion; throws a readable error when it is not installed. */
export function runTool(
  command: string,
  args: readonly string[],
  options: { input?: string | Buffer; cwd?: string } = {},
): ToolResult {
  const result = spawnSync(command, args, {
    input: options.input,
    cwd: options.cwd ?? repoRoot,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error !== undefined) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? `${command} is required for this cross-check but is not installed or not on PATH`
        : `${command} could not be run: ${result.error.message}`,
    );
  }
  return {
    status: result.status ?? -1,
    stdout: result.stdout,
    stderr: result.stderr.toString('utf8'),
  };
}

/** Runs a program that must succeed and returns its stdout. */
export function runOk(
  command: string,
  args: readonly string[],
  options: { input?: string | Buffer } = {},
): Buffer {
  const result = runTool(command, args, options);
  if (result.status !== 0) {
    throw new Error(`${command} ${args[0] ?? ''} exited ${result.status}: ${result.stderr.trim()}`);
  }
  return result.stdout;
}

let javaClasses: { dir: string; remove: () => void } | undefined;

/**
 * Runs test/java/LianPayEnvelope.java (also runnable as `java LianPayEnvelope.java ...`). It is
 * compiled once per test process: the single-file launcher recompiles on every run (~1 s).
 */
export function runJava(args: readonly string[]): ToolResult {
  if (javaClasses === undefined) {
    const classes = tempDir('lianlian-java');
    runOk('javac', ['-d', classes.dir, path.join(repoRoot, 'test/java/LianPayEnvelope.java')]);
    process.once('exit', classes.remove);
    javaClasses = classes;
  }
  return runTool('java', ['-cp', javaClasses.dir, 'LianPayEnvelope', ...args]);
}

/** A fresh temporary directory and a function that removes it. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const builtCli = path.join(repoRoot, 'generated/dist/lianlian.js');

/**
 * How to start the `lianlian` executable: the compiled generated/dist/lianlian.js.
 * Only with LIANLIAN_CLI_FROM_SOURCE=1 does it run the generated source entry
 * generated/src/lianlian.ts through tsx instead (no compile step while working on the runtime).
 */
export function cliCommand(): string[] {
  if (process.env.LIANLIAN_CLI_FROM_SOURCE === '1') {
    return ['--import', 'tsx', path.join(repoRoot, 'generated/src/lianlian.ts')];
  }
  if (!existsSync(builtCli)) {
    throw new Error(
      'generated/dist/lianlian.js is missing: run `npm run generate` first ' +
        '(or set LIANLIAN_CLI_FROM_SOURCE=1 to run generated/src/lianlian.ts through tsx)',
    );
  }
  return [builtCli];
}

/** Runs `lianlian ARGS` as a child process. */
export function runCli(args: readonly string[], input?: string | Buffer): ToolResult {
  return runTool(process.execPath, [...cliCommand(), ...args], { input: input ?? '' });
}
