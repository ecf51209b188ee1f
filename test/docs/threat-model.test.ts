// The threat-model guide cites, for every defence, the test that proves it. This keeps the
// citations true: each named test file exists, and each quoted test name is in that file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const guide = readFileSync(path.join(root, 'spec/guides/threat-model.md'), 'utf8');

/** Every *.test.ts under test/, by its path there (the guide cites such paths). */
function testFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'fixtures') walk(full);
      else if (entry.name.endsWith('.test.ts')) {
        files.set(path.relative(path.join(root, 'test'), full).split(path.sep).join('/'), full);
      }
    }
  };
  walk(path.join(root, 'test'));
  return files;
}

/** `folder/file.test.ts` followed by any number of "quoted test names" (an ellipsis ends a prefix). */
function citations(text: string): { file: string; names: string[] }[] {
  const out: { file: string; names: string[] }[] = [];
  const cite = /`([\w/-]+\.test\.ts)`((?:\s*(?:\([^)]*\))?\s*,?\s*"[^"]+")*)/g;
  for (const match of text.matchAll(cite)) {
    const names = [...(match[2] ?? '').matchAll(/"([^"]+)"/g)].map((m) =>
      (m[1] as string).replace(/…$/, ''),
    );
    out.push({ file: match[1] as string, names });
  }
  return out;
}

describe('the threat-model guide', () => {
  const files = testFiles();
  const cited = citations(guide);

  it('cites a test for every defence in its table', () => {
    const rows = guide
      .split('\n')
      .filter((line) => line.startsWith('| **'))
      .map((line) => line.split(' | ').at(-1) ?? '');
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const proof of rows) expect(citations(proof).length, proof).toBeGreaterThan(0);
  });

  it.each(cited.map((c) => [c.file, c.names] as const))(
    'cites %s, which exists and holds the tests it names',
    (file, names) => {
      const full = files.get(file);
      expect(full, `${file} is under test/`).toBeDefined();
      const source = readFileSync(full as string, 'utf8');
      for (const name of names) expect(source, `${file} has a test "${name}"`).toContain(name);
    },
  );
});
