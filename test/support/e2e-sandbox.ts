// Starts the generated sandbox in-process with a merchant key made for the test, and launches
// headless Chromium for the browser tests.
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import {
  createLianLianClient,
  startSandbox,
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

/** A client of the test merchant with every operation pointed at the sandbox. */
export function sandboxClient(env: TestSandbox) {
  return createLianLianClient({
    oidPartner: MERCHANT,
    privateKey: env.merchantKeys.pkcs8Base64,
    lianlianPublicKey: env.sandbox.lianlianPublicKeyPem,
    signType: 'RSA',
    baseUrls: everyOperationAt(env.sandbox.url),
  });
}
