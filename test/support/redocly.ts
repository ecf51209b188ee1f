import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const repoRoot = path.resolve(import.meta.dirname, '../..');
const cli = path.join(repoRoot, 'node_modules/@redocly/cli/bin/cli.js');

export interface LintProblem {
  ruleId: string;
  message: string;
  pointer: string;
}

/** Runs `redocly lint` in `cwd` and returns its problems (JSON output), whatever the exit code. */
export async function redoclyLint(cwd: string, api?: string): Promise<LintProblem[]> {
  const args = [cli, 'lint', ...(api ? [api] : []), '--format=json'];
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  const stdout = await run(process.execPath, args, { cwd, env, maxBuffer: 64 << 20 }).then(
    (r) => r.stdout,
    (e: { stdout?: string }) => e.stdout ?? '',
  );
  const report = JSON.parse(stdout) as {
    problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
  };
  return report.problems.map((p) => ({
    ruleId: p.ruleId,
    message: p.message,
    pointer: p.location[0]?.pointer ?? '',
  }));
}
