// What OpenAPI's Reference Object allows beside a $ref. Spectral and OpenAPI 3.0-era tools drop
// anything else: a constraint (changing what a message is) or an extension such as the errata.
const allowed = (key) => key === '$ref' || key === 'description' || key === 'summary';

/** Only `description` and `summary` beside a `$ref`; wrap it in `allOf` to say more. */
export default function refSiblings() {
  return {
    ref: {
      enter(node, ctx) {
        const dropped = Object.keys(node).filter((key) => !allowed(key));
        if (dropped.length === 0) return;
        ctx.report({
          message: `${dropped.join(', ')} beside $ref is dropped by tools that read $ref as a JSON Reference (Spectral, OpenAPI 3.0); write allOf: [{ $ref }] next to it instead.`,
          location: ctx.location.child(dropped[0]),
        });
      },
    },
  };
}
