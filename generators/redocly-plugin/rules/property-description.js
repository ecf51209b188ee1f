import { eachProperty } from './properties.js';

/** Every property says what it is, either beside its $ref or on the schema it points to. */
export default function propertyDescription() {
  return {
    Schema: {
      enter(schema, ctx) {
        for (const { name, raw, resolved, location } of eachProperty(schema, ctx)) {
          const text = (raw && raw.description) || (resolved && resolved.description);
          if (typeof text === 'string' && text.trim()) continue;
          ctx.report({ message: `Property "${name}" has no description.`, location });
        }
      },
    },
  };
}
