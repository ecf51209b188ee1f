// Contract tests from the API model (issue 11 item 6): one row per request example of every JSON
// operation (example → generated client → sandbox → verified, typed result), one per failure
// response example (the sandbox brings it about → a verified business failure), and one row per
// webhook the sandbox emits (sandbox sends → generated handler runs the callback once → the
// acknowledgement the spec declares). Setup comes from each operation's sandbox behaviour
// (`prepare`, `emits`), so no row is written by hand and the file grows with the spec.
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BusinessFailureError,
  createLianLianClient,
  createLianLianNotificationHandler,
  startSandbox,
  type ClientOperationId,
  type ClientResult,
  type LianLianNotificationName,
  type Sandbox,
} from '../../generated/src/index.js';
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import { sandboxBehaviour } from '../../generated/src/runtime/sandbox/behaviours/index.js';
import type {
  SandboxBehaviour,
  SandboxPrepared,
} from '../../generated/src/runtime/sandbox/behaviour.js';
import { loadModel, type ApiExample, type ApiOperation } from '../../generators/model/index.js';
import { everyOperationAt } from '../support/base-urls.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';

/** Time budget of one row: a sandbox start, one signed round trip and at most one delivery. */
const ROW_BUDGET_MS = 15_000;
/** Fields the client fills in itself (its `ClientFilledField`). */
const CLIENT_FILLED = ['oid_partner', 'sign_type', 'sign'];

const model = loadModel();
const jsonOperations = model.operations.filter(
  (op) => op.kind === 'json' || op.kind === 'enveloped-json',
);

/** The signed request an example shows: the envelope's plaintext when the request is sealed. */
const requestExamples = (op: ApiOperation): ApiExample[] =>
  op.examples.filter((e) => e.role === (op.kind === 'enveloped-json' ? 'plaintext' : 'request'));

const behaviourOf = (op: ApiOperation): SandboxBehaviour => {
  const behaviour = sandboxBehaviour(op.id);
  if (behaviour === undefined) throw new Error(`no sandbox behaviour for ${op.id}`);
  return behaviour;
};

/**
 * The ret_code a successful call answers: the const of the success branch's ret_code, 0000 but
 * for MPAY Card Bind Apply's 8888 ("SMS sent, verify again").
 */
const successCodeOf = (op: ApiOperation): string => {
  const success = op.signature.response?.branches.find((branch) => branch.name === 'success');
  const code = (success?.node.properties as Record<string, { const?: unknown }> | undefined)
    ?.ret_code?.const;
  return typeof code === 'string' ? code : '0000';
};

const operationRows = jsonOperations.flatMap((op) =>
  requestExamples(op).map((example) => ({ id: op.id, name: example.name, op, example })),
);

/** The ret_codes a branch other than failure names (`const` or `enum`), e.g. held payouts' 4002. */
const nonFailureCodes = (op: ApiOperation): Set<string> =>
  new Set(
    (op.signature.response?.branches ?? [])
      .filter((branch) => branch.name !== 'failure')
      .flatMap((branch) => {
        const retCode = (branch.node.properties as Record<string, Record<string, unknown>>)
          ?.ret_code;
        const values = [retCode?.const, ...((retCode?.enum as unknown[]) ?? [])];
        return values.filter((v): v is string => typeof v === 'string');
      }),
  );

/** Response examples of the failure branch: each a business failure to bring about. */
const failureRows = jsonOperations.flatMap((op) =>
  op.examples
    .filter((e) => e.role === 'response')
    .map((e) => ({ op, name: e.name, value: e.value as Record<string, string> }))
    .filter(({ op, value }) => !nonFailureCodes(op).has(value.ret_code as string))
    .map(({ op, name, value }) => ({
      id: op.id,
      name,
      op,
      retCode: value.ret_code as string,
      retMsg: value.ret_msg as string,
    })),
);

