// The Card Bin Query API against the local sandbox through the generated client: a card of the
// sandbox's bin table answers its bank and type with the last four digits, an unknown bin is 5001,
// the sandbox log never shows the whole number, and the client refuses a genuinely signed answer
// about another card (the `last4` correlation, errata E241).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BusinessFailureError,
  createLianLianClient,
  ResponseValidationError,
} from '../../generated/src/index.js';
import { sameValue } from '../../generated/src/runtime/shared/correlation.js';
import { verifyParams } from '../../generated/src/runtime/crypto/verify.js';
import { everyOperationAt } from '../support/base-urls.js';
import { startStandIn } from '../support/client-server.js';
import { MERCHANT, withTestSandbox } from '../support/e2e-sandbox.js';
import { rsaKeyPair } from '../support/keys.js';

// Made-up test numbers: a prefix of the sandbox's table, and one no issuer has there.
const CMB_CREDIT = '6225880000001234';
const CCB_DEBIT = '6217000000000000042';
const UNKNOWN = '9999990000005678';

const setup = withTestSandbox();

describe('cardBinQuery in the sandbox', () => {
  it('answers the bank and card type of a known bin, with the last four digits', async () => {
    const credit = await setup.client.cardBinQuery({ card_no: CMB_CREDIT, api_version: '1.0' });
    expect(credit).toMatchObject({
      retCode: '0000',
      data: { card_no: '1234', bank_code: '03080000', bank_name: '招商银行', card_type: '3' },
    });
    const debit = await setup.client.cardBinQuery({ card_no: CCB_DEBIT });
    expect(debit.data).toMatchObject({ card_no: '0042', bank_code: '01050000', card_type: '2' });
  });

  it('answers 5001 for a bin it does not know, verified', async () => {
    const error = await setup.client.cardBinQuery({ card_no: UNKNOWN }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BusinessFailureError);
    expect(error).toMatchObject({ retCode: '5001', verified: true });
  });

  it('logs the card masked, never whole', () => {
    const lines = setup.env.logs.filter((line) => line.includes('cardBinQuery'));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const number of [CMB_CREDIT, CCB_DEBIT, UNKNOWN]) {
      expect(lines.join('\n')).not.toContain(number);
      expect(lines.join('\n')).not.toContain(number.slice(0, 10));
    }
  });
});

describe('the last4 correlation', () => {
  it('holds exactly when the answer is the last four characters of the request value', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{4,19}$/),
        fc.stringMatching(/^[0-9]{4}$/),
        (card, four) => {
          expect(sameValue('last4', four, card)).toBe(card.endsWith(four));
          expect(sameValue('last4', card.slice(-4), card)).toBe(true);
        },
      ),
    );
    expect(sameValue('last4', '123', '123')).toBe(false);
    expect(sameValue('last4', undefined, '12345')).toBe(false);
  });
});

describe('a signed answer about another card', () => {
  it('is refused as not tied to the request; the same answer for this card resolves', async () => {
    const [merchant, lianlian, other] = await Promise.all([
      rsaKeyPair(1024),
      rsaKeyPair(1024),
      rsaKeyPair(1024),
    ]);
    const standIn = await startStandIn({
      merchantPublicKey: merchant.publicKey,
      lianlianPrivateKey: lianlian.privateKey,
      otherPrivateKey: other.privateKey,
      envelopePaths: [],
    });
    try {
      const direct = createLianLianClient({
        oidPartner: MERCHANT,
        privateKey: merchant.privateKey,
        lianlianPublicKey: lianlian.spkiPem,
        signType: 'RSA',
        baseUrls: everyOperationAt(standIn.url),
      });
      const answer = (last4: string) => ({
        kind: 'json' as const,
        signing: 'signed' as const,
        body: {
          ret_code: '0000',
          ret_msg: '交易成功',
          sign_type: 'RSA',
          card_no: last4,
          bank_code: '03080000',
          bank_name: '招商银行',
          card_type: '3',
        },
      });
      standIn.reply(answer('9999'), answer('1234'));
      const error = await direct.cardBinQuery({ card_no: CMB_CREDIT }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect(error).toMatchObject({ field: 'card_no', outcomeUnknown: true });
      const result = await direct.cardBinQuery({ card_no: CMB_CREDIT });
      expect(result.data.card_no).toBe('1234');
    } finally {
      await standIn.close();
    }
  });
});

describe('the authored card bin answer', () => {
  it('verifies with its x-lianlian-authored key', () => {
    const spec = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../generated/openapi.json'), 'utf8'),
    );
    const example = spec.components.examples['ours-card-bin-query-credit'];
    expect(
      verifyParams(example.value, {
        publicKeys: example['x-lianlian-authored'].signedWith,
        allowedSignTypes: ['RSA'],
      }),
    ).toMatchObject({ ok: true });
  });
});
