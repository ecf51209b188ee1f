import type { ExportingGenerator } from '../framework/types.js';
import { renderValidatorStatements } from '../validators/render.js';

/**
 * src/validators.ts: emitted runtime validators for every message schema, their response
 * branches and JSON-in-string contents (see generators/validators/). The runtime support they
 * import, templates/runtime/shared/validation.ts, is copied by the runtime generator.
 */
export const validators: ExportingGenerator = {
  name: 'validators',
  exports: ['validators'],
  async generate(spec) {
    const statements = await renderValidatorStatements(spec);
    return [{ path: 'src/validators.ts', contents: statements.join('\n\n'), statements }];
  },
};
