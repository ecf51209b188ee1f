import { GenerateError } from './framework/errors.js';
import { bundleSpec } from './framework/bundle.js';
import { specBundle } from './artifacts/spec-bundle.js';
import { formatFile } from './framework/format.js';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generatedDir } from './framework/paths.js';

// `npm run bundle`: only the bundled spec (JSON and YAML), without the rest of generation.
try {
  const spec = await bundleSpec();
  await mkdir(generatedDir, { recursive: true });
  for (const file of await specBundle.generate(spec)) {
    await writeFile(path.join(generatedDir, file.path), await formatFile(file.path, file.contents));
    console.log(`wrote generated/${file.path}`);
  }
} catch (error) {
  console.error(`bundle failed: ${error instanceof GenerateError ? error.message : String(error)}`);
  process.exit(2);
}
