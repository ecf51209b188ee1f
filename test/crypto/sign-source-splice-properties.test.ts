// Issue 10 item 1 as properties: over arbitrary messages (values with `&`, `=`, name-like runs and
// unicode) and every re-split of their sign source, each of our verifiers accepts at most one of
// the maps that share a sign source (modulo empty values), and every map one of our signers
// accepts is the only map the receiving side (the sandbox's closed rule, or the strict rule)
// accepts for that sign source. test/support/resplit.ts enumerates the re-splits.
import fc from 'fast-check';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BusinessFailureError,
  buildWebPaymentForm,
  containsFieldStart,
  createLianLianClient,
  createLianLianNotificationHandler,
  createLianLianNotificationVerifier,
  createVerifier,
  ResponseSignatureError,
  ResponseValidationError,
  RequestValidationError,
  sandboxCatalogue,
  signingFields,
  signingUriFields,
  signParams,
  signSource,
  signSourceOrdered,
  SignSourceError,
  signString,
  type Verifier,
} from '../../generated/src/index.js';
import { rsaKeyPair, writeKeyFiles, type TestKeyPair } from '../support/keys.js';
import {
  isStrictClean,
  rawSignSource,
  resplits,
  withoutEmpty,
  type FieldMap,
} from '../support/resplit.js';
import { cliCommand, runCli, tempDir } from '../support/crypto-tools.js';

const RUNS = { numRuns: 2_000 };
// Messages with all of a notification's or answer's required fields have hundreds of readings
// (any run of neighbouring fields can merge), each posted over HTTP.
const FEW = { numRuns: 3 };

let key: TestKeyPair;
let strict: Verifier;
let closedForm: Verifier;

beforeAll(async () => {
  key = await rsaKeyPair(1024);
  strict = createVerifier({ publicKeys: key.publicKey });
  // What the sandbox builds for the WEB Payment form (sandbox-context.ts, sandboxMerchantVerifiers).
  closedForm = createVerifier({
    publicKeys: key.publicKey,
    closedMessage: sandboxCatalogue.forms.find((f) => f.operationId === 'webPayment')!.signMessage,
  });
});

