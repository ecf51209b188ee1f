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
 * - src/forms.ts: a form builder per browser-form operation (action URL, field order, validator,
 *   the fields it fills in and the checks from x-lianlian-form) and a builder per JSON-text
 *   content schema (risk_item's RiskItem);
 * - src/notifications.ts: a verifier and a request handler per signed webhook;
 * - src/sandbox-catalogue.ts and src/sandbox.ts: what the local LianLian sandbox serves (paths,
 *   validators, envelopes, return messages) and its executable entry (`node dist/sandbox.js`).
 * The logic lives in the runtime (templates/runtime/forms/, notifications/, sandbox/).
 */
const lit = (value: unknown) => JSON.stringify(value);

export const formsAndNotifications: ExportingGenerator = {
  name: 'forms and notifications',
  exports: ['forms', 'notifications', 'sandbox-catalogue'],
  async generate(spec) {
    const model = apiModel(spec);
    const forms = model.operations
      .filter((op) => op.kind === 'browser-form')
      .map((op) => formContext(spec, op));
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
          queryParameterJson: e.queryParameter === undefined ? undefined : lit(e.queryParameter),
          summary: oneLine(e.summary ?? e.id),
        };
      });
    const jsonOperations = jsonOperationModels(model.operations).map((e) =>
      jsonOperationContext(spec, e, model.webhooks),
    );
    const validatorImports = [
      ...new Set([
        ...jsonOperations.flatMap((o) => [o.requestValidator, o.bodyValidator]),
        ...forms.map((f) => `validate${f.requestSchema}`),
        ...notifications.map((n) => `validate${n.schema}`),
      ]),
    ].sort();
    const jsonSchemas = [
      ...new Map(
        forms
          .flatMap((f) => f.jsonText)
          .map((j) => [j.schema, { schema: j.schema, fieldJson: lit(j.name) }]),
      ).values(),
    ];
    const formValidatorImports = [
      ...new Set([
        ...forms.map((f) => `validate${f.requestSchema}`),
        ...jsonSchemas.map((j) => `validate${j.schema}`),
      ]),
    ].sort();
    // Each webhook's orderKey: the field that names an order, shown in the sandbox's log lines.
    const orderKeys = Object.fromEntries(
      model.webhooks.flatMap((w) => {
        const key: unknown = w.node['x-lianlian-correlation']?.orderKey;
        return typeof key === 'string' ? [[w.id, key]] : [];
      }),
    );
    const context = {
      validatorImports,
      forms,
      notifications,
      orderKeysJson: lit(orderKeys),
      jsonOperations,
      fieldRules: fieldRuleRows(spec),
      returnMessages: model.returnCodes.codes.map(([code, info]) => ({
        codeJson: lit(code),
        messageJson: lit(info.message),
      })),
    };
    return [
      {
        path: 'src/forms.ts',
        contents: await render('forms-and-notifications/forms.ts.hbs', {
          forms,
          anyCharset: forms.some((form) => form.charsetJson !== undefined),
          jsonSchemas,
          validatorImports: formValidatorImports,
        }),
      },
      {
        path: 'src/notifications.ts',
        contents: await render('forms-and-notifications/notifications.ts.hbs', context),
      },
      {
        path: 'src/sandbox-catalogue.ts',
        contents: await render('forms-and-notifications/sandbox-catalogue.ts.hbs', context),
      },
      {
        path: 'src/sandbox.ts',
        contents: await render('forms-and-notifications/sandbox.ts.hbs', context),
      },
    ];
  },
};

/** What `x-lianlian-form.fill` may say a field is filled in from. */
const FILL_SOURCES = ['merchant', 'clock', 'sign-type', 'schema-value'] as const;

/**
 * One browser-form operation, for the form builder loop and the sandbox catalogue: its names, its
 * action URL, what `x-lianlian-form` says the builder fills in and checks, and its JSON-text fields.
 */
