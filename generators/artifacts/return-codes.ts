import { GenerateError } from '../framework/errors.js';
import { resolvePointer, type Json } from '../framework/spec-walk.js';
import { render } from '../framework/templates.js';
import type { BundledSpec, ExportingGenerator } from '../framework/types.js';

/** src/return-codes.ts: RetCode's x-lianlian-return-codes as a typed table with categories. */
export const returnCodes: ExportingGenerator = {
  name: 'return codes',
  exports: ['return-codes'],
  async generate(spec) {
    return [
      {
        path: 'src/return-codes.ts',
        contents: await render('return-codes/return-codes.ts.hbs', { codes: codeRows(spec) }),
      },
    ];
  },
};

function codeRows(spec: BundledSpec): { codeJson: string; infoJson: string }[] {
  const table = resolvePointer(spec, '#/components/schemas/RetCode')['x-lianlian-return-codes'] as
    | Json
    | undefined;
  if (!table) fail('has no x-lianlian-return-codes');
  return Object.keys(table)
    .sort()
    .map((code) => {
      const { message, category, description } = table[code] as Json;
      if (typeof message !== 'string' || typeof category !== 'string') {
        fail(`return code ${code} needs message and category`);
      }
      return {
        codeJson: JSON.stringify(code),
        infoJson: JSON.stringify({ message, category, description: String(description ?? '') }),
      };
    });
}

function fail(message: string): never {
  throw new GenerateError('GENERATOR_FAILED', 'return codes: RetCode', message);
}
