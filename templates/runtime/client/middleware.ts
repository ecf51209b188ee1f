/**
 * The steps of one API call as openapi-fetch middleware. Each step does one thing:
 *
 *   request:  fill defaults -> validate -> sign -> seal envelope (when the operation has one)
 *             and serialise what is sent
 *   response: check HTTP status -> read at most maxResponseBytes and parse JSON -> verify signature -> validate against its branch
 *             -> match the request (the answer echoes the operation's correlation fields)
 *
 * All steps of one call share its {@link CallContext}: the first request step parses the JSON text
 * openapi-fetch serialised, the others change that one object, and the last serialises it once
 * (building undici Requests and reading their bodies per step cost more than the RSA work).
 * Response steps likewise read the body once and record what they learn in the context; the
 * caller turns that into a result or a business error. Any step may throw: nothing is sent when a
 * request step throws.
 */
import type { KeyObject } from 'node:crypto';
import type { Middleware } from 'openapi-fetch';
import { signSource, signSourceOrdered } from '../crypto/canonical.js';
import {
  RequestValidationError,
  HttpStatusError,
  ResponseSignatureError,
  ResponseTooLargeError,
  ResponseValidationError,
  UnparseableBodyError,
  type ClientIssue,
} from './errors.js';
import { selectBranch, type ClientBranch, type ClientOperation } from './operation.js';
import { correlationMismatches, type CorrelationMismatch } from '../shared/correlation.js';
import { buildEnvelopeBody } from '../crypto/envelope.js';
import { readJsonObject } from '../shared/json-text.js';
import { readBodyUpTo } from '../shared/response-body.js';
import { SignSourceError } from '../shared/errors.js';
import { signUtf8String } from '../crypto/sign.js';
import type { SignType } from '../crypto/sign-type.js';
import type { Verifier } from '../crypto/verify.js';

/** The client-wide settings the steps use, with keys loaded once. */
export interface ClientSettings {
  readonly oidPartner: string;
  readonly signType: SignType;
  readonly privateKey: KeyObject;
  /**
   * A value of the shape and length of this key's signatures, so the unsigned message can be
   * validated against its schema (which requires `sign`) before the RSA work.
   */
  readonly signPlaceholder: string;
  /** The LianLian public key envelopes are encrypted for (the first one configured). */
  readonly encryptionKey: KeyObject;
  readonly verifierFor: (operation: ClientOperation) => Verifier;
  /** Reject failure responses that carry no signature instead of reporting them as unverified. */
  readonly requireSignedFailures: boolean;
  /** Whether the caller supplied `fetch` (it is then given a Request carrying the final body). */
  readonly injectedFetch: boolean;
  /** Largest response body read, in bytes after decompression. */
  readonly maxResponseBytes: number;
}

/** State of one call, filled in by the steps as it runs. */
export interface CallContext {
  readonly operation: ClientOperation;
  readonly settings: ClientSettings;
  /** Aborts the call: the caller's signal and the call's timeout. */
  readonly signal: AbortSignal;
  /** Set once the request has been handed to fetch. */
  sent: boolean;
  /** The caller's parameters as JSON text (openapi-fetch's body serialiser writes it). */
  params?: string;
  /** The request message the request steps build, parsed once from `params`. */
  message?: Record<string, unknown>;
  /** The signed request message (the plaintext, for enveloped operations). */
  request?: Record<string, unknown>;
  /** The exact text sent, written once by the last request step. */
  body?: string;
  /** The answer as parsed JSON, which the validation and result steps read. */
  received?: Record<string, unknown>;
  /**
   * The answer's members with each value's text exactly as received (`10.00` stays `10.00`),
   * which is what LianLian signed; the signature is checked over these, never over re-serialised
   * values.
   */
  receivedText?: Record<string, string>;
  /** The verified signature, or `null` for a failure accepted without one. */
  signature?: { signType: SignType; keyIndex: number } | null;
  branch?: ClientBranch;
  /**
   * True once the answer echoed every correlation field with the request's value; false for a
   * failure that lacks one (reported, but as outcome unknown). Unset until checked.
   */
  correlated?: boolean;
}

type Message = Record<string, unknown>;

/** The ret_code of success. */
const SUCCESS_CODE = '0000';

// Stateless between whole-buffer decode calls, so one instance serves every call.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The middleware of one call, in openapi-fetch registration order. openapi-fetch runs onRequest
 * in that order and onResponse in reverse, so the response steps are listed last-to-first.
 */
export function callPipeline(context: CallContext): Middleware[] {
  const request = [fillDefaults, validateRequest, signRequest, sealEnvelope];
  const response = [checkStatus, parseBody, verifySignature, validateResponse, matchRequest];
  return [...response.reverse(), ...request].map((step) => step(context));
}

