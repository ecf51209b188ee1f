// Shared by the property rules: each property of a schema with its resolved target. Properties
// under `not` only describe what a message must not be, so they are not fields to document.
export function* eachProperty(schema, ctx) {
  if (!schema || typeof schema.properties !== 'object') return;
  if (/\/not$/.test(ctx.location.pointer)) return;
  for (const [name, raw] of Object.entries(schema.properties)) {
    const location = ctx.location.child(['properties', name]);
    yield { name, raw, resolved: resolveParts(raw, ctx), location };
  }
}

// A property's schema with its `$ref` target and `allOf` parts merged in (its own keys win), so
// `allOf: [{ $ref }]` is checked like the bare `$ref` it stands for.
function resolveParts(raw, ctx) {
  if (!raw || typeof raw !== 'object') return raw;
  let merged = raw.$ref ? { ...ctx.resolve(raw).node } : {};
  for (const part of Array.isArray(raw.allOf) ? raw.allOf : []) {
    merged = { ...merged, ...resolveParts(part, ctx) };
  }
  return { ...merged, ...raw };
}
