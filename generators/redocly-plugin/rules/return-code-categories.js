/**
 * Each documented return code has its exact message and one of the categories the same schema
 * declares in `x-lianlian-return-code-categories` (the one list of categories; generators and
 * docs read it too).
 */
export default function returnCodeCategories() {
  return {
    Schema: {
      enter(schema, ctx) {
        const codes = schema && schema['x-lianlian-return-codes'];
        if (!codes) return;
        const declared = schema['x-lianlian-return-code-categories'];
        const categories = new Set(
          Array.isArray(declared) ? declared.map((c) => c && c.name).filter((n) => typeof n === 'string') : [],
        );
        if (categories.size === 0) {
          ctx.report({
            message: 'x-lianlian-return-codes needs x-lianlian-return-code-categories beside it: a list of { name, action }.',
            location: ctx.location.child(['x-lianlian-return-codes']),
          });
          return;
        }
        for (const [code, entry] of Object.entries(codes)) {
          const location = ctx.location.child(['x-lianlian-return-codes', code]);
          if (!/^\d{4}$/.test(code)) ctx.report({ message: `Return code "${code}" is not four digits.`, location });
          if (!entry || typeof entry.message !== 'string' || !entry.message) {
            ctx.report({ message: `Return code ${code} has no message.`, location });
          }
          if (!entry || !categories.has(entry.category)) {
            ctx.report({
              message: `Return code ${code} has category "${entry && entry.category}"; expected one of ${[...categories].join(', ')}.`,
              location,
            });
          }
        }
      },
    },
  };
}
