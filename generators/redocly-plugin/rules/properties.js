// Shared by the property rules: each property of a schema with its resolved target. Properties
// under `not` only describe what a message must not be, so they are not fields to document.
export function* eachProperty(schema, ctx) {
  if (!schema || typeof schema.properties !== 'object') return;
  if (/\/not$/.test(ctx.location.pointer)) return;
  for (const [name, raw] of Object.entries(schema.properties)) {
    const resolved = raw && raw.$ref ? ctx.resolve(raw).node : raw;
    yield { name, raw, resolved, location: ctx.location.child(['properties', name]) };
  }
}
