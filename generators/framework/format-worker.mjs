// Prettier in a worker thread, so that `npm run generate` formats on one core while the other
// generates and compiles. Plain JavaScript: it runs under tsx, vitest and bare node alike.
import { parentPort, workerData } from 'node:worker_threads';
import prettier from 'prettier';

const options = await prettier.resolveConfig(workerData.configFile);

parentPort.on('message', async ({ id, filepath, contents, parser }) => {
  try {
    const formatted = await prettier.format(contents, { ...options, parser, filepath });
    parentPort.postMessage({ id, formatted });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
