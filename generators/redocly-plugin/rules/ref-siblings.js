// Annotations a reader may lose without changing what a message is; everything else beside a
// $ref is a constraint that Spectral and OpenAPI 3.0-era tools silently drop.
const annotation = (key) => key === '$ref' || key === 'description' || key === 'summary' || key.startsWith('x-');

/** No validation keyword beside a `$ref`: wrap the reference in `allOf` so every tool keeps it. */
export default function refSiblings() {
  return {
    ref: {
      enter(node, ctx) {
        const dropped = Object.keys(node).filter((key) => !annotation(key));
        if (dropped.length === 0) return;
        ctx.report({
          message: `${dropped.join(', ')} beside $ref is dropped by tools that read $ref as a JSON Reference (Spectral, OpenAPI 3.0); write allOf: [{ $ref }] next to it instead.`,
          location: ctx.location.child(dropped[0]),
        });
      },
    },
  };
}
