import { describe, expect, it } from 'vitest';
import { loadModel } from '../../generators/model/index.js';
import {
  validateEasypayVerifyResponse,
  validateInstantPayConfirmRequest,
  validateMpayVerifyRequest,
  validateMpayVerifyResponse,
  validateWebPaymentRequest,
  validatorsByOperation,
  validatorsBySchema,
} from '../../generated/src/validators.js';
import {
  assertValid,
  ValidationError,
  type ValidationResult,
} from '../../generated/src/runtime/shared/validation.js';

type Json = Record<string, any>;
const model = loadModel();
const spec = model.spec as Json;
const schemas: Json = spec.components.schemas;
const example = (name: string): Json => structuredClone(spec.components.examples[name].value);

/** The phrase a pattern failure uses: the schema's x-lianlian-rule, else the pattern itself. */
const patternRule = (schema: string) =>
  schemas[schema]['x-lianlian-rule'] ?? `must match ${schemas[schema].pattern}`;

const messages = (result: ValidationResult<unknown>) =>
  result.ok ? [] : result.issues.map((i) => i.message);

/** Every example in the spec, with the schema of the message it illustrates (from the model). */
function examples(): { where: string; schema: string; value: unknown }[] {
  return model.all.flatMap((op) =>
    op.examples
      .filter((e) => e.schema !== undefined)
      .map((e) => ({
        where: `${op.location} ${op.key} ${e.role} ${e.mediaType ?? ''} ${e.name}`,
        schema: e.schema as string,
        value: e.value,
      })),
  );
}

describe('every example in the spec validates against its message schema', () => {
  const all = examples();
  it('finds the examples', () => expect(all.length).toBeGreaterThanOrEqual(15));
  for (const { where, schema, value } of all) {
    it(`${where} is a valid ${schema}`, () => {
      const validate = validatorsBySchema[schema as keyof typeof validatorsBySchema] as (
        v: unknown,
      ) => ValidationResult<unknown>;
      expect(messages(validate(value))).toEqual([]);
    });
  }
});

