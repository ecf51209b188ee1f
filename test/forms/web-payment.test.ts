// The WEB Payment form builder: escaping, field order and signature, risk_item, and every check
// that runs before anything is signed.
import { inspect } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildRiskItem,
  buildWebPaymentForm,
  formatChinaTime,
  parseChinaTime,
  signingFields,
  toUserreqIp,
  verifyParams,
  WEB_PAYMENT_ACTION_URL,
  BrowserFormError,
  WebPaymentError,
  type WebPaymentParams,
} from '../../generated/src/index.js';
import { createBrowserFormBuilder } from '../../generated/src/runtime/forms/browser-form.js';
import { webPaymentDefinition } from '../../generated/src/forms.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';

const MERCHANT = '201304121000001004';
// 2017-08-01 22:57:14 in UTC+8.
const NOW = new Date(Date.UTC(2017, 7, 1, 14, 57, 14));
const clock = () => NOW;

const risk = {
  frms_ware_category: '4007',
  user_info_mercht_userno: 'u20170801001',
  user_info_bind_phone: '13800000000',
  user_info_dt_register: '20170101120000',
  goods_name: 'Pen',
};

function order(overrides: Partial<WebPaymentParams> = {}): WebPaymentParams {
  return {
    user_id: 'u20170801001',
    busi_partner: '109001',
    no_order: '20170801225714001',
    dt_order: '20170801225714',
    name_goods: 'Pen',
    money_order: '12.50',
    notify_url: 'https://shop.example.com/lianlian/notify',
    url_return: 'https://shop.example.com/lianlian/return',
    userreq_ip: '122_11_37_211',
    pay_type: 'M',
    risk_item: risk,
    ...overrides,
  };
}

/** Decodes the five entities the builder emits, as the browser's HTML parser would. */
const decode = (text: string) =>
  text.replace(
    /&(lt|gt|quot|#39|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] as string,
  );

/** The hidden inputs of a page, decoded. */
function inputsOf(html: string): [string, string][] {
  return [...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [
    decode(m[1] as string),
    decode(m[2] as string),
  ]);
}

function expectError(run: () => unknown, code: string, field?: string): BrowserFormError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BrowserFormError);
    expect((error as BrowserFormError).code).toBe(code);
    if (field !== undefined) expect((error as BrowserFormError).field).toBe(field);
    return error as BrowserFormError;
  }
  throw new Error(`expected ${code}`);
}

let keys: TestKeyPair;
beforeAll(async () => {
  keys = await rsaKeyPair(2048);
});

const options = () => ({
  oidPartner: MERCHANT,
  privateKey: keys.pkcs8Base64,
  now: clock,
  cspNonce: 'bm9uY2Utb2YtdGhlLXBhZ2U=',
});

