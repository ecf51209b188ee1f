import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../framework/paths.js';
import { render } from '../framework/templates.js';
import { apiModel } from '../model/index.js';
import type { Generator } from '../framework/types.js';

/**
 * package.json, tsconfig.json, README.md and src/index.ts of the generated package. The index
 * re-exports `modules` (declared by the other generators) and the runtime's public surface, which
 * the index template lists.
 */
export const createPackageFiles = (modules: string[]): Generator => ({
  name: 'package',
  async generate(spec) {
    const root = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8'));
    const context = {
      version: root.version,
      apiVersion: spec.info.version,
      title: spec.info.title,
      openapiFetchRange: root.dependencies['openapi-fetch'],
      operations: apiModel(spec).operations.map((op) => op.id),
      modules,
    };
    return [
      { path: 'package.json', contents: await render('package/package.json.hbs', context) },
      { path: 'tsconfig.json', contents: await render('package/tsconfig.json.hbs', context) },
      { path: 'README.md', contents: await render('package/README.md.hbs', context) },
      { path: 'src/index.ts', contents: await render('package/index.ts.hbs', context) },
    ];
  },
});
