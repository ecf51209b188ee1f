// A consumer that calls one operation pays for one (issue 15): bundled with esbuild from the
// built package (generated/dist, whose package.json says `sideEffects: false`), the code of a
// `create<Operation>Client` consumer holds that operation's table and validators and none of
// another operation's, while a consumer of `createLianLianClient` holds them all. esbuild's
// metafile also says which modules each bundle took, so shared runtime that a change drags in
// (iconv-lite did, through the form charsets) fails here rather than only in the bench.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as generated from '../../generated/src/index.js';
import { clientOperations } from '../../generated/src/clients.js';
import { loadModel } from '../../generators/model/index.js';
import * as forms from '../../generated/src/forms.js';
import type { BrowserFormDefinition } from '../../generated/src/runtime/forms/browser-form.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const entry = path.join(repoRoot, 'generated/dist/index.js');
const operations = Object.values(clientOperations);
const factoryOf = (id: string) => `create${id.charAt(0).toUpperCase()}${id.slice(1)}Client`;

/** A bundle: its text, and the bytes each input module (path from the repository) left in it. */
interface Bundle {
  readonly text: string;
  readonly bytesFrom: ReadonlyMap<string, number>;
}

/** The bundle of `source`, identifiers kept so that what came along can be named. */
async function bundle(source: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents: source, resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    minifySyntax: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  const bytesFrom = new Map(
    Object.entries(output!.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file, input]) => [file, input.bytesInOutput] as const),
  );
  return { text: result.outputFiles[0]!.text, bytesFrom };
}

// What a JSON operation's client may bring along: the client, crypto and shared runtime, the
// tables it reads, and openapi-fetch. Anything else (iconv-lite for the GB form charsets, the
// sandbox and its catalogue, forms, notifications, reports, diagnose, the spec) belongs to
// another concern, and a module that pulls it in makes every consumer pay for it.
const CLIENT_MODULES = [
  /^generated\/dist\/runtime\/(client|crypto|shared)\/[^/]+\.js$/,
  /^generated\/dist\/(clients|validators|return-codes|signing-fields)\.js$/,
  /^node_modules\/openapi-fetch\//,
  /^<stdin>$/,
];
const outsideClient = (b: Bundle) =>
  [...b.bytesFrom.keys()].filter((file) => !CLIENT_MODULES.some((allowed) => allowed.test(file)));
const VALIDATORS = 'generated/dist/validators.js';
const validatorsModule = path.join(repoRoot, VALIDATORS);

/**
 * The code validators.js left in a bundle, from esbuild's `// generated/dist/validators.js` line
 * to the next module's, without the `init_x();` calls esbuild adds for modules the package's
 * lazily imported sandbox shares with the client.
 */
function validatorsCode(b: Bundle): string {
  const start = b.text.indexOf(`\n// ${VALIDATORS}\n`);
  if (start < 0) return '';
  const end = b.text.indexOf('\n// ', start + 1);
  return b.text.slice(start, end < 0 ? undefined : end).replace(/^init_\w+\(\);\n/gm, '');
}

