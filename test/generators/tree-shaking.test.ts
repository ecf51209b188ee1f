// A consumer that calls one operation pays for one (issue 15): bundled with esbuild from the
// built package (generated/dist, whose package.json says `sideEffects: false`), the code of a
// `create<Operation>Client` consumer holds that operation's table and validators and none of
// another operation's, while a consumer of `createLianLianClient` holds them all.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as generated from '../../generated/src/index.js';
import { clientOperations } from '../../generated/src/clients.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const entry = path.join(repoRoot, 'generated/dist/index.js');
const operations = Object.values(clientOperations);
const factoryOf = (id: string) => `create${id.charAt(0).toUpperCase()}${id.slice(1)}Client`;

/** The bundle of `source`, identifiers kept so that what came along can be named. */
async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    minifySyntax: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The validators of an operation: its request's and its response branches'. */
const validatorsOf = (op: (typeof operations)[number]) =>
  new Set([op.requestSchema, ...op.branches.map((b) => b.schema)].map((s) => `validate${s}`));

const declared = (text: string, name: string) => new RegExp(`function ${name}\\(`).test(text);

describe('tree-shaking the generated package', () => {
  it('exports a one-operation client factory for every client operation', () => {
    expect(operations.length).toBeGreaterThan(10);
    for (const op of operations) {
      expect(typeof (generated as Record<string, unknown>)[factoryOf(op.operationId)]).toBe(
        'function',
      );
    }
  });

  it('gives a one-operation client only its method, with the options checks of the full one', async () => {
    const { rsaKeyPair } = await import('../support/keys.js');
    const [merchant, lianlian] = await Promise.all([rsaKeyPair(2048), rsaKeyPair(1024)]);
    const config = {
      oidPartner: '201304121000001004',
      privateKey: merchant.pkcs8Pem,
      lianlianPublicKey: lianlian.spkiPem,
      signType: 'RSA' as const,
    };
    for (const op of operations) {
      const factory = (generated as Record<string, unknown>)[factoryOf(op.operationId)] as (
        c: unknown,
      ) => object;
      expect(Object.keys(factory(config))).toEqual([op.operationId]);
      expect(() => factory({ ...config, oidPartner: 12 })).toThrow(generated.ClientConfigError);
    }
  });

  it.each(operations.map((op) => [op.operationId, op] as const))(
    'a consumer of %s alone bundles none of the other operations',
    async (id, op) => {
      const text = await bundle(
        `import { ${factoryOf(id)} } from ${JSON.stringify(entry)};\n` +
          `export const call = (config, params) => ${factoryOf(id)}(config).${id}(params);\n`,
      );
      const own = validatorsOf(op);
      for (const name of own) expect(declared(text, name), name).toBe(true);
      const foreign = operations
        .filter((other) => other !== op)
        .flatMap((other) => [...validatorsOf(other)])
        .filter((name) => !own.has(name));
      expect(foreign.filter((name) => declared(text, name))).toEqual([]);
      const tables = operations
        .filter((other) => other !== op)
        .filter((other) => text.includes(`operationId: "${other.operationId}"`));
      expect(tables.map((other) => other.operationId)).toEqual([]);
    },
    20_000,
  );

  it('keeps every operation for a consumer of createLianLianClient (the check can fail)', async () => {
    const text = await bundle(
      `import { createLianLianClient } from ${JSON.stringify(entry)};\n` +
        `export const make = (config) => createLianLianClient(config);\n`,
    );
    for (const op of operations) {
      expect(text.includes(`operationId: "${op.operationId}"`), op.operationId).toBe(true);
      for (const name of validatorsOf(op)) expect(declared(text, name), name).toBe(true);
    }
  }, 20_000);
});