describe('buildWebPaymentForm', () => {
  it('fills in the fixed fields, signs them in the spec order and posts to the production cashier', () => {
    const form = buildWebPaymentForm(order(), options());
    expect(form.action).toBe(WEB_PAYMENT_ACTION_URL);
    const names = form.fields.map(([name]) => name);
    expect(names.at(-1)).toBe('sign');
    const signed = names.slice(0, -1);
    expect(signed).toEqual(signingFields.webPayment.request.filter((n) => signed.includes(n)));
    const values = Object.fromEntries(form.fields);
    expect(values).toMatchObject({
      version: '1.0',
      oid_partner: MERCHANT,
      sign_type: 'RSA',
      timestamp: '20170801225714',
    });
    expect(
      verifyParams(values, { publicKeys: keys.spkiPem, allowedSignTypes: ['RSA'] }),
    ).toMatchObject({ ok: true });
  });

  it('serialises risk_item once: the submitted text is the signed text and equals buildRiskItem', () => {
    const form = buildWebPaymentForm(order(), options());
    const sent = Object.fromEntries(form.fields).risk_item;
    expect(sent).toBe(buildRiskItem(risk));
    expect(JSON.parse(sent as string)).toEqual(risk);
    const prebuilt = buildWebPaymentForm(order({ risk_item: buildRiskItem(risk) }), options());
    expect(Object.fromEntries(prebuilt.fields).risk_item).toBe(sent);
  });

  it('escapes & < > " \' in every attribute, so the decoded inputs equal the signed fields', () => {
    const hostile = `"><script>alert('x')</script> &amp; &lt; ' 😀 中文 a+b=c&d %20`;
    const form = buildWebPaymentForm(
      order({
        info_order: hostile,
        name_goods: `<b>"Pen" & 'ink'</b>`,
        risk_item: { ...risk, goods_name: hostile },
      }),
      options(),
    );
    for (const html of [form.html, form.htmlWithoutScript]) {
      expect(inputsOf(html)).toEqual(form.fields);
      expect(html).not.toContain('<script>alert');
      expect(html).toContain('&amp;amp;');
      expect(html).toContain('<meta charset="UTF-8">');
    }
    expect(Object.fromEntries(form.fields).info_order).toBe(hostile);
  });

  it('renders an auto-submit script carrying the CSP nonce, and a script-free variant with a button', () => {
    const form = buildWebPaymentForm(order(), options());
    expect(form.html).toMatch(
      /<script nonce="bm9uY2Utb2YtdGhlLXBhZ2U=">document\.getElementById\("lianlian-web-payment"\)\.submit\(\);<\/script>/,
    );
    expect(form.html).toContain('<noscript><button type="submit">');
    expect(form.htmlWithoutScript).not.toContain('<script');
    expect(form.htmlWithoutScript).toMatch(/<button type="submit">[^<]+<\/button>\n<\/form>/);
    expect(form.html).toContain(`action="${WEB_PAYMENT_ACTION_URL}"`);
    const sandbox = buildWebPaymentForm(order(), {
      ...options(),
      actionUrl: 'http://127.0.0.1:8787/payment/traveleasypay.htm',
    });
    expect(sandbox.action).toBe('http://127.0.0.1:8787/payment/traveleasypay.htm');
  });

  it('checks the schema rules with the generated validator before signing', () => {
    expectError(
      () => buildWebPaymentForm(order({ money_order: '12.5' }), options()),
      'BROWSER_FORM_INVALID',
      'money_order',
    );
    expectError(
      () => buildWebPaymentForm(order({ money_order: '0.00' }), options()),
      'BROWSER_FORM_INVALID',
      'money_order',
    );
    expectError(
      () => buildWebPaymentForm(order({ userreq_ip: '122.11.37.211' }), options()),
      'BROWSER_FORM_INVALID',
      'userreq_ip',
    );
    expectError(
      () => buildWebPaymentForm(order({ userreq_ip: '256_1_1_1' }), options()),
      'BROWSER_FORM_INVALID',
      'userreq_ip',
    );
    expectError(
      () => buildWebPaymentForm(order({ info_order: 'x'.repeat(256) }), options()),
      'BROWSER_FORM_INVALID',
      'info_order',
    );
    expectError(
      () => buildWebPaymentForm(order({ id_type: '0', id_no: '12345' }), options()),
      'BROWSER_FORM_INVALID',
      'id_no',
    );
    expectError(
      () =>
        buildWebPaymentForm(order({ risk_item: { ...risk, frms_ware_category: '47' } }), options()),
      'BROWSER_FORM_INVALID',
      'risk_item',
    );
    const unknown = { ...order(), surprise: 'x' } as WebPaymentParams;
    expectError(() => buildWebPaymentForm(unknown, options()), 'BROWSER_FORM_INVALID');
  });

  it('accepts a timestamp up to 30 minutes from the UTC+8 clock and refuses one further away', () => {
    const at = (minutes: number) => formatChinaTime(new Date(NOW.getTime() + minutes * 60_000));
    expect(() => buildWebPaymentForm(order({ timestamp: at(29) }), options())).not.toThrow();
    expect(() => buildWebPaymentForm(order({ timestamp: at(-30) }), options())).not.toThrow();
    const late = expectError(
      () => buildWebPaymentForm(order({ timestamp: at(31) }), options()),
      'BROWSER_FORM_CLOCK_SKEW',
      'timestamp',
    );
    expect(late.message).toContain('ahead of');
    expectError(
      () => buildWebPaymentForm(order({ timestamp: at(-45) }), options()),
      'BROWSER_FORM_CLOCK_SKEW',
      'timestamp',
    );
    // A UTC time written as if it were UTC+8 is 8 hours off.
    const utcText = NOW.toISOString().replace(/[-:T]/g, '').slice(0, 14);
    expectError(
      () => buildWebPaymentForm(order({ timestamp: utcText }), options()),
      'BROWSER_FORM_CLOCK_SKEW',
    );
    expectError(
      () => buildWebPaymentForm(order({ timestamp: '20170231120000' }), options()),
      'BROWSER_FORM_INVALID',
      'timestamp',
    );
  });

  it('checks the card fields and never puts their values into errors', () => {
    const card = '6222 0200 0000 1234';
    const spaced = expectError(
      () => buildWebPaymentForm(order({ card_no: card }), options()),
      'BROWSER_FORM_CARD_FIELDS',
      'card_no',
    );
    expect(spaced.message).not.toContain('6222');
    expectError(
      () => buildWebPaymentForm(order({ id_no: '110101199003072316' }), options()),
      'BROWSER_FORM_CARD_FIELDS',
      'id_type',
    );
    expectError(
      () => buildWebPaymentForm(order({ id_type: '0' }), options()),
      'BROWSER_FORM_CARD_FIELDS',
      'id_no',
    );
    const form = buildWebPaymentForm(
      order({
        card_no: '6222020000001234567',
        acct_name: '张三',
        id_type: '0',
        id_no: '110101199003072316',
      }),
      options(),
    );
    expect(Object.fromEntries(form.fields).card_no).toBe('6222020000001234567');
  });

  it('masks a card number put in a field that is not a card field', () => {
    const card = '6222020200112233445';
    const misplaced = expectError(
      () => buildWebPaymentForm(order({ valid_order: card as unknown as number }), options()),
      'BROWSER_FORM_INVALID',
      'valid_order',
    );
    expect(misplaced.message).toMatch(/valid_order: must be an integer, got "\*{15}3445"/);
    for (const shown of [
      misplaced.message,
      String(misplaced),
      inspect(misplaced),
      JSON.stringify(misplaced),
    ]) {
      expect(shown).not.toContain(card);
    }
  });

  it('refuses values a hidden input would change (line breaks, control characters)', () => {
    expectError(
      () => buildWebPaymentForm(order({ info_order: 'line 1\nline 2' }), options()),
      'BROWSER_FORM_UNSAFE_VALUE',
      'info_order',
    );
    expectError(
      () => buildWebPaymentForm(order({ name_goods: 'a\rb' }), options()),
      'BROWSER_FORM_UNSAFE_VALUE',
      'name_goods',
    );
  });

  it('rejects fields the builder owns and bad options', () => {
    expectError(
      () => buildWebPaymentForm({ ...order(), sign: 'abc' } as WebPaymentParams, options()),
      'BROWSER_FORM_OPTIONS',
      'sign',
    );
    expectError(
      () => buildWebPaymentForm({ ...order(), oid_partner: '999' } as WebPaymentParams, options()),
      'BROWSER_FORM_OPTIONS',
      'oid_partner',
    );
    expectError(
      () => buildWebPaymentForm(order(), { ...options(), cspNonce: '"><x' }),
      'BROWSER_FORM_OPTIONS',
      'cspNonce',
    );
    expectError(
      () => buildWebPaymentForm(order(), { ...options(), actionUrl: 'javascript:alert(1)' }),
      'BROWSER_FORM_OPTIONS',
      'actionUrl',
    );
    expectError(
      () => buildWebPaymentForm(order(), { ...options(), maxClockSkewMinutes: 60 }),
      'BROWSER_FORM_OPTIONS',
    );
  });

  it('refuses to sign when the fields to submit are not the fields signed', () => {
    // A validator that slips in a field the signer cannot see (not enumerable) makes the two
    // renderings differ; the builder must throw its own error rather than sign either.
    const build = createBrowserFormBuilder({
      ...webPaymentDefinition,
      validateRequest: (value) => {
        Object.defineProperty(value, 'info_order', { value: 'hidden', enumerable: false });
        return webPaymentDefinition.validateRequest(value);
      },
    });
    expectError(() => build(order(), options()), 'BROWSER_FORM_SIGN_MISMATCH', 'sign');
  });
});

