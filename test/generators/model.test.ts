// The API model (generators/model/): what it reads from the real bundle and from a small fixture
// that has one operation of each kind, servers at every level, $ref'd responses and examples, and
// return-code categories in an order of its own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  returnCodeCategoriesMarkdown,
  returnCodesMarkdown,
} from '../../generators/docs/return-codes.js';
import { GenerateError } from '../../generators/framework/errors.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import {
  apiModel,
  buildModel,
  componentName,
  loadModel,
  type ApiOperation,
} from '../../generators/model/index.js';
import { docPlan } from '../../generators/types/doc-plan.js';

const fixture = (): BundledSpec =>
  JSON.parse(
    readFileSync(new URL('../fixtures/model/spec.json', import.meta.url), 'utf8'),
  ) as BundledSpec;

const byId = (ops: readonly ApiOperation[], id: string): ApiOperation => {
  const found = ops.find((op) => op.id === id);
  if (!found) throw new Error(`${id} is not in the model`);
  return found;
};

describe('API model of the real bundle', () => {
  const model = loadModel();
  const raw = model.spec as Record<string, any>;

  it('lists every operation and webhook of the document, in document order', () => {
    const ids = (items: Record<string, any>) =>
      Object.values(items).flatMap((item) =>
        Object.values(item as Record<string, any>)
          .filter((op) => typeof op?.operationId === 'string')
          .map((op) => op.operationId as string),
      );
    expect(model.operations.map((op) => op.id)).toEqual(ids(raw.paths));
    expect(model.webhooks.map((op) => op.id)).toEqual(ids(raw.webhooks));
    expect(model.all).toEqual([...model.operations, ...model.webhooks]);
    expect(model.schemaNames).toEqual(Object.keys(raw.components.schemas));
  });

  it('classifies each operation by its request media and envelope', () => {
    const kinds = Object.fromEntries(model.all.map((op) => [op.id, op.kind]));
    expect(kinds).toEqual({
      aggregatePay: 'json',
      aggregateWeb: 'browser-form',
      aggregateWebReturn: 'webhook',
      mpayVerify: 'json',
      mpayApply: 'enveloped-json',
      easypayVerify: 'json',
      easypayApply: 'json',
      instantPayConfirm: 'enveloped-json',
      instantPayApply: 'enveloped-json',
      instantPayQuery: 'json',
      balanceQuery: 'json',
      webPayment: 'browser-form',
      onlineBankingPayment: 'browser-form',
      cardBindApply: 'json',
      cardBindVerify: 'json',
      cardUnbind: 'json',
      mpayCardBindApply: 'enveloped-json',
      mpayCardBindVerify: 'json',
      cardBindQuery: 'json',
      webPaymentReturn: 'webhook',
      webPaymentNotify: 'webhook',
      instantPayNotify: 'webhook',
      refundApply: 'json',
      refundQuery: 'json',
      cardBinQuery: 'json',
      preauthCapture: 'json',
      preauthCancel: 'json',
      preauthQuery: 'json',
      refundNotify: 'webhook',
      exchangeApply: 'json',
      exchangeVerify: 'json',
      exchangeQuery: 'json',
      aggregateQuery: 'json',
      unifiedCreateBill: 'json',
      exchangeNotify: 'webhook',
      aggregateNotify: 'webhook',
      onlineBankingNotify: 'webhook',
      mpayQuery: 'json',
      easypayQuery: 'json',
      mpayNotify: 'webhook',
      easypayNotify: 'webhook',
      easypayH5Payment: 'browser-form',
      easypayH5Return: 'webhook',
    });
  });

  it('reads a form carrying its signed message as JSON text, and a message carried in a query', () => {
    expect(byId(model.operations, 'easypayH5Payment').jsonCarrier).toBe('req_data');
    expect(byId(model.operations, 'webPayment').jsonCarrier).toBeUndefined();
    const query = byId(model.webhooks, 'easypayH5Return');
    expect(query.method).toBe('get');
    expect(query.queryParameter).toBe('res_data');
    expect(query.request.map((m) => [m.mediaType, m.schema])).toEqual([
      ['application/json', 'EasypayH5ReturnNotification'],
    ]);
    expect(query.examples.map((e) => e.name)).toEqual(['doc-easypay-h5-return']);
    expect(byId(model.webhooks, 'webPaymentReturn').queryParameter).toBeUndefined();
  });

  it('sends requests of two APIs sharing a URL to the path without the fragment naming each', () => {
    const paths = Object.fromEntries(
      model.operations.map((op) => [op.id, [op.key, op.requestPath, op.pathFragment]]),
    );
    expect(paths.mpayVerify).toEqual(['/v1/bankcardprepay', '/v1/bankcardprepay', undefined]);
    expect(paths.mpayApply).toEqual(['/v1/bankcardprepay#apply', '/v1/bankcardprepay', 'apply']);
    expect(paths.mpayQuery).toEqual(['/orderquery.htm#mpay', '/orderquery.htm', 'mpay']);
    expect(paths.easypayQuery).toEqual(['/orderquery.htm#easypay', '/orderquery.htm', 'easypay']);
    expect(byId(model.operations, 'mpayQuery').product).toBe('mpay');
    expect(byId(model.webhooks, 'easypayNotify').product).toBe('easypay');
    for (const webhook of model.webhooks) expect(webhook.requestPath).toBe(webhook.key);
  });

  it('resolves servers, signing, branches and the envelope as the spec declares them', () => {
    for (const op of model.operations) {
      expect(op.serverUrl, op.id).toBe(raw.paths[op.key].post.servers[0].url);
      const declared = raw.paths[op.key].post['x-lianlian-signature'];
      expect(op.signature.request?.schema, op.id).toBe(componentName(declared.request.schema));
      expect(op.signature.request?.signTypes).toEqual(declared.request.signTypes);
    }
    const confirm = byId(model.operations, 'instantPayConfirm');
    expect(confirm.envelope).toMatchObject({
      version: 'lianpay1_0_1',
      field: 'pay_load',
      plaintext: 'InstantPayConfirmRequest',
    });
    const branches = byId(model.operations, 'mpayVerify').signature.response?.branches ?? [];
    expect(branches.map((b) => [b.name, b.schema, b.signed])).toEqual([
      ['failure', 'MpayVerifyFailure', 'optional'],
      ['success', 'MpayVerifySuccess', 'required'],
      ['paid', 'MpayVerifyPaid', 'required'],
    ]);
    for (const webhook of model.webhooks) {
      expect(webhook.serverUrl, webhook.id).toBe(raw.servers?.[0]?.url);
      expect(webhook.signature.notification?.schema, webhook.id).toBeDefined();
    }
  });

  it('resolves every example to its value and the schema it illustrates', () => {
    const examples = model.all.flatMap((op) => op.examples);
    expect(examples.length).toBeGreaterThanOrEqual(15);
    for (const example of examples) {
      expect(example.ref, example.pointer).toBeDefined();
      expect(example.value, example.pointer).toEqual(
        raw.components.examples[example.ref as string].value,
      );
      expect(example.pointer).toBe(`#/components/examples/${example.ref}`);
    }
    const plaintext = examples.filter((e) => e.role === 'plaintext');
    expect(plaintext.map((e) => [e.ref, e.schema])).toEqual([
      ['doc-mpay-apply-request', 'MpayApplyRequest'],
      ['seed-003-plaintext-request', 'InstantPayConfirmRequest'],
      ['doc-instant-pay-apply-plaintext-request', 'InstantPayApplyRequest'],
      ['doc-mpay-card-bind-apply-plaintext', 'MpayCardBindApplyRequest'],
    ]);
  });

  it('reads the return codes and their categories from the one schema that declares them', () => {
    const { schema, categories, codes } = model.returnCodes;
    const declared = raw.components.schemas[schema as string];
    expect(categories.map((c) => c.name)).toEqual(
      declared['x-lianlian-return-code-categories'].map((c: { name: string }) => c.name),
    );
    expect(Object.fromEntries(codes)).toEqual(declared['x-lianlian-return-codes']);
    const names = new Set(categories.map((c) => c.name));
    for (const [code, info] of codes) expect(names.has(info.category), code).toBe(true);
  });

  it('is read once per bundle object', () => {
    expect(apiModel(model.spec)).toBe(model);
    expect(loadModel()).toBe(model);
    expect(buildModel(model.spec)).not.toBe(model);
  });
});

