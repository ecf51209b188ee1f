// A member name given twice in one JSON object (or one form) is refused by every entry point, the
// same way: the runtime's one reader (json-text.ts), the client, the notification verifier, the
// envelope opener, the CLI and the sandbox. JSON.parse keeps the last copy, so before this
// `{"ret_code":"1001",…,"ret_code":"0000"}` read as paid to the client while the notification
// parser refused it.
import { generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLianLianClient,
  createLianLianNotificationVerifier,
  EnvelopeError,
  UnparseableBodyError,
  encryptPayload,
  openEnvelopeBody,
} from '../../generated/src/index.js';
import {
  readJsonFields,
  readJsonObject,
  readJsonValue,
} from '../../generated/src/runtime/shared/json-text.js';
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import { runCli, tempDir } from '../support/crypto-tools.js';
import { referenceSign, startStandIn, type StandIn } from '../support/client-server.js';
import { MERCHANT, startTestSandbox, type TestSandbox } from '../support/e2e-sandbox.js';
import { rsaKeyPair, writeKeyFiles, type TestKeyPair } from '../support/keys.js';
import { paidMpayAnswer } from '../support/answers.js';

/** A JSON object text and the member name it repeats. */
interface Duplicated {
  text: string;
  key: string;
  /** The same object with the repeat left out: valid, so refusals are for the repeat alone. */
  without: string;
}

const name = fc.oneof(
  fc.constantFrom('ret_code', 'ret_msg', 'sign', 'money_order', 'oid_partner', '__proto__', 'a'),
  fc.string({ minLength: 1, maxLength: 8 }),
);
const valueText = fc.oneof(
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
);
const space = fc.constantFrom('', ' ', '\n', '\t', ' \r\n ');

/** A JSON name written with each character optionally as a \u escape: the same name decoded. */
const spelled = (key: string) =>
  fc.array(fc.boolean(), { minLength: key.length, maxLength: key.length }).map((flags) => {
    const chars = [...key].map((char, i) => {
      const code = char.charCodeAt(0);
      if (flags[i] && char.length === 1) return `\\u${code.toString(16).padStart(4, '0')}`;
      return JSON.stringify(char).slice(1, -1);
    });
    return `"${chars.join('')}"`;
  });

/** Any JSON object text in which one member name occurs twice, at the top or one level down. */
const duplicated: fc.Arbitrary<Duplicated> = fc
  .record({
    members: fc.uniqueArray(fc.tuple(name, valueText), {
      minLength: 1,
      maxLength: 6,
      selector: ([key]) => key,
    }),
    pick: fc.nat(),
    at: fc.nat(),
    nested: fc.boolean(),
    again: valueText,
    gap: space,
  })
  .chain(({ members, pick, at, nested, again, gap }) => {
    const [key] = members[pick % members.length] as [string, string];
    return spelled(key).map((repeat) => {
      const member = ([k, v]: [string, string]) => `${gap}${JSON.stringify(k)}${gap}:${gap}${v}`;
      const plain = members.map(member);
      const withRepeat = [...plain];
      withRepeat.splice(at % (plain.length + 1), 0, `${gap}${repeat}:${again}`);
      const object = (parts: string[]) => `{${parts.join(',')}${gap}}`;
      if (!nested) {
        return { text: object(withRepeat), key, without: object(plain) };
      }
      return {
        text: `{"outer":${object(withRepeat)},"ret_code":"0000"}`,
        key,
        without: `{"outer":${object(plain)},"ret_code":"0000"}`,
      };
    });
  });

/** How each entry point shows a repeated name: printable ASCII, long digit runs masked, cut. */
function shown(key: string): string {
  const printable = key
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/[0-9]{7,}/g, (run) => `${'*'.repeat(run.length - 4)}${run.slice(-4)}`);
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}