function formContext(spec: BundledSpec, op: ApiOperation) {
  const requestSchema = schemaName(op, 'request');
  const schema = deref(
    spec,
    resolvePointer(spec, pointerTo('components', 'schemas', requestSchema)),
  );
  const properties = Object.entries<Json>(schema.properties ?? {}).map(
    ([name, node]) => [name, deref(spec, node)] as const,
  );
  const property = (name: string): Json => {
    const found = properties.find(([field]) => field === name);
    if (found === undefined) {
      throw new GenerateError(
        'GENERATOR_FAILED',
        `${op.id} x-lianlian-form`,
        `${name} is not a field of ${requestSchema}`,
      );
    }
    return found[1];
  };
  const declared = (op.node['x-lianlian-form'] ?? {}) as Json;
  const fills = Object.entries<string>(declared.fill ?? {}).map(([field, from]) => {
    property(field);
    if (!(FILL_SOURCES as readonly string[]).includes(from)) {
      throw new GenerateError(
        'GENERATOR_FAILED',
        `${op.id} x-lianlian-form.fill.${field}`,
        `must be one of ${FILL_SOURCES.join(', ')}`,
      );
    }
    if (from === 'merchant' || from === 'clock') return { field, from };
    const value =
      from === 'sign-type'
        ? (op.signature.request?.signTypes ?? ['RSA'])[0]
        : onlyValue(property(field));
    if (typeof value !== 'string') {
      throw new GenerateError(
        'GENERATOR_FAILED',
        `${op.id} x-lianlian-form.fill.${field}`,
        'needs a schema with one const or enum string',
      );
    }
    return { field, from: 'value', value };
  });
  const checks = ((declared.checks ?? []) as Json[]).map((check, index) => {
    const where = `${op.id} x-lianlian-form.checks[${index}]`;
    property(String(check.field));
    if (check.requires !== undefined) property(String(check.requires));
    if (
      typeof check.message !== 'string' ||
      (check.pattern === undefined) === (check.requires === undefined)
    ) {
      throw new GenerateError(
        'GENERATOR_FAILED',
        where,
        'needs a message and either pattern or requires',
      );
    }
    if (check.pattern !== undefined) {
      // A pattern that does not compile fails here, naming the place, not in the package.
      try {
        new RegExp(String(check.pattern), 'u');
      } catch (error) {
        throw new GenerateError('GENERATOR_FAILED', where, (error as Error).message);
      }
    }
    return {
      fieldJson: lit(check.field),
      patternJson: check.pattern === undefined ? undefined : lit(check.pattern),
      requiresJson: check.requires === undefined ? undefined : lit(check.requires),
      messageJson: lit(check.message),
    };
  });
  const jsonText = properties
    .filter(
      ([, node]) =>
        node.contentMediaType === 'application/json' &&
        typeof node.contentSchema?.$ref === 'string',
    )
    .map(([name, node]) => ({
      name,
      schema: String(node.contentSchema.$ref).split('/').pop() as string,
      doc: oneLine(String(node.description ?? '')),
    }));
  const charset = formCharset(op, declared, property);
  const filled = fills.map((f) => f.field);
  const clock = fills.filter((f) => f.from === 'clock').map((f) => ({ name: f.field }));
  const optional = [
    ...fills.filter((f) => f.from === 'value').map((f) => f.field),
    ...properties
      .filter(([name, node]) => node.default !== undefined && !filled.includes(name))
      .map(([name]) => name),
  ].map((name) => ({ name, doc: oneLine(String(property(name).description ?? name)) }));
  const omitted = [
    'sign',
    ...filled,
    ...jsonText.map((j) => j.name),
    ...optional.map((o) => o.name),
  ];
  const jsonField = op.jsonCarrier;
  const pascal = op.id.charAt(0).toUpperCase() + op.id.slice(1);
  const kebab = op.id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return {
    id: op.id,
    idJson: lit(op.id),
    pascal,
    constant: kebab.replaceAll('-', '_').toUpperCase(),
    summary: oneLine(op.summary ?? op.id),
    actionUrlJson: lit(`${requireServer(op)}${op.key}`),
    pathJson: lit(op.key),
    signTypesJson: lit(op.signature.request?.signTypes ?? ['RSA']),
    requestSchema,
    integerFieldsJson: lit(
      properties.filter(([, node]) => node.type === 'integer').map(([name]) => name),
    ),
    fillsJson: lit(fills),
    charsetJson: charset === undefined ? undefined : lit(charset),
    charsetFieldJson: charset === undefined ? undefined : lit(charset.field),
    charsetDefaultJson: charset === undefined ? undefined : lit(charset.default),
    checks,
    jsonText,
    jsonTextFieldsJson: lit(jsonText.map((j) => j.name)),
    formIdJson: lit(`lianlian-${kebab}`),
    jsonFieldJson: jsonField === undefined ? undefined : lit(jsonField),
    jsonField,
    optional,
    clock,
    omittedUnion: [...new Set(omitted)].map((name) => lit(name).replaceAll('"', "'")).join(' | '),
    filledList: filled.map((f) => `\`${f}\``).join(', '),
  };
}

/** What `x-lianlian-form.charset` may name: the charsets the runtime can sign in (crypto/charset.ts). */
const FORM_CHARSETS = ['UTF-8', 'GBK', 'GB2312', 'GB18030'];

/**
 * `x-lianlian-form.charset`: the field naming the charset whose bytes are signed and submitted;
 * its schema must be an enum of charsets the runtime knows, with a default among them.
 */
function formCharset(
  op: ApiOperation,
  declared: Json,
  property: (name: string) => Json,
): { field: string; default: string } | undefined {
  if (declared.charset === undefined) return undefined;
  const field = String(declared.charset);
  const node = property(field);
  const values: unknown[] = Array.isArray(node.enum) ? node.enum : [];
  if (
    values.length === 0 ||
    !values.every((v) => FORM_CHARSETS.includes(String(v))) ||
    !values.includes(node.default)
  ) {
    throw new GenerateError(
      'GENERATOR_FAILED',
      `${op.id} x-lianlian-form.charset`,
      `${field} needs an enum of ${FORM_CHARSETS.join(', ')} and a default among them`,
    );
  }
  return { field, default: String(node.default) };
}

