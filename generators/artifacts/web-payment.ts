import { notificationCorrelation } from '../framework/correlation.js';
import { GenerateError } from '../framework/errors.js';
import {
  apiModel,
  deref,
  pointerTo,
  resolvePointer,
  type ApiOperation,
  type Json,
} from '../model/index.js';
import { fieldConstraints, messages } from '../framework/messages.js';
import { render } from '../framework/templates.js';
import { unenforcedRequired } from '../framework/unenforced.js';
import type { BundledSpec, ExportingGenerator } from '../framework/types.js';

/**
 * The browser and notification side of the package, bound to the spec:
 * - src/web-payment.ts: the WEB Payment form builder (action URL, fixed version, field order,
 *   validator) and the risk_item builder;
 * - src/notifications.ts: a verifier and a request handler per signed webhook;
 * - src/sandbox-catalogue.ts and src/sandbox.ts: what the local LianLian sandbox serves (paths,
 *   validators, envelopes, return messages) and its executable entry (`node dist/sandbox.js`).
 * The logic lives in the runtime (templates/runtime/forms/, notifications/, sandbox/).
 */
const lit = (value: unknown) => JSON.stringify(value);

export const webPayment: ExportingGenerator = {
  name: 'web payment',
  exports: ['web-payment', 'notifications', 'sandbox-catalogue'],
  async generate(spec) {
    const model = apiModel(spec);
    const web = theFormOperation(model.operations);
    const webSchemaName = schemaName(web, 'request');
    const webSchema = deref(
      spec,
      resolvePointer(spec, pointerTo('components', 'schemas', webSchemaName)),
    );
    const version: unknown = deref(spec, webSchema.properties?.version ?? {}).enum?.[0];
    if (typeof version !== 'string') {
      throw new GenerateError(
        'GENERATOR_FAILED',
        `${webSchemaName}.version`,
        'needs an enum with the fixed version',
      );
    }
    const notifications = model.webhooks
      .filter((e) => e.signature.notification?.schemaPointer)
      .map((e) => {
        const schema = schemaName(e, 'notification');
        return {
          name: e.id,
          nameJson: lit(e.id),
          schema,
          schemaJson: lit(schema),
          signTypesJson: lit(e.signature.notification?.signTypes ?? ['RSA']),
          correlationJson: lit(notificationCorrelation(spec, e, schema)),
          mediaTypesJson: lit(e.request.map((m) => m.mediaType)),
          summary: oneLine(e.summary ?? e.id),
        };
      });
    const jsonOperations = jsonOperationModels(model.operations).map((e) =>
      jsonOperationContext(spec, e),
    );
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
      webSignTypesJson: lit(web.signature.request?.signTypes ?? ['RSA']),
      versionJson: lit(version),
      requestSchema: webSchemaName,
      integerFieldsJson: lit(
        Object.entries(webSchema.properties ?? {})
          .filter(([, node]) => deref(spec, node as Json).type === 'integer')
          .map(([name]) => name),
      ),
      notifications,
      jsonOperations,
      fieldRules: fieldRuleRows(spec),
      returnMessages: model.returnCodes.codes.map(([code, info]) => ({
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

// The templates bind one form builder; a second browser form needs them generalised first.
function theFormOperation(operations: readonly ApiOperation[]): ApiOperation {
  const forms = operations.filter((op) => op.kind === 'browser-form');
  if (forms.length !== 1) {
    throw new GenerateError(
      'GENERATOR_FAILED',
      'spec paths',
      `expected one browser-form operation, found ${forms.length}`,
    );
  }
  return forms[0] as ApiOperation;
}

/**
 * How the spec constrains each message field, by name (the first message declaring it wins), so
 * the sandbox checks the order its own endpoints are given with the spec's rules.
 */
function fieldRuleRows(spec: BundledSpec) {
  const rows = new Map<
    string,
    { fieldJson: string; ruleJson: string; patternJson?: string; maxLength?: number }
  >();
  for (const message of messages(spec)) {
    for (const [field, c] of fieldConstraints(spec, message.schema)) {
      if (rows.has(field)) continue;
      const rule =
        c.rule ??
        (c.maxLength === undefined
          ? 'must be text'
          : `must be text of at most ${c.maxLength} characters`);
      rows.set(field, {
        fieldJson: lit(field),
        ruleJson: lit(rule),
        ...(c.pattern === undefined ? {} : { patternJson: lit(c.pattern) }),
        ...(c.maxLength === undefined ? {} : { maxLength: c.maxLength }),
      });
    }
  }
  return [...rows.values()];
}

const jsonOperationModels = (operations: readonly ApiOperation[]) =>
  operations.filter((op) => op.kind === 'json' || op.kind === 'enveloped-json');

function requireServer(op: ApiOperation): string {
  if (!op.serverUrl) {
    throw new GenerateError('GENERATOR_FAILED', op.id, 'needs servers[0].url for its action URL');
  }
  return op.serverUrl.replace(/\/+$/, '');
}

function schemaName(op: ApiOperation, role: 'request' | 'notification'): string {
  const name = op.signature[role]?.schema;
  if (name === undefined) {
    throw new GenerateError(
      'GENERATOR_FAILED',
      op.id,
      `x-lianlian-signature.${role}.schema must name a component schema`,
    );
  }
  return name;
}

function jsonOperationContext(spec: BundledSpec, op: ApiOperation) {
  const request = schemaName(op, 'request');
  const envelope = op.envelope;
  const body = op.request.find((m) => m.mediaType === 'application/json')?.schema ?? request;
  if (envelope && body === request) {
    throw new GenerateError(
      'GENERATOR_FAILED',
      op.id,
      'an envelope operation needs its own body schema',
    );
  }
  return {
    operationIdJson: lit(op.id),
    operationId: op.id,
    pathJson: lit(op.requestPath),
    productJson: lit(op.product ?? null),
    branchCodesJson: lit(branchCodes(op)),
    unsignedJson: lit(
      (op.signature.response?.declared.unsignedFields as string[] | undefined) ?? [],
    ),
    requestSchemaJson: lit(request),
    unenforcedJson: lit(unenforcedRequired(spec, request)),
    requestValidator: `validate${request}`,
    bodyValidator: `validate${body}`,
    signTypesJson: lit(op.signature.request?.signTypes ?? ['RSA']),
    envelope: envelope
      ? { versionJson: lit(envelope.declared.version), fieldJson: lit(envelope.declared.field) }
      : undefined,
  };
}

/**
 * The ret_code each success branch of an operation's answer is told apart by (its `const`), so a
 * behaviour answers MPAY Apply's SMS step with the spec's 8888 rather than a code of its own.
 */
function branchCodes(op: ApiOperation): Record<string, string> {
  const out: Record<string, string> = {};
  for (const branch of op.signature.response?.branches ?? []) {
    const code: unknown = (branch.node.properties as Json | undefined)?.ret_code?.const;
    if (branch.name !== undefined && typeof code === 'string') out[branch.name] = code;
  }
  return out;
}

function oneLine(text: string): string {
  return String(text).replace(/\s+/g, ' ').replace(/\*\//g, '*\\/');
}
