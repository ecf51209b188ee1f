import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generatedDir } from '../framework/paths.js';
import type { BundledSpec } from '../framework/types.js';
import { apiModel } from './build.js';
import type { ApiModel } from './types.js';

/** The committed bundle, so tests and the bench in a clone read the same document. */
export const BUNDLE_PATH = path.join(generatedDir, 'openapi.json');

const loaded = new Map<string, ApiModel>();

/** The model of a bundled spec file (by default generated/openapi.json), read once per file. */
export function loadModel(file: string = BUNDLE_PATH): ApiModel {
  let model = loaded.get(file);
  if (!model) {
    model = apiModel(JSON.parse(readFileSync(file, 'utf8')) as BundledSpec);
    loaded.set(file, model);
  }
  return model;
}
