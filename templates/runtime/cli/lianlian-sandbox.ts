/**
 * Command line of the local LianLian sandbox (`npm run sandbox`, or `node dist/sandbox.js` in the
 * generated package). Keys live in a directory (default `.lianlian-sandbox/`): the LianLian key
 * pair and, unless a merchant public key file is given, a merchant key pair, generated on first
 * start and reused afterwards. Private keys are written to files (mode 600), never printed.
 */
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SandboxCatalogue } from '../sandbox/catalogue.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';

const USAGE = `Usage: lianlian-sandbox [options]      (in the toolkit: npm run sandbox -- [options])

Starts a local LianLian simulator on 127.0.0.1.
  --port <n>                  port (default 8787; 0 picks a free one)
  --host <address>            interface (default 127.0.0.1)
  --oid-partner <digits>      the registered merchant number (default 201304121000001004)
  --merchant-public-key <f>   the merchant's RSA public key file (PEM or base64 SPKI);
                              default: <keys-dir>/merchant-public.pem, generated with its private key
  --keys-dir <dir>            where keys are kept (default .lianlian-sandbox)
  --amount-limit <amount>     amounts above it fail with 1019 (default 10000.00)
  --balance <amount>          every merchant's opening balance for payouts (default 100000.00)
  --duplicate-payout-hours <n>
                              hold a payout to a card paid within n hours as a
                              suspected duplicate, 4002 (default 24; 0: never)
  --notify-retry-ms <n>       pause between notification attempts (default 120000)
  --notify-copies <n>         identical copies per notification attempt (default 1)
  --history <n>               form submissions and notifications kept in memory,
                              the most recent (default 1000)
  --sessions <n>              cashier pages shown and not yet paid that stay payable,
                              the most recent (default 1000; each lapses after 30 minutes)
  --test-mode                 short notification retries (1000 ms)
  --strict                    refuse (1004) requests lacking a field the docs call required
                              that LianLian accepts without (default: accept, with a warning)
  -h, --help                  this text`;

/**
 * Parses `argv`, starts the sandbox and stops it cleanly on SIGINT and SIGTERM.
 * @returns an exit code when the sandbox did not start (usage or errors), otherwise undefined.
 */
