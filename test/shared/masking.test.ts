// Card, ID and phone numbers never reach an error or a log line: for any number of 7 or more
// digits, in any script and common formatting, embedded in a field value, a field name or
// LianLian's ret_msg, no error (message, JSON.stringify, util.inspect, `field`, issues) and no log
// line shows 7 of its digits in a row once separators are ignored.
import fc from 'fast-check';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertValid,
  BusinessFailureError,
  buildWebPaymentForm,
  createLianLianClient,
  createLianLianNotificationHandler,
  createLianLianNotificationVerifier,
  maskDigits,
  signParams,
  startSandbox,
  sandboxCatalogue,
  validateMpayVerifyRequest,
  validateWebPaymentRequest,
} from '../../generated/src/index.js';
import { startStandIn } from '../support/client-server.js';
import { runCli } from '../support/crypto-tools.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';

let merchant: TestKeyPair;
let lianlian: TestKeyPair;
beforeAll(async () => {
  [merchant, lianlian] = await Promise.all([rsaKeyPair(1024), rsaKeyPair(2048)]);
});

// Zero of each digit set the numbers are written in: ASCII, full width, Arabic-Indic, extended
// Arabic-Indic, Devanagari, Bengali, Thai, mathematical bold.
const ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1d7ce];
// Formatting people use between digit groups, each judged a separator by the check below.
const SEPARATORS = [
  ' ',
  '-',
  '.',
  '/',
  '_',
  '\u3000',
  '\u00a0',
  '\uff0d',
  '\uff0e',
  '\uff0f',
  ' - ',
  '\u2014',
  '\u00b7',
  '\u200b',
  '(',
  ')',
];

function digitValue(char: string): number | undefined {
  const code = char.codePointAt(0) as number;
  for (const zero of ZEROS) if (code >= zero && code < zero + 10) return code - zero;
  return undefined;
}

/** The test's own idea of "separators ignored": every character of SEPARATORS, and whitespace. */
function withoutSeparators(text: string): string {
  return Array.from(text)
    .filter((c) => !/\s/u.test(c) && !SEPARATORS.includes(c))
    .map((c) => {
      const value = digitValue(c);
      return value === undefined ? c : String(value);
    })
    .join('');
}

/** Whether `text` shows 7 digits of `digits` in a row, separators ignored. */
function leaks(text: string, digits: string): boolean {
  const flat = withoutSeparators(text);
  for (let i = 0; i + 7 <= digits.length; i++)
    if (flat.includes(digits.slice(i, i + 7))) return true;
  return false;
}

interface Formatted {
  readonly digits: string;
  readonly text: string;
}

/** A number of 7 to 19 digits, in one digit set or mixed, grouped with any separators. */
const formattedNumber: fc.Arbitrary<Formatted> = fc
  .record({
    values: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 7, maxLength: 19 }),
    zero: fc.constantFrom(...ZEROS),
    mixed: fc.boolean(),
    zeros: fc.array(fc.constantFrom(...ZEROS), { minLength: 19, maxLength: 19 }),
    gaps: fc.array(fc.option(fc.constantFrom(...SEPARATORS), { freq: 2 }), {
      minLength: 19,
      maxLength: 19,
    }),
    idSuffix: fc.boolean(),
  })
  .map(({ values, zero, mixed, zeros, gaps, idSuffix }) => {
    const text = values
      .map((value, i) => {
        const char = String.fromCodePoint((mixed ? (zeros[i] as number) : zero) + value);
        return i === 0 ? char : `${gaps[i] ?? ''}${char}`;
      })
      .join('');
    return { digits: values.join(''), text: idSuffix ? `${text}X` : text };
  });

/** The number inside some text: a label, Chinese, or arbitrary characters around it. */
const embedded = fc
  .tuple(
    formattedNumber,
    fc.oneof(fc.constantFrom('', '卡号', '手机号：', 'card ', '"'), fc.string({ maxLength: 6 })),
    fc.oneof(fc.constantFrom('', '不正确', ' is wrong', '"'), fc.string({ maxLength: 6 })),
  )
  .map(([number, before, after]) => ({ ...number, value: `${before}${number.text}${after}` }));

/** Everything an error shows: its message, JSON form, util.inspect output and `field`. */
function shown(error: unknown): string[] {
  const e = error as Error & { field?: unknown };
  return [e.message, JSON.stringify(error), inspect(error, { depth: 5 }), String(e.field)];
}

function expectNoLeak(texts: readonly string[], digits: string): void {
  for (const text of texts) {
    if (leaks(text, digits)) throw new Error(`shows 7 digits of ${digits} in a row: ${text}`);
  }
}

const RUNS = { numRuns: 300 };

