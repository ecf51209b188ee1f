// `npm run lint` runs Redocly through this: the same CLI and arguments, with its Node.js 20
// end-of-life banner removed from stderr. The banner is printed on every run under Node 20
// (which `engines` allows) and no setting turns it off; it hides the lint result above it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './framework/paths.js';

const redoclyBin = path.join(repoRoot, 'node_modules/@redocly/cli/bin/cli.js');

/** stderr without the boxed Node.js 20 notice; every other line, boxed or not, is kept. */
export function withoutNodeBanner(stderr: string): string {
  const lines = stderr.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    if (/^\s*╔/.test(lines[i] ?? '')) {
      let end = i;
      while (end < lines.length && !/^\s*╚/.test(lines[end] ?? '')) end += 1;
      const box = lines.slice(i, end + 1).join('\n');
      if (end < lines.length && /Node\.js 20/.test(box)) {
        i = end;
        continue;
      }
    }
    kept.push(lines[i] ?? '');
  }
  return kept.join('\n').replace(/^\n+/, '');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const child = spawn(process.execPath, [redoclyBin, ...process.argv.slice(2)], {
    cwd: process.cwd(),
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    stdio: ['inherit', 'inherit', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.on('close', (code) => {
    process.stderr.write(withoutNodeBanner(Buffer.concat(chunks).toString('utf8')));
    process.exit(code ?? 1);
  });
}
