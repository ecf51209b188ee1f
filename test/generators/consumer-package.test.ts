// The generated package as a user gets it: packed with npm once, installed once into an empty
// project with only its declared dependencies, and used from sub-projects of each module flavour
// (TypeScript ESM, plain ESM, plain CommonJS, TypeScript `nodenext` in a CommonJS package,
// TypeScript `commonjs`), each built and run against the package's own sandbox or a stand-in
// LianLian server. The README's TypeScript blocks are type-checked against the same install.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../support/client-server.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const generatedDir = path.join(repoRoot, 'generated');
const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');

// Written as a merchant would: only the package's public entry point, strict types.
const CONSUMER = `import {
  BusinessFailureError,
  ClientError,
  createLianLianClient,
  type MpayVerifyParams,
  type MpayVerifyResult,
} from 'lianlian-client';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(name + ' is not set');
  return value;
};

const client = createLianLianClient({
  oidPartner: env('OID_PARTNER'),
  privateKey: env('MERCHANT_PRIVATE_KEY'),
  lianlianPublicKey: [env('LIANLIAN_PUBLIC_KEY')],
  signType: 'RSA',
  baseUrls: { mpayVerify: env('BASE_URL') },
  timeoutMs: 5_000,
});

const params: MpayVerifyParams = {
  no_order: '20180828153543',
  money_order: '55.44',
  token: 'E4A27991786F7114DCAF88C266A465C2',
  verify_code: '123456',
};

// The client fills these in; the types keep callers from passing them.
// @ts-expect-error sign is not a parameter
const withSign: MpayVerifyParams = { ...params, sign: 'x' };
// @ts-expect-error amounts are strings
const numericAmount: MpayVerifyParams = { ...params, money_order: 55.44 };
void withSign;
void numericAmount;

function describeResult(result: MpayVerifyResult): string {
  switch (result.branch) {
    case 'paid':
      return 'paid ' + result.data.oid_paybill + ' settled ' + (result.data.settle_date ?? '-');
    case 'success':
      return 'accepted ' + result.data.oid_paybill;
  }
}

const lines: string[] = [];
lines.push(describeResult(await client.mpayVerify(params)));
try {
  await client.mpayVerify(params, { timeoutMs: 4_000 });
  lines.push('unexpected success');
} catch (error) {
  if (error instanceof BusinessFailureError) {
    lines.push('failure ' + error.retCode + ' ' + error.category + ' verified=' + error.verified);
  } else if (error instanceof ClientError) {
    lines.push('client error ' + error.code);
  } else {
    throw error;
  }
}
console.log(JSON.stringify(lines));
`;

// The same app for every other flavour: it starts the package's sandbox, takes a token, is paid,
// then sends a wrong SMS code (1900). No top-level await, so one body serves CommonJS too.
const sandboxApp = (typed: boolean) => {
  const t = (annotation: string) => (typed ? annotation : '');
  return `async function main()${t(': Promise<string[]>')} {
  const key = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const oidPartner = '201304121000001004';
  const sandbox = await startSandbox({
    catalogue: sandboxCatalogue,
    merchants: [{ oidPartner, publicKey: key.publicKey }],
    lianlianPrivateKey: key.privateKey,
    log: () => {},
  });
  try {
    const client = createLianLianClient({
      oidPartner,
      privateKey: key.privateKey,
      lianlianPublicKey: sandbox.lianlianPublicKeyPem,
      signType: 'RSA',
      baseUrls: { mpayVerify: sandbox.url },
    });
    const lines${t(': string[]')} = [];
    const first = sandbox.issueToken({ oidPartner, noOrder: 'ORDER-1', moneyOrder: '55.40' });
    const paid = await client.mpayVerify({
      no_order: 'ORDER-1',
      token: first.token,
      money_order: '55.40',
      verify_code: '123456',
    });
    lines.push(paid.branch + ' ' + paid.retCode);
    const second = sandbox.issueToken({ oidPartner, noOrder: 'ORDER-2', moneyOrder: '1.00' });
    try {
      await client.mpayVerify({
        no_order: 'ORDER-2',
        token: second.token,
        money_order: '1.00',
        verify_code: '000000',
      });
      lines.push('unexpected success');
    } catch (error) {
      if (!(error instanceof BusinessFailureError)) throw error;${t(`
      // The spec's closed sets reach this module mode too (declaration merging in the package).
      const category: ReturnCodeCategory | 'unknown' = error.category;
      const operation: ClientOperationId | 'createLianLianClient' = error.operationId;
      void [category, operation];`)}
      lines.push('failure ' + error.retCode + ' ' + (error instanceof ClientError));
    }
    return lines;
  } finally {
    await sandbox.close();
  }
}
main().then(
  (lines) => console.log(JSON.stringify(lines)),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
`;
};
const SANDBOX_NAMES =
  'BusinessFailureError, ClientError, createLianLianClient, sandboxCatalogue, startSandbox';
