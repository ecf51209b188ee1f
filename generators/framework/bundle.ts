import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { GenerateError } from './errors.js';
import { repoRoot } from './paths.js';
import { firstSpecProblem } from './spec-problem.js';
import type { BundledSpec } from './types.js';

const run = promisify(execFile);
const redoclyBin = path.join(repoRoot, 'node_modules/@redocly/cli/bin/cli.js');

/**
 * Bundles spec/ with the Redocly CLI itself (the same code `redocly bundle` runs), so the
 * bundle we generate from is the one the docs and the linter see. `root` holds redocly.yaml
 * (tests bundle broken copies of the spec from a temporary directory).
 * @throws GenerateError SPEC_INVALID whose place is the first problem's `file:line:column`.
 */
export async function bundleSpec(root = repoRoot): Promise<BundledSpec> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lianlian-bundle-'));
  const out = path.join(dir, 'openapi.json');
  try {
    await run(process.execPath, [redoclyBin, 'bundle', 'lianlian', '--ext', 'json', '-o', out], {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    return JSON.parse(await readFile(out, 'utf8')) as BundledSpec;
  } catch (error) {
    const problem = await firstSpecProblem(root).catch(() => undefined);
    if (problem) {
      const more =
        problem.more > 0 ? ` (and ${problem.more} more; \`npm run lint\` lists them all)` : '';
      throw new GenerateError(
        'SPEC_INVALID',
        `${problem.file}:${problem.line}:${problem.column}`,
        `error: ${problem.message}${more}`,
      );
    }
    // Redocly located nothing in process: keep the last lines of the CLI's own report.
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    const lines = stderr
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !/[╔║╚═]/.test(line))
      .slice(-6)
      .join(' | ');
    throw new GenerateError('SPEC_INVALID', 'spec/openapi.yaml', `redocly bundle failed: ${lines}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
