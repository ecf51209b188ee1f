// Issue 11, "How we will know": a fixture spec (test/fixtures/made-up-api/) adds one made-up
// operation of each kind (JSON, enveloped JSON, browser form, webhook with its own correlation) on
// top of the real spec. With the generators and templates unchanged, it generates a package that
// compiles and passes its contract rows: example → generated client → sandbox (its generic default
// behaviour, driven by the spec) → verified result; sandbox sends → generated handler runs once →
// the spec's acknowledgement; the generated form builder fills in and checks what x-lianlian-form
// says. Nothing outside the temp folder changes.
import { execFileSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSpec } from '../../generators/framework/bundle.js';
import { repoRoot } from '../../generators/framework/paths.js';
import { produce } from '../../generators/framework/run.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { apiModel, type ApiExample, type ApiOperation } from '../../generators/model/index.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';

const FIXTURE = path.join(repoRoot, 'test/fixtures/made-up-api');
/** Generating and compiling a whole package takes a while on a loaded 2-core machine. */
const GENERATE_BUDGET_MS = 300_000;
const ROW_BUDGET_MS = 20_000;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The real spec's bundle with the fixture's paths, webhooks and components added. */
async function fixtureSpec(): Promise<BundledSpec> {
  const spec = (await bundleSpec()) as Json;
  const overlay = parse(await readFile(path.join(FIXTURE, 'overlay.yaml'), 'utf8')) as Json;
  const into = (target: Json, source: Json, where: string) => {
    for (const [key, value] of Object.entries(source)) {
      if (key in target) throw new Error(`the fixture redefines ${where}${key}`);
      target[key] = value;
    }
  };
  into(spec.paths, overlay.paths, 'paths.');
  into((spec.webhooks ??= {}), overlay.webhooks, 'webhooks.');
  into(spec.components.schemas, overlay.components.schemas, 'components.schemas.');
  into(spec.components.examples, overlay.components.examples, 'components.examples.');
  return spec as BundledSpec;
}

/** Tracked and untracked changes under the folders a generator run could touch. */
const repoState = () =>
  execFileSync(
    'git',
    [
      'status',
      '--porcelain',
      '--',
      'spec',
      'generators',
      'templates',
      'generated',
      'test/fixtures',
    ],
    { cwd: repoRoot, encoding: 'utf8' },
  );

let outDir: string;
let pkg: Json;
let catalogue: Json;
let clients: Json;
let model: ReturnType<typeof apiModel>;
let before: string;
let merchant: TestKeyPair;
let lianlianPrivateKey: KeyObject;
let lianlianPublicKeyPem: string;
const open: { close(): Promise<void> | void }[] = [];

beforeAll(async () => {
  before = repoState();
  const spec = await fixtureSpec();
  model = apiModel(spec);
  const { generators } = await import('../../generators/registry.js');
  const files = await produce(spec, generators);
  // Inside the checkout, so the package's one dependency (openapi-fetch) resolves.
  const cache = path.join(repoRoot, 'node_modules/.cache');
  await mkdir(cache, { recursive: true });
  outDir = await mkdtemp(path.join(cache, 'lianlian-fixture-package-'));
  for (const [file, { contents }] of files) {
    await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
    await writeFile(path.join(outDir, file), contents);
  }
  const load = (file: string) => import(pathToFileURL(path.join(outDir, file)).href);
  [pkg, catalogue, clients] = await Promise.all([
    load('dist/index.js'),
    load('dist/sandbox-catalogue.js'),
    load('dist/clients.js'),
  ]);
  merchant = await rsaKeyPair(2048);
  lianlianPrivateKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  lianlianPublicKeyPem = createPublicKey(lianlianPrivateKey)
    .export({ type: 'spki', format: 'pem' })
    .toString();
}, GENERATE_BUDGET_MS);

