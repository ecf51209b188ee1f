/**
 * The sandbox's generic pipeline for JSON operations: decode, open the envelope, validate, check
 * the merchant's signature, then hand the request to the operation's registered behaviour
 * (behaviours/). Answers as LianLian does, HTTP 200 with a JSON body; an operation without a
 * behaviour gets HTTP 501 and an error naming it.
 */
import { decryptPayload } from '../crypto/envelope.js';
import { EnvelopeError } from '../shared/errors.js';
import { readJsonObject } from '../shared/json-text.js';
import {
  sandboxReturnMessage,
  sandboxSign,
  type SandboxRequestNote,
  type SandboxContext,
} from './context.js';
import { sandboxOrderLabel, type SandboxJsonOperation } from './catalogue.js';
import { parseSignType, type SignType } from '../crypto/sign-type.js';
import { issueField, type ValidationIssue } from '../shared/validation.js';
import type { SandboxJsonAnswer } from './behaviour.js';
import { sandboxBehaviour } from './behaviours/index.js';
import { sandboxGenericBehaviour } from './behaviours/generic.js';

export function handleSandboxJsonOperation(
  ctx: SandboxContext,
  operation: SandboxJsonOperation,
  raw: Buffer,
): SandboxJsonAnswer {
  const note: SandboxRequestNote = { operation: operation.operationId, outcome: '' };
  // A registered behaviour first; else the generic default, when the spec declares one.
  const behaviour = sandboxBehaviour(operation.operationId) ?? sandboxGenericBehaviour(operation);
  if (behaviour === undefined) {
    // An operation of the spec nobody taught the sandbox: say so, rather than invent a code.
    note.outcome = '501 (no sandbox behaviour)';
    const error = `the sandbox has no behaviour for operation ${operation.operationId}`;
    return { status: 501, body: { error, operation: operation.operationId }, note };
  }
  const fail = (
    code: string,
    field?: string,
    signed?: { oidPartner: string; signType: SignType },
  ): SandboxJsonAnswer => {
    note.outcome = field === undefined ? code : `${code} (${field})`;
    const body: Record<string, string> = {
      ret_code: code,
      ret_msg: sandboxReturnMessage(ctx, code, field),
    };
    if (signed === undefined) return { body, note };
    return {
      body: sandboxSign(ctx, { ...body, oid_partner: signed.oidPartner }, signed.signType),
      note,
    };
  };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return fail('1012');
  }
  // The runtime's one JSON reader: a member given twice is refused (1012), as the client and the
  // notification parser refuse it, instead of JSON.parse's last-one-wins.
  const outer = readJsonObject(text);
  if (!outer.ok) return fail('1012', outer.key);
  const body = outer.value;
  note.order = sandboxOrderLabel(ctx.catalogue, body);
  // The envelope around a sealed request; a plain body is the request, checked below.
  if (operation.envelope !== undefined) {
    const bodyCheck = operation.validateBody(body);
    if (!bodyCheck.ok) return fail('1004', issueField(bodyCheck.issues));
  }

  let plaintext = text;
  if (operation.envelope !== undefined) {
    try {
      plaintext = decryptPayload(String(body[operation.envelope.field]), ctx.lianlianPrivateKey);
    } catch (error) {
      if (error instanceof EnvelopeError) return fail('4007', error.field);
      throw error;
    }
  }
  const inner = plaintext === text ? outer : readJsonObject(plaintext);
  if (!inner.ok) return fail(operation.envelope === undefined ? '1012' : '4007', inner.key);
  const { value: request, fields } = inner;
  note.order = sandboxOrderLabel(ctx.catalogue, fields);
  if (operation.envelope !== undefined && fields.oid_partner !== body.oid_partner)
    return fail('1004', 'oid_partner');
  const check = operation.validateRequest(request);
  const warnings: string[] = [];
  if (!check.ok) {
    // A field the docs require that LianLian accepts requests without (x-lianlian-unenforced):
    // accepted with a warning, as LianLian would, unless the sandbox is strict.
    const lenient = new Set(operation.unenforcedRequired);
    // A missing top-level field: keyword required, the field as limit and as path.
    const unenforced = (issue: ValidationIssue) =>
      issue.keyword === 'required' &&
      lenient.has(String(issue.limit)) &&
      (issue.path === '' || issue.path === issue.limit);
    const real = check.issues.filter((issue) => !unenforced(issue));
    if (real.length > 0) return fail('1004', issueField(real));
    if (ctx.strict) return fail('1004', issueField(check.issues));
    for (const issue of check.issues) {
      warnings.push(
        `${String(issue.limit)} is required by LianLian's docs; LianLian accepts requests without it, a strict sandbox refuses them`,
      );
    }
    note.warnings = warnings;
  }

  const verifier = ctx.verifierFor(fields.oid_partner, operation.signTypes, operation.signMessage);
  if (verifier === undefined) return fail('3001', 'oid_partner');
  const signType = parseSignType(fields.sign_type) ?? 'RSA';
  const attributed = { oidPartner: fields.oid_partner as string, signType };
  if (!verifier(fields).ok) return fail('1001', undefined, attributed);

  const answer = behaviour.handle(ctx, { operation, fields, signType, note });
  return warnings.length === 0 ? answer : { ...answer, warnings };
}
