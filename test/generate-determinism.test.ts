import { describe, expect, it } from 'vitest';
import { bundleSpec } from '../generators/framework/bundle.js';
import { produce } from '../generators/framework/run.js';
import { generators } from '../generators/registry.js';

const asObject = (files: Map<string, { contents: string; executable?: boolean }>) =>
  Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('npm run generate', () => {
  it('gives byte-identical output on every run, with or without its cache', async () => {
    const spec = await bundleSpec();
    const fresh = asObject(await produce(spec, generators, false));
    const filling = asObject(await produce(spec, generators, true));
    const fromCache = asObject(await produce(spec, generators, true));
    expect(Object.keys(fresh).length).toBeGreaterThan(50);
    expect(filling).toEqual(fresh);
    expect(fromCache).toEqual(fresh);
  });
});
