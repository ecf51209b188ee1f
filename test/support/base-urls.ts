import type { ClientOperationId } from '../../generated/src/index.js';
import { loadModel } from '../../generators/model/index.js';

/** `baseUrls` sending every client operation the model knows (its JSON operations) to `url`. */
export function everyOperationAt(url: string): Record<ClientOperationId, string> {
  const json = loadModel().operations.filter(
    (op) => op.kind === 'json' || op.kind === 'enveloped-json',
  );
  return Object.fromEntries(json.map((op) => [op.id, url])) as Record<ClientOperationId, string>;
}