describe('the runtime JSON reader', () => {
  it('refuses any object text with a repeated member name, naming it, and reads the rest', () => {
    fc.assert(
      fc.property(duplicated, ({ text, key, without }) => {
        const read = readJsonObject(text);
        expect(read).toMatchObject({ ok: false, problem: 'duplicate-key', key: shown(key) });
        const clean = readJsonObject(without);
        expect(clean.ok).toBe(true);
        if (clean.ok) expect(clean.value).toEqual(JSON.parse(without));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with JSON.parse on every object without repeats, and keeps number text as sent', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ stringUnit: 'binary' })),
        space,
        (object, gap) => {
          const text = `${gap}${JSON.stringify(object, null, gap === '' ? undefined : 1)}${gap}`;
          const read = readJsonObject(text);
          if (!read.ok) throw new Error(read.detail);
          expect(read.value).toStrictEqual(JSON.parse(text));
        },
      ),
      { numRuns: 500 },
    );
    const read = readJsonObject('{"money_order":10.00,"n":null,"s":"\\u0041"}');
    expect(read).toEqual({
      ok: true,
      value: { money_order: 10, n: null, s: 'A' },
      fields: { money_order: '10.00', s: 'A' },
    });
  });

  it('reads the same fields and refuses the same texts when asked for the fields alone', () => {
    const sameAsFull = (text: string) => {
      const full = readJsonObject(text);
      const fields = readJsonFields(text);
      if (full.ok) expect(fields).toStrictEqual({ ok: true, fields: full.fields });
      else expect(fields).toStrictEqual(full);
    };
    fc.assert(
      fc.property(
        fc.oneof(
          duplicated.map((d) => d.text),
          duplicated.map((d) => d.without),
          fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })).map((o) => JSON.stringify(o)),
          fc.json({ stringUnit: 'binary' }),
          fc.string({ unit: 'binary' }),
        ),
        sameAsFull,
      ),
      { numRuns: 2000 },
    );
    // A null member is never a field, yet a repeat of its name is still a repeat.
    for (const text of [
      '{"a":null,"a":1}',
      '{"a":1,"a":null}',
      '{"a":null,"a":null}',
      '{"a":null}',
    ])
      sameAsFull(text);
    expect(readJsonFields('{"a":null,"a":"x"}')).toMatchObject({ ok: false, key: 'a' });
  });

  it('never throws, and refuses whatever JSON.parse refuses', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.json({ stringUnit: 'binary' }),
          fc.json().map((t) => t.slice(0, -1)),
          // A broken escape in an otherwise valid text.
          fc.json({ stringUnit: 'binary' }).map((t) => t.replace('\\', '\\x')),
        ),
        (text) => {
          let parsed = true;
          try {
            JSON.parse(text);
          } catch {
            parsed = false;
          }
          const value = readJsonValue(text);
          if (!parsed) expect(value.ok).toBe(false);
          // What JSON.parse reads is read alike, unless it repeats a name or nests too deep.
          else if (value.ok) expect(value.value).toStrictEqual(JSON.parse(text));
          else expect(['duplicate-key', 'too-deep']).toContain(value.problem);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('every entry point refuses a repeated member name', () => {
  let merchant: TestKeyPair;
  let lianlian: TestKeyPair;
  let standIn: StandIn;
  let env: TestSandbox;

  beforeAll(async () => {
    [merchant, lianlian] = await Promise.all([rsaKeyPair(2048), rsaKeyPair(1024)]);
    standIn = await startStandIn({
      merchantPublicKey: merchant.publicKey,
      lianlianPrivateKey: lianlian.privateKey,
      otherPrivateKey: generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey,
    });
    env = await startTestSandbox();
  });

  afterAll(async () => {
    await standIn?.close();
    await env?.sandbox.close();
  });

  const client = () =>
    createLianLianClient({
      oidPartner: MERCHANT,
      privateKey: merchant.pkcs8Base64,
      lianlianPublicKey: lianlian.spkiBase64,
      signType: 'RSA',
      baseUrls: { mpayVerify: standIn.url },
      timeoutMs: 3_000,
    });
  const mpayParams = {
    no_order: '20180828153543',
    money_order: '55.44',
    token: 'E4A27991786F7114DCAF88C266A465C2',
    verify_code: '123456',
  };

  it('client: a signed paid answer with a failure ret_code put in front is refused, not paid', async () => {
    const paid = paidMpayAnswer({ oid_partner: MERCHANT, ...mpayParams });
    paid.sign = referenceSign(paid, lianlian.privateKey);
    // Every value a string: JSON.parse keeps the last ret_code, and the signature still verifies.
    const body = JSON.stringify(paid).replace('{', '{"ret_code":"1001",');
    standIn.reply({ kind: 'raw', body, contentType: 'application/json' });
    const error = await client()
      .mpayVerify(mpayParams)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(UnparseableBodyError);
    expect(error).toMatchObject({
      code: 'UNPARSEABLE_BODY',
      field: 'ret_code',
      outcomeUnknown: true,
    });
    expect(String((error as Error).message)).toContain('"ret_code" appears more than once');
  });

  it('client: any answer with a repeated name is an UnparseableBodyError naming it', async () => {
    const ll = client();
    await fc.assert(
      fc.asyncProperty(duplicated, async ({ text, key }) => {
        standIn.reply({ kind: 'raw', body: text, contentType: 'text/html' });
        const error = await ll.mpayVerify(mpayParams).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(UnparseableBodyError);
        expect(error).toMatchObject({ field: shown(key) });
      }),
      { numRuns: 60 },
    );
  });

  it('notification verifier: refused as malformed-body, JSON and form alike', () => {
    const verify = createLianLianNotificationVerifier('webPaymentNotify', {
      publicKeys: lianlian.spkiBase64,
    });
    fc.assert(
      fc.property(duplicated, fc.constantFrom('text/json', 'application/json', null), (d, type) => {
        const result = verify(d.text, type);
        expect(result).toMatchObject({ ok: false, reason: 'malformed-body' });
        if (!result.ok) expect(result.detail).toContain(`"${shown(d.key)}" appears more than once`);
      }),
      { numRuns: 500 },
    );
    const form = verify(
      'ret_code=1001&oid_partner=1&ret_code=0000',
      'application/x-www-form-urlencoded',
    );
    expect(form).toMatchObject({ ok: false, reason: 'malformed-body' });
  });

  it('envelope: an opened plaintext with a repeated name is ENVELOPE_JSON naming it', () => {
    fc.assert(
      fc.property(duplicated, ({ text, key }) => {
        const body = { oid_partner: MERCHANT, pay_load: encryptPayload(text, lianlian.spkiBase64) };
        let caught: unknown;
        try {
          openEnvelopeBody(body, lianlian.pkcs8Base64);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(EnvelopeError);
        expect(caught).toMatchObject({ code: 'ENVELOPE_JSON', field: shown(key) });
      }),
      { numRuns: 150 },
    );
  });

  it('CLI: sign-source, sign, verify and decrypt exit 2 naming the repeated name', () => {
    const temp = tempDir('lianlian-duplicates');
    try {
      const files = writeKeyFiles(temp.dir, 'merchant', merchant);
      const commands = [
        ['sign-source'],
        ['sign', '--key', files.privatePem],
        ['verify', '--public-key', files.publicPem],
        ['decrypt', '--key', files.privatePem],
      ];
      fc.assert(
        fc.property(duplicated, fc.constantFrom(...commands), ({ text, key }, args) => {
          const result = runCli(args, text);
          expect(result.status).toBe(2);
          expect(result.stdout.toString()).toBe('');
          expect(result.stderr.toString()).toContain(`"${shown(key)}" appears more than once`);
        }),
        { numRuns: 12 },
      );
    } finally {
      temp.remove();
    }
  });

  it('sandbox notifier: an acknowledgement repeating ret_code (or padded past 4 KiB) is none', async () => {
    const acks: Record<string, string> = {
      '/ok': '{"ret_code":"0000","ret_msg":"交易成功"}',
      '/dup': '{"ret_code":"9999","ret_msg":"x","ret_code":"0000"}',
      '/big': `{"ret_code":"0000","ret_msg":"交易成功"}${' '.repeat(8192)}`,
    };
    const server = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(acks[req.url ?? ''] ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const ll = createLianLianClient({
        oidPartner: MERCHANT,
        privateKey: env.merchantKeys.pkcs8Base64,
        lianlianPublicKey: env.sandbox.lianlianPublicKeyPem,
        signType: 'RSA',
        baseUrls: { instantPayConfirm: env.sandbox.url },
      });
      for (const path of Object.keys(acks)) {
        const noOrder = `ACK${path.slice(1)}-${Date.now()}`;
        const { confirm_code } = env.sandbox.holdPayout({
          oidPartner: MERCHANT,
          noOrder,
          moneyOrder: '88.00',
        });
        await ll.instantPayConfirm({
          api_version: '1.0',
          no_order: noOrder,
          confirm_code,
          notify_url: `${base}${path}`,
        });
      }
      await env.sandbox.notificationsSettled();
      const outcome = (path: string) =>
        env.sandbox.deliveries.find((d) => d.url === `${base}${path}`)?.acknowledged;
      expect(outcome('/ok')).toBe(true);
      expect(outcome('/dup')).toBe(false);
      expect(outcome('/big')).toBe(false);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('sandbox: a JSON operation answers 1012, the token endpoint 400, the form page 1012', async () => {
    await fc.assert(
      fc.asyncProperty(duplicated, async ({ text }) => {
        const response = await fetch(`${env.sandbox.url}/v1/bankcardprepay`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: text,
        });
        expect(await response.json()).toMatchObject({ ret_code: '1012' });
      }),
      { numRuns: 60 },
    );
    const body = JSON.stringify({ oid_partner: MERCHANT, no_order: 'N1', money_order: '1.00' });
    const tokens = await fetch(`${env.sandbox.url}/sandbox/tokens`, {
      method: 'POST',
      body: body.replace('{', '{"money_order":"99999.00",'),
    });
    expect(tokens.status).toBe(400);
    expect(await tokens.json()).toMatchObject({ field: 'money_order' });
    const form = await fetch(`${env.sandbox.url}${sandboxCatalogue.forms[0]!.path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'money_order=0.01&money_order=9999.00',
    });
    expect(await form.text()).toContain('<span id="ret-code">1012</span>');
  });
});