function fillDefaults(context: CallContext): Middleware {
  return {
    onRequest() {
      if (context.params === undefined) throw new Error('the request body was not serialised');
      // A copy of what JSON carries (no undefined, toJSON applied); the caller's object is untouched.
      const message = JSON.parse(context.params) as Message;
      context.message = message;
      const { settings } = context;
      // The client owns these fields: the merchant number and algorithm come from its
      // configuration, and any sign passed in would be stale.
      delete message.sign;
      message.oid_partner = settings.oidPartner;
      message.sign_type = settings.signType;
      return undefined;
    },
  };
}

function validateRequest(context: CallContext): Middleware {
  const { operation, settings } = context;
  return {
    onRequest() {
      const message = messageOf(context);
      if (!operation.requestSignTypes.includes(message.sign_type as SignType)) {
        throw new RequestValidationError(operation.operationId, [signTypeIssue(operation)]);
      }
      // The next step signs; a stand-in of the signature's shape lets a valid message take the
      // validator's allocation-free path instead of collecting a "sign is required" issue.
      message.sign = settings.signPlaceholder;
      const result = operation.validateRequest(message);
      delete message.sign;
      if (!result.ok) throw new RequestValidationError(operation.operationId, result.issues);
      return undefined;
    },
  };
}

function signRequest(context: CallContext): Middleware {
  const { operation, settings } = context;
  return {
    onRequest() {
      const message = messageOf(context);
      let source: string;
      try {
        source =
          operation.signingFields === undefined
            ? signSource(message)
            : signSourceOrdered(
                message,
                operation.signingFields,
                operation.signingUriFields === undefined
                  ? {}
                  : { uriFields: operation.signingUriFields },
              );
      } catch (error) {
        if (!(error instanceof SignSourceError)) throw error;
        throw new RequestValidationError(operation.operationId, [signSourceIssue(error)]);
      }
      message.sign = signUtf8String(source, {
        privateKey: settings.privateKey,
        signType: settings.signType,
      });
      context.request = message;
      return undefined;
    },
  };
}

/**
 * Seals the signed message in its envelope when the operation has one. As the last request step it
 * also serialises what is sent, once. The send step hands that text to the global fetch directly;
 * an injected fetch is given a Request, built here, as openapi-fetch expects of a changed request.
 */
function sealEnvelope(context: CallContext): Middleware {
  const { operation, settings } = context;
  return {
    onRequest({ request }) {
      const signed = context.request;
      if (signed === undefined) throw new Error('request steps ran out of order');
      const body =
        operation.envelope === undefined
          ? JSON.stringify(signed)
          : JSON.stringify(
              buildEnvelopeBody(signed, settings.encryptionKey, {
                field: operation.envelope.field,
              }),
            );
      context.body = body;
      if (!settings.injectedFetch) return undefined;
      return new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body,
        redirect: 'manual',
        signal: context.signal,
      });
    },
  };
}

function checkStatus({ operation }: CallContext): Middleware {
  return {
    onResponse({ response }) {
      // LianLian answers every outcome with 200; anything else comes from a proxy or gateway.
      if (!response.ok) throw new HttpStatusError(operation.operationId, response.status);
      return undefined;
    },
  };
}

function parseBody(context: CallContext): Middleware {
  return {
    async onResponse({ response }) {
      const id = context.operation.operationId;
      const contentType = mediaType(response.headers.get('content-type'));
      const fail = (detail: string, field?: string) =>
        new UnparseableBodyError(id, response.status, contentType, detail, field);
      const bytes = await readBodyUpTo(response, context.settings.maxResponseBytes);
      if (bytes === undefined) {
        throw new ResponseTooLargeError(id, response.status, context.settings.maxResponseBytes);
      }
      let text: string;
      try {
        text = UTF8.decode(bytes).trim();
      } catch {
        throw fail('is not UTF-8 text');
      }
      // LianLian labels JSON as text/html, text/plain or text/json as often as application/json,
      // so the content decides, not the label.
      if (text === '') throw fail('is empty');
      if (!text.startsWith('{')) {
        throw fail(text.startsWith('<') ? 'is an HTML page, not JSON' : 'is not JSON');
      }
      // The runtime's one JSON reader: it refuses a member name given twice (JSON.parse would
      // keep the last, so {"ret_code":"1001",...,"ret_code":"0000"} would read as success) and
      // keeps each value's text as received (`10.00`), which is what LianLian signed.
      const read = readJsonObject(text);
      if (!read.ok) {
        if (read.problem === 'duplicate-key') throw fail(`is refused: ${read.detail}`, read.key);
        throw fail(read.problem === 'too-deep' ? 'nests too deeply' : 'is not valid JSON');
      }
      context.receivedText = read.fields;
      // The later steps read this object; openapi-fetch is told (parseAs 'stream') not to read
      // the body again, so no new Response is needed.
      context.received = read.value;
      return undefined;
    },
  };
}