describe('MPAY Verify request: the messages name field, rule and limit', () => {
  const request = example('seed-000-request');
  const money = (money_order: string) =>
    messages(validateMpayVerifyRequest({ ...request, money_order }));

  it('accepts the seed sample', () => {
    expect(validateMpayVerifyRequest(request)).toEqual({ ok: true, value: request });
  });
  it('rejects an amount with one decimal', () => {
    expect(money('55.4')).toEqual([`money_order: ${patternRule('MoneyOrder')}, got "55.4"`]);
    // The phrase is the spec's x-lianlian-rule, so a reader sees the rule, not the regex.
    expect(money('55.4')).toEqual([
      'money_order: must have exactly two decimals, from 0.01 to 100000000.00, got "55.4"',
    ]);
  });
  it('rejects 0.00 and 100000000.01, accepts the bounds 0.01 and 100000000.00', () => {
    expect(money('0.00')).toEqual([`money_order: ${patternRule('MoneyOrder')}, got "0.00"`]);
    // Eleven digits with a dot: masked like any long number (see the card number test below).
    expect(money('100000000.01')).toEqual([
      `money_order: ${patternRule('MoneyOrder')}, got "*******00.01"`,
    ]);
    expect(money('0.01')).toEqual([]);
    expect(money('100000000.00')).toEqual([]);
  });
  it('masks a card number put in money_order, though money_order is not a card field', () => {
    expect(money('6222020200112233445')).toEqual([
      'money_order: must be at most 12 characters long, got 19',
      `money_order: ${patternRule('MoneyOrder')}, got "***************3445"`,
    ]);
    // Also inside text and as a JSON number; short digit runs stay readable.
    expect(money('card 6222020200112233445 or 55.4')).toContain(
      `money_order: ${patternRule('MoneyOrder')}, got "card ***************3445 or 55.4"`,
    );
    const asNumber = messages(
      validateMpayVerifyRequest({ ...request, money_order: 6222020200112233 }),
    );
    expect(asNumber).toEqual(['money_order: must be a string, got ************2233']);
  });
  it('rejects a no_order longer than 32 characters, counting code points', () => {
    expect(messages(validateMpayVerifyRequest({ ...request, no_order: '2'.repeat(33) }))).toEqual([
      'no_order: must be at most 32 characters long, got 33',
    ]);
    // 32 astral characters are 64 UTF-16 units but 32 code points: within the limit.
    expect(messages(validateMpayVerifyRequest({ ...request, no_order: '😀'.repeat(32) }))).toEqual(
      [],
    );
  });
  it('rejects an unknown sign_type', () => {
    const result = validateMpayVerifyRequest({ ...request, sign_type: 'MD5' });
    expect(result).toEqual({
      ok: false,
      schema: 'MpayVerifyRequest',
      issues: [
        {
          path: 'sign_type',
          keyword: 'enum',
          limit: ['RSA', 'SHA256withRSA'],
          message: 'sign_type: must be one of "RSA", "SHA256withRSA", got "MD5"',
        },
      ],
    });
  });
  it('reports every missing required field and every unknown field', () => {
    const { token: _token, verify_code: _code, ...rest } = request;
    const result = validateMpayVerifyRequest({ ...rest, card_no: '6222021234567890' });
    expect(result.ok ? [] : result.issues.map((i) => [i.path, i.keyword, i.message])).toEqual([
      ['token', 'required', 'token: is required'],
      ['verify_code', 'required', 'verify_code: is required'],
      ['card_no', 'additionalProperties', 'card_no: is not allowed (unknown field)'],
    ]);
  });
  it('never echoes a signature in full', () => {
    const sign = `${request.sign}!`;
    const [message] = messages(validateMpayVerifyRequest({ ...request, sign }));
    expect(message).toMatch(
      /^sign: must be standard base64 without line breaks, got "3DdWXwYz"\.\.\. \(173 characters\)$/,
    );
    expect(message).not.toContain(request.sign);
    expect(messages(validateMpayVerifyRequest({ ...request, sign: 'short*' }))[0]).toMatch(
      /got \(6 characters, hidden\)$/,
    );
  });
  it('names the message itself when the body is not an object', () => {
    expect(messages(validateMpayVerifyRequest([request]))).toEqual([
      'MpayVerifyRequest: must be an object, got array',
    ]);
  });
});

