/**
 * The `lianlian` command: sign-source, sign, verify, encrypt and decrypt LianLian messages from
 * the shell. Only argument handling and I/O live here; the work is done by the runtime modules.
 * Exit codes: 0 success, 1 signature not valid (verify), 2 usage or input error. A closed output
 * pipe (`| head`) keeps the command's code and prints nothing.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { signSource } from '../crypto/canonical.js';
import { createDiagnoseCommand } from './diagnose-command.js';
import { createReportCommand } from './report-command.js';
import type { ReportFormat } from '../reports/format.js';
import { buildEnvelopeBody, decryptPayload, encryptPayload } from '../crypto/envelope.js';
import { LianLianError } from '../shared/errors.js';
import { readJsonObject } from '../shared/json-text.js';
import { jsonErrorPosition } from '../shared/json-position.js';
import { loadPrivateKey, loadPublicKey } from '../crypto/keys.js';
import { parseSignedJsonFields } from '../shared/signed-body.js';
import { signParams } from '../crypto/sign.js';
import { maskDigits } from '../shared/validation.js';
import { verifyParams } from '../crypto/verify.js';

/** A user mistake on the command line: reported as one line on stderr, exit code 2. */
class UsageError extends LianLianError {
  constructor(message: string, field?: string) {
    super('CLI_USAGE', message, field);
  }
}

interface Command {
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Positional arguments accepted (default 1: FILE). */
  maxPositionals?: number;
  run(
    values: Record<string, unknown>,
    file: string | undefined,
    positionals: string[],
  ): number | Promise<number>;
}

const HELP = { type: 'boolean', short: 'h' } as const;

const COMMANDS: Record<string, Command> = {
  'sign-source': {
    usage: `Usage: lianlian sign-source [FILE]

Prints the string LianLian signs for the JSON object in FILE (or stdin): every field except
sign, without null or empty values, sorted by name, joined as key=value with "&".`,
    options: { help: HELP },
    run(_values, file) {
      process.stdout.write(`${signSource(readJsonInput(file))}\n`);
      return 0;
    },
  },
  sign: {
    usage: `Usage: lianlian sign --key KEYFILE [--sign-type RSA|SHA256withRSA] [FILE]

Signs the JSON object in FILE (or stdin) with the merchant's RSA private key and prints it as
compact JSON with sign added (and sign_type, when it was absent). Without --sign-type the
message's own sign_type is used.

  --key KEYFILE        private key: PEM PKCS#1 or PKCS#8, or bare base64 PKCS#8
  --sign-type TYPE     RSA (MD5withRSA) or SHA256withRSA, any letter case`,
    options: {
      help: HELP,
      key: { type: 'string', short: 'k' },
      'sign-type': { type: 'string', short: 't' },
    },
    run(values, file) {
      const privateKey = loadPrivateKey(readKeyFile(requireOption(values, 'key')));
      const params = readJsonInput(file);
      const signType = values['sign-type'] as string | undefined;
      const signed = signParams(
        params,
        signType === undefined ? { privateKey } : { privateKey, signType },
      );
      process.stdout.write(`${JSON.stringify(signed)}\n`);
      return 0;
    },
  },
  verify: {
    usage: `Usage: lianlian verify --public-key KEYFILE [--public-key KEYFILE ...] [--allow TYPE ...] [FILE]

Verifies the signature of the JSON object in FILE (or stdin) over every field except sign.
Prints "valid" and exits 0, or prints "invalid: REASON: DETAIL" and exits 1.

  --public-key KEYFILE LianLian's public key (PEM SPKI or PKCS#1, bare base64 SPKI, X.509
                       certificate); repeat during a key rotation
  --allow TYPE         accepted sign_type (RSA, SHA256withRSA); repeatable; default both`,
    options: {
      help: HELP,
      'public-key': { type: 'string', short: 'p', multiple: true },
      allow: { type: 'string', multiple: true },
    },
    run(values, file) {
      const files = (values['public-key'] as string[] | undefined) ?? [];
      if (files.length === 0) throw new UsageError('--public-key KEYFILE is required');
      const publicKeys = files.map((path) => loadPublicKey(readKeyFile(path)));
      const allow = values.allow as string[] | undefined;
      const result = verifyParams(
        readFieldsAsSent(file),
        allow === undefined ? { publicKeys } : { publicKeys, allowedSignTypes: allow },
      );
      if (result.ok) {
        process.stdout.write('valid\n');
        return 0;
      }
      process.stdout.write(`invalid: ${result.reason}: ${maskDigits(result.detail)}\n`);
      return 1;
    },
  },
  encrypt: {
    usage: `Usage: lianlian encrypt --public-key KEYFILE [--envelope-only] [--wrap] [--field NAME] [FILE]

Encrypts the signed JSON request in FILE (or stdin) into a lianpay1_0_1 envelope for the
Instant payment confirm API and prints the request body {"oid_partner":...,"pay_load":...}.

  --public-key KEYFILE LianLian's public key
  --envelope-only      print only the envelope string
  --wrap               wrap base64 at 76 characters with CRLF, as LianLian's Java SDK does
  --field NAME         the body field carrying the envelope (the operation's
                       x-lianlian-envelope field; default pay_load)`,
    options: {
      help: HELP,
      'public-key': { type: 'string', short: 'p' },
      'envelope-only': { type: 'boolean' },
      wrap: { type: 'boolean' },
      field: { type: 'string' },
    },
    run(values, file) {
      const publicKey = loadPublicKey(readKeyFile(requireOption(values, 'public-key')));
      const request = readJsonInput(file);
      const field = envelopeField(values);
      const body = buildEnvelopeBody(request, publicKey, {
        wrapBase64: values.wrap === true,
        field,
      });
      const output = values['envelope-only'] === true ? body[field] : JSON.stringify(body);
      process.stdout.write(`${output}\n`);
      return 0;
    },
  },
  decrypt: {
    usage: `Usage: lianlian decrypt --key KEYFILE [--field NAME] [FILE]

Decrypts a lianpay1_0_1 envelope from FILE (or stdin), given either as the bare envelope or as
the JSON request body {"oid_partner":...,"pay_load":...}, and prints the plaintext.

  --key KEYFILE        the recipient's RSA private key
  --field NAME         the body field carrying the envelope (default pay_load)`,
    options: { help: HELP, key: { type: 'string', short: 'k' }, field: { type: 'string' } },
    run(values, file) {
      const privateKey = loadPrivateKey(readKeyFile(requireOption(values, 'key')));
      const text = readInput(file).trim();
      const field = envelopeField(values);
      const envelope = text.startsWith('{') ? payloadOf(parseJsonObject(text), field) : text;
      process.stdout.write(`${decryptPayload(envelope, privateKey)}\n`);
      return 0;
    },
  },
  diagnose: createDiagnoseCommand({
    readInput,
    readKeyFile,
    usageError: (message, field) => new UsageError(message, field),
  }),
};

