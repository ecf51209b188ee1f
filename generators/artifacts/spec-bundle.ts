import { stringify } from 'yaml';
import type { Generator } from '../framework/types.js';

/**
 * The bundled spec itself, as JSON and YAML, for docs, other tools and download. Both are data in
 * their serialiser's canonical form, so prettier is skipped: it took two seconds of a cold run.
 */
export const specBundle: Generator = {
  name: 'spec bundle',
  generate: (spec) => [
    { path: 'openapi.json', contents: `${JSON.stringify(spec, null, 2)}\n`, formatted: true },
    {
      path: 'openapi.yaml',
      contents: stringify(spec, { lineWidth: 0, aliasDuplicateObjects: false }),
      formatted: true,
    },
  ],
};