const EXPECTED_SANDBOX_RUN = ['paid 0000', 'failure 1900 true'];
// Timeouts are generous: tsc alone can take most of a minute on a busy two-core machine.

let merchant: TestKeyPair;
let lianlian: TestKeyPair;
let standIn: StandIn;
let project: string;

async function writeProject(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(project, name);
  await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
  return dir;
}

/** Runs tsc with the project's tsconfig; fails with tsc's own output. */
async function compile(dir: string): Promise<void> {
  await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir }).catch(
    (error: { stdout?: string }) => {
      throw new Error(`tsc failed in ${path.basename(dir)}:\n${error.stdout ?? String(error)}`);
    },
  );
}

async function runNode(file: string): Promise<unknown> {
  const { stdout, stderr } = await run(process.execPath, [file], { cwd: path.dirname(file) });
  // require(esm) must load silently: an ExperimentalWarning would reach every CommonJS user.
  expect(stderr).toBe('');
  return JSON.parse(stdout);
}

const tsconfig = (compilerOptions: Record<string, unknown>) =>
  JSON.stringify({
    compilerOptions: {
      strict: true,
      target: 'es2022',
      outDir: 'out',
      skipLibCheck: false,
      typeRoots: [path.join(repoRoot, 'node_modules/@types')],
      types: ['node'],
      ...compilerOptions,
    },
  });

