import { parseArgs } from 'node:util';
import { GenerateError } from './framework/errors.js';
import { run } from './framework/run.js';

const usage = `Usage: npm run generate [-- --check] [-- --no-cache]

Bundles spec/ and writes every artifact into generated/.
  --check      write nothing; exit 1 and list the files that are stale, missing or extra
  --no-cache   format and compile everything again instead of reusing unchanged results
               (kept in node_modules/.cache/lianlian-generate)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const check = values.check ?? false;
  const started = Date.now();
  // A full run takes seconds; one short line per phase shows it is working, and on what.
  const progress = (phase: string) =>
    console.error(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(4)} s  ${phase}`);
  const summary = await run({ check, cache: !values['no-cache'], progress });
  const changed = [...summary.written, ...summary.removed];
  if (check) {
    if (changed.length > 0) {
      console.error(
        `generated/ is stale: ${changed.length} file(s) differ from what the spec produces:`,
      );
      for (const f of summary.written) console.error(`  changed or missing  generated/${f}`);
      for (const f of summary.removed) console.error(`  not generated      generated/${f}`);
      console.error('Run `npm run generate` and commit the result.');
      return 1;
    }
    console.log(`generated/ is up to date (${summary.files} files, ${summary.milliseconds} ms).`);
    return 0;
  }
  for (const f of summary.written) console.log(`wrote    generated/${f}`);
  for (const f of summary.removed) console.log(`removed  generated/${f}`);
  console.log(
    `${summary.files} files (${summary.written.length} written, ${summary.removed.length} removed, ` +
      `${summary.unchanged} unchanged) from ${summary.operations} operations, ${summary.webhooks} webhooks, ` +
      `${summary.schemas} schemas in ${summary.milliseconds} ms.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof GenerateError && error.code === 'SPEC_INVALID') {
      // Like a compiler: `spec/paths/x.yaml:12:5: error: …` first, so editors can jump to it.
      console.error(error.message);
      console.error('generate failed: the spec does not bundle.');
    } else if (error instanceof GenerateError) {
      console.error(`generate failed: ${error.message}`);
    } else {
      console.error(`generate failed: ${(error as Error).stack ?? error}`);
    }
    process.exit(2);
  },
);