afterAll(async () => {
  await Promise.all(open.splice(0).map((thing) => thing.close()));
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

const madeUp = (op: ApiOperation) => op.id.startsWith('madeUp');

async function sandboxFor(oidPartner: string) {
  const sandbox = await pkg.startSandbox({
    catalogue: catalogue.sandboxCatalogue,
    merchants: [{ oidPartner, publicKey: merchant.spkiBase64 }],
    lianlianPrivateKey,
    notifyRetryMs: 50,
    notifyMaxAttempts: 3,
    log: () => {},
  });
  open.push(sandbox);
  return sandbox;
}

/** The signed request an example shows: the envelope's plaintext when the request is sealed. */
const requestExample = (op: ApiOperation): ApiExample =>
  op.examples.find((e) => e.role === (op.kind === 'enveloped-json' ? 'plaintext' : 'request'))!;

async function callExample(op: ApiOperation, replace: Record<string, string> = {}) {
  const fields = requestExample(op).value as Record<string, string>;
  const sandbox = await sandboxFor(fields.oid_partner!);
  const client = pkg.createLianLianClient({
    oidPartner: fields.oid_partner,
    privateKey: merchant.pkcs8Base64,
    lianlianPublicKey: sandbox.lianlianPublicKeyPem,
    signType: 'RSA',
    baseUrls: { [op.id]: sandbox.url },
    timeoutMs: 10_000,
  });
  const { oid_partner: _p, sign_type: _t, sign: _s, ...params } = { ...fields, ...replace };
  return { sandbox, params, result: await client[op.id](params) };
}

describe('a package generated from the fixture spec', () => {
  it('has every kind of operation, and changed nothing outside its temp folder', () => {
    const kinds = model.all.filter(madeUp).map((op) => [op.id, op.kind]);
    expect(kinds).toEqual([
      ['madeUpRefund', 'json'],
      ['madeUpSealedTransfer', 'enveloped-json'],
      ['madeUpCheckout', 'browser-form'],
      ['madeUpRefundNotify', 'webhook'],
    ]);
    expect(repoState()).toBe(before);
  });

  it.each(['madeUpRefund', 'madeUpSealedTransfer'])(
    '%s: its example → client → the generic default behaviour → verified, correlated result',
    async (id) => {
      const op = model.operations.find((o) => o.id === id)!;
      const { params, result } = await callExample(op);
      expect(result).toMatchObject({ operationId: id, retCode: '0000', branch: 'success' });
      expect(result.signature).toMatchObject({ signType: 'RSA' });
      // The answer echoes the request's correlation fields, not the spec example's values.
      for (const field of Object.keys(op.node['x-lianlian-correlation'].echo)) {
        if (field in params) expect(result.data[field], field).toBe(params[field]);
      }
    },
    ROW_BUDGET_MS,
  );

  it('seals madeUpSealedTransfer in the field its x-lianlian-envelope declares', () => {
    expect(clients.clientOperations.madeUpSealedTransfer.envelope.field).toBe('sealed_request');
    const sandboxOp = catalogue.sandboxCatalogue.jsonOperations.find(
      (o: Json) => o.operationId === 'madeUpSealedTransfer',
    );
    expect(sandboxOp.envelope.field).toBe('sealed_request');
  });

  it(
    'madeUpRefundNotify: sandbox sends → handler runs once per oid_refundno → the spec acknowledgement',
    async () => {
      const webhook = model.webhooks.find((w) => w.id === 'madeUpRefundNotify')!;
      const acknowledgement = webhook.responses[0]!.media[0]!.examples[0]!.value;
      const received: Json[] = [];
      const answers: string[] = [];
      let order: Record<string, string> = {};
      const handle = pkg.createLianLianNotificationHandler('madeUpRefundNotify', {
        publicKeys: lianlianPublicKeyPem,
        findOrder: (key: string) => (key === order.no_refund ? order : undefined),
        onNotification: (notification: Json) => {
          received.push(notification);
        },
      });
      const server: Server = createServer((req, res) => {
        const end = res.end.bind(res) as (chunk?: unknown) => typeof res;
        res.end = ((chunk?: unknown) => {
          answers.push(String(chunk ?? ''));
          return end(chunk);
        }) as typeof res.end;
        void handle(req, res);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      open.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`;
      const op = model.operations.find((o) => o.id === 'madeUpRefund')!;
      const request = requestExample(op).value as Record<string, string>;
      order = {
        oid_partner: request.oid_partner!,
        no_refund: request.no_refund!,
        money_refund: request.money_refund!,
      };
      const { sandbox } = await callExample(op, { notify_url: url });
      await sandbox.notificationsSettled();
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject(order);
      expect(sandbox.deliveries).toMatchObject([
        { kind: 'madeUpRefundNotify', acknowledged: true, attempts: 1 },
      ]);
      expect(answers.map((a) => JSON.parse(a))).toEqual([acknowledgement]);
    },
    ROW_BUDGET_MS,
  );

  it('madeUpCheckout: the generated builder fills in, checks and signs what x-lianlian-form says', async () => {
    const now = new Date(Date.UTC(2017, 7, 1, 14, 57, 14));
    const options = {
      oidPartner: '201304121000001004',
      privateKey: merchant.pkcs8Base64,
      now: () => now,
    };
    const form = pkg.buildMadeUpCheckoutForm(
      { no_order: 'CHK1', money_order: '1.00', extra: { ware: '4001' } },
      options,
    );
    const fields = Object.fromEntries(form.fields as [string, string][]);
    expect(form.action).toBe('https://madeup.lianlianpay.example/made-up/checkout.htm');
    expect(fields).toMatchObject({
      api_version: '2.5',
      oid_partner: '201304121000001004',
      sign_type: 'RSA',
      time_stamp: '20170801225714',
      extra: '{"ware":"4001"}',
    });
    expect(pkg.verifyParams(fields, { publicKeys: merchant.publicKey })).toMatchObject({
      ok: true,
    });
    expect(form.html).toContain('id="lianlian-made-up-checkout"');
    expect(() =>
      pkg.buildMadeUpCheckoutForm(
        { no_order: 'X1', money_order: '1.00', extra: { ware: '1' } },
        options,
      ),
    ).toThrow(expect.objectContaining({ code: 'BROWSER_FORM_CARD_FIELDS', field: 'no_order' }));
    // No form behaviour: the sandbox says so instead of inventing an answer.
    const sandbox = await sandboxFor(options.oidPartner);
    const posted = await fetch(`${sandbox.url}/made-up/checkout.htm`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    expect(posted.status).toBe(501);
    expect(await posted.text()).toContain('no behaviour for operation madeUpCheckout');
  });
});
