import { createPackageFiles } from './artifacts/package-files.js';
import { runtime } from './artifacts/runtime.js';
import { signingFields } from './artifacts/signing-fields.js';
import { specBundle } from './artifacts/spec-bundle.js';
import { types } from './artifacts/types.js';
import type { ExportingGenerator, Generator } from './framework/types.js';

// One generator per artifact. Those that add a module to the package index declare it in `exports`.
const artifacts: (Generator | ExportingGenerator)[] = [
  specBundle,
  types,
  runtime,
  signingFields,
];

const exported = artifacts.flatMap((g) => ('exports' in g ? g.exports : []));

export const generators: Generator[] = [...artifacts, createPackageFiles(exported)];
