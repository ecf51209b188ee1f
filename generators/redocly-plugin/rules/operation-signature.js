/** Every operation and webhook declares how it is signed; the generators read this extension. */
export default function operationSignature() {
  return {
    Operation: {
      enter(operation, ctx) {
        const ext = operation['x-lianlian-signature'];
        if (ext && typeof ext === 'object') return;
        ctx.report({
          message: `Operation "${operation.operationId ?? '?'}" must declare x-lianlian-signature.`,
          location: ctx.location.key(),
        });
      },
    },
  };
}
