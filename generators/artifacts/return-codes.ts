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
        contents: await render('return-codes/return-codes.ts.hbs', {
          codes: codeRows(spec),
          categories: categoryRows(spec),
        }),
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

/** The declared categories, in the spec's order; every code's category must be one of them. */
function categoryRows(spec: BundledSpec): { nameJson: string; action: string }[] {
  const { schema, categories, codes } = apiModel(spec).returnCodes;
  const where = `return codes: ${schema ?? 'spec'}`;
  if (categories.length === 0) {
    throw new GenerateError('GENERATOR_FAILED', where, 'no x-lianlian-return-code-categories');
  }
  const names = new Set(categories.map((c) => c.name));
  for (const [code, info] of codes) {
    const category = (info as Json | undefined)?.category;
    if (typeof category === 'string' && !names.has(category)) {
      throw new GenerateError(
        'GENERATOR_FAILED',
        where,
        `return code ${code} has category "${category}", which x-lianlian-return-code-categories does not declare`,
      );
    }
  }
  return categories.map((c) => ({ nameJson: JSON.stringify(c.name), action: c.action }));
}
