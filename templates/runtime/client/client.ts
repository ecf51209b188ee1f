/**
 * The engine behind the generated `createLianLianClient`: configuration checks, key loading, and
 * one call = one openapi-fetch POST run through the middleware pipeline (middleware.ts).
 *
 * Outcomes of a call:
 * - a signed response with ret_code 0000 resolves to a {@link ClientResult} typed by branch;
 * - a response with any other ret_code rejects with `BusinessFailureError` (signed or not, see
 *   `requireSignedFailures`);
 * - everything else rejects with another `ClientError` (validation, network, timeout, abort,
 *   HTTP status, a body over `maxResponseBytes`, unparseable body, signature, response shape).
 * Nothing is ever retried: each of these operations moves money or commits to moving it.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { KeyObject } from 'node:crypto';
import {
  BusinessFailureError,
  ClientConfigError,
  RequestAbortedError,
  RequestValidationError,
} from './errors.js';
import { callPipeline, type CallContext, type ClientSettings } from './middleware.js';
import {
  requestPathOf,
  UNKNOWN_RETURN_CODE_CATEGORY,
  type ClientOperation,
  type ReturnCodeOutcome,
  type ReturnCodeTable,
  type SpecOperationId,
  type SpecRetCode,
} from './operation.js';
import { checkTimeout, DEFAULT_TIMEOUT_MS, startDeadline, toClientError } from './transport.js';
import { ENVELOPE_VERSION } from '../crypto/envelope.js';
import { loadPrivateKey, loadPublicKey, type KeyInput } from '../crypto/keys.js';
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  isByteLimit,
  MAX_BYTE_LIMIT,
} from '../shared/response-body.js';
import { parseSignType, type SignType } from '../crypto/sign-type.js';
import { createUtf8Verifier, type Verifier } from '../crypto/verify.js';

/** Options of `createLianLianClient`. */
export interface LianLianClientOptions<OperationId extends SpecOperationId = SpecOperationId> {
  /** The merchant number LianLian assigned (`oid_partner`); the client adds it to every request. */
  oidPartner: string;
  /** The merchant's RSA private key: PEM PKCS#1 or PKCS#8, bare base64 PKCS#8, DER or a KeyObject. */
  privateKey: KeyInput;
  /**
   * LianLian's public key, or several during a key rotation. Responses are accepted when any of
   * them verifies; envelopes (instantPayConfirm) are encrypted for the first.
   */
  lianlianPublicKey: KeyInput | readonly KeyInput[];
  /** How requests are signed: `RSA` (MD5withRSA) or `SHA256withRSA`. */
  signType: SignType;
  /**
   * Origins (optionally with a path prefix) replacing the production `servers` of the spec, per
   * operation, e.g. a sandbox: `{ mpayVerify: 'https://sandbox.example' }`.
   */
  baseUrls?: Partial<Record<OperationId, string>>;
  /** The fetch used to send requests (default: the global fetch). */
  fetch?: (request: Request) => Promise<Response>;
  /** Time limit of each call in milliseconds, including reading the response (default 30 000). */
  timeoutMs?: number;
  /**
   * Largest response body read, in bytes after decompression (default 262 144, 256 KiB; LianLian's
   * answers are under 2 KiB). A longer one stops the read at the cap and rejects with
   * `ResponseTooLargeError` (`outcomeUnknown: true`).
   */
  maxResponseBytes?: number;
  /**
   * Reject failure responses that carry no signature (`SIGNATURE_MISSING`) instead of reporting
   * them as `BusinessFailureError` with `verified: false`. Default false: LianLian often answers
   * errors unsigned.
   */
  requireSignedFailures?: boolean;
  /**
   * The algorithms LianLian's answers may be signed with (default: every one the spec lists for
   * the operation). Narrow it to your account's, e.g. `['SHA256withRSA']`, so an answer signed
   * with the weaker MD5withRSA is refused; an operation none of whose algorithms remain then
   * refuses every answer.
   */
  allowedResponseSignTypes?: readonly SignType[];
}

/** Options of one call. */
export interface CallOptions {
  /** Time limit of this call in milliseconds, overriding the client's. */
  timeoutMs?: number;
  /** Aborts the call; it then rejects with `RequestAbortedError`. */
  signal?: AbortSignal;
}

