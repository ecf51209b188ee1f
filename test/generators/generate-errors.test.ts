// `npm run generate` on a broken spec names the first problem like a compiler does,
// `file:line:column: error: message`, at the file that is broken, with Redocly's own locations.
// Each case breaks a copy of the spec in a temporary directory.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleSpec } from '../../generators/framework/bundle.js';
import { GenerateError } from '../../generators/framework/errors.js';
import { repoRoot } from '../../generators/framework/paths.js';

let copies: string[] = [];
afterEach(async () => {
  await Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true })));
  copies = [];
});

/** A copy of what `redocly bundle` reads: the spec, redocly.yaml and the plugin it names. */
async function specCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lianlian-broken-spec-'));
  copies.push(dir);
  await cp(path.join(repoRoot, 'spec'), path.join(dir, 'spec'), { recursive: true });
  await cp(path.join(repoRoot, 'redocly.yaml'), path.join(dir, 'redocly.yaml'));
  await cp(
    path.join(repoRoot, 'generators/redocly-plugin'),
    path.join(dir, 'generators/redocly-plugin'),
    { recursive: true },
  );
  return dir;
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(file, 'utf8');
  const after = change(before);
  expect(after, `the fixture edit changed nothing in ${file}`).not.toBe(before);
  await writeFile(file, after);
}

async function bundleError(root: string): Promise<GenerateError> {
  const error = await bundleSpec(root).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GenerateError);
  return error as GenerateError;
}

const lineOf = (text: string, needle: string) =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

describe('npm run generate on a broken spec', () => {
  it('names the file, line and column of a $ref typo and the target it cannot find', async () => {
    const root = await specCopy();
    const file = path.join(root, 'spec/paths/easypay-verify.yaml');
    const original = await readFile(file, 'utf8');
    const line = lineOf(original, 'EasypayVerifyRequest.yaml');
    await edit(file, (text) =>
      text.replace('schemas/EasypayVerifyRequest.yaml', 'schemas/EasypayVerifyRequst.yaml'),
    );
    const column = (original.split('\n')[line - 1] ?? '').indexOf('$ref') + 1;

    const error = await bundleError(root);
    expect(error.code).toBe('SPEC_INVALID');
    expect(error.message).toBe(
      `spec/paths/easypay-verify.yaml:${line}:${column}: error: Can't resolve $ref: ENOENT: ` +
        `no such file or directory 'spec/components/schemas/EasypayVerifyRequst.yaml'`,
    );
  }, 60_000);

  it('reports a bad indent in a path file at that file, not at the $ref in openapi.yaml', async () => {
    const root = await specCopy();
    const file = path.join(root, 'spec/paths/easypay-verify.yaml');
    await edit(file, (text) => text.replace('\n  summary:', '\n summary:'));
    const line = lineOf(await readFile(file, 'utf8'), '\n summary:') + 1;

    const error = await bundleError(root);
    expect(error.message).toMatch(
      new RegExp(
        `^spec/paths/easypay-verify\\.yaml:${line}:2: error: Failed to parse: bad indentation of a mapping entry`,
      ),
    );
    // The $ref to the broken file fails as a consequence; it is counted, not shown first.
    expect(error.message).toContain('(and 1 more; `npm run lint` lists them all)');
    expect(error.message).not.toContain(os.tmpdir());
  }, 60_000);
});