describe('API model of a small fixture', () => {
  const model = buildModel(fixture());

  it('classifies one operation of each kind', () => {
    expect(model.all.map((op) => [op.id, op.kind, op.location, op.method])).toEqual([
      ['createOrder', 'json', 'path', 'post'],
      ['sealedOrder', 'enveloped-json', 'path', 'post'],
      ['payPage', 'other', 'path', 'get'],
      ['payForm', 'browser-form', 'path', 'post'],
      ['orderPaid', 'webhook', 'webhook', 'post'],
    ]);
  });

  it('takes servers from the operation, else its path item, else the document', () => {
    expect(byId(model.all, 'sealedOrder').serverUrl).toBe('https://op.example');
    expect(byId(model.all, 'createOrder').serverUrl).toBe('https://item.example');
    expect(byId(model.all, 'payForm').serverUrl).toBe('https://root.example');
  });

  it('follows $ref responses and examples, and keeps inline and singular examples', () => {
    const create = byId(model.all, 'createOrder');
    expect(create.responses[0]?.media[0]).toMatchObject({
      mediaType: 'application/json',
      schema: 'OrderResponse',
      schemaPointer: '#/components/responses/OrderAnswer/content/application~1json/schema',
    });
    expect(create.examples.map((e) => [e.role, e.name, e.ref, e.value, e.schema])).toEqual([
      ['request', 'first', 'order-request', { no_order: 'A1' }, 'OrderRequest'],
      ['response', 'paid', 'order-paid', { code: '0000' }, 'OrderResponse'],
    ]);
    const sealed = byId(model.all, 'sealedOrder');
    expect(sealed.examples.map((e) => [e.role, e.name, e.schema])).toEqual([
      ['request', 'example', 'Sealed'],
      ['response', 'paid', 'OrderResponse'],
      ['plaintext', 'order-request', 'OrderRequest'],
    ]);
    const paid = byId(model.all, 'orderPaid');
    expect(paid.examples[0]).toMatchObject({
      role: 'request',
      name: 'inline',
      value: { no_order: 'A1' },
    });
    expect(paid.id).toBe('orderPaid'); // a webhook without operationId is named by its key
  });

  it('gives each branch its declared signature, defaulting to the message and then to required', () => {
    const create = byId(model.all, 'createOrder').signature.response;
    expect(create?.branches.map((b) => [b.name, b.schema, b.signed])).toEqual([
      ['failure', 'OrderFailure', 'optional'],
      ['paid', 'OrderPaid', 'required'],
    ]);
    expect(byId(model.all, 'sealedOrder').signature.request?.signTypes).toBeUndefined();
  });

  it("orders the docs' category table, return-code sections and JSDoc tags as the spec does", () => {
    const spec = fixture();
    expect(returnCodeCategoriesMarkdown(spec).split('\n').slice(2)).toEqual([
      '| `failed` | Give up. |',
      '| `success` | Carry on. |',
    ]);
    const sections = returnCodesMarkdown(spec)
      .split('\n')
      .filter((line) => line.startsWith('### '));
    expect(sections).toEqual(['### failed (1)', '### success (1)']);
    const tags = docPlan(spec)
      .get('Code')
      ?.tags.filter((t) => t.name === 'returnCodes');
    expect(tags?.map((t) => t.text)).toEqual(['failed: 1001', 'success: 0000']);
  });

  it('names the place of a $ref that leads nowhere', () => {
    const spec = fixture() as Record<string, any>;
    spec.paths['/order'].post.responses['200'] = { $ref: '#/components/responses/Missing' };
    const error = (() => {
      try {
        buildModel(spec as BundledSpec);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(GenerateError);
    expect((error as GenerateError).code).toBe('SPEC_INVALID');
    expect((error as GenerateError).place).toBe('#/paths/~1order/post/responses/200');
  });
});
