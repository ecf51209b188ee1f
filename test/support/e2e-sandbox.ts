// Starts the generated sandbox in-process with a merchant key made for the test, and what every
// flow test sets up around it: the generated client pointed at it, a merchant's notification
// endpoint on a real local port, the business failure a call rejects with. A flow test is
//
//   env = await startTestSandbox();             client = sandboxClient(env);
//   shop = await startMerchantEndpoint(createLianLianNotificationHandler('refundNotify', {...}));
//   expect((await businessFailure(client.refundApply({...}))).retCode).toBe('5002');
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import {
  BusinessFailureError,
  createLianLianClient,
  startSandbox,
  type LianLianClient,
  type Sandbox,
  type SandboxOptions,
} from '../../generated/src/index.js';
import { everyOperationAt } from './base-urls.js';
import { rsaKeyPair, type TestKeyPair } from './keys.js';

export const MERCHANT = '201304121000001004';

export interface TestSandbox {
  sandbox: Sandbox;
  merchantKeys: TestKeyPair;
  /** Every line the sandbox logged. */
  logs: string[];
}

/** A sandbox on an ephemeral port with short notification retries. */
export async function startTestSandbox(
  overrides: Partial<SandboxOptions> = {},
): Promise<TestSandbox> {
  const merchantKeys = await rsaKeyPair(2048);
  const logs: string[] = [];
  const sandbox = await startSandbox({
    catalogue: sandboxCatalogue,
    merchants: [{ oidPartner: MERCHANT, publicKey: merchantKeys.spkiBase64 }],
    port: 0,
    notifyRetryMs: 50,
    notifyMaxAttempts: 10,
    log: (line) => logs.push(line),
    ...overrides,
  });
  return { sandbox, merchantKeys, logs };
}

/** The generated client of the test's merchant, every operation sent to the sandbox. */
export function sandboxClient(
  env: TestSandbox,
  overrides: Partial<Parameters<typeof createLianLianClient>[0]> = {},
): LianLianClient {
  return createLianLianClient({
    oidPartner: MERCHANT,
    privateKey: env.merchantKeys.pkcs8Pem,
    lianlianPublicKey: env.sandbox.lianlianPublicKeyPem,
    signType: 'RSA',
    baseUrls: everyOperationAt(env.sandbox.url),
    timeoutMs: 10_000,
    ...overrides,
  });
}

/** A merchant's notification endpoint: a local HTTP server whose every request runs `handle`. */
export interface MerchantEndpoint {
  /** Where the sandbox posts: `http://127.0.0.1:<port><path>`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves `handle` (a generated notification handler, or a merchant site routing by path) on an
 * ephemeral port of 127.0.0.1; closing drops kept-alive connections (a browser's) too.
 */
export async function startMerchantEndpoint(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  path = '/notify',
): Promise<MerchantEndpoint> {
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The BusinessFailureError `call` rejects with; the test fails when it resolves or fails otherwise. */
export async function businessFailure(call: Promise<unknown>): Promise<BusinessFailureError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BusinessFailureError);
  return error as BusinessFailureError;
}

/**
 * A sandbox and its client for every test of the calling file (or `describe`): started before the
 * first, closed after the last. Read `setup.env` and `setup.client` inside the tests.
 */
export function withTestSandbox(overrides: Partial<SandboxOptions> = {}): {
  readonly env: TestSandbox;
  readonly client: LianLianClient;
} {
  const setup = {} as { env: TestSandbox; client: LianLianClient };
  beforeAll(async () => {
    setup.env = await startTestSandbox(overrides);
    setup.client = sandboxClient(setup.env);
  });
  afterAll(async () => {
    await setup.env?.sandbox.close();
  });
  return setup;
}

/** A list of things each test opens (sandboxes, endpoints), all closed after every test. */
export function closedAfterEach(): { close(): Promise<void> | void }[] {
  const open: { close(): Promise<void> | void }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((thing) => thing.close()));
  });
  return open;
}
/** The payer of the tests' direct payments: a made-up name, card, phone and ID. */
export const TEST_PAYER = {
  acct_name: '张三',
  card_no: '6222021234567890123',
  bind_mob: '13800138000',
  id_type: '0',
  id_no: '110101199003071234',
} as const;

/** The risk_item of the tests' direct payments. */
export const TEST_RISK_ITEM = JSON.stringify({
  frms_ware_category: '1009',
  user_info_mercht_userno: 'user-1',
  user_info_bind_phone: '13800138000',
  user_info_dt_register: '20250101120000',
  goods_name: 'pen',
});
