import { signSource, signSourceOrdered } from '../crypto/canonical.js';
import { RequestValidationError, HttpStatusError, ResponseSignatureError, ResponseTooLargeError, ResponseValidationError, UnparseableBodyError, } from './errors.js';
import { selectBranch } from './operation.js';
import { correlationMismatches } from '../shared/correlation.js';
import { buildEnvelopeBody } from '../crypto/envelope.js';
import { readJsonObject } from '../shared/json-text.js';
import { readBodyUpTo } from '../shared/response-body.js';
import { SignSourceError } from '../shared/errors.js';
import { signString } from '../crypto/sign.js';
/** The ret_code of success. */
const SUCCESS_CODE = '0000';
// Stateless between whole-buffer decode calls, so one instance serves every call.
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/**
 * The middleware of one call, in openapi-fetch registration order. openapi-fetch runs onRequest
 * in that order and onResponse in reverse, so the response steps are listed last-to-first.
 */
export function callPipeline(context) {
    const request = [fillDefaults, validateRequest, signRequest, sealEnvelope];
    const response = [checkStatus, parseBody, verifySignature, validateResponse, matchRequest];
    return [...response.reverse(), ...request].map((step) => step(context));
}
function fillDefaults(context) {
    return {
        onRequest() {
            if (context.params === undefined)
                throw new Error('the request body was not serialised');
            // A copy of what JSON carries (no undefined, toJSON applied); the caller's object is untouched.
            const message = JSON.parse(context.params);
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
function validateRequest(context) {
    const { operation, settings } = context;
    return {
        onRequest() {
            const message = messageOf(context);
            if (!operation.requestSignTypes.includes(message.sign_type)) {
                throw new RequestValidationError(operation.operationId, [signTypeIssue(operation)]);
            }
            // The next step signs; a stand-in of the signature's shape lets a valid message take the
            // validator's allocation-free path instead of collecting a "sign is required" issue.
            message.sign = settings.signPlaceholder;
            const result = operation.validateRequest(message);
            delete message.sign;
            if (!result.ok)
                throw new RequestValidationError(operation.operationId, result.issues);
            return undefined;
        },
    };
}
function signRequest(context) {
    const { operation, settings } = context;
    return {
        onRequest() {
            const message = messageOf(context);
            let source;
            try {
                source =
                    operation.signingFields === undefined
                        ? signSource(message)
                        : signSourceOrdered(message, operation.signingFields, operation.signingUriFields === undefined
                            ? {}
                            : { uriFields: operation.signingUriFields });
            }
            catch (error) {
                if (!(error instanceof SignSourceError))
                    throw error;
                throw new RequestValidationError(operation.operationId, [signSourceIssue(error)]);
            }
            message.sign = signString(source, {
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
function sealEnvelope(context) {
    const { operation, settings } = context;
    return {
        onRequest({ request }) {
            const signed = context.request;
            if (signed === undefined)
                throw new Error('request steps ran out of order');
            const body = operation.envelope === undefined
                ? JSON.stringify(signed)
                : JSON.stringify(buildEnvelopeBody(signed, settings.encryptionKey, {
                    field: operation.envelope.field,
                }));
            context.body = body;
            if (!settings.injectedFetch)
                return undefined;
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
function checkStatus({ operation }) {
    return {
        onResponse({ response }) {
            // LianLian answers every outcome with 200; anything else comes from a proxy or gateway.
            if (!response.ok)
                throw new HttpStatusError(operation.operationId, response.status);
            return undefined;
        },
    };
}
function parseBody(context) {
    return {
        async onResponse({ response }) {
            const id = context.operation.operationId;
            const contentType = mediaType(response.headers.get('content-type'));
            const fail = (detail, field) => new UnparseableBodyError(id, response.status, contentType, detail, field);
            const bytes = await readBodyUpTo(response, context.settings.maxResponseBytes);
            if (bytes === undefined) {
                throw new ResponseTooLargeError(id, response.status, context.settings.maxResponseBytes);
            }
            let text;
            try {
                text = UTF8.decode(bytes).trim();
            }
            catch {
                throw fail('is not UTF-8 text');
            }
            // LianLian labels JSON as text/html, text/plain or text/json as often as application/json,
            // so the content decides, not the label.
            if (text === '')
                throw fail('is empty');
            if (!text.startsWith('{')) {
                throw fail(text.startsWith('<') ? 'is an HTML page, not JSON' : 'is not JSON');
            }
            // The runtime's one JSON reader: it refuses a member name given twice (JSON.parse would
            // keep the last, so {"ret_code":"1001",...,"ret_code":"0000"} would read as success) and
            // keeps each value's text as received (`10.00`), which is what LianLian signed.
            const read = readJsonObject(text);
            if (!read.ok) {
                if (read.problem === 'duplicate-key')
                    throw fail(`is refused: ${read.detail}`, read.key);
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
function verifySignature(context) {
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
            const unsignedAllowed = result.reason === 'missing-sign' &&
                received.ret_code !== SUCCESS_CODE &&
                branch?.signature === 'optional' &&
                !settings.requireSignedFailures;
            if (unsignedAllowed) {
                context.signature = null;
                return undefined;
            }
            throw new ResponseSignatureError(operation.operationId, result.reason, result.detail, received);
        },
    };
}
function validateResponse(context) {
    return {
        onResponse() {
            const { operation } = context;
            const received = receivedOf(context);
            const branch = selectBranch(operation.branches, received);
            if (branch === undefined) {
                throw new ResponseValidationError(operation.operationId, undefined, [noBranchIssue(operation, received)], received);
            }
            const result = branch.validate(received);
            if (!result.ok) {
                throw new ResponseValidationError(operation.operationId, branch.name, result.issues, received);
            }
            context.branch = branch;
            return undefined;
        },
    };
}
// A genuine, signed answer about another order (or merchant, or amount) replayed to this call must
// not be taken as this call's outcome, and neither may one that does not say which order it is
// about. Which fields must echo the request is the operation's x-lianlian-correlation.
function matchRequest(context) {
    return {
        onResponse() {
            const received = receivedOf(context);
            const mismatches = correlationMismatches(context.operation.correlation, received, context.request ?? {});
            const differing = mismatches.filter((m) => !m.missing);
            const failure = context.branch?.name === 'failure';
            // A differing value is an answer about another request; a missing one in a success could
            // be anyone's success. A failure without the fields is still reported, as outcome unknown.
            const refused = failure ? differing : mismatches;
            if (refused.length > 0) {
                throw new ResponseValidationError(context.operation.operationId, context.branch?.name, refused.map(correlationIssue), received);
            }
            context.correlated = mismatches.length === 0;
            return undefined;
        },
    };
}
function correlationIssue({ field, missing }) {
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
function messageOf(context) {
    if (context.message === undefined)
        throw new Error('request steps ran out of order');
    return context.message;
}
function receivedOf(context) {
    if (context.received === undefined)
        throw new Error('response steps ran out of order');
    return context.received;
}
function signSourceIssue(error) {
    const path = error.field ?? '';
    return { path, keyword: 'signSource', limit: error.code, message: error.message };
}
function signTypeIssue(operation) {
    const accepted = operation.requestSignTypes.join(', ');
    return {
        path: 'sign_type',
        keyword: 'enum',
        limit: operation.requestSignTypes,
        message: `sign_type: ${operation.operationId} accepts only ${accepted}; use a client configured with one of them`,
    };
}
function noBranchIssue(operation, received) {
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
function mediaType(header) {
    const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    // The label is echoed in messages; keep it to the characters a media type can have.
    return /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) ? type : '';
}