describe('WEB Payment request: times, risk_item and sensitive fields', () => {
  const form = example('ours-web-payment-request');
  const risk = JSON.parse(form.risk_item);

  it('rejects month 13 in dt_order', () => {
    // Fourteen digits could as well be an ID or card number: only the last four are shown.
    expect(messages(validateWebPaymentRequest({ ...form, dt_order: '20171301225714' }))).toEqual([
      `dt_order: ${patternRule('DateTime14')}, got "**********5714"`,
    ]);
  });
  it('reports risk_item text that is not JSON, without echoing it', () => {
    const risk_item = '{"frms_ware_category":"4007",}';
    expect(messages(validateWebPaymentRequest({ ...form, risk_item }))).toEqual([
      'risk_item: must hold JSON text (contentMediaType application/json), got 30 characters that do not parse',
    ]);
  });
  it('validates the JSON inside risk_item, with paths below it and phone numbers masked', () => {
    const risk_item = JSON.stringify({
      ...risk,
      user_info_bind_phone: 13800001234,
      frms_ware_category: '40070',
    });
    const result = validateWebPaymentRequest({ ...form, risk_item });
    const [category, phone, ...more] = messages(result);
    expect(category).toMatch(/^risk_item\.frms_ware_category: must .*, got "40070"$/);
    expect(phone).toBe('risk_item.user_info_bind_phone: must be a string, got "*******1234"');
    expect(more).toEqual([]);
    const { goods_name: _g, ...withoutGoods } = risk;
    expect(
      messages(validateWebPaymentRequest({ ...form, risk_item: JSON.stringify(withoutGoods) })),
    ).toEqual(['risk_item.goods_name: is required']);
  });
  it('masks card and ID numbers and names', () => {
    const result = validateWebPaymentRequest({
      ...form,
      card_no: 6222021234567890,
      id_no: '11010519491231002Y',
      acct_name: ['张三'],
    });
    const text = messages(result).join('\n');
    expect(messages(result)).toEqual([
      'acct_name: must be a string, got array',
      'card_no: must be a string, got "622202******7890"',
      `id_no: ${schemas.WebPaymentRequest.properties.id_no['x-lianlian-rule'] ?? `must match ${schemas.WebPaymentRequest.properties.id_no.pattern}`}, got "**************002Y"`,
    ]);
    expect(text).not.toContain('6222021234567890');
    expect(text).not.toContain('11010519491231002Y');
  });
  it('assertValid throws a ValidationError with code, field and a masked message', () => {
    const bad = { ...form, card_no: 6222021234567890, money_order: '1.5' };
    let error: unknown;
    try {
      assertValid(validateWebPaymentRequest(bad));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const e = error as ValidationError;
    expect([e.code, e.field, e.schema, e.issues.length]).toEqual([
      'VALIDATION_FAILED',
      'money_order',
      'WebPaymentRequest',
      2,
    ]);
    expect(e.message).toMatch(
      /^WebPaymentRequest is invalid: money_order: .*; card_no: must be a string, got "622202\*\*\*\*\*\*7890"$/,
    );
    expect(e.message).not.toContain('6222021234567890');
  });
});

describe('responses report the oneOf branch they matched', () => {
  it('tells failure, success and paid apart', () => {
    const success = validateMpayVerifyResponse(example('seed-000-response'));
    expect(success.ok && [success.branch, success.schema]).toEqual([
      'success',
      'MpayVerifySuccess',
    ]);
    const failure = validateMpayVerifyResponse(example('ours-mpay-verify-failure'));
    expect(failure.ok && [failure.branch, failure.schema]).toEqual([
      'failure',
      'MpayVerifyFailure',
    ]);
    const paid = validateEasypayVerifyResponse(example('ours-easypay-verify-paid'));
    expect(paid.ok && paid.branch).toBe('paid');
    if (paid.ok && paid.branch === 'paid') {
      // Narrowed to EasypayVerifyPaid: result_pay is required there.
      const resultPay: 'SUCCESS' = paid.value.result_pay;
      expect(resultPay).toBe('SUCCESS');
    }
  });
  it('explains a response no branch accepts by the closest branch', () => {
    const { oid_paybill: _o, ...response } = example('seed-000-response');
    expect(messages(validateMpayVerifyResponse({ ...response, sign_type: 'MD5' }))).toEqual([
      'MpayVerifyResponse: must match exactly one of MpayVerifyFailure, MpayVerifySuccess, MpayVerifyPaid, matched none (closest: MpayVerifySuccess)',
      'sign_type: must be one of "RSA", "SHA256WITHRSA", "SHA256withRSA", got "MD5"',
      'oid_paybill: is required',
    ]);
  });
});

describe('lookups', () => {
  it('finds validators by operationId and message', () => {
    expect(validatorsByOperation.mpayVerify.request).toBe(validateMpayVerifyRequest);
    expect(validatorsByOperation.mpayVerify.response).toBe(validateMpayVerifyResponse);
    expect(validatorsByOperation.instantPayConfirm.plaintext).toBe(
      validateInstantPayConfirmRequest,
    );
    expect(Object.keys(validatorsByOperation.webPaymentReturn)).toEqual(['notification']);
  });
  it('has a validator for every message schema, branch and envelope the model names', () => {
    const names = new Set<string>(['RiskItem']); // risk_item's contentSchema
    for (const op of model.all) {
      for (const message of Object.values(op.signature)) {
        if (message.schema) names.add(message.schema);
        for (const branch of message.branches) if (branch.schema) names.add(branch.schema);
      }
      for (const media of [...op.request, ...op.responses.flatMap((r) => r.media)]) {
        if (media.schema && /json|form/.test(media.mediaType)) names.add(media.schema);
      }
      if (op.envelope?.plaintext) names.add(op.envelope.plaintext);
    }
    expect(names.size).toBeGreaterThanOrEqual(18);
    for (const name of names) expect(validatorsBySchema, name).toHaveProperty(name);
  });
});
