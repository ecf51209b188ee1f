import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { formatFile } from '../../generators/framework/format.js';
import { repoRoot } from '../../generators/framework/paths.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { types } from '../../generators/artifacts/types.js';
import { validators } from '../../generators/artifacts/validators.js';
import { renderValidators } from '../../generators/validators/render.js';

export interface BuiltValidators {
  /** The formatted text of validators.ts. */
  source: string;
  /** Compiler diagnostics under the generated package's settings (strict, noUncheckedIndexedAccess). */
  diagnostics: string[];
  module: Record<string, any>;
}

/**
 * Runs the validators generator on an in-memory spec (a test fixture), writes validators.ts with
 * its types.ts and the validation runtime into a temporary package, type-checks it with the
 * generated package's compiler options, imports it and removes the files again.
 */
export async function buildValidators(
  spec: BundledSpec,
  /** Emitter options; given, validators.ts is rendered with them instead of by the generator. */
  emitter?: { shareProperties?: boolean },
): Promise<BuiltValidators> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lianlian-validators-'));
  await mkdir(path.join(dir, 'runtime/shared'), { recursive: true });
  await writeFile(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  const files = [
    ...(await types.generate(spec)),
    ...(emitter === undefined
      ? await validators.generate(spec)
      : [{ path: 'src/validators.ts', contents: await renderValidators(spec, emitter) }]),
  ];
  let source = '';
  for (const file of files) {
    const text = await formatFile(file.path, file.contents);
    if (file.path === 'src/validators.ts') source = text;
    await writeFile(path.join(dir, file.path.replace(/^src\//, '')), text);
  }
  const runtime = await readFile(
    path.join(repoRoot, 'templates/runtime/shared/validation.ts'),
    'utf8',
  );
  await writeFile(path.join(dir, 'runtime/shared/validation.ts'), runtime);

  const program = ts.createProgram([path.join(dir, 'validators.ts')], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
  try {
    const module = await import(path.join(dir, 'validators.ts'));
    return { source, diagnostics, module };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