const GLOBAL_USAGE = `Usage: lianlian <command> [options] [FILE]

Commands:
  sign-source   print the string that is signed for a JSON message
  sign          add sign (and sign_type) to a JSON message
  verify        check the signature of a received JSON message
  encrypt       wrap a signed request into a lianpay1_0_1 pay_load envelope
  decrypt       open a lianpay1_0_1 envelope
  diagnose      explain why a request or notification signature does not verify
  report        read a LianLian report file, or reconcile it with your records

Input is read from FILE, or from stdin when FILE is absent.
Run "lianlian <command> --help" for the options of a command.`;

function main(
  argv: readonly string[],
  commands: Record<string, Command>,
): number | Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const stream = name === undefined ? process.stderr : process.stdout;
    stream.write(`${GLOBAL_USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (command === undefined) {
    throw new UsageError(`unknown command "${name}"; run "lianlian --help"`);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${firstLine(error)}; run "lianlian ${name} --help"`);
  }
  if (parsed.values.help === true) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  if (parsed.positionals.length > (command.maxPositionals ?? 1)) {
    throw new UsageError(`expected at most one FILE; run "lianlian ${name} --help"`);
  }
  return command.run(parsed.values, parsed.positionals[0], parsed.positionals);
}

function requireOption(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') {
    throw new UsageError(`--${name} is required`, name);
  }
  return value;
}

function readInput(file: string | undefined): string {
  let text: string;
  try {
    text = readFileSync(file ?? 0, 'utf8');
  } catch (error) {
    const what = file === undefined ? 'stdin' : file;
    throw new UsageError(`cannot read ${what}: ${readFailure(error)}`);
  }
  // An empty input is a wrong file or a pipe that produced nothing, not a JSON mistake.
  if (text.trim() === '') {
    throw new UsageError(file === undefined ? 'stdin is empty' : `${file} is empty`);
  }
  return text;
}

function readKeyFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read key file ${file}: ${readFailure(error)}`);
  }
}

const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
};

/** The reason a read failed, from its error code (the OS message may repeat the path). */
function readFailure(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return 'unreadable';
  return READ_FAILURES[code] === undefined ? code : `${READ_FAILURES[code]} (${code})`;
}

// JSON.parse's own messages quote the input, which may be sensitive: report only where it breaks.
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const position = jsonErrorPosition(text);
    throw new UsageError(
      position === undefined
        ? 'the input is not valid JSON'
        : `the input is not valid JSON at line ${position.line}, column ${position.column}`,
    );
  }
}

// The runtime's one JSON reader: a member given twice is refused, as everywhere else. Its
// messages name rules (and a repeated name, digits masked), never values.
function parseJsonObject(text: string): Record<string, unknown> {
  const read = readJsonObject(text);
  if (read.ok) return read.value;
  if (read.problem === 'not-object') throw new UsageError('the input must be a JSON object');
  if (read.problem === 'duplicate-key') {
    throw new UsageError(`the input is not valid JSON: ${read.detail}`, read.key);
  }
  parseJson(text); // a syntax error is reported with its line and column
  throw new UsageError('the input is not valid JSON');
}

function readJsonInput(file: string | undefined): Record<string, unknown> {
  return parseJsonObject(readInput(file));
}

// A received message is verified over each value's text as sent (`10.00`, not JSON.parse's
// 10). Its own error details name no values, so they may be shown.
function readFieldsAsSent(file: string | undefined): Record<string, string> {
  const text = readInput(file);
  parseJson(text); // a syntax error is reported with its line and column in the file
  const parsed = parseSignedJsonFields(text.trim());
  if (!parsed.ok) {
    const { detail } = parsed;
    throw new UsageError(
      detail.startsWith('the body ')
        ? `the input ${detail.slice('the body '.length)}`
        : `the input is not valid JSON: ${detail}`,
    );
  }
  return parsed.fields;
}

// LianLian's name for the envelope field; an operation's x-lianlian-envelope may declare another.
function envelopeField(values: Record<string, unknown>): string {
  const field = values.field;
  if (field === undefined) return 'pay_load';
  if (typeof field !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(field)) {
    throw new UsageError('--field must be a field name (letters, digits and _)', 'field');
  }
  return field;
}

function payloadOf(body: unknown, field: string): string {
  const payload =
    typeof body === 'object' && body !== null && Object.hasOwn(body, field)
      ? (body as Record<string, unknown>)[field]
      : undefined;
  if (typeof payload !== 'string') {
    throw new UsageError(`the JSON input has no "${field}" string`, field);
  }
  return payload;
}

// Every error line passes the one masker: messages may quote input (a file name, a field name).
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return maskDigits(message.split('\n', 1)[0] ?? '');
}

function report(error: unknown, command: string, known: boolean): number {
  const prefix = known ? `lianlian ${command}` : 'lianlian';
  if (error instanceof LianLianError) {
    const code = error instanceof UsageError ? '' : ` [${error.code}]`;
    process.stderr.write(`${prefix}: ${firstLine(error)}${code}\n`);
  } else {
    // Unexpected failures: no message text (it could quote input), never a stack trace.
    const code = (error as { code?: unknown } | null)?.code;
    process.stderr.write(
      `${prefix}: unexpected failure${typeof code === 'string' ? ` (${code})` : ''}\n`,
    );
  }
  return 2;
}

/** What the generated entry (src/lianlian.ts) hands the CLI: the spec's tables. */
export interface LianLianCliTables {
  readonly reportFormats: Readonly<Record<string, ReportFormat<unknown>>>;
}

// Waits for the pipe to drain, so a command printing millions of lines holds none of them.
function writeLine(line: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(`${line}\n`)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/** Runs `lianlian` with `argv` (without node and the script) and sets `process.exitCode`. */
export async function runLianLianCli(
  argv: readonly string[],
  tables: LianLianCliTables,
): Promise<void> {
  // A reader that stops early (`lianlian sign … | head -c1`) closes the pipe. That is the reader's
  // choice, not a failure: the rest of the output is dropped and the command exits quietly with
  // the code it decided (an uncaught EPIPE would print a stack trace and exit 1, "not valid").
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') return;
      process.exitCode = 2;
      if (stream === process.stdout) {
        process.stderr.write(`lianlian: cannot write the output (${String(error.code)})\n`);
      }
    });
  }
  const commands: Record<string, Command> = {
    ...COMMANDS,
    report: createReportCommand(tables.reportFormats, {
      writeLine,
      usageError: (message, field) => new UsageError(message, field),
    }),
  };
  const name = argv[0] ?? '';
  try {
    process.exitCode = await main(argv, commands);
  } catch (error) {
    process.exitCode = report(error, name, Object.hasOwn(commands, name));
  }
}