/** The fields the client fills in itself; request parameter types leave them out. */
export type ClientFilledField = 'oid_partner' | 'sign_type' | 'sign';

/** The parameters a caller passes for a request schema `T`. */
export type RequestParams<T> = Omit<T, ClientFilledField>;

/** A successful (ret_code 0000), signature-verified response. */
export interface ClientResult<
  Branch extends string = string,
  Data = Readonly<Record<string, unknown>>,
  OperationId extends SpecOperationId = SpecOperationId,
> {
  readonly operationId: OperationId;
  /** The response branch (`success`, `paid`, ...) the body matched. */
  readonly branch: Branch;
  readonly retCode: SpecRetCode;
  readonly retMsg: string;
  /**
   * The return-code category of ret_code (`success` for 0000), from the spec's closed list, or
   * `unknown` for a code the return-code table does not list.
   */
  readonly category: ReturnCodeOutcome;
  /** Every field received, including fields the spec does not define. */
  readonly data: Data;
  /** The verified signature: its algorithm and which configured LianLian key verified it. */
  readonly signature: { readonly signType: SignType; readonly keyIndex: number };
  /**
   * Fields of `data` that LianLian's signature does not cover (the spec's
   * `x-lianlian-signature.response.unsignedFields`, e.g. the result queries' bank_name and memo):
   * anyone on the network path could have changed them, so never decide on them alone. Empty when
   * every received field is signed.
   */
  readonly unsigned: readonly string[];
}

/** What the generated code hands the engine: the operations and the return-code table. */
export interface ClientCatalogue<OperationId extends SpecOperationId> {
  readonly operations: Readonly<Record<OperationId, ClientOperation>>;
  readonly returnCodes: ReturnCodeTable;
}

/** The engine: one `call` for every operation. */
export interface ClientCore<OperationId extends SpecOperationId> {
  call(operationId: OperationId, params: object, options?: CallOptions): Promise<ClientResult>;
  /** The base URL calls of `operationId` go to. */
  baseUrlOf(operationId: OperationId): string;
}

/**
 * Checks the options, loads the keys and returns the engine.
 * @throws {ClientConfigError} for missing or malformed options.
 * @throws {KeyFormatError} when a key cannot be loaded.
 */
export function createClientCore<Paths extends {}, OperationId extends SpecOperationId>(
  options: LianLianClientOptions<OperationId>,
  catalogue: ClientCatalogue<OperationId>,
): ClientCore<OperationId> {
  if (typeof options !== 'object' || options === null) {
    throw new ClientConfigError('options must be an object', 'options');
  }
  const operations = catalogue.operations;
  const settings = loadSettings(options, operations);
  const baseUrls = resolveBaseUrls(options.baseUrls, operations);
  const defaultTimeout =
    options.timeoutMs === undefined
      ? DEFAULT_TIMEOUT_MS
      : checkTimeout(options.timeoutMs, 'timeoutMs');
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new ClientConfigError('fetch must be a function', 'fetch');
  }
  const injected = options.fetch;
  const http = createClient<Paths>({
    // A redirect would replay a signed payment elsewhere; report it as an HTTP status instead.
    redirect: 'manual',
    headers: { 'Content-Type': 'application/json;charset=utf-8', Accept: 'application/json' },
  }) as unknown as Client<Record<string, Record<'post', object>>>;

  return {
    baseUrlOf: (operationId) => baseUrls[operationId],
    async call(operationId, params, callOptions = {}) {
      const operation = operations[operationId];
      if (operation === undefined) {
        throw new ClientConfigError(`unknown operation "${String(operationId)}"`, 'operationId');
      }
      const timeoutMs =
        callOptions.timeoutMs === undefined
          ? defaultTimeout
          : checkTimeout(callOptions.timeoutMs, 'timeoutMs');
      if (callOptions.signal !== undefined && !(callOptions.signal instanceof AbortSignal)) {
        throw new ClientConfigError('signal must be an AbortSignal', 'signal');
      }
      if (callOptions.signal?.aborted) {
        throw new RequestAbortedError(operationId, false, callOptions.signal.reason);
      }
      const deadline = startDeadline(timeoutMs, callOptions.signal);
      const context: CallContext = { operation, settings, signal: deadline.signal, sent: false };
      try {
        await http.POST(requestPathOf(operation.path), {
          baseUrl: baseUrls[operationId],
          body: params,
          bodySerializer: (body: unknown) => {
            context.params = serialiseParams(operationId, body);
            return context.params;
          },
          // The response steps read the body; openapi-fetch only hands back the spent stream.
          parseAs: 'stream',
          // No signal here: only what is sent needs it, and undici makes every Request built
          // with one listen to it (the send step passes it on).
          middleware: callPipeline(context),
          fetch: (request: Request) => {
            // Checked here, after signing, so an abort during signing never reaches the network.
            deadline.signal.throwIfAborted();
            context.sent = true;
            if (injected !== undefined) return injected(request);
            return globalThis.fetch(request.url, {
              method: request.method,
              headers: request.headers,
              body: sentBody(context),
              redirect: 'manual',
              signal: deadline.signal,
            });
          },
        } as never);
        return outcome(context, catalogue.returnCodes);
      } catch (error) {
        throw toClientError(error, operationId, deadline, context.sent);
      } finally {
        deadline.dispose();
      }
    },
  };
}

