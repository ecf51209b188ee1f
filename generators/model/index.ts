// The API model: read the bundle once, then ask the model (see types.ts).
export { apiModel, buildModel } from './build.js';
export { BUNDLE_PATH, loadModel } from './load.js';
export {
  childPointer,
  COMPONENT_SCHEMA_PREFIX,
  componentName,
  deref,
  escapeToken,
  pointerTo,
  resolvePointer,
  unescapeToken,
  type Json,
} from './pointer.js';
export type * from './types.js';
