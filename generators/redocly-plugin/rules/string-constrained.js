import { eachProperty } from './properties.js';

const isString = (s) => s && (s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string')));
const constraints = ['maxLength', 'enum', 'const', 'pattern'];

/** Every string property is bounded: LianLian's tables give a length or a closed set for each. */
export default function stringConstrained() {
  return {
    Schema: {
      enter(schema, ctx) {
        for (const { name, raw, resolved, location } of eachProperty(schema, ctx)) {
          if (!isString(resolved)) continue;
          const has = (key) => key in resolved || (raw && key in raw);
          if (constraints.some(has)) continue;
          ctx.report({
            message: `String property "${name}" needs one of ${constraints.join(', ')}.`,
            location,
          });
        }
      },
    },
  };
}