function loadSettings<OperationId extends SpecOperationId>(
  options: LianLianClientOptions<OperationId>,
  operations: Readonly<Record<OperationId, ClientOperation>>,
): ClientSettings {
  if (typeof options.oidPartner !== 'string' || options.oidPartner === '') {
    throw new ClientConfigError('oidPartner must be the merchant number as a string', 'oidPartner');
  }
  const signType = parseSignType(options.signType);
  if (signType === undefined)
    throw new ClientConfigError(signTypeProblem(options.signType), 'signType');
  const privateKey = loadPrivateKey(options.privateKey);
  const keyInputs: readonly KeyInput[] = Array.isArray(options.lianlianPublicKey)
    ? options.lianlianPublicKey
    : [options.lianlianPublicKey as KeyInput];
  const publicKeys: KeyObject[] = keyInputs.map((key) => loadPublicKey(key));
  const encryptionKey = publicKeys[0];
  if (encryptionKey === undefined) {
    throw new ClientConfigError(
      'lianlianPublicKey must name at least one key',
      'lianlianPublicKey',
    );
  }
  const narrowed = responseSignTypes(options.allowedResponseSignTypes);
  const verifiers = new Map<string, Verifier>();
  for (const operation of Object.values<ClientOperation>(operations)) {
    if (operation.envelope !== undefined && operation.envelope.version !== ENVELOPE_VERSION) {
      throw new ClientConfigError(
        `${operation.operationId} uses envelope ${operation.envelope.version}, which this runtime cannot build`,
        'envelope',
      );
    }
    const allowed = operation.responseSignTypes.filter(
      (type) => narrowed === undefined || narrowed.has(parseSignType(type) as SignType),
    );
    verifiers.set(
      operation.operationId,
      allowed.length > 0
        ? createUtf8Verifier({
            publicKeys,
            allowedSignTypes: allowed,
            unsignedFields: operation.unsignedResponseFields,
            keyOrder: operation.responseKeyOrder,
          })
        : refuseEveryAnswer(operation.operationId),
    );
  }
  return {
    oidPartner: options.oidPartner,
    signType,
    privateKey,
    signPlaceholder: signatureShape(privateKey),
    encryptionKey,
    requireSignedFailures: options.requireSignedFailures === true,
    injectedFetch: options.fetch !== undefined,
    maxResponseBytes: responseLimit(options.maxResponseBytes),
    verifierFor: (operation) => verifiers.get(operation.operationId) as Verifier,
  };
}

function responseLimit(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_RESPONSE_BYTES;
  if (!isByteLimit(value)) {
    throw new ClientConfigError(
      `maxResponseBytes must be a whole number of bytes from 1 to ${MAX_BYTE_LIMIT}`,
      'maxResponseBytes',
    );
  }
  return value;
}

/** Why a signType option is refused; the value is shown only when it is a short plain word. */
function signTypeProblem(value: unknown): string {
  const shown =
    typeof value === 'string' && /^[A-Za-z0-9]{1,20}$/.test(value) ? `, got "${value}"` : '';
  // LianLian names MD5withRSA "RSA", so "MD5" and "MD5withRSA" are the likely mistakes.
  const hint = /^MD5/i.test(String(value)) ? ' (LianLian calls MD5withRSA "RSA")' : '';
  return `signType must be "RSA" (MD5withRSA) or "SHA256withRSA"${shown}${hint}`;
}