/** Text made of the pieces that matter: `&`, `=`, names (known and not), unicode, percent signs. */
const hostileOf = (maxParts: number) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '&',
          '=',
          '&a=',
          '&b=',
          '&j=',
          '&zz=',
          '&no_order=',
          '&A1=',
          '&=',
          '&-=',
          '& b=',
        ),
        fc.constantFrom('a', 'b', 'zz', '_', '0', '中', ' ', '%26', 'money_order', 'sign'),
        fc.string({ unit: 'grapheme', maxLength: 2 }),
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(''));
const hostile = hostileOf(5);
/** The same for URL query strings: characters a `format: uri` value may hold. */
const queryHostile = fc
  .array(
    fc.constantFrom(
      '&',
      '=',
      '&a=',
      '&zz=',
      '&no_order=',
      '&money_order=',
      '&sign=',
      'a',
      '0',
      '%26',
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join(''));
const shortHostile = hostileOf(2);

/** At most this many `&` in a sign source keeps the enumeration small. */
const boundedAmpersands = (map: FieldMap) => (rawSignSource(map).match(/&/g) ?? []).length <= 12;

const genericMap = fc
  .dictionary(fc.constantFrom('a', 'b', 'c', 'zz', 'a_1', 'no_order'), hostile, { maxKeys: 4 })
  .map((map) => ({ ...map, sign_type: 'RSA' }))
  .filter(boundedAmpersands);

/** The signed messages sharing `map`'s sign source, each with LianLian's genuine signature. */
function signedResplits(map: FieldMap): { genuine: FieldMap; all: FieldMap[] } {
  const source = rawSignSource(map);
  const sign = signString(source, { privateKey: key.privateKey, signType: 'RSA' });
  const all = resplits(source).map((m) => ({ ...m, sign }));
  return { genuine: { ...withoutEmpty(map), sign }, all };
}

describe('the strict rule', () => {
  it('refuses exactly the values holding &name= (an oracle regex), naming the field', () => {
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ unit: 'binary' })), (value) => {
        const ambiguous = /&[A-Za-z0-9_]+=/.test(value);
        expect(containsFieldStart(value)).toBe(ambiguous);
        let code: string | undefined;
        try {
          signSource({ info_order: value });
        } catch (error) {
          code = (error as SignSourceError).code;
          expect((error as SignSourceError).field).toBe('info_order');
        }
        if (/\p{Cs}/u.test(value)) return; // a lone surrogate is refused first, for its encoding
        expect(code).toBe(ambiguous ? 'SIGN_SOURCE_AMBIGUOUS' : undefined);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('verifiers accept at most one map per sign source', () => {
  it('createVerifier (strict): at most one, and the genuine one whenever it is clean', () => {
    fc.assert(
      fc.property(genericMap, (map) => {
        fc.pre(rawSignSource(map) !== '');
        const { genuine, all } = signedResplits(map);
        expect(all).toContainEqual(genuine);
        const accepted = all.filter((m) => strict(m).ok);
        expect(accepted.length).toBeLessThanOrEqual(1);
        if (isStrictClean(map)) {
          expect(accepted).toEqual([genuine]);
        }
      }),
      RUNS,
    );
  });

  it('the closed verifier of the sandbox (WEB Payment form): at most one', () => {
    const ordering = signingFields.webPayment.request;
    const form = fc
      .dictionary(
        fc.constantFrom(...ordering, 'zz'),
        fc.oneof(
          hostile,
          hostile.map((h) => `https://m.example/r?${h}`),
        ),
        { maxKeys: 5 },
      )
      .map((map) => ({ ...map, sign_type: 'RSA' }))
      .filter(boundedAmpersands);
    fc.assert(
      fc.property(form, (map) => {
        const { all } = signedResplits(map);
        const accepted = all.filter((m) => closedForm(m).ok);
        expect(accepted.length).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('the notification verifier: at most one passes the signature, at most one is accepted', () => {
    const verify = createLianLianNotificationVerifier('webPaymentNotify', {
      publicKeys: key.spkiPem,
    });
    const notification = fc
      .record({
        info_order: shortHostile,
        no_order: fc.constantFrom('A1', 'A1&zz=1', 'B2'),
        extra: fc.dictionary(fc.constantFrom('zz', 'aa', 'result_pay'), shortHostile, {
          maxKeys: 1,
        }),
      })
      .map(({ info_order, no_order, extra }) => ({
        bank_code: '01020000',
        dt_order: '20240101120000',
        money_order: '0.01',
        oid_partner: '201304121000001004',
        oid_paybill: '2024010100000001',
        pay_type: 'M',
        result_pay: 'SUCCESS',
        settle_date: '20240101',
        sign_type: 'RSA',
        info_order,
        no_order,
        ...extra,
      }))
      .filter(boundedAmpersands);
    fc.assert(
      fc.property(notification, (map) => {
        const { genuine, all } = signedResplits(map);
        const results = all.map((m) => verify(JSON.stringify(m), 'text/json;charset=utf-8'));
        const signatureOk = results.filter((r) => r.ok || r.reason === 'invalid-fields');
        expect(signatureOk.length).toBeLessThanOrEqual(1);
        expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(1);
        if (isStrictClean(map)) {
          const own = verify(JSON.stringify(genuine), 'text/json');
          expect(own.ok || own.reason === 'invalid-fields').toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('verifiers behind HTTP accept at most one map per sign source', () => {
  let server: Server;
  let url: string;
  let respond: (req: IncomingMessage, res: ServerResponse) => void;

  beforeAll(async () => {
    server = createServer((req, res) => respond(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const NOTIFY_BASE = {
    dt_order: '20240101120000',
    money_order: '0.01',
    no_order: 'A1',
    oid_partner: '201304121000001004',
    oid_paybill: '2024010100000001',
    pay_type: 'M',
    result_pay: 'SUCCESS',
    sign_type: 'RSA',
  };
  const ANSWER_BASE = {
    dt_order: '20180828153543',
    money_order: '55.44',
    no_order: '20180828153543',
    oid_partner: '201304121000001004',
    oid_paybill: '2018082971158876',
    ret_code: '0000',
    sign_type: 'RSA',
  };

  it('the notification handler runs its callback for at most one of them', async () => {
    const notification = fc
      .record({
        info_order: shortHostile,
        extra: fc.dictionary(fc.constantFrom('zz', 'aa'), shortHostile, { maxKeys: 1 }),
      })
      .map(({ info_order, extra }): FieldMap => ({ ...NOTIFY_BASE, info_order, ...extra }))
      .filter(boundedAmpersands);
    await fc.assert(
      fc.asyncProperty(notification, async (map) => {
        const { all } = signedResplits(map);
        let runs = 0;
        for (const candidate of all) {
          // A fresh handler (and store) per candidate, and an order that matches it: only the
          // signature and the splice rule decide.
          respond = createLianLianNotificationHandler('webPaymentNotify', {
            publicKeys: key.spkiPem,
            findOrder: () => ({
              oid_partner: candidate.oid_partner ?? '',
              no_order: candidate.no_order ?? '',
              money_order: candidate.money_order ?? '',
            }),
            onNotification: () => {
              runs += 1;
            },
          });
          const response = await fetch(`${url}/notify`, {
            method: 'POST',
            headers: { 'content-type': 'text/json;charset=utf-8' },
            body: JSON.stringify(candidate),
          });
          await response.arrayBuffer();
        }
        expect(runs).toBeLessThanOrEqual(1);
      }),
      // Always also the review's shape: a remark that re-splits into an extra field.
      { ...FEW, examples: [[{ ...NOTIFY_BASE, info_order: 'x&j=y' }]] },
    );
  });

  it("the client's answer verification takes at most one of them as a signed answer", async () => {
    const client = createLianLianClient({
      oidPartner: '201304121000001004',
      privateKey: key.pkcs8Base64,
      lianlianPublicKey: key.spkiPem,
      signType: 'RSA',
      baseUrls: { mpayVerify: url, easypayVerify: url, instantPayConfirm: url },
      timeoutMs: 5_000,
    });
    const answer = fc
      .record({
        ret_msg: shortHostile,
        extra: fc.dictionary(fc.constantFrom('zz', 'aa'), shortHostile, { maxKeys: 1 }),
      })
      .map(({ ret_msg, extra }): FieldMap => ({
        ...ANSWER_BASE,
        ret_msg: `ok${ret_msg}`,
        ...extra,
      }))
      .filter(boundedAmpersands);
    await fc.assert(
      fc.asyncProperty(answer, async (map) => {
        const { genuine, all } = signedResplits(map);
        let verified = 0;
        for (const candidate of all) {
          respond = (_req, res) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify(candidate));
          };
          const outcome = await client
            .mpayVerify({
              no_order: '20180828153543',
              money_order: '55.44',
              token: 'E4A27991786F7114DCAF88C266A465C2',
              verify_code: '123456',
            })
            .then(
              () => 'resolved',
              (error: unknown) => error,
            );
          // A signature refusal is a ResponseSignatureError; every other outcome comes after the
          // signature was taken as LianLian's.
          if (outcome === 'resolved') verified += 1;
          else if (outcome instanceof BusinessFailureError) verified += outcome.verified ? 1 : 0;
          else if (outcome instanceof ResponseValidationError) verified += 1;
          else expect(outcome).toBeInstanceOf(ResponseSignatureError);
          if (isStrictClean(map) && JSON.stringify(candidate) === JSON.stringify(genuine)) {
            expect(outcome).toBe('resolved');
          }
        }
        expect(verified).toBeLessThanOrEqual(1);
      }),
      // Always also a ret_msg that re-splits into an extra field (ret_msg < s < sign_type).
      { ...FEW, examples: [[{ ...ANSWER_BASE, ret_msg: 'ok&s=1' }]] },
    );
  });
});

describe('signers sign only maps whose sign source has no other accepted reading', () => {
  it('signParams (strict): the strict verifier accepts exactly the signed map', () => {
    fc.assert(
      fc.property(genericMap, (map) => {
        let signed: Record<string, unknown>;
        try {
          signed = signParams({ ...map, sign_type: 'RSA' }, { privateKey: key.privateKey });
        } catch {
          expect(isStrictClean({ ...map, sign_type: 'RSA' })).toBe(false);
          return;
        }
        const own = withoutEmpty(signed as FieldMap);
        const others = resplits(rawSignSource(own)).map((m) => ({ ...m, sign: signed.sign }));
        expect(others.filter((m) => strict(m).ok)).toEqual([{ ...own, sign: signed.sign }]);
      }),
      RUNS,
    );
  });

  it('the closed rule (client, form builder): the sandbox and the strict verifier accept only the signed map', () => {
    const ordering = signingFields.webPayment.request;
    const uriFields = signingUriFields.webPayment;
    const form = fc
      .dictionary(
        fc.constantFrom(...ordering),
        fc.oneof(
          hostile,
          hostile.map((h) => `https://m.example/r?${h}`),
        ),
        { maxKeys: 5 },
      )
      .filter(boundedAmpersands);
    fc.assert(
      fc.property(
        form.map((map) => ({ ...map, sign_type: 'RSA' })),
        (map) => {
          let source: string;
          try {
            source = signSourceOrdered(map, ordering, { uriFields });
          } catch {
            return;
          }
          fc.pre(source !== '');
          const sign = signString(source, { privateKey: key.privateKey, signType: 'RSA' });
          const own = { ...withoutEmpty(map), sign };
          const readings = resplits(source).map((m) => ({ ...m, sign }));
          expect(readings.filter((m) => closedForm(m).ok)).toEqual([own]);
          expect(readings.filter((m) => strict(m).ok).length).toBeLessThanOrEqual(1);
        },
      ),
      RUNS,
    );
  });

  it('the client: what it sends has one reading the sandbox accepts; what it refuses is never sent', async () => {
    const mpay = sandboxCatalogue.jsonOperations.find((o) => o.operationId === 'mpayVerify');
    const closedMpay = createVerifier({
      publicKeys: key.publicKey,
      closedMessage: mpay!.signMessage,
    });
    const bodies: string[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        bodies.push(Buffer.concat(chunks).toString('utf8'));
        res.writeHead(503).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client = createLianLianClient({
      oidPartner: '201304121000001004',
      privateKey: key.pkcs8Base64,
      lianlianPublicKey: key.spkiPem,
      signType: 'RSA',
      baseUrls: { mpayVerify: url, easypayVerify: url, instantPayConfirm: url },
    });
    let sent = 0;
    let refused = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.record({ no_order: hostileOf(3), token: hostileOf(3) }),
          async ({ no_order, token }) => {
            fc.pre(no_order !== '' && token !== '');
            bodies.length = 0;
            const error: unknown = await client
              .mpayVerify({ no_order, token, money_order: '1.00', verify_code: '123456' })
              .catch((e: unknown) => e);
            // Refused exactly when a value holds `&name=` (no_order and token are not URLs).
            expect(error instanceof RequestValidationError).toBe(
              !isStrictClean({ no_order, token }),
            );
            if (error instanceof RequestValidationError) {
              expect(error.issues[0]).toMatchObject({ limit: 'SIGN_SOURCE_AMBIGUOUS' });
              expect(bodies).toEqual([]);
              refused += 1;
              return;
            }
            expect(bodies).toHaveLength(1);
            sent += 1;
            const message = JSON.parse(bodies[0] as string) as FieldMap;
            const readings = resplits(rawSignSource(message)).map((m) => ({
              ...m,
              sign: message.sign as string,
            }));
            expect(readings.filter((m) => closedMpay(m).ok)).toEqual(
              [withoutEmpty(message)].map((m) => ({ ...m, sign: message.sign })),
            );
          },
        ),
        { numRuns: 150 },
      );
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    expect(sent).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  });

  it('buildWebPaymentForm: the sandbox accepts no other reading of a form it built', () => {
    const NOW = new Date(Date.UTC(2024, 0, 1, 4, 0, 0));
    const fields = fc.record({
      info_order: hostile,
      name_goods: fc.constantFrom('Pen', 'Pen&x', '钢笔 & 墨水'),
      notify_url: queryHostile.map((h) => `https://m.example/n?${h}`),
      url_return: queryHostile.map((h) => `https://m.example/r?${h}`),
    });
    let built = 0;
    let refused = 0;
    fc.assert(
      fc.property(fields, (extra) => {
        // The closed rule's oracle, written here: which of the given fields it refuses.
        const names: readonly string[] = [...signingFields.webPayment.request, 'sign'];
        const uriFields: readonly string[] = signingUriFields.webPayment;
        const violations = (map: Record<string, string>) =>
          Object.entries(map).filter(([field, value]) => {
            const starts = [...value.matchAll(/&([A-Za-z0-9_]+)=/g)].map((m) => m[1] as string);
            return uriFields.includes(field)
              ? starts.some((name) => names.includes(name))
              : starts.length > 0;
          });
        let form;
        try {
          form = buildWebPaymentForm(
            {
              user_id: 'u1',
              busi_partner: '109001',
              no_order: 'A1',
              dt_order: '20240101120000',
              money_order: '0.01',
              userreq_ip: '122_11_37_211',
              pay_type: 'M',
              risk_item: {
                frms_ware_category: '4007',
                user_info_mercht_userno: 'u1',
                user_info_bind_phone: '13800000000',
                user_info_dt_register: '20230101120000',
                goods_name: 'Pen',
              },
              ...extra,
            },
            { oidPartner: '201304121000001004', privateKey: key.pkcs8Base64, now: () => NOW },
          );
        } catch (error) {
          // Refused exactly when the oracle refuses, for the splice rule and a field it names.
          expect(error).toMatchObject({ code: 'SIGN_SOURCE_AMBIGUOUS' });
          expect(violations(extra).map(([field]) => field)).toContain(
            (error as { field: string }).field,
          );
          refused += 1;
          return;
        }
        built += 1;
        // A form has some fifteen fields and thousands of readings, so instead of enumerating
        // them this checks the whole form obeys the closed rule, which the properties above show
        // leaves one reading, and that the sandbox's verifier takes that one.
        const sent = Object.fromEntries(form.fields);
        expect(violations(sent)).toEqual([]);
        expect(closedForm(sent).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
    // Not vacuous: forms are built, and forms are refused.
    expect(built).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(20);
  });
});

describe('lianlian verify (command line)', () => {
  const temp = tempDir('lianlian-splice');
  afterAll(() => temp.remove());

  it('reports valid for exactly one reading of a spliced sign source', () => {
    cliCommand();
    const files = writeKeyFiles(temp.dir, 'lianlian', key);
    const source = 'a=x&b=y&c=z&sign_type=RSA';
    const sign = signString(source, { privateKey: key.privateKey, signType: 'RSA' });
    const readings = resplits(source).map((m) => ({ ...m, sign }));
    // a=x&b=y | a=x, b=y | b=y&c=z | ... : every cut that keeps names ascending.
    expect(readings.length).toBeGreaterThan(3);
    const valid = readings.filter(
      (m) => runCli(['verify', '-p', files.publicPem], JSON.stringify(m)).status === 0,
    );
    expect(valid).toEqual([{ a: 'x', b: 'y', c: 'z', sign_type: 'RSA', sign }]);
  });
});