// validators.ts as a whole, for the bound on one operation's share of it (measured once).
let wholeValidators: Promise<number> | undefined;
const wholeValidatorsBytes = () =>
  (wholeValidators ??= bundle(`export * from ${JSON.stringify(validatorsModule)};\n`).then(
    (b) => validatorsCode(b).length,
  ));

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
      const client = await bundle(
        `import { ${factoryOf(id)} } from ${JSON.stringify(entry)};\n` +
          `export const call = (config, params) => ${factoryOf(id)}(config).${id}(params);\n`,
      );
      const { text } = client;
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
      expect(outsideClient(client)).toEqual([]);
      // Its share of validators.ts: what importing its own validators alone keeps of the module.
      // The client keeps no more than that, and the share is a fraction of the whole (the largest
      // is about a tenth): a table or helper that reached every validator would keep it all.
      const share = await bundle(
        `export { ${[...own].join(', ')} } from ${JSON.stringify(validatorsModule)};\n`,
      );
      const shareBytes = validatorsCode(share).length;
      expect(shareBytes).toBeGreaterThan(0);
      expect(validatorsCode(client).length).toBeLessThanOrEqual(shareBytes);
      expect(shareBytes).toBeLessThan((await wholeValidatorsBytes()) / 4);
    },
    20_000,
  );

  it('keeps every operation for a consumer of createLianLianClient (the check can fail)', async () => {
    const client = await bundle(
      `import { createLianLianClient } from ${JSON.stringify(entry)};\n` +
        `export const make = (config) => createLianLianClient(config);\n`,
    );
    const { text } = client;
    expect(outsideClient(client)).toEqual([]);
    for (const op of operations) {
      expect(text.includes(`operationId: "${op.operationId}"`), op.operationId).toBe(true);
      for (const name of validatorsOf(op)) expect(declared(text, name), name).toBe(true);
    }
  }, 20_000);

  // Signing and verifying UTF-8 messages never needs the GB encoders; only the form builders, the
  // sandbox and `signString`/`createVerifier` with a charset do.
  it.each([
    'createLianLianNotificationHandler',
    'createLianLianNotificationVerifier',
    'signParams',
  ])(
    'gives a consumer of %s no module of the forms, sandbox, reports or iconv-lite',
    async (name) => {
      const consumer = await bundle(
        `import { ${name} } from ${JSON.stringify(entry)};\nexport const use = ${name};\n`,
      );
      const otherConcerns =
        /^node_modules\/(iconv-lite|safer-buffer)\/|^generated\/dist\/(runtime\/(sandbox|forms|reports|diagnose|cli)\/|(sandbox-catalogue|forms|reports|redirects)\.js$)/;
      expect([...consumer.bytesFrom.keys()].filter((file) => otherConcerns.test(file))).toEqual([]);
    },
    20_000,
  );

  // Every browser form's builder, from the generated definitions: its own validator and no other
  // form's, and iconv-lite exactly when the form is signed in a charset of its own.
  const definitions = Object.entries(forms)
    .filter(([name]) => name.endsWith('Definition'))
    .map(
      ([name, definition]) =>
        [name.slice(0, -'Definition'.length), definition as BrowserFormDefinition] as const,
    );
  it('finds every browser form of the model among the generated definitions', () => {
    const browserForms = loadModel().operations.filter((op) => op.kind === 'browser-form');
    expect(definitions.map(([id]) => id).sort()).toEqual(browserForms.map((op) => op.id).sort());
  });

  it.each(definitions)(
    'gives a consumer of the %s form builder only that form',
    async (id, def) => {
      const builder = `build${id.charAt(0).toUpperCase()}${id.slice(1)}Form`;
      expect(typeof (forms as Record<string, unknown>)[builder], builder).toBe('function');
      const consumer = await bundle(
        `import { ${builder} } from ${JSON.stringify(entry)};\nexport const use = ${builder};\n`,
      );
      expect(declared(consumer.text, def.validateRequest.name)).toBe(true);
      const foreign = definitions
        .map(([, other]) => other.validateRequest.name)
        .filter((name) => name !== def.validateRequest.name && declared(consumer.text, name));
      expect(foreign).toEqual([]);
      const iconv = [...consumer.bytesFrom.keys()].some((f) =>
        f.startsWith('node_modules/iconv-lite/'),
      );
      expect(iconv).toBe(def.charset !== undefined);
    },
    20_000,
  );

  it('still finds iconv-lite where a charset is signed (the check above can fail)', async () => {
    const consumer = await bundle(
      `import { signString } from ${JSON.stringify(entry)};\nexport const use = signString;\n`,
    );
    expect(
      [...consumer.bytesFrom.keys()].some((f) => f.startsWith('node_modules/iconv-lite/')),
    ).toBe(true);
  }, 20_000);
});