function verifySignature(context: CallContext): Middleware {
  return {
    onResponse() {
      const { operation, settings } = context;
      const received = receivedOf(context);
      const result = settings.verifierFor(operation)(context.receivedText ?? received);
      if (result.ok) {
        context.signature = { signType: result.signType, keyIndex: result.keyIndex };
        return undefined;
      }
      // LianLian often answers errors unsigned. A failure cannot move money, so it is reported
      // (marked unverified) unless the branch requires a signature or the client is told to.
      // A success (ret_code 0000) is never accepted without a valid signature.
      const branch = selectBranch(operation.branches, received);
      const unsignedAllowed =
        result.reason === 'missing-sign' &&
        received.ret_code !== SUCCESS_CODE &&
        branch?.signature === 'optional' &&
        !settings.requireSignedFailures;
      if (unsignedAllowed) {
        context.signature = null;
        return undefined;
      }
      throw new ResponseSignatureError(
        operation.operationId,
        result.reason,
        result.detail,
        received,
      );
    },
  };
}

function validateResponse(context: CallContext): Middleware {
  return {
    onResponse() {
      const { operation } = context;
      const received = receivedOf(context);
      const branch = selectBranch(operation.branches, received);
      if (branch === undefined) {
        throw new ResponseValidationError(
          operation.operationId,
          undefined,
          [noBranchIssue(operation, received)],
          received,
        );
      }
      const result = branch.validate(received);
      if (!result.ok) {
        throw new ResponseValidationError(
          operation.operationId,
          branch.name,
          result.issues,
          received,
        );
      }
      context.branch = branch;
      return undefined;
    },
  };
}

// A genuine, signed answer about another order (or merchant, or amount) replayed to this call must
// not be taken as this call's outcome, and neither may one that does not say which order it is
// about. Which fields must echo the request is the operation's x-lianlian-correlation.
function matchRequest(context: CallContext): Middleware {
  return {
    onResponse() {
      const received = receivedOf(context);
      const mismatches = correlationMismatches(
        context.operation.correlation,
        received,
        context.request ?? {},
      );
      const differing = mismatches.filter((m) => !m.missing);
      const failure = context.branch?.name === 'failure';
      // A differing value is an answer about another request; a missing one in a success could
      // be anyone's success. A failure without the fields is still reported, as outcome unknown.
      const refused = failure ? differing : mismatches;
      if (refused.length > 0) {
        throw new ResponseValidationError(
          context.operation.operationId,
          context.branch?.name,
          refused.map(correlationIssue),
          received,
        );
      }
      context.correlated = mismatches.length === 0;
      return undefined;
    },
  };
}

function correlationIssue({ field, missing }: CorrelationMismatch): ClientIssue {
  return missing
    ? {
        path: field,
        keyword: 'correlation',
        limit: 'request',
        message: `${field}: missing, so this answer is not tied to this request`,
      }
    : {
        path: field,
        keyword: 'echo',
        limit: 'request',
        message: `${field}: differs from the request's; this answer is not about this request`,
      };
}

function messageOf(context: CallContext): Message {
  if (context.message === undefined) throw new Error('request steps ran out of order');
  return context.message;
}

function receivedOf(context: CallContext): Message {
  if (context.received === undefined) throw new Error('response steps ran out of order');
  return context.received;
}

function signSourceIssue(error: SignSourceError): ClientIssue {
  const path = error.field ?? '';
  return { path, keyword: 'signSource', limit: error.code, message: error.message };
}

function signTypeIssue(operation: ClientOperation): ClientIssue {
  const accepted = operation.requestSignTypes.join(', ');
  return {
    path: 'sign_type',
    keyword: 'enum',
    limit: operation.requestSignTypes,
    message: `sign_type: ${operation.operationId} accepts only ${accepted}; use a client configured with one of them`,
  };
}

function noBranchIssue(operation: ClientOperation, received: Message): ClientIssue {
  const names = operation.branches.map((branch) => branch.name);
  const retCode = received.ret_code;
  if (typeof retCode !== 'string') {
    return {
      path: 'ret_code',
      keyword: 'required',
      limit: 'ret_code',
      message: 'ret_code: missing or not a string',
    };
  }
  return {
    path: '',
    keyword: 'oneOf',
    limit: names,
    message: `response: ret_code and result_pay match none of the branches ${names.join(', ')}`,
  };
}

function mediaType(header: string | null): string {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  // The label is echoed in messages; keep it to the characters a media type can have.
  return /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) ? type : '';
}