/** The one value a schema allows (`const`, or an `enum` of one). */
function onlyValue(node: Json): unknown {
  if (node.const !== undefined) return node.const;
  return Array.isArray(node.enum) && node.enum.length === 1 ? node.enum[0] : undefined;
}

/**
 * How the spec constrains each message field, by name (the first message declaring it wins), so
 * the sandbox checks the order its own endpoints are given with the spec's rules.
 */
function fieldRuleRows(spec: BundledSpec) {
  const rows = new Map<
    string,
    {
      fieldJson: string;
      ruleJson: string;
      patternJson?: string;
      maxLength?: number;
      sensitiveJson?: string;
    }
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
        ...(c.sensitive === undefined ? {} : { sensitiveJson: lit(c.sensitive) }),
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

function jsonOperationContext(
  spec: BundledSpec,
  op: ApiOperation,
  webhooks: readonly ApiOperation[],
) {
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
    codeMeaningsJson: lit(codeMeanings(op)),
    unsignedJson: lit(
      (op.signature.response?.declared.unsignedFields as string[] | undefined) ?? [],
    ),
    answerKeyOrderJson: lit(op.signature.response?.keyOrder ?? 'byte'),
    requestSchemaJson: lit(request),
    unenforcedJson: lit(unenforcedRequired(spec, request)),
    requestValidator: `validate${request}`,
    bodyValidator: `validate${body}`,
    signTypesJson: lit(op.signature.request?.signTypes ?? ['RSA']),
    envelope: envelope
      ? { versionJson: lit(envelope.declared.version), fieldJson: lit(envelope.declared.field) }
      : undefined,
    genericJson: genericAnswer(op, webhooks),
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

/**
 * The meaning of each ret_code a branch lists in an `enum` with `x-enum-descriptions` (a status
 * query's PR07-PR16, held payouts' 4002-4004): what the sandbox answers as ret_msg for a code
 * LianLian's return-code list does not have.
 */
function codeMeanings(op: ApiOperation): Record<string, string> {
  const out: Record<string, string> = {};
  for (const branch of op.signature.response?.branches ?? []) {
    const retCode = (branch.node.properties as Json | undefined)?.ret_code as Json | undefined;
    const codes: unknown = retCode?.enum;
    const meanings: unknown = retCode?.['x-enum-descriptions'];
    if (!Array.isArray(codes) || !Array.isArray(meanings)) continue;
    if (codes.length !== meanings.length) {
      throw new GenerateError(
        'GENERATOR_FAILED',
        `${op.id} ${branch.schema ?? branch.name ?? ''}`,
        'ret_code x-enum-descriptions must give one meaning per enum value',
      );
    }
    codes.forEach((code, i) => {
      if (typeof code === 'string' && typeof meanings[i] === 'string') out[code] = meanings[i];
    });
  }
  return out;
}

/**
 * `x-lianlian-sandbox: { behaviour: generic, emits: [{ webhook, urlField }] }` as the data the
 * sandbox's generic default behaviour runs on: the operation's first success response example,
 * its echo fields, and each emitted webhook's first example and matched fields.
 */
function genericAnswer(op: ApiOperation, webhooks: readonly ApiOperation[]): string | undefined {
  const declared = op.node['x-lianlian-sandbox'] as Json | undefined;
  if (declared === undefined) return undefined;
  const where = `${op.id} x-lianlian-sandbox`;
  if (declared.behaviour !== 'generic') {
    throw new GenerateError('GENERATOR_FAILED', where, 'behaviour must be generic');
  }
  const success = op.examples.find(
    (e) => e.role === 'response' && (e.value as Json | undefined)?.ret_code === '0000',
  );
  if (success === undefined) {
    throw new GenerateError(
      'GENERATOR_FAILED',
      where,
      'needs a response example with ret_code 0000',
    );
  }
  const emits = ((declared.emits ?? []) as Json[]).map((emitted, index) => {
    const webhook = webhooks.find((w) => w.id === emitted.webhook);
    const example = webhook?.examples.find((e) => e.role === 'request');
    if (webhook === undefined || example === undefined || typeof emitted.urlField !== 'string') {
      throw new GenerateError(
        'GENERATOR_FAILED',
        `${where}.emits[${index}]`,
        'needs a webhook of the spec with an example, and the request field with its address (urlField)',
      );
    }
    return {
      webhook: webhook.id,
      urlField: emitted.urlField,
      notification: textFields(example.value),
      match: Object.keys(webhook.node['x-lianlian-correlation']?.match ?? {}),
    };
  });
  return lit({
    answer: textFields(success.value),
    echo: Object.keys(op.node['x-lianlian-correlation']?.echo ?? {}),
    emits,
  });
}

/** An example's fields as the text a form or signed JSON carries. */
const textFields = (value: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, String(v)]));

function oneLine(text: string): string {
  return String(text).replace(/\s+/g, ' ').replace(/\*\//g, '*\\/');
}
