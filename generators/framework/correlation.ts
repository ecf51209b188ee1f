import { GenerateError } from './errors.js';
import { deref, resolvePointer, type ApiOperation, type Json } from '../model/index.js';
import type { BundledSpec } from './types.js';

/**
 * Reads `x-lianlian-correlation`: which fields tie an answer (operations: `echo`) or a
 * notification (webhooks: `orderKey`, `idempotencyKey`, `match`) to its request. Each field is
 * checked against the schemas it must appear in, so a typo stops generation instead of leaving an
 * answer unchecked. The runtime receives the result as tables (client operations, notification
 * definitions).
 */

const MATCHES = new Set(['exact', 'amount', 'last4']);

export interface CorrelationFieldSpec {
  field: string;
  match: 'exact' | 'amount' | 'last4';
  /** From `echoWhenSent`: compared only when the request carried the field. */
  whenSent?: true;
}

export interface NotificationCorrelationSpec {
  orderKey: string;
  idempotencyKey: string;
  match: CorrelationFieldSpec[];
}

/**
 * An operation's `echo` fields (required in the request) and `echoWhenSent` fields (optional in
 * the request, compared when it carried them, e.g. a query by no_order or by oid_paybill), each
 * declared by every success branch.
 */
export function echoCorrelation(
  spec: BundledSpec,
  entry: ApiOperation,
  requestSchema: string,
  successSchemas: readonly string[],
): CorrelationFieldSpec[] {
  const ext = extension(entry);
  // An answer that carries nothing of its request (the docs list only ret_code, ret_msg and the
  // signature) says so, with the reason, instead of naming a field LianLian does not send.
  if (typeof ext.uncorrelated === 'string' && ext.uncorrelated.trim() !== '') {
    if (ext.echo !== undefined) fail(entry, 'declares both echo and uncorrelated');
    return [];
  }
  const always = fieldTable(entry, ext.echo, 'echo');
  const whenSent =
    ext.echoWhenSent === undefined
      ? []
      : fieldTable(entry, ext.echoWhenSent, 'echoWhenSent').map((f) => ({
          ...f,
          whenSent: true as const,
        }));
  const fields = [...always, ...whenSent];
  const request = shape(spec, requestSchema);
  for (const { field, whenSent: optional } of fields) {
    if (optional ? !request.properties.has(field) : !request.required.has(field)) {
      const kind = optional ? 'echoWhenSent' : 'echo';
      fail(
        entry,
        `${kind}.${field} is not a ${optional ? '' : 'required '}field of ${requestSchema}`,
      );
    }
    for (const name of successSchemas) {
      if (!shape(spec, name).properties.has(field)) {
        fail(entry, `echo.${field} is not a property of the success branch ${name}`);
      }
    }
  }
  return fields;
}

/** A webhook's correlation: every named field required in the notification schema. */
export function notificationCorrelation(
  spec: BundledSpec,
  entry: ApiOperation,
  schema: string,
): NotificationCorrelationSpec {
  const ext = extension(entry);
  const match = fieldTable(entry, ext.match, 'match');
  const { required } = shape(spec, schema);
  for (const key of ['orderKey', 'idempotencyKey'] as const) {
    if (typeof ext[key] !== 'string' || !required.has(ext[key])) {
      fail(entry, `${key} must name a required field of ${schema}`);
    }
  }
  if (!match.some(({ field }) => field === ext.orderKey)) {
    fail(entry, `match must include the orderKey ${ext.orderKey}`);
  }
  for (const { field } of match) {
    if (!required.has(field)) fail(entry, `match.${field} is not a required field of ${schema}`);
  }
  return { orderKey: ext.orderKey, idempotencyKey: ext.idempotencyKey, match };
}

function extension(entry: ApiOperation): Json {
  const ext = (entry.node as Json)['x-lianlian-correlation'];
  if (typeof ext !== 'object' || ext === null || Array.isArray(ext)) {
    fail(entry, 'is missing: declare the fields that tie its messages to their request');
  }
  return ext as Json;
}

function isEmptyMap(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 0
  );
}

function fieldTable(entry: ApiOperation, table: unknown, name: string): CorrelationFieldSpec[] {
  if (typeof table !== 'object' || table === null || Array.isArray(table)) {
    fail(entry, `${name} must map field names to exact or amount`);
  }
  const fields = Object.entries(table as Record<string, unknown>).map(([field, match]) => {
    if (typeof match !== 'string' || !MATCHES.has(match)) {
      fail(entry, `${name}.${field} must be exact or amount, got ${JSON.stringify(match)}`);
    }
    return { field, match: match as CorrelationFieldSpec['match'] };
  });
  if (fields.length === 0) fail(entry, `${name} names no field`);
  return fields;
}

// Properties and required fields of a component schema, its allOf parts included.
function shape(
  spec: BundledSpec,
  name: string,
): { properties: Set<string>; required: Set<string> } {
  const schema = deref(spec, resolvePointer(spec, `#/components/schemas/${name}`));
  const parts = [schema, ...((schema.allOf ?? []) as Json[]).map((part) => deref(spec, part))];
  return {
    properties: new Set(parts.flatMap((part) => Object.keys(part.properties ?? {}))),
    required: new Set(parts.flatMap((part) => (part.required ?? []) as string[])),
  };
}

function fail(entry: ApiOperation, message: string): never {
  throw new GenerateError(
    'GENERATOR_FAILED',
    `${entry.location === 'path' ? 'operation' : 'webhook'} ${entry.id} x-lianlian-correlation`,
    message,
  );
}
