// The published bundle as other teams' tools read it: Spectral's spectral:oas ruleset (with the
// repository's .spectral.yaml) finds nothing, and it does find the problem a validation keyword
// beside a $ref causes, so a clean run means something.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specBundle } from '../../generators/artifacts/spec-bundle.js';
import { bundleSpec } from '../../generators/framework/bundle.js';
import { repoRoot } from '../../generators/framework/paths.js';
import type { BundledSpec } from '../../generators/framework/types.js';

const run = promisify(execFile);
const spectralBin = path.join(repoRoot, 'node_modules/@stoplight/spectral-cli/dist/index.js');

interface SpectralResult {
  code: string;
  message: string;
  path: string[];
  severity: number;
}

let spec: BundledSpec;
let dir: string;

beforeAll(async () => {
  spec = await bundleSpec();
  dir = await mkdtemp(path.join(os.tmpdir(), 'lianlian-spectral-'));
  // The same layout as the repository, so the ruleset's overrides name the same file.
  await mkdir(path.join(dir, 'generated'));
  await copyFile(path.join(repoRoot, '.spectral.yaml'), path.join(dir, '.spectral.yaml'));
}, 60_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs `spectral lint` on `bundle` written as generated/openapi.json; every result, any severity. */
async function spectral(bundle: BundledSpec): Promise<SpectralResult[]> {
  const [json] = specBundle.generate(bundle) as { path: string; contents: string }[];
  await writeFile(path.join(dir, 'generated/openapi.json'), json!.contents);
  const args = [spectralBin, 'lint', 'generated/openapi.json', '--format', 'json', '--quiet'];
  const stdout = await run(process.execPath, [...args, '--fail-severity', 'hint'], {
    cwd: dir,
    maxBuffer: 16 << 20,
  }).then(
    (r) => r.stdout,
    (e: { stdout?: string }) => e.stdout ?? '',
  );
  // Spectral prints nothing at all when there is no result.
  return stdout.trim() === '' ? [] : (JSON.parse(stdout) as SpectralResult[]);
}

const shown = (results: SpectralResult[]) =>
  results.map((r) => `${r.code} ${r.path.join('.')}: ${r.message}`);

describe('the bundle under Spectral (spectral:oas)', () => {
  it('has no result of any severity', async () => {
    expect(shown(await spectral(spec))).toEqual([]);
  }, 60_000);

  it('reports the ambiguous examples once a failure branch puts its not beside the $ref', async () => {
    // The shape the spec had before: `not` next to `$ref`, which Spectral ignores.
    const broken = structuredClone(spec) as BundledSpec & { components: { schemas: any } };
    let rewritten = 0;
    for (const schema of Object.values<any>(broken.components.schemas)) {
      const retCode = schema.properties?.ret_code;
      if (schema['x-lianlian-branch'] !== 'failure' || !retCode?.allOf) continue;
      const { allOf, ...rest } = retCode;
      schema.properties.ret_code = { $ref: allOf[0].$ref, ...rest };
      rewritten += 1;
    }
    // Every failure branch (one per JSON operation) is written with allOf.
    const failures = Object.values<any>(spec.components?.schemas ?? {}).filter(
      (schema) => schema['x-lianlian-branch'] === 'failure',
    );
    expect(rewritten).toBe(failures.length);
    expect(rewritten).toBeGreaterThanOrEqual(3);
    const errors = (await spectral(broken)).filter((r) => r.severity === 0);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(error.code).toBe('oas3-valid-media-example');
      expect(error.path.slice(0, 2)).toEqual(['components', 'examples']);
    }
    expect(errors.map((e) => e.message)).toContain(
      '"value" property must match exactly one schema in oneOf',
    );
  }, 60_000);
});
