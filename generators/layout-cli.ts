/**
 * `npm run layout [-- --depth N] [-- --under DIR]`: the repository's folders as a tree, one line
 * per folder with the number of files git tracks directly in it, read from `git ls-files` so
 * that it shows the layout as committed (generated/ and node_modules/ are not tracked).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { depth: { type: 'string', default: '4' }, under: { type: 'string', default: '.' } },
});
const depth = Number(values.depth);
if (!Number.isInteger(depth) || depth < 1) {
  process.stderr.write('--depth must be a whole number of 1 or more\n');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const files = execFileSync('git', ['ls-files', '-z', '--', values.under], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
})
  .split('\0')
  .filter((file) => file !== '');

// Files directly in each folder, every ancestor folder listed too.
const direct = new Map<string, number>();
for (const file of files) {
  const parts = file.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i += 1) {
    const folder = parts.slice(0, i).join('/');
    if (!direct.has(folder)) direct.set(folder, 0);
  }
  if (parts.length > 0) {
    const folder = parts.join('/');
    direct.set(folder, (direct.get(folder) ?? 0) + 1);
  }
}

const lines = [...direct.keys()]
  .filter((folder) => folder.split('/').length <= depth)
  .sort()
  .map((folder) => {
    const level = folder.split('/').length - 1;
    const name = `${'  '.repeat(level)}${path.basename(folder)}/`;
    return `${name.padEnd(40)} ${direct.get(folder)} file(s)`;
  });
process.stdout.write(`${lines.join('\n')}\n`);
