import { notificationCorrelation } from '../framework/correlation.js';
import { GenerateError } from '../framework/errors.js';
import {
  deref,
  operations,
  resolvePointer,
  type Json,
  type OperationEntry,
} from '../framework/spec-walk.js';
import { render } from '../framework/templates.js';
import type { BundledSpec, ExportingGenerator } from '../framework/types.js';

/**
 * The browser and notification side of the package, bound to the spec:
 * - src/web-payment.ts: the WEB Payment form builder (action URL, fixed version, field order,
 *   validator) and the risk_item builder;
 * - src/notifications.ts: a verifier and a request handler per signed webhook;
 * - src/sandbox-catalogue.ts and src/sandbox.ts: what the local LianLian sandbox serves (paths,
 *   validators, envelopes, return messages) and its executable entry (`node dist/sandbox.js`).
 * The logic lives in the runtime (templates/runtime/web-payment*.ts, notification*.ts, sandbox*.ts).
 */
const SCHEMA_PREFIX = '#/components/schemas/';
const lit = (value: unknown) => JSON.stringify(value);

export const webPayment: ExportingGenerator = {
  name: 'web payment',
  exports: ['web-payment', 'notifications', 'sandbox-catalogue'],
  async generate(spec) {
    const entries = operations(spec);
    const web = findOperation(entries, 'webPayment');
    const webSchemaName = schemaName(web, 'request');
    const webSchema = deref(spec, resolvePointer(spec, SCHEMA_PREFIX + webSchemaName));
    const version: unknown = deref(spec, webSchema.properties?.version ?? {}).enum?.[0];
    if (typeof version !== 'string') {
      throw new GenerateError(
        'GENERATOR_FAILED',
        `${webSchemaName}.version`,
        'needs an enum with the fixed version',
      );
    }
    const notifications = entries
      .filter(
        (e) => e.kind === 'webhook' && e.operation['x-lianlian-signature']?.notification?.schema,
      )
      .map((e) => {
        const declared = e.operation['x-lianlian-signature'].notification as Json;
        const schema = schemaName(e, 'notification');
        const media = Object.keys(e.operation.requestBody?.content ?? {});
        return {
          name: e.operationId,
          nameJson: lit(e.operationId),
          schema,
          schemaJson: lit(schema),
          signTypesJson: lit(declared.signTypes ?? ['RSA']),
          correlationJson: lit(notificationCorrelation(spec, e, schema)),
          mediaTypesJson: lit(media),
          summary: oneLine(e.operation.summary ?? e.operationId),
        };
      });
    const jsonOperations = entries
      .filter(
        (e) => e.kind === 'operation' && e.operation.requestBody?.content?.['application/json'],
      )
      .map((e) => jsonOperationContext(spec, e));
    const returnCodes =
      deref(spec, resolvePointer(spec, `${SCHEMA_PREFIX}RetCode`))['x-lianlian-return-codes'] ?? {};
    const validatorImports = [
      ...new Set([
        ...jsonOperations.flatMap((o) => [o.requestValidator, o.bodyValidator]),
        `validate${webSchemaName}`,
        ...notifications.map((n) => `validate${n.schema}`),
      ]),
    ].sort();
    const context = {
      validatorImports,
      actionUrlJson: lit(`${requireServer(web)}${web.key}`),
      pathJson: lit(web.key),
      webSignTypesJson: lit(web.operation['x-lianlian-signature']?.request?.signTypes ?? ['RSA']),
      versionJson: lit(version),
      requestSchema: webSchemaName,
      integerFieldsJson: lit(
        Object.entries(webSchema.properties ?? {})
          .filter(([, node]) => deref(spec, node as Json).type === 'integer')
          .map(([name]) => name),
      ),
      notifications,
      jsonOperations,
      returnMessages: Object.entries(returnCodes as Record<string, Json>).map(([code, info]) => ({
        codeJson: lit(code),
        messageJson: lit(info.message),
      })),
    };
    return [
      {
        path: 'src/web-payment.ts',
        contents: await render('web-payment/web-payment.ts.hbs', context),
      },
      {
        path: 'src/notifications.ts',
        contents: await render('web-payment/notifications.ts.hbs', context),
      },
      {
        path: 'src/sandbox-catalogue.ts',
        contents: await render('web-payment/sandbox-catalogue.ts.hbs', context),
      },
      { path: 'src/sandbox.ts', contents: await render('web-payment/sandbox.ts.hbs', context) },
    ];
  },
};

function findOperation(entries: OperationEntry[], operationId: string): OperationEntry {
  const found = entries.find((e) => e.operationId === operationId);
  if (!found)
    throw new GenerateError('GENERATOR_FAILED', 'spec', `operation ${operationId} is missing`);
  return found;
}

function requireServer(entry: OperationEntry): string {
  if (!entry.serverUrl) {
    throw new GenerateError(
      'GENERATOR_FAILED',
      entry.operationId,
      'needs servers[0].url for its action URL',
    );
  }
  return entry.serverUrl.replace(/\/+$/, '');
}

function schemaName(entry: OperationEntry, role: string): string {
  const pointer: unknown = entry.operation['x-lianlian-signature']?.[role]?.schema;
  if (typeof pointer !== 'string' || !pointer.startsWith(SCHEMA_PREFIX)) {
    throw new GenerateError(
      'GENERATOR_FAILED',
      entry.operationId,
      `x-lianlian-signature.${role}.schema must name a component schema`,
    );
  }
  return pointer.slice(SCHEMA_PREFIX.length);
}

function jsonOperationContext(spec: BundledSpec, entry: OperationEntry) {
  const signature = entry.operation['x-lianlian-signature'] as Json;
  const request = schemaName(entry, 'request');
  const envelope = entry.operation['x-lianlian-envelope'] as Json | undefined;
  const bodyRef: unknown = entry.operation.requestBody.content['application/json'].schema?.$ref;
  const body =
    typeof bodyRef === 'string' && bodyRef.startsWith(SCHEMA_PREFIX)
      ? bodyRef.slice(SCHEMA_PREFIX.length)
      : request;
  if (envelope && body === request) {
    throw new GenerateError(
      'GENERATOR_FAILED',
      entry.operationId,
      'an envelope operation needs its own body schema',
    );
  }
  return {
    operationIdJson: lit(entry.operationId),
    operationId: entry.operationId,
    pathJson: lit(entry.key),
    requestSchemaJson: lit(request),
    requestValidator: `validate${request}`,
    bodyValidator: `validate${body}`,
    signTypesJson: lit(signature.request?.signTypes ?? ['RSA']),
    envelope: envelope
      ? { versionJson: lit(envelope.version), fieldJson: lit(envelope.field) }
      : undefined,
  };
}

function oneLine(text: string): string {
  return String(text).replace(/\s+/g, ' ').replace(/\*\//g, '*\\/');
}
