// Shared by the property rules: each property of a schema with its resolved target.
export function* eachProperty(schema, ctx) {
  if (!schema || typeof schema.properties !== 'object') return;
  for (const [name, raw] of Object.entries(schema.properties)) {
    const resolved = raw && raw.$ref ? ctx.resolve(raw).node : raw;
    yield { name, raw, resolved, location: ctx.location.child(['properties', name]) };
  }
}