export async function runSandboxCli(
  argv: readonly string[],
  catalogue: SandboxCatalogue,
  out: (line: string) => void = (line) => console.log(line),
): Promise<number | undefined> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'oid-partner': { type: 'string' },
        'merchant-public-key': { type: 'string' },
        'keys-dir': { type: 'string' },
        'amount-limit': { type: 'string' },
        balance: { type: 'string' },
        'duplicate-payout-hours': { type: 'string' },
        'notify-retry-ms': { type: 'string' },
        'notify-copies': { type: 'string' },
        history: { type: 'string' },
        sessions: { type: 'string' },
        'test-mode': { type: 'boolean' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    out(`${(error as Error).message}\n\n${USAGE}`);
    return 64;
  }
  if (values.help) {
    out(USAGE);
    return 0;
  }
  // Logging is best effort: a log reader that goes away (`lianlian-sandbox | head`) makes the next
  // line fail with EPIPE, which unhandled would end the process. The sandbox keeps serving.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
  const port = integer(values.port ?? process.env.LIANLIAN_SANDBOX_PORT ?? '8787', 'port');
  const retry = integer(
    values['notify-retry-ms'] ?? (values['test-mode'] ? '1000' : '120000'),
    'notify-retry-ms',
  );
  const copies = integer(values['notify-copies'] ?? '1', 'notify-copies');
  if (values.balance !== undefined && !/^(0|[1-9][0-9]{0,11})(\.[0-9]{1,2})?$/.test(values.balance))
    throw new Error('--balance must be an amount with at most two decimals, e.g. 100000.00');
  const oidPartner = values['oid-partner'] ?? '201304121000001004';
  const keysDir = path.resolve(values['keys-dir'] ?? '.lianlian-sandbox');
  const keys = loadOrCreateKeys(keysDir, values['merchant-public-key']);

  let sandbox: Sandbox;
  try {
    sandbox = await startSandbox({
      catalogue,
      merchants: [{ oidPartner, publicKey: keys.merchantPublicKey }],
      lianlianPrivateKey: keys.lianlianPrivateKey,
      host: values.host ?? '127.0.0.1',
      port,
      notifyRetryMs: retry,
      notifyCopies: Math.max(1, copies),
      ...(values.history === undefined ? {} : { historyLimit: integer(values.history, 'history') }),
      ...(values.sessions === undefined
        ? {}
        : { sessionLimit: integer(values.sessions, 'sessions') }),
      strict: values.strict === true,
      rules: {
        ...(values['amount-limit'] === undefined ? {} : { amountLimit: values['amount-limit'] }),
        ...(values.balance === undefined ? {} : { merchantBalance: values.balance }),
        ...(values['duplicate-payout-hours'] === undefined
          ? {}
          : {
              duplicatePayoutHours: integer(
                values['duplicate-payout-hours'],
                'duplicate-payout-hours',
              ),
            }),
      },
      log: out,
    });
  } catch (error) {
    // listen's own message ("listen EADDRINUSE: address already in use") says nothing of --port.
    if ((error as { code?: unknown }).code !== 'EADDRINUSE') throw error;
    out(
      `port ${port} on ${values.host ?? '127.0.0.1'} is already in use (is another sandbox running?): ` +
        'stop it, or pick another port with --port <n> (--port 0 picks a free one)',
    );
    return 2;
  }
  out(`LianLian sandbox listening on ${sandbox.url}`);
  out(`  merchant oid_partner ${oidPartner}; its public key: ${keys.merchantPublicKeyFile}`);
  if (keys.merchantPrivateKeyFile !== undefined) {
    out(
      `  merchant private key (generated for you, sign requests with it): ${keys.merchantPrivateKeyFile}`,
    );
  }
  out(
    `  LianLian public key (verify responses and notifications with it): ${keys.lianlianPublicKeyFile}`,
  );
  out(
    `  ${createPublicKey(keys.lianlianPrivateKey).export({ type: 'spki', format: 'der' }).toString('base64')}`,
  );
  out(`  point the client's baseUrls and the form's actionUrl at ${sandbox.url}; Ctrl+C stops`);

  const stop = (signal: NodeJS.Signals) => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    out(`received ${signal}, stopping`);
    sandbox.close().then(
      () => out('sandbox stopped'),
      () => {
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return undefined;
}

function integer(text: string, name: string): number {
  if (!/^[0-9]{1,9}$/.test(text)) throw new Error(`--${name} must be a whole number`);
  return Number(text);
}

function loadOrCreateKeys(dir: string, merchantPublicKeyPath: string | undefined) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = (name: string) => path.join(dir, name);
  const lianlianPrivateKeyFile = file('lianlian-private.pem');
  const lianlianPublicKeyFile = file('lianlian-public.pem');
  if (!existsSync(lianlianPrivateKeyFile)) writePair(lianlianPrivateKeyFile, lianlianPublicKeyFile);
  let merchantPublicKeyFile =
    merchantPublicKeyPath === undefined
      ? file('merchant-public.pem')
      : path.resolve(merchantPublicKeyPath);
  let merchantPrivateKeyFile: string | undefined;
  if (merchantPublicKeyPath === undefined) {
    merchantPrivateKeyFile = file('merchant-private.pem');
    if (!existsSync(merchantPublicKeyFile))
      writePair(merchantPrivateKeyFile, merchantPublicKeyFile);
  }
  merchantPublicKeyFile = path.resolve(merchantPublicKeyFile);
  return {
    lianlianPrivateKey: readFileSync(lianlianPrivateKeyFile, 'utf8'),
    lianlianPublicKeyFile,
    merchantPublicKey: readFileSync(merchantPublicKeyFile, 'utf8'),
    merchantPublicKeyFile,
    merchantPrivateKeyFile,
  };
}

function writePair(privateFile: string, publicFile: string): void {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(privateFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  writeFileSync(publicFile, publicKey.export({ type: 'spki', format: 'pem' }));
}
