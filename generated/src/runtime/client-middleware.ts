/**
 * The steps of one API call as openapi-fetch middleware. Each step does one thing:
 *
 *   request:  fill defaults -> validate -> sign -> seal envelope (when the operation has one)
 *   response: check HTTP status -> parse JSON -> verify signature -> validate against its branch
 *             -> match the request (the answer is about this merchant, order and amount)
 *
 * Request steps read the JSON body openapi-fetch serialised and return a new Request with the
 * changed body. Response steps record what they learn in the call's {@link CallContext}; the
 * caller turns that into a result or a business error. Any step may throw: nothing is sent when a
 * request step throws.
 */
import type { KeyObject } from 'node:crypto';
import type { Middleware } from 'openapi-fetch';
import { signSource, signSourceOrdered } from './canonical.js';
import {
  RequestValidationError,
  HttpStatusError,
  ResponseSignatureError,
  ResponseValidationError,
  UnparseableBodyError,
  type ClientIssue,
} from './client-errors.js';
import { selectBranch, type ClientBranch, type ClientOperation } from './client-operation.js';
import { buildEnvelopeBody } from './envelope.js';
import { SignSourceError } from './errors.js';
import { signString } from './sign.js';
import type { SignType } from './sign-type.js';
import type { Verifier } from './verify.js';

/** The client-wide settings the steps use, with keys loaded once. */
export interface ClientSettings {
  readonly oidPartner: string;
  readonly signType: SignType;
  readonly privateKey: KeyObject;
  /** The LianLian public key envelopes are encrypted for (the first one configured). */
  readonly encryptionKey: KeyObject;
  readonly verifierFor: (operation: ClientOperation) => Verifier;
  /** Reject failure responses that carry no signature instead of reporting them as unverified. */
  readonly requireSignedFailures: boolean;
}

/** State of one call, filled in by the steps as it runs. */
export interface CallContext {
  readonly operation: ClientOperation;
  readonly settings: ClientSettings;
  /** Set once the request has been handed to fetch. */
  sent: boolean;
  /** The signed request message (the plaintext, for enveloped operations). */
  request?: Record<string, unknown>;
  received?: Record<string, unknown>;
  /** The verified signature, or `null` for a failure accepted without one. */
  signature?: { signType: SignType; keyIndex: number } | null;
  branch?: ClientBranch;
}

type Message = Record<string, unknown>;

/** The ret_code of success. */
const SUCCESS_CODE = '0000';

/**
 * The middleware of one call, in openapi-fetch registration order. openapi-fetch runs onRequest
 * in that order and onResponse in reverse, so the response steps are listed last-to-first.
 */
export function callPipeline(context: CallContext): Middleware[] {
  const request = [fillDefaults, validateRequest, signRequest, sealEnvelope];
  const response = [checkStatus, parseBody, verifySignature, validateResponse, matchRequest];
  return [...response.reverse(), ...request].map((step) => step(context));
}

function fillDefaults({ settings }: CallContext): Middleware {
  return {
    async onRequest({ request }) {
      const message = await readMessage(request);
      // The client owns these fields: the merchant number and algorithm come from its
      // configuration, and any sign passed in would be stale.
      delete message.sign;
      message.oid_partner = settings.oidPartner;
      message.sign_type = settings.signType;
      return withBody(request, message);
    },
  };
}

function validateRequest({ operation }: CallContext): Middleware {
  return {
    async onRequest({ request }) {
      const message = await readMessage(request);
      if (!operation.requestSignTypes.includes(message.sign_type as SignType)) {
        throw new RequestValidationError(operation.operationId, [signTypeIssue(operation)]);
      }
      const result = operation.validateRequest(message);
      if (result.ok) return undefined;
      // The signature is added by the next step; its absence is expected here.
      const issues = result.issues.filter((issue) => !isMissingSign(issue));
      if (issues.length > 0) throw new RequestValidationError(operation.operationId, issues);
      return undefined;
    },
  };
}

function signRequest(context: CallContext): Middleware {
  const { operation, settings } = context;
  return {
    async onRequest({ request }) {
      const message = await readMessage(request);
      let source: string;
      try {
        source =
          operation.signingFields === undefined
            ? signSource(message)
            : signSourceOrdered(message, operation.signingFields);
      } catch (error) {
        if (!(error instanceof SignSourceError)) throw error;
        throw new RequestValidationError(operation.operationId, [signSourceIssue(error)]);
      }
      message.sign = signString(source, settings.privateKey, settings.signType);
      context.request = message;
      return withBody(request, message);
    },
  };
}

function sealEnvelope({ operation, settings }: CallContext): Middleware {
  return {
    async onRequest({ request }) {
      if (operation.envelope === undefined) return undefined;
      const signed = await readMessage(request);
      return withBody(request, buildEnvelopeBody(signed, settings.encryptionKey));
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
      const fail = (detail: string) =>
        new UnparseableBodyError(id, response.status, contentType, detail);
      const bytes = new Uint8Array(await response.arrayBuffer());
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).trim();
      } catch {
        throw fail('is not UTF-8 text');
      }
      // LianLian labels JSON as text/html, text/plain or text/json as often as application/json,
      // so the content decides, not the label.
      if (text === '') throw fail('is empty');
      if (!text.startsWith('{')) {
        throw fail(text.startsWith('<') ? 'is an HTML page, not JSON' : 'is not JSON');
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw fail('is not valid JSON');
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw fail('is not a JSON object');
      }
      context.received = parsed as Message;
      return new Response(text, {
        status: response.status,
        statusText: response.statusText,
        headers: { 'content-type': 'application/json' },
      });
    },
  };
}

function verifySignature(context: CallContext): Middleware {
  return {
    onResponse() {
      const { operation, settings } = context;
      const received = receivedOf(context);
      const result = settings.verifierFor(operation)(received);
      if (result.valid) {
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

// Fields LianLian echoes from the request. A genuine, signed answer about another order (or
// another merchant, or amount) replayed to this call must not be taken as this order's outcome.
const ECHOED_FIELDS = ['oid_partner', 'no_order', 'money_order'] as const;

function matchRequest(context: CallContext): Middleware {
  return {
    onResponse() {
      const received = receivedOf(context);
      const sent = context.request ?? {};
      const issues: ClientIssue[] = ECHOED_FIELDS.filter(
        (field) =>
          Object.hasOwn(received, field) &&
          Object.hasOwn(sent, field) &&
          received[field] !== sent[field],
      ).map((field) => ({
        path: field,
        keyword: 'echo',
        limit: 'request',
        message: `${field}: differs from the request's; this answer is not about this request`,
      }));
      if (issues.length > 0) {
        throw new ResponseValidationError(
          context.operation.operationId,
          context.branch?.name,
          issues,
          received,
        );
      }
      return undefined;
    },
  };
}

async function readMessage(request: Request): Promise<Message> {
  return JSON.parse(await request.clone().text()) as Message;
}

function withBody(request: Request, body: object): Request {
  return new Request(request, { body: JSON.stringify(body) });
}

function receivedOf(context: CallContext): Message {
  if (context.received === undefined) throw new Error('response steps ran out of order');
  return context.received;
}

function isMissingSign(issue: ClientIssue): boolean {
  return issue.keyword === 'required' && (issue.limit === 'sign' || issue.path === 'sign');
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