const webhookRows = model.webhooks.flatMap((webhook) =>
  jsonOperations.flatMap((op) =>
    (sandboxBehaviour(op.id)?.emits ?? [])
      .filter((emitted) => emitted.webhook === webhook.id)
      .map((emitted) => ({
        id: webhook.id,
        by: op.id,
        webhook,
        op,
        urlField: emitted.urlField,
        orderFields: emitted.orderFields,
      })),
  ),
);

let merchantKeys: TestKeyPair;
let lianlianPrivateKey: KeyObject;
let lianlianPublicKeyPem: string;
const open: { close(): Promise<void> | void }[] = [];

beforeAll(async () => {
  merchantKeys = await rsaKeyPair(2048);
  lianlianPrivateKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  lianlianPublicKeyPem = createPublicKey(lianlianPrivateKey).export({
    type: 'spki',
    format: 'pem',
  }) as string;
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((thing) => thing.close()));
});

/** A fresh sandbox that knows the example's merchant, so every row starts from empty state. */
async function sandboxFor(oidPartner: string): Promise<Sandbox> {
  const sandbox = await startSandbox({
    catalogue: sandboxCatalogue,
    merchants: [{ oidPartner, publicKey: merchantKeys.spkiBase64 }],
    lianlianPrivateKey,
    notifyRetryMs: 50,
    notifyMaxAttempts: 3,
    log: () => {},
  });
  open.push(sandbox);
  return sandbox;
}

type Setup = NonNullable<SandboxBehaviour['prepare']>;

interface CallOptions {
  /** The sandbox setup to run (default: the behaviour's `prepare`). */
  readonly setup?: Setup;
  /** Request fields to set after the setup's. */
  readonly replace?: Readonly<Record<string, string>>;
  /** Told the order set up, before the request is sent. */
  readonly onPrepared?: (prepared: SandboxPrepared) => void;
}

/**
 * Sets up a fresh sandbox for `example` and calls the operation through the generated client.
 * @throws what the client throws (a business failure: BusinessFailureError).
 */
async function callExample(op: ApiOperation, example: ApiExample, options: CallOptions = {}) {
  const fields = example.value as Record<string, string>;
  const oidPartner = fields.oid_partner as string;
  const sandbox = await sandboxFor(oidPartner);
  const setup = options.setup ?? behaviourOf(op).prepare;
  const prepared = setup?.(sandbox, fields) ?? { request: {}, order: {} };
  options.onPrepared?.(prepared);
  const replace = options.replace ?? {};
  const params = Object.fromEntries(
    Object.entries({ ...fields, ...prepared.request, ...replace }).filter(
      ([name]) => !CLIENT_FILLED.includes(name),
    ),
  );
  const client = createLianLianClient({
    oidPartner,
    privateKey: merchantKeys.pkcs8Base64,
    lianlianPublicKey: sandbox.lianlianPublicKeyPem,
    signType: 'RSA',
    baseUrls: everyOperationAt(sandbox.url),
    timeoutMs: 10_000,
  });
  // Rows are built from the model at run time, so the call is typed by the runtime's result shape.
  const call = client[op.id as ClientOperationId] as unknown as (
    p: typeof params,
  ) => Promise<ClientResult>;
  return { sandbox, prepared, result: await call(params) };
}

describe('every JSON operation: its example → client → sandbox → verified result', () => {
  it('has a row for every JSON operation of the spec', () => {
    expect(new Set(operationRows.map((row) => row.id))).toEqual(
      new Set(jsonOperations.map((op) => op.id)),
    );
  });

  it.each(operationRows)(
    '$id ($name)',
    async ({ op, example }) => {
      const { prepared, result } = await callExample(op, example);
      expect(result).toMatchObject({ operationId: op.id, signature: { signType: 'RSA' } });
      // A status query has no success branch: its answer is one of the status branch's codes.
      if (op.signature.response?.branches.some((branch) => branch.name === 'success'))
        expect(result.retCode).toBe(successCodeOf(op));
      else expect(nonFailureCodes(op).has(result.retCode)).toBe(true);
      expect(result.branch).not.toBe('failure');
      // The answer is about the order the example set up.
      for (const [field, value] of Object.entries(prepared.order)) {
        if (field in result.data) expect(result.data[field], field).toBe(value);
      }
    },
    ROW_BUDGET_MS,
  );
});

