import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface SpawnMeasurement {
  /** Wall time from spawn to exit, in milliseconds. */
  wallMs: number;
  /** Peak resident set size of the largest process in the tree, in KiB (GNU time), if known. */
  maxRssKiB: number | undefined;
  /**
   * CPU time (user + system) of the command and the children it waited for, in milliseconds
   * (GNU time), if known. Unlike wall time it is barely inflated when other work shares the cores.
   */
  cpuMs: number | undefined;
  code: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = existsSync(GNU_TIME);

/**
 * Runs a command to completion, timing it from spawn to exit. Under GNU time (`-v`), its
 * "Maximum resident set size" is the peak RSS of the largest process it waited for, children
 * included (getrusage RUSAGE_CHILDREN): for a tool that spawns helpers, the biggest of them.
 */
export function measureSpawn(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<SpawnMeasurement> {
  const [file, argv] = hasGnuTime ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
      const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
      resolve({
        wallMs,
        maxRssKiB: rss ? Number(rss[1]) : undefined,
        cpuMs: user && system ? (Number(user[1]) + Number(system[1])) * 1000 : undefined,
        code,
        stdout,
        stderr: hasGnuTime ? stderr.replace(/\n?\tCommand being timed:[\s\S]*$/, '') : stderr,
      });
    });
  });
}