beforeAll(async () => {
  [merchant, lianlian] = await Promise.all([rsaKeyPair(2048), rsaKeyPair(1024)]);
  standIn = await startStandIn({
    merchantPublicKey: merchant.publicKey,
    lianlianPrivateKey: lianlian.privateKey,
    otherPrivateKey: lianlian.privateKey,
  });
  project = await mkdtemp(path.join(tmpdir(), 'lianlian-consumer-'));

  // One pack and one install; every sub-project below resolves lianlian-client from here.
  const npmEnv = { ...process.env, npm_config_update_notifier: 'false' };
  await run('npm', ['pack', '--pack-destination', project, '--silent'], {
    cwd: generatedDir,
    env: npmEnv,
  });
  const tarball = (await readdir(project)).find((name) => name.endsWith('.tgz'));
  if (tarball === undefined) throw new Error('npm pack wrote no tarball');
  await writeFile(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  await run(
    'npm',
    ['install', `./${tarball}`, '--no-audit', '--no-fund', '--prefer-offline', '--silent'],
    { cwd: project, env: npmEnv },
  );
}, 120_000);

afterAll(async () => {
  await standIn?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

describe('the packed lianlian-client package', () => {
  it('is a copy with only its declared dependencies, not a link into the repository', async () => {
    const installed = path.join(project, 'node_modules/lianlian-client');
    const { stdout } = await run('stat', ['-c', '%F', installed]);
    expect(stdout.trim()).toBe('directory');
    const manifest = JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(['iconv-lite', 'openapi-fetch']);
  });

  it('type-checks strictly, with every TypeScript block of its README, and calls a server from a TypeScript ESM project', async () => {
    await writeFile(path.join(project, 'consumer.ts'), CONSUMER);
    // The README as installed: the sandbox quick start, then one block per operation and
    // notification in the spec. Each block is its own module, as a reader would paste it.
    const readme = await readFile(
      path.join(project, 'node_modules/lianlian-client/README.md'),
      'utf8',
    );
    const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    await mkdir(path.join(project, 'readme'));
    const blockFiles = await Promise.all(
      blocks.map(async (block, index) => {
        const file = `readme/block-${index + 1}.ts`;
        await writeFile(path.join(project, file), block);
        return file;
      }),
    );
    const compiled = await run(
      process.execPath,
      [
        tsc,
        '--strict',
        '--noUncheckedIndexedAccess',
        '--target',
        'es2022',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--typeRoots',
        path.join(repoRoot, 'node_modules/@types'),
        '--types',
        'node',
        '--outDir',
        'out',
        'consumer.ts',
        ...blockFiles,
      ],
      { cwd: project },
    ).catch((error: { stdout?: string }) => {
      throw new Error(`tsc --strict failed on the consumer:\n${error.stdout ?? String(error)}`);
    });
    expect(compiled.stdout).toBe('');

    standIn.reply(
      {
        kind: 'json',
        signing: 'signed',
        body: {
          ret_code: '0000',
          ret_msg: '交易成功',
          oid_partner: '201304121000001004',
          sign_type: 'RSA',
          no_order: '20180828153543',
          dt_order: '20180828153543',
          oid_paybill: '2018082971158876',
          money_order: '55.44',
          result_pay: 'SUCCESS',
          settle_date: '20180829',
        },
      },
      {
        kind: 'json',
        signing: 'signed',
        body: {
          ret_code: '1000',
          ret_msg: '支付授权令牌失效或错误',
          oid_partner: '201304121000001004',
          sign_type: 'RSA',
        },
      },
    );
    // A package.json with "type": "module" sits beside out/, so node runs it as ESM.
    const { stdout } = await run(process.execPath, [path.join(project, 'out/consumer.js')], {
      cwd: project,
      env: {
        ...process.env,
        OID_PARTNER: '201304121000001004',
        MERCHANT_PRIVATE_KEY: merchant.pkcs1Pem,
        LIANLIAN_PUBLIC_KEY: lianlian.spkiBase64,
        BASE_URL: standIn.url,
      },
    });
    expect(JSON.parse(stdout)).toEqual([
      'paid 2018082971158876 settled 20180829',
      'failure 1000 failed verified=true',
    ]);
    expect(standIn.arrivals.map((a) => a.signatureValid)).toEqual([true, true]);
  }, 240_000);

  it('runs from a plain ES module against the sandbox', async () => {
    const dir = await writeProject('esm', {
      'package.json': JSON.stringify({ type: 'module' }),
      'app.js': `import { generateKeyPairSync } from 'node:crypto';
import { ${SANDBOX_NAMES} } from 'lianlian-client';
${sandboxApp(false)}`,
    });
    expect(await runNode(path.join(dir, 'app.js'))).toEqual(EXPECTED_SANDBOX_RUN);
  }, 60_000);

  it('runs from plain CommonJS with require(), one module instance shared with import()', async () => {
    const dir = await writeProject('cjs', {
      'package.json': JSON.stringify({ type: 'commonjs' }),
      'app.js': `const { generateKeyPairSync } = require('node:crypto');
const { ${SANDBOX_NAMES} } = require('lianlian-client');
${sandboxApp(false)}`,
      // No dual-package hazard: require and import give the very same classes.
      'same.js': `import('lianlian-client').then((imported) => {
  const required = require('lianlian-client');
  console.log(JSON.stringify([imported.ClientError === required.ClientError, typeof require('lianlian-client/package.json').version]));
});`,
    });
    expect(await runNode(path.join(dir, 'app.js'))).toEqual(EXPECTED_SANDBOX_RUN);
    expect(await runNode(path.join(dir, 'same.js'))).toEqual([true, 'string']);
  }, 60_000);

  it.each([
    [
      'TypeScript module nodenext in a CommonJS package',
      'ts-nodenext',
      { module: 'nodenext', moduleResolution: 'nodenext' },
    ],
    ['TypeScript module commonjs', 'ts-commonjs', { module: 'commonjs' }],
  ])(
    'builds and runs from %s',
    async (_title, name, options) => {
      const dir = await writeProject(name, {
        'package.json': JSON.stringify({ type: 'commonjs' }),
        'tsconfig.json': tsconfig(options),
        'app.ts': `import { generateKeyPairSync } from 'node:crypto';
import { ${SANDBOX_NAMES} } from 'lianlian-client';
import type { ClientOperationId, ReturnCodeCategory } from 'lianlian-client';
${sandboxApp(true)}`,
      });
      await compile(dir);
      const emitted = await readFile(path.join(dir, 'out/app.js'), 'utf8');
      // The build really is CommonJS, so this run exercises require() of the package.
      expect(emitted).toContain('require("lianlian-client")');
      expect(await runNode(path.join(dir, 'out/app.js'))).toEqual(EXPECTED_SANDBOX_RUN);
    },
    240_000,
  );
});