describe('every failure example of a JSON operation: the sandbox answers it, verified', () => {
  it.each(failureRows)(
    '$id answers $retCode ($name)',
    async ({ op, retCode, retMsg }) => {
      const setup = behaviourOf(op).failures?.[retCode];
      expect(setup, `the ${op.id} behaviour says how to bring about ${retCode}`).toBeDefined();
      const [example] = requestExamples(op);
      const error = await callExample(op, example!, { setup: setup! }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BusinessFailureError);
      // The sandbox answers with the return-code list's message; a genuine sample may carry other
      // wording for the same code (E106), so the example's own text counts only for undocumented codes.
      const documented = new Map(model.returnCodes.codes).get(retCode)?.message;
      expect(error).toMatchObject({
        operationId: op.id,
        retCode,
        retMsg: typeof documented === 'string' ? documented : retMsg,
        verified: true,
      });
    },
    ROW_BUDGET_MS,
  );
});

describe('every webhook the sandbox emits: sandbox sends → handler runs once → acknowledgement', () => {
  it('has at least one row', () => {
    expect(webhookRows.length).toBeGreaterThan(0);
  });

  // A success whose notification the behaviour sends but does not declare would go untested here.
  it('has a row for each operation whose behaviour sends a notification', () => {
    expect(webhookRows.map((row) => `${row.by} → ${row.id}`)).toEqual(
      expect.arrayContaining(['exchangeVerify → exchangeNotify', 'refundApply → refundNotify']),
    );
  });

  it.each(webhookRows)(
    '$id (sent after $by)',
    async ({ webhook, op, urlField, orderFields }) => {
      const acknowledgement = webhook.responses
        .find((response) => response.status === '200')
        ?.media.flatMap((media) => media.examples)[0]?.value;
      expect(acknowledgement, 'the spec declares an acknowledgement example').toBeDefined();

      let order: Readonly<Record<string, string>> = {};
      const received: unknown[] = [];
      const answers: { status: number; body: string }[] = [];
      const handle = createLianLianNotificationHandler(webhook.id as LianLianNotificationName, {
        publicKeys: lianlianPublicKeyPem,
        findOrder: () => order,
        onNotification: (notification) => {
          received.push(notification);
        },
      });
      const server: Server = createServer((req, res) => {
        // Keep what the handler answers, to compare it with the spec's acknowledgement.
        const end = res.end.bind(res) as (chunk?: unknown) => typeof res;
        res.end = ((chunk?: unknown) => {
          answers.push({ status: res.statusCode, body: String(chunk ?? '') });
          return end(chunk);
        }) as typeof res.end;
        void handle(req, res);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      open.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notify`;

      const [example] = requestExamples(op);
      // The address goes into the request, or, with orderFields, into the order prepare sets up,
      // with those fields as the webhook's first example shows them.
      const behaviour = behaviourOf(op);
      const webhookExample = webhook.examples.find((e) => e.role === 'request')?.value as
        Record<string, string> | undefined;
      const setup: Setup | undefined =
        orderFields === undefined
          ? undefined
          : (sandbox, fields) =>
              behaviour.prepare!(sandbox, {
                ...fields,
                [urlField]: url,
                ...Object.fromEntries(orderFields.map((f) => [f, webhookExample?.[f] as string])),
              });
      const { sandbox } = await callExample(op, example!, {
        ...(setup === undefined ? { replace: { [urlField]: url } } : { setup }),
        onPrepared: (prepared) => {
          order = prepared.order;
        },
      });
      await sandbox.notificationsSettled();

      expect(received).toHaveLength(1);
      expect(sandbox.deliveries).toMatchObject([
        { kind: webhook.id, acknowledged: true, attempts: 1 },
      ]);
      expect(answers).toHaveLength(1);
      expect(answers[0]!.status).toBe(200);
      expect(JSON.parse(answers[0]!.body)).toEqual(acknowledgement);
    },
    ROW_BUDGET_MS,
  );
});
