// The generated package as a user gets it: packed with npm, installed into an empty project with
// only its declared dependencies, type-checked with `tsc --strict`, and run against a stand-in
// LianLian server that checks the consumer's signatures.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from './support/client-server.js';
import { rsaKeyPair, type TestKeyPair } from './support/keys.js';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
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

let merchant: TestKeyPair;
let lianlian: TestKeyPair;
let standIn: StandIn;
let project: string;

beforeAll(async () => {
  [merchant, lianlian] = await Promise.all([rsaKeyPair(2048), rsaKeyPair(1024)]);
  standIn = await startStandIn({
    merchantPublicKey: merchant.publicKey,
    lianlianPrivateKey: lianlian.privateKey,
    otherPrivateKey: lianlian.privateKey,
  });
  project = await mkdtemp(path.join(tmpdir(), 'lianlian-consumer-'));
});

afterAll(async () => {
  await standIn?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

describe('the packed lianlian-client package', () => {
  it('installs, type-checks strictly and calls a server from a fresh project', async () => {
    const npmEnv = { ...process.env, npm_config_update_notifier: 'false' };
    await run('npm', ['pack', '--pack-destination', project, '--silent'], {
      cwd: generatedDir,
      env: npmEnv,
    });
    const tarball = (await readdir(project)).find((name) => name.endsWith('.tgz'));
    expect(tarball, 'npm pack wrote no tarball').toBeDefined();

    await writeFile(
      path.join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    await run(
      'npm',
      ['install', `./${tarball}`, '--no-audit', '--no-fund', '--prefer-offline', '--silent'],
      { cwd: project, env: npmEnv },
    );
    // Only what the package declares may be installed next to it.
    const installed = JSON.parse(
      await readFile(path.join(project, 'node_modules/lianlian-client/package.json'), 'utf8'),
    ) as { dependencies?: Record<string, string> };
    expect(Object.keys(installed.dependencies ?? {})).toEqual(['openapi-fetch']);

    await writeFile(path.join(project, 'consumer.ts'), CONSUMER);
    const compile = await run(
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
      ],
      { cwd: project },
    ).catch((error: { stdout?: string }) => {
      throw new Error(`tsc --strict failed on the consumer:\n${error.stdout ?? String(error)}`);
    });
    expect(compile.stdout).toBe('');

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
  }, 90_000);
});