describe('helpers', () => {
  it('formats and parses UTC+8 times', () => {
    expect(formatChinaTime(NOW)).toBe('20170801225714');
    expect(parseChinaTime('20170801225714')?.getTime()).toBe(NOW.getTime());
    expect(parseChinaTime('20170229000000')).toBeUndefined();
    expect(formatChinaTime(new Date(Date.UTC(2017, 11, 31, 16, 0, 0)))).toBe('20180101000000');
  });

  it('converts the payer address into userreq_ip', () => {
    expect(toUserreqIp('122.11.37.211')).toBe('122_11_37_211');
    expect(toUserreqIp('::ffff:10.0.0.1')).toBe('10_0_0_1');
    expect(() => toUserreqIp('2001:db8::1')).toThrow(BrowserFormError);
    expect(() => toUserreqIp('1.2.3.256')).toThrow(BrowserFormError);
  });

  it('keeps WebPaymentError as a deprecated alias of the generic BrowserFormError', () => {
    expect(WebPaymentError).toBe(BrowserFormError);
    expect(() => toUserreqIp('1.2.3.256')).toThrow(WebPaymentError);
  });

  it('buildRiskItem validates against RiskItem and keeps field order', () => {
    expect(buildRiskItem({ ...risk, frms_client_chnl: '13' })).toBe(
      JSON.stringify({ ...risk, frms_client_chnl: '13' }),
    );
    expect(() => buildRiskItem({ ...risk, user_info_dt_register: '2017' })).toThrow(
      /user_info_dt_register/,
    );
  });
});
