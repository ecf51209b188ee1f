// shareing_data (SharingData, errata E566): one to three `account^type^amount^description` parts
// joined by `|`, no `^` or `|` inside a part, a description of at most 85 characters, 128 in all.
// Properties over the generated validator of the payment creation request, and the client refusing
// a bad value with a typed error before anything is sent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLianLianClient, RequestValidationError } from '../../generated/src/index.js';
import { validateUnifiedCreateBillRequest } from '../../generated/src/validators.js';
import { rsaKeyPair } from '../support/keys.js';

const REQUEST = {
  api_version: '1.0',
  sign_type: 'RSA',
  sign: 'c2lnbg==',
  time_stamp: '20260801120000',
  oid_partner: '201707041000000000',
  user_id: 'user-1',
  busi_partner: '101001',
  no_order: 'UG-1',
  dt_order: '20260801120000',
  money_order: '10.00',
  notify_url: 'https://merchant.example/notify',
  risk_item:
    '{"frms_ware_category":"1009","user_info_mercht_userno":"user-1","user_info_bind_phone":"13958069593","user_info_dt_register":"20131030122130","goods_name":"pen"}',
  flag_pay_product: '0',
  flag_chnl: '2',
};

const accepts = (shareing_data: string) =>
  validateUnifiedCreateBillRequest({ ...REQUEST, shareing_data }).ok;

// A character of a part: anything but the two separators (Chinese and emoji included).
const partChar = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 1 }),
    fc.constantFrom('中', '文', '😀', ' ', '&', '='),
  )
  .filter((c) => c !== '^' && c !== '|');
const account = fc.array(partChar, { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
const description = fc.array(partChar, { maxLength: 20 }).map((a) => a.join(''));
const amount = fc
  .integer({ min: 1, max: 99_999_999 })
  .map((cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
const recipient = fc
  .tuple(account, fc.constantFrom('0', '1'), amount, description)
  .map((parts) => parts.join('^'));
const recipients = (min: number, max: number) =>
  fc.array(recipient, { minLength: min, maxLength: max }).map((list) => list.join('|'));
const fits = (text: string) => Array.from(text).length <= 128;

describe('shareing_data (SharingData)', () => {
  it('accepts one to three well-formed recipients within 128 characters', () => {
    fc.assert(fc.property(recipients(1, 3).filter(fits), (value) => accepts(value)));
  });

  it('refuses four recipients or more', () => {
    fc.assert(fc.property(recipients(4, 6), (value) => !accepts(value)));
  });

  it('refuses a ^ or | inside a description, and a type other than 0 or 1', () => {
    fc.assert(
      fc.property(
        fc.tuple(account, amount, description, fc.constantFrom('^', '|^x')),
        ([acct, money, text, bad]) => !accepts(`${acct}^1^${money}^${text}${bad}`),
      ),
    );
    fc.assert(
      fc.property(
        fc.tuple(account, amount, fc.string({ minLength: 1, maxLength: 2 })),
        ([acct, money, type]) =>
          type === '0' || type === '1' || !accepts(`${acct}^${type}^${money}^x`),
      ),
    );
  });

  it('refuses a description over 85 characters and a whole value over 128', () => {
    expect(accepts(`merchant^0^1.00^${'a'.repeat(85)}`)).toBe(true);
    expect(accepts(`merchant^0^1.00^${'a'.repeat(86)}`)).toBe(false);
    const long = `a^0^1.00^${'d'.repeat(80)}|b^1^2.00^${'d'.repeat(30)}`;
    expect(Array.from(long).length).toBe(129);
    expect(accepts(long)).toBe(false);
    expect(accepts(long.slice(0, -1))).toBe(true);
  });

  it('refuses amounts without exactly two decimals', () => {
    for (const money of ['1', '1.0', '1.000', '0.00', '-1.00', '100000000.01'])
      expect(accepts(`merchant^0^${money}^x`), money).toBe(false);
  });

  it('is refused by the client with a typed error naming the field, before anything is sent', async () => {
    const keys = await rsaKeyPair(2048);
    const client = createLianLianClient({
      oidPartner: REQUEST.oid_partner,
      privateKey: keys.pkcs8Base64,
      lianlianPublicKey: keys.spkiBase64,
      signType: 'RSA',
      // Port 9 (discard) is never reached: validation comes first.
      baseUrls: { unifiedCreateBill: 'http://127.0.0.1:9' } as never,
      timeoutMs: 1_000,
    });
    const { sign: _s, sign_type: _t, oid_partner: _o, ...params } = REQUEST;
    const error = await client
      .unifiedCreateBill({
        ...params,
        shareing_data: 'a^0^1.00^x|b^0^1.00^y|c^0^1.00^z|d^0^1.00^w',
      } as never)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error).toMatchObject({
      code: 'REQUEST_INVALID',
      field: 'shareing_data',
      outcomeUnknown: false,
    });
  });
});
