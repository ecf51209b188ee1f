import type { BundledSpec } from '../../generators/framework/types.js';

/**
 * A small OpenAPI 3.1 document that uses every keyword the validator generator supports, so the
 * generator, the emitted code and the differential test are exercised beyond what the LianLian
 * spec happens to use today.
 */
export function fixtureSpec(): BundledSpec {
  const json = (schema: string) => ({
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
  });
  return {
    openapi: '3.1.0',
    info: { title: 'Validator fixture', version: '1.0.0' },
    paths: {
      '/orders': {
        post: {
          operationId: 'placeOrder',
          requestBody: { required: true, ...json('OrderRequest') },
          responses: { '200': { description: 'answer', ...json('OrderResponse') } },
        },
      },
      '/shapes': {
        post: {
          operationId: 'drawShape',
          requestBody: { required: true, ...json('Shape') },
          responses: { '200': { description: 'answer', ...json('Tree') } },
        },
      },
    },
    webhooks: {
      orderNotify: {
        post: {
          operationId: 'orderNotify',
          requestBody: json('OrderNotification'),
          responses: { '200': { description: 'ok' } },
        },
      },
    },
    components: {
      schemas: {
        Amount: {
          description: 'Money as text.',
          type: 'string',
          maxLength: 12,
          pattern: '^(?:0\\.(?:0[1-9]|[1-9][0-9])|[1-9][0-9]{0,7}\\.[0-9]{2}|100000000\\.00)$',
          'x-lianlian-rule': 'must have exactly two decimals',
        },
        Code: { type: 'string', pattern: '^[0-9]{4}$' },
        CardNo: {
          type: 'string',
          minLength: 12,
          maxLength: 19,
          pattern: '^[0-9]+$',
          'x-lianlian-sensitive': 'card',
        },
        OrderRequest: {
          type: 'object',
          additionalProperties: false,
          required: ['amount', 'currency', 'card_no', 'sign', 'details', 'name'],
          dependentRequired: { card_no: ['holder'], coupon: ['discount'] },
          properties: {
            amount: { $ref: '#/components/schemas/Amount', description: 'Order amount.' },
            currency: { const: 'CNY' },
            card_no: { $ref: '#/components/schemas/CardNo' },
            holder: { type: 'string', minLength: 2, maxLength: 8, 'x-lianlian-sensitive': 'name' },
            phone: { type: 'string', pattern: '^1[0-9]{10}$', 'x-lianlian-sensitive': 'phone' },
            sign: { type: 'string', maxLength: 256, pattern: '^[A-Za-z0-9+/]+={0,2}$' },
            name: { type: 'string', minLength: 1, maxLength: 5, pattern: '^\\p{L}+$' },
            quantity: { type: 'integer', minimum: 1, maximum: 99, default: 1 },
            ratio: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
            step: { type: 'number', multipleOf: 0.5, maximum: 10 },
            coupon: { type: ['string', 'null'], maxLength: 8 },
            discount: { type: 'integer', minimum: 0 },
            channel: { enum: ['10', '13', '16', 7, null] },
            colour: {
              type: 'string',
              enum: ['red', 'green', 'blue', 'cyan', 'magenta', 'yellow', 'black'],
            },
            callback: { type: 'string', format: 'uri', maxLength: 64 },
            tags: {
              type: 'array',
              items: { type: 'string', maxLength: 3 },
              minItems: 1,
              maxItems: 3,
              uniqueItems: true,
            },
            pair: {
              type: 'array',
              prefixItems: [{ type: 'integer' }, { type: 'boolean' }],
              items: false,
            },
            flags: {
              type: 'array',
              contains: { const: 'urgent' },
              maxContains: 1,
              maxItems: 4,
              items: { type: 'string', maxLength: 8 },
            },
            meta: {
              type: 'object',
              additionalProperties: { type: 'integer' },
              propertyNames: { pattern: '^[a-z]{1,6}$' },
              patternProperties: { '^x_': { type: 'string', maxLength: 4 } },
              maxProperties: 3,
              minProperties: 1,
            },
            details: {
              type: 'string',
              contentMediaType: 'application/json',
              contentSchema: { $ref: '#/components/schemas/Details' },
            },
            fixed: { const: { a: [1, 2] } },
            anything: true,
            nothing: false,
            payer: {
              type: 'object',
              dependentSchemas: { id_no: { required: ['id_type'] } },
              properties: {
                id_type: { type: 'string', enum: ['0', '2'] },
                id_no: {
                  type: 'string',
                  maxLength: 18,
                  pattern: '^[0-9]{17}[0-9X]$',
                  'x-lianlian-sensitive': 'id',
                },
              },
            },
          },
        },
        Details: {
          type: 'object',
          required: ['bind_phone', 'category'],
          properties: {
            bind_phone: {
              type: 'string',
              maxLength: 20,
              pattern: '^[0-9]+$',
              'x-lianlian-sensitive': 'phone',
            },
            category: { $ref: '#/components/schemas/Code' },
            note: { type: 'string', maxLength: 10 },
          },
        },
        OrderResponse: {
          description: 'failure | success | paid',
          oneOf: [
            { $ref: '#/components/schemas/OrderFailure' },
            { $ref: '#/components/schemas/OrderSuccess' },
            { $ref: '#/components/schemas/OrderPaid' },
          ],
        },
        OrderFailure: {
          type: 'object',
          'x-lianlian-branch': 'failure',
          required: ['ret_code', 'ret_msg'],
          properties: {
            ret_code: { $ref: '#/components/schemas/Code', not: { const: '0000' } },
            ret_msg: { type: 'string', maxLength: 20 },
          },
        },
        OrderSuccess: {
          type: 'object',
          'x-lianlian-branch': 'success',
          required: ['ret_code', 'order_id'],
          not: { required: ['result'] },
          properties: { ret_code: { const: '0000' }, order_id: { type: 'string', maxLength: 8 } },
        },
        OrderPaid: {
          type: 'object',
          'x-lianlian-branch': 'paid',
          required: ['ret_code', 'order_id', 'result'],
          properties: {
            ret_code: { const: '0000' },
            order_id: { type: 'string', maxLength: 8 },
            result: { const: 'SUCCESS' },
            settle_date: { type: 'string', pattern: '^[0-9]{8}$' },
          },
          if: { required: ['settle_date'] },
          then: { required: ['paid_at'], properties: { paid_at: { type: 'integer' } } },
          else: { properties: { paid_at: false } },
        },
        OrderNotification: {
          type: 'object',
          required: ['order_id', 'state'],
          allOf: [
            { properties: { order_id: { type: 'string', maxLength: 8 } } },
            {
              anyOf: [
                { properties: { state: { const: 'PAID' } }, required: ['paid_amount'] },
                { properties: { state: { enum: ['OPEN', 'CLOSED'] } } },
              ],
            },
          ],
          properties: {
            state: { type: 'string' },
            paid_amount: { $ref: '#/components/schemas/Amount' },
            history: { type: 'array', maxItems: 3, items: { $ref: '#/components/schemas/Code' } },
          },
        },
        Shape: {
          type: 'object',
          required: ['kind'],
          properties: {
            kind: { enum: ['circle', 'square'] },
            radius: { type: 'number', minimum: 0 },
            side: { type: 'integer', minimum: 1 },
          },
          if: { properties: { kind: { const: 'circle' } } },
          then: { required: ['radius'] },
          else: { required: ['side'] },
        },
        Tree: {
          type: 'object',
          required: ['label'],
          properties: {
            label: { type: 'string', maxLength: 4 },
            children: { type: 'array', maxItems: 2, items: { $ref: '#/components/schemas/Tree' } },
          },
        },
      },
    },
  } as unknown as BundledSpec;
}
