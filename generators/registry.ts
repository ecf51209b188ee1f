import { cliEntry } from './artifacts/cli-entry.js';
import { clients } from './artifacts/clients.js';
import { createPackageFiles } from './artifacts/package-files.js';
import { redirects } from './artifacts/redirects.js';
import { reports } from './artifacts/reports.js';
import { returnCodes } from './artifacts/return-codes.js';
import { runtime } from './artifacts/runtime.js';
import { signingFields } from './artifacts/signing-fields.js';
import { specBundle } from './artifacts/spec-bundle.js';
import { types } from './artifacts/types.js';
import { validators } from './artifacts/validators.js';
import { formsAndNotifications } from './artifacts/forms-and-notifications.js';
import type { ExportingGenerator, Generator } from './framework/types.js';

// One generator per artifact. Those that add a module to the package index declare it in `exports`.
const artifacts: (Generator | ExportingGenerator)[] = [
  specBundle,
  types,
  runtime,
  signingFields,
  returnCodes,
  validators,
  clients,
  formsAndNotifications,
  reports,
  redirects,
  cliEntry,
];

const exported = artifacts.flatMap((g) => ('exports' in g ? g.exports : []));

export const generators: Generator[] = [...artifacts, createPackageFiles(exported)];
