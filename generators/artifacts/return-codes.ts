import { GenerateError } from '../framework/errors.js';
import { apiModel, type Json } from '../model/index.js';
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
  const { schema, codes } = apiModel(spec).returnCodes;
  const fail = (message: string): never => {
    throw new GenerateError('GENERATOR_FAILED', `return codes: ${schema ?? 'spec'}`, message);
  };
  if (codes.length === 0) fail('no schema has x-lianlian-return-codes');
  return [...codes]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, info]) => {
      const { message, category, description } = (info ?? {}) as Json;
      if (typeof message !== 'string' || typeof category !== 'string') {
        fail(`return code ${code} needs message and category`);
      }
      return {
        codeJson: JSON.stringify(code),
        infoJson: JSON.stringify({ message, category, description: String(description ?? '') }),
      };
    });
}
