// The lianlian-sandbox executable (generated/dist/sandbox.js) as the tests run it: spawned on a
// free port with throwaway keys, its URL read from its "listening on" line.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Spawns `lianlian-sandbox --port 0 --keys-dir <keysDir> --test-mode`. */
export function spawnSandboxBin(keysDir: string): ChildProcessWithoutNullStreams {
  return spawn(
    process.execPath,
    ['generated/dist/sandbox.js', '--port', '0', '--keys-dir', keysDir, '--test-mode'],
    { cwd: ROOT },
  );
}

/**
 * The URL the spawned sandbox listens on, from its stdout; `onOutput` sees everything it printed.
 * Rejects, with the output, when it exits first.
 */
export function sandboxBinUrl(
  child: ChildProcessWithoutNullStreams,
  onOutput: (output: string) => void = () => {},
): Promise<string> {
  let output = '';
  return new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      onOutput(output);
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1] as string);
    });
    child.once('exit', () => reject(new Error(`sandbox exited: ${output}`)));
  });
}
