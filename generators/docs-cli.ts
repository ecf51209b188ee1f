import path from 'node:path';
import { parseArgs } from 'node:util';
import { GenerateError } from './framework/errors.js';
import { repoRoot } from './framework/paths.js';
import { buildDocs, docsDir } from './docs/build.js';

const usage = `Usage: npm run docs [-- --out DIR]

Builds the documentation site with Redoc into generated/docs/ (or DIR): index.html, which loads
nothing from the network, and the bundled spec as openapi.json and openapi.yaml.`;

try {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(usage);
  } else {
    const result = await buildDocs(values.out ? path.resolve(values.out) : docsDir);
    for (const file of result.files) {
      const shown = path.relative(repoRoot, path.join(result.outDir, file.path));
      console.log(`wrote ${shown} (${Math.ceil(file.bytes / 1024)} KiB)`);
    }
    console.log(
      `docs built in ${result.milliseconds} ms; open ${path.relative(repoRoot, result.outDir)}/index.html through any static file server.`,
    );
  }
} catch (error) {
  const message = error instanceof GenerateError ? error.message : (error as Error).message;
  console.error(`docs failed: ${message}`);
  process.exit(2);
}
