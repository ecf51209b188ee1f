// A large module is formatted in pieces on the prettier worker (GeneratedFile.statements): the
// joined pieces must be exactly what prettier gives the whole module, or the output would depend
// on where the pieces were cut.
import { afterAll, describe, expect, it } from 'vitest';
import { FormatWorker, formatFile } from '../../generators/framework/format.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { renderValidatorStatements } from '../../generators/validators/render.js';
import { loadBundledSpec } from '../support/spec.js';

const worker = new FormatWorker();
afterAll(() => worker.close());

describe('formatting a module in pieces', () => {
  it('gives prettier’s text of the whole module: the validators of the real spec (about 1 MB, so several pieces)', async () => {
    const spec = loadBundledSpec() as unknown as BundledSpec;
    const statements = await renderValidatorStatements(spec);
    const whole = await formatFile('src/validators.ts', statements.join('\n\n'));
    const pieces = await worker.formatStatements('src/validators.ts', statements);
    expect(pieces.length).toBe(whole.length);
    expect(pieces === whole).toBe(true);
  }, 120_000);

  it('formats short modules as one piece and keeps the statements in order', async () => {
    const statements = ['const b = 1;', 'export const a = b;', 'export function f() {return a}'];
    expect(await worker.formatStatements('src/x.ts', statements)).toBe(
      'const b = 1;\n\nexport const a = b;\n\nexport function f() {\n  return a;\n}\n',
    );
  });
});