describe('maskDigits', () => {
  it('masks every formatted number down to its last four digits, keeping separators (fast-check)', () => {
    fc.assert(
      fc.property(embedded, ({ digits, value }) => {
        const masked = maskDigits(value);
        expectNoLeak([masked], digits);
        // Separators and length are kept, so the text still reads as what it was.
        expect(Array.from(masked)).toHaveLength(Array.from(value).length);
      }),
      RUNS,
    );
  });

  it('leaves short numbers and amounts readable', () => {
    expect(maskDigits('55.40 at 12:30, code 1001, order A-123456')).toBe(
      '55.40 at 12:30, code 1001, order A-123456',
    );
    expect(maskDigits('6222 0212 3456 7890 123')).toBe('**** **** **** ***0 123');
    expect(maskDigits('138-1234-5678')).toBe('***-****-5678');
    expect(maskDigits('１３８１２３４５６７８')).toBe('*******５６７８');
    expect(maskDigits('11010519491231002X')).toBe('*************1002X');
  });
});

describe('no error shows a card, ID or phone number', () => {
  it('generated validators: in a field value, an unknown field value and an unknown field name (fast-check)', () => {
    fc.assert(
      fc.property(embedded, ({ digits, value }) => {
        const request = {
          oid_partner: '201304121000001004',
          sign_type: 'RSA',
          sign: 'c2lnbg==',
          no_order: value,
          token: value,
          money_order: value,
          verify_code: value,
          [value]: value,
        };
        const result = validateMpayVerifyRequest(request);
        expect(result.ok).toBe(false);
        try {
          assertValid(result);
        } catch (error) {
          expectNoLeak(shown(error), digits);
        }
      }),
      RUNS,
    );
  });

  it('the client: a request it refuses to send (fast-check)', async () => {
    const client = createLianLianClient({
      oidPartner: '201304121000001004',
      privateKey: merchant.privateKey,
      lianlianPublicKey: lianlian.spkiPem,
      signType: 'RSA',
      baseUrls: { mpayVerify: 'http://127.0.0.1:9' },
    });
    await fc.assert(
      fc.asyncProperty(embedded, async ({ digits, value }) => {
        const params = { no_order: value, money_order: value, token: value, verify_code: value };
        const error = await client.mpayVerify({ ...params, [value]: value } as never).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toMatchObject({ code: 'REQUEST_INVALID' });
        expectNoLeak(shown(error), digits);
      }),
      { numRuns: 100 },
    );
  });

  it('the form builder: card, ID, phone and free-text fields, field names and risk_item (fast-check)', () => {
    fc.assert(
      fc.property(
        embedded,
        fc.constantFrom(
          'card_no',
          'id_no',
          'acct_name',
          'name_goods',
          'userreq_ip',
          'user_id',
          'risk',
        ),
        ({ digits, value }, where) => {
          const params: Record<string, unknown> = {
            user_id: 'u1',
            busi_partner: '109001',
            no_order: 'o1',
            dt_order: '20170801225714',
            name_goods: 'Pen',
            money_order: '12.50',
            notify_url: 'https://shop.example.com/notify',
            url_return: 'https://shop.example.com/return',
            userreq_ip: '122_11_37_211',
            risk_item: { frms_ware_category: '4007', goods_name: 'Pen' },
          };
          if (where === 'risk') params.risk_item = { [value]: 1, goods_name: value };
          else params[where] = `${value}\u0001`;
          params[value] = value;
          let thrown: unknown;
          try {
            buildWebPaymentForm(params as never, {
              oidPartner: '201304121000001004',
              privateKey: merchant.privateKey,
              now: () => new Date(Date.UTC(2017, 7, 1, 14, 57, 14)),
            });
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(Error);
          expectNoLeak(shown(thrown), digits);
        },
      ),
      RUNS,
    );
  });

  it('LianLian ret_msg quoting a number (fast-check)', () => {
    fc.assert(
      fc.property(embedded, ({ digits, value }) => {
        const error = new BusinessFailureError(
          'mpayVerify',
          {
            retCode: '1008',
            retMsg: value,
            category: 'failed',
            description: undefined,
            verified: true,
            correlated: true,
          },
          { ret_code: '1008', ret_msg: value },
        );
        expectNoLeak(shown(error), digits);
      }),
      RUNS,
    );
  });

  it('the client: LianLian answers quoting a number in ret_msg or a field, from a real server (fast-check)', async () => {
    const standIn = await startStandIn({
      merchantPublicKey: merchant.publicKey,
      lianlianPrivateKey: lianlian.privateKey,
      otherPrivateKey: merchant.privateKey,
    });
    try {
      const client = createLianLianClient({
        oidPartner: '201304121000001004',
        privateKey: merchant.privateKey,
        lianlianPublicKey: lianlian.spkiPem,
        signType: 'RSA',
        baseUrls: { mpayVerify: standIn.url },
      });
      const params = { no_order: 'o1', money_order: '1.00', token: 'T1', verify_code: '123456' };
      await fc.assert(
        fc.asyncProperty(embedded, fc.boolean(), async ({ digits, value }, signedReply) => {
          // A failure quoting the number, and a signed success whose amount is the number.
          standIn.reply(
            { kind: 'json', body: { ret_code: '1008', ret_msg: value }, signing: 'unsigned' },
            {
              kind: 'json',
              body: {
                ret_code: '0000',
                ret_msg: value,
                oid_partner: '201304121000001004',
                sign_type: 'RSA',
                no_order: 'o1',
                dt_order: '20170801225714',
                oid_paybill: '2017080100012345',
                money_order: value,
                [digits]: value,
              },
              signing: signedReply ? 'signed' : 'tampered',
            },
          );
          for (let i = 0; i < 2; i++) {
            const error = await client.mpayVerify(params).then(
              () => undefined,
              (e: unknown) => e,
            );
            expect(error).toBeInstanceOf(Error);
            expectNoLeak(shown(error), digits);
          }
        }),
        { numRuns: 40 },
      );
    } finally {
      await standIn.close();
    }
  });

  it('notification verifier refusals naming received fields (fast-check)', () => {
    const verify = createLianLianNotificationVerifier('webPaymentNotify', {
      publicKeys: lianlian.spkiPem,
    });
    fc.assert(
      fc.property(embedded, ({ digits, value }) => {
        const name = JSON.stringify(value);
        const bodies = [
          `{${name}:"a",${name}:"b"}`,
          new URLSearchParams([
            [value, 'a'],
            [value, 'b'],
          ]).toString(),
          // Genuinely signed, but a digit-only unknown field and an invalid no_order.
          JSON.stringify(
            signParams(
              { [digits]: value, no_order: value, sign_type: 'RSA' },
              { privateKey: lianlian.privateKey },
            ),
          ),
        ];
        for (const [i, body] of bodies.entries()) {
          const result = verify(body, i === 1 ? 'application/x-www-form-urlencoded' : 'text/json');
          expect(result.ok).toBe(false);
          expectNoLeak([JSON.stringify(result), inspect(result, { depth: 5 })], digits);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('no log line or CLI output shows a card, ID or phone number', () => {
  const servers: Server[] = [];
  afterAll(async () => {
    for (const server of servers)
      await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('the notification handler logs order and payment numbers masked (fast-check)', async () => {
    const logs: string[] = [];
    const handler = createLianLianNotificationHandler('webPaymentNotify', {
      publicKeys: lianlian.spkiPem,
      findOrder: () => undefined,
      onNotification: () => {},
      log: (line) => logs.push(line),
    });
    const server = createServer((req, res) => handler(req, res));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    await fc.assert(
      fc.asyncProperty(
        formattedNumber.filter(({ text }) => Array.from(text).length <= 32),
        async ({ digits, text }) => {
          logs.length = 0;
          const fields = {
            oid_partner: '201304121000001004',
            sign_type: 'RSA',
            dt_order: '20170801225714',
            no_order: text,
            oid_paybill: digits.slice(0, 18),
            money_order: '1.00',
            result_pay: 'SUCCESS',
            pay_type: 'M',
          };
          const body = JSON.stringify(signParams(fields, { privateKey: lianlian.privateKey }));
          await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/json' }, body });
          expect(logs.join('\n')).toContain('refused (unknown order)');
          expectNoLeak(logs, digits);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the sandbox logs no_order and card numbers masked', async () => {
    const logs: string[] = [];
    const sandbox = await startSandbox({
      catalogue: sandboxCatalogue,
      merchants: [{ oidPartner: '201304121000001004', publicKey: merchant.spkiPem }],
      lianlianPrivateKey: lianlian.pkcs8Pem,
      log: (line) => logs.push(line),
    });
    try {
      const number = '138 1234 5678';
      const client = createLianLianClient({
        oidPartner: '201304121000001004',
        privateKey: merchant.privateKey,
        lianlianPublicKey: lianlian.spkiPem,
        signType: 'RSA',
        baseUrls: { mpayVerify: sandbox.url },
      });
      await client
        .mpayVerify({ no_order: number, money_order: '1.00', token: 'T1', verify_code: '123456' })
        .catch(() => undefined);
      expect(logs.join('\n')).toContain('no_order=');
      expectNoLeak(logs, '13812345678');
    } finally {
      await sandbox.close();
    }
  });

  it('the CLI names a digit field without showing it', () => {
    const result = runCli(['sign-source'], JSON.stringify({ '6222021234567890': { nested: 1 } }));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('parameter');
    expectNoLeak([result.stderr, result.stdout.toString('utf8')], '6222021234567890');
  });
});
