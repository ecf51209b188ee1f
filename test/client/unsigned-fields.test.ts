// x-lianlian-signature.response.unsignedFields: LianLian signs the Card Bind Query answer over every
// field but agreement_list (errata E147). The client must verify it over exactly the others: the
// list may be anything, every other field stays covered, and no other operation skips a field.
// Answers come from a real local server, signed with node:crypto independently of the runtime.
import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLianLianClient,
  ResponseSignatureError,
  type LianLianClient,
} from '../../generated/src/index.js';
import { clientOperations } from '../../generated/src/clients.js';
import { everyOperationAt } from '../support/base-urls.js';
import { referenceSign, startStandIn, type StandIn } from '../support/client-server.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';

const OID_PARTNER = '201304121000001004';
const USER = 'u20170801001';

let merchant: TestKeyPair;
let lianlian: TestKeyPair;
let standIn: StandIn;
let client: LianLianClient;

beforeAll(async () => {
  [merchant, lianlian] = await Promise.all([rsaKeyPair(2048), rsaKeyPair(1024)]);
  const other = generateKeyPairSync('rsa', { modulusLength: 1024 });
  standIn = await startStandIn({
    merchantPublicKey: merchant.publicKey,
    lianlianPrivateKey: lianlian.privateKey,
    otherPrivateKey: other.privateKey,
  });
  client = createLianLianClient({
    oidPartner: OID_PARTNER,
    privateKey: merchant.pkcs8Base64,
    lianlianPublicKey: lianlian.spkiBase64,
    signType: 'RSA',
    baseUrls: everyOperationAt(standIn.url),
    timeoutMs: 3_000,
  });
});

afterAll(async () => {
  await standIn.close();
});

const agreement = {
  no_agree: '2013051613121201',
  card_no: '3123',
  bank_code: '01020000',
  bank_name: '中国工商银行',
  card_type: '2',
  bind_mobile: '139****9593',
};

/** `signedPart` signed as LianLian signs it, then `after` added unsigned, sent as raw JSON. */
function answer(signedPart: Record<string, string>, after: Record<string, unknown> = {}) {
  const sign = referenceSign(signedPart, lianlian.privateKey);
  standIn.reply({
    kind: 'raw',
    contentType: 'application/json;charset=UTF-8',
    body: JSON.stringify({ ...signedPart, sign, ...after }),
  });
}

const querySigned = {
  ret_code: '0000',
  ret_msg: '交易成功',
  user_id: USER,
  count: '1',
  sign_type: 'RSA',
};

describe('unsignedFields: the Card Bind Query answer is verified without agreement_list', () => {
  it('is declared where LianLian leaves fields out: the card bind query and the direct result queries', () => {
    const declared = Object.entries(clientOperations)
      .filter(([, op]) => (op.unsignedResponseFields ?? []).length > 0)
      .map(([id, op]) => [id, op.unsignedResponseFields]);
    expect(declared).toEqual([
      ['cardBindQuery', ['agreement_list']],
      ['mpayQuery', ['bank_name', 'memo', 'card_no']],
      ['easypayQuery', ['bank_name', 'memo']],
    ]);
  });

  it('accepts a genuine answer whose list the signature does not cover', async () => {
    answer(querySigned, { agreement_list: [agreement] });
    const result = await client.cardBindQuery({ user_id: USER, offset: '0' });
    expect(result).toMatchObject({ branch: 'success', signature: { signType: 'RSA' } });
    expect(result.data.agreement_list).toEqual([agreement]);
    // The result says which of its fields the signature does not vouch for.
    expect(result.unsigned).toEqual(['agreement_list']);
  });

  it('lists only unsigned fields that arrived: none when the answer has no list', async () => {
    answer({ ...querySigned, count: '0' });
    const result = await client.cardBindQuery({ user_id: USER, offset: '0' });
    expect(result.unsigned).toEqual([]);
  });

  it('whatever someone on the path puts in the list, the signed fields stay as signed and the list is named unsigned', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Lists of the documented shape: the schema still checks the list, the signature cannot.
        fc
          .array(
            fc.record({
              bank_name: fc.string({ minLength: 1, maxLength: 16 }),
              no_agree: fc.stringMatching(/^[0-9]{16}$/),
            }),
            { maxLength: 3 },
          )
          .map((changes) => changes.map((change) => ({ ...agreement, ...change }))),
        async (list) => {
          answer(querySigned, { agreement_list: list });
          const result = await client.cardBindQuery({ user_id: USER, offset: '0' });
          expect(result.unsigned).toEqual(['agreement_list']);
          expect(result.data).toMatchObject({ user_id: USER, count: '1', ret_code: '0000' });
        },
      ),
      { numRuns: 25 },
    );
  }, 20_000);

  it('still covers every other field: a changed count is a bad signature', async () => {
    const sign = referenceSign(querySigned, lianlian.privateKey);
    standIn.reply({
      kind: 'raw',
      contentType: 'application/json',
      body: JSON.stringify({ ...querySigned, count: '2', sign, agreement_list: [agreement] }),
    });
    const error = await client.cardBindQuery({ user_id: USER, offset: '0' }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseSignatureError);
    expect(error.reason).toBe('bad-signature');
  });

  it('refuses an answer signed over the list too, as LianLian never signs it', async () => {
    const withList = { ...querySigned, agreement_list: JSON.stringify([agreement]) };
    const sign = referenceSign(withList, lianlian.privateKey);
    standIn.reply({
      kind: 'raw',
      contentType: 'application/json',
      body: JSON.stringify({ ...querySigned, agreement_list: [agreement], sign }),
    });
    const error = await client.cardBindQuery({ user_id: USER, offset: '0' }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseSignatureError);
  });

  // A Card Bind Verify answer, signed as LianLian signs it: an operation with no unsigned fields.
  const verifySigned = {
    ret_code: '0000',
    ret_msg: '交易成功',
    oid_partner: OID_PARTNER,
    user_id: USER,
    card_no: '3123',
    no_agree: '2013051613121201',
    sign_type: 'RSA',
  };
  const verify = () =>
    client.cardBindVerify({
      token: 'D096DBA0E3E0CC8F1D504C06E71D292D',
      user_id: USER,
      verify_code: '666666',
    });

  it('skips nothing for other operations: a field added after signing breaks the signature', async () => {
    answer(verifySigned, { agreement_list: 'added' });
    const error = await verify().catch((e) => e);
    expect(error).toBeInstanceOf(ResponseSignatureError);
  });

  it('gives an operation without unsigned fields an empty list', async () => {
    answer(verifySigned);
    expect((await verify()).unsigned).toEqual([]);
  });
});
