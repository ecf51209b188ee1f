// Starts the generated sandbox in-process with a merchant key made for the test, and launches
// headless Chromium for the browser tests.
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import {
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

/** The generated client as the test merchant, every operation sent to the test sandbox. */
export function testSandboxClient(
  env: TestSandbox,
  overrides: Partial<Parameters<typeof createLianLianClient>[0]> = {},
): LianLianClient {
  return createLianLianClient({
    oidPartner: MERCHANT,
    privateKey: env.merchantKeys.pkcs8Base64,
    lianlianPublicKey: env.sandbox.lianlianPublicKeyPem,
    signType: 'RSA',
    baseUrls: everyOperationAt(env.sandbox.url),
    timeoutMs: 10_000,
    ...overrides,
  });
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
