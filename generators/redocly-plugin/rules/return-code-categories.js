const categories = new Set([
  'success',
  'processing',
  'payer-action-needed',
  'merchant-fix-needed',
  'retry-later',
  'failed',
]);

/** Each documented return code has its exact message and one of our outcome categories. */
export default function returnCodeCategories() {
  return {
    Schema: {
      enter(schema, ctx) {
        const codes = schema && schema['x-lianlian-return-codes'];
        if (!codes) return;
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
