/**
 * The spec's validators emitted with every property check inline (`shareProperties: false`, the
 * emitter's output before property checks were shared), formatted as the generator formats them
 * and importable through tsx: the same-run reference for the size and speed of the shared ones.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatFile } from '../../generators/framework/format.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { renderValidators } from '../../generators/validators/render.js';
import { repoRoot } from './spec.js';

export interface ValidatorsModule {
  /** Formatted text of validators.ts. */
  source: string;
  module: Record<string, unknown>;
}

/** generated/src/validators.ts as it is, imported from its TypeScript source (tsx). */
export async function sharedValidators(): Promise<ValidatorsModule> {
  const file = path.join(repoRoot, 'generated/src/validators.ts');
  return {
    source: await readFile(file, 'utf8'),
    module: (await import(pathToFileURL(file).href)) as Record<string, unknown>,
  };
}

/** The same spec's validators with every property check inline, from a temporary folder. */
export async function inlineValidators(spec: BundledSpec): Promise<ValidatorsModule> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lianlian-inline-validators-'));
  try {
    await mkdir(path.join(dir, 'runtime/shared'), { recursive: true });
    await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    const src = path.join(repoRoot, 'generated/src');
    await copyFile(path.join(src, 'types.ts'), path.join(dir, 'types.ts'));
    await copyFile(
      path.join(src, 'runtime/shared/validation.ts'),
      path.join(dir, 'runtime/shared/validation.ts'),
    );
    const source = await formatFile(
      'src/validators.ts',
      await renderValidators(spec, { shareProperties: false }),
    );
    const file = path.join(dir, 'validators.ts');
    await writeFile(file, source);
    return { source, module: (await import(pathToFileURL(file).href)) as Record<string, unknown> };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