function responseSignTypes(value: unknown): ReadonlySet<SignType> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0) {
    throw new ClientConfigError(
      'allowedResponseSignTypes must be a non-empty list of RSA and/or SHA256withRSA',
      'allowedResponseSignTypes',
    );
  }
  return new Set(
    value.map((type) => {
      const parsed = parseSignType(type);
      if (parsed === undefined) {
        throw new ClientConfigError(
          'allowedResponseSignTypes may hold only RSA and SHA256withRSA',
          'allowedResponseSignTypes',
        );
      }
      return parsed;
    }),
  );
}

// The merchant allows none of the algorithms this operation's answers may use.
const refuseEveryAnswer =
  (operationId: SpecOperationId): Verifier =>
  () => ({
    ok: false,
    reason: 'sign-type-not-allowed',
    detail: `allowedResponseSignTypes leaves no algorithm LianLian uses for ${operationId}`,
  });

function resolveBaseUrls<OperationId extends SpecOperationId>(
  overrides: Partial<Record<OperationId, string>> | undefined,
  operations: Readonly<Record<OperationId, ClientOperation>>,
): Record<OperationId, string> {
  const result = {} as Record<OperationId, string>;
  for (const [id, operation] of Object.entries<ClientOperation>(operations)) {
    result[id as OperationId] = operation.serverUrl;
  }
  for (const [id, url] of Object.entries(overrides ?? {})) {
    const field = `baseUrls.${id}`;
    if (!Object.hasOwn(operations, id)) {
      throw new ClientConfigError(`${id} is not an operation this client can call`, field);
    }
    let parsed: URL;
    try {
      parsed = new URL(String(url));
    } catch {
      throw new ClientConfigError(`${field} must be an absolute http(s) URL`, field);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
      throw new ClientConfigError(`${field} must be an absolute http(s) URL`, field);
    }
    result[id as OperationId] = String(url).replace(/\/+$/, '');
  }
  return result;
}

/** Base64 of as many zero bytes as the key's signatures have: their exact length and padding. */
function signatureShape(privateKey: KeyObject): string {
  const bits = privateKey.asymmetricKeyDetails?.modulusLength ?? 0;
  return Buffer.alloc(Math.max(1, Math.ceil(bits / 8))).toString('base64');
}

function sentBody(context: CallContext): string {
  if (context.body === undefined) throw new Error('the request steps did not serialise a body');
  return context.body;
}

function serialiseParams(operationId: SpecOperationId, body: unknown): string {
  const issue = (message: string) =>
    new RequestValidationError(operationId, [
      { path: '', keyword: 'type', limit: 'object', message },
    ]);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw issue('request: the parameters must be an object');
  }
  try {
    return JSON.stringify(body);
  } catch {
    throw issue('request: the parameters cannot be serialised as JSON');
  }
}

function outcome(context: CallContext, returnCodes: ReturnCodeTable): ClientResult {
  const { operation, received, branch, signature, correlated } = context;
  if (
    received === undefined ||
    branch === undefined ||
    signature === undefined ||
    correlated === undefined
  ) {
    throw new Error(`${operation.operationId}: the response pipeline did not complete`);
  }
  const retCode = String(received.ret_code);
  const retMsg = typeof received.ret_msg === 'string' ? received.ret_msg : '';
  const info = Object.hasOwn(returnCodes, retCode) ? returnCodes[retCode] : undefined;
  const category: ReturnCodeOutcome = info?.category ?? UNKNOWN_RETURN_CODE_CATEGORY;
  if (branch.name === 'failure') {
    throw new BusinessFailureError(
      operation.operationId,
      {
        retCode,
        retMsg,
        category,
        description: info?.description,
        verified: signature !== null,
        correlated,
      },
      received,
    );
  }
  if (signature === null || !correlated) {
    throw new Error(
      `${operation.operationId}: an unsigned or uncorrelated ${branch.name} response got through`,
    );
  }
  return {
    operationId: operation.operationId,
    branch: branch.name,
    retCode,
    retMsg,
    category,
    data: received,
    signature,
    unsigned: (operation.unsignedResponseFields ?? []).filter((field) =>
      Object.hasOwn(received, field),
    ),
  };
}
