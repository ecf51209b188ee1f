import { stringify } from 'yaml';
import type { Generator } from '../framework/types.js';

/** The bundled spec itself, as JSON and YAML, for docs, other tools and download. */
export const specBundle: Generator = {
  name: 'spec bundle',
  generate: (spec) => [
    { path: 'openapi.json', contents: JSON.stringify(spec, null, 2) },
    {
      path: 'openapi.yaml',
      contents: stringify(spec, { lineWidth: 0, aliasDuplicateObjects: false }),
    },
  ],
};
