// Size limits on everything received: the client's response body (counted after decompression,
// against a real local HTTP server that streams a huge body or sends a gzip bomb), envelopes
// (checked before any base64 work) and notification bodies, and the options that set them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ClientConfigError,
  ConfigurationError,
  createLianLianClient,
  createLianLianNotificationHandler,
  createLianLianNotificationVerifier,
  decryptPayload,
  EnvelopeError,
  MAX_ENVELOPE_LENGTH,
  openEnvelopeBody,
  parseEnvelope,
  ResponseTooLargeError,
  startSandbox,
  type LianLianClientConfig,
} from '../../generated/src/index.js';
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import { referenceSign } from '../support/client-server.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';
import { paidMpayAnswer } from '../support/answers.js';

const OID_PARTNER = '201304121000001004';
const mpayParams = {
  no_order: '20180828153543',
  money_order: '55.44',
  token: 'E4A27991786F7114DCAF88C266A465C2',
  verify_code: '123456',
};
const DEFAULT_CAP = 256 * 1024;
const MiB = 1024 * 1024;

let merchant: TestKeyPair;
let lianlian: TestKeyPair;
let paidJson: string;

beforeAll(async () => {
  [merchant, lianlian] = await Promise.all([rsaKeyPair(2048), rsaKeyPair(1024)]);
  const paid = paidMpayAnswer({ oid_partner: OID_PARTNER, ...mpayParams });
  paid.sign = referenceSign(paid, lianlian.privateKey);
  paidJson = JSON.stringify(paid);
});

/** What the server saw of one answer: bytes it managed to write, and whether it wrote them all. */
interface Sent {
  written: number;
  finished: boolean;
}

type Answer = (sent: Sent, write: (chunk: Buffer) => Promise<boolean>) => Promise<void>;

describe('the client caps the response body', () => {
  let server: Server;
  let url: string;
  let answer: Answer;
  let sent: Promise<Sent>;
  let replyHeaders: Record<string, string> = {};

  beforeEach(() => {
    replyHeaders = {};
  });

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      for (const [name, value] of Object.entries(replyHeaders)) res.setHeader(name, value);
      const state: Sent = { written: 0, finished: false };
      let closed = false;
      let settle: (s: Sent) => void = () => {};
      sent = new Promise((resolve) => (settle = resolve));
      res.on('close', () => {
        closed = true;
        settle(state);
      });
      // Writes with back-pressure; false once the client has gone.
      const write = async (chunk: Buffer): Promise<boolean> => {
        if (closed) return false;
        state.written += chunk.length;
        if (!res.write(chunk)) {
          await new Promise<void>((resolve) => {
            res.once('drain', resolve);
            res.once('close', resolve);
          });
        }
        return !closed;
      };
      void answer(state, write).then(() => {
        if (closed) return;
        state.finished = true;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const config = (overrides: Partial<LianLianClientConfig> = {}): LianLianClientConfig => ({
    oidPartner: OID_PARTNER,
    privateKey: merchant.pkcs8Base64,
    lianlianPublicKey: lianlian.spkiBase64,
    signType: 'RSA',
    baseUrls: { mpayVerify: url },
    timeoutMs: 20_000,
    ...overrides,
  });

  const outcome = (promise: Promise<unknown>) =>
    promise.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );

  /** A signed paid answer followed by `padding` bytes of whitespace, written in 64 KiB chunks. */
  const paidWithPadding =
    (padding: number): Answer =>
    async (_state, write) => {
      if (!(await write(Buffer.from(paidJson)))) return;
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      for (let left = padding; left > 0; left -= chunk.length) {
        if (!(await write(left >= chunk.length ? chunk : chunk.subarray(0, left)))) return;
      }
    };

  it('stops reading a huge answer at the cap and says the outcome is unknown', async () => {
    // The review's case: a signed paid answer padded with whitespace resolved as paid, at any size.
    answer = paidWithPadding(96 * MiB);
    const before = process.memoryUsage().rss;
    const result = await outcome(createLianLianClient(config()).mpayVerify(mpayParams));
    expect(result).toHaveProperty('error');
    const error = (result as { error: unknown }).error;
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({
      code: 'RESPONSE_TOO_LARGE',
      outcomeUnknown: true,
      limit: DEFAULT_CAP,
      status: 200,
    });
    expect((error as Error).message).toMatch(/outcome is unknown: query the order/);
    // The server notices: the connection is closed long before its 96 MiB are written.
    const seen = await sent;
    expect(seen.finished).toBe(false);
    // Measured: about 4 MB written (socket buffers) of 96 MiB.
    expect(seen.written).toBeLessThan(32 * MiB);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * MiB);
  }, 30_000);

  it('counts decompressed bytes: a gzip bomb is stopped at the cap', async () => {
    // 64 MiB of whitespace after a signed paid answer: 64 KiB on the wire.
    const bomb = gzipSync(Buffer.concat([Buffer.from(paidJson), Buffer.alloc(64 * MiB, 0x20)]), {
      level: 9,
    });
    expect(bomb.length).toBeLessThan(DEFAULT_CAP);
    answer = async (_state, write) => {
      await write(bomb);
    };
    replyHeaders = { 'Content-Encoding': 'gzip', 'Content-Type': 'application/json' };
    // The real fetch, observed: how many decompressed bytes did the client pull out of it?
    let pulled = 0;
    const observed = async (request: Request) => {
      const response = await fetch(request);
      const counter = new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          pulled += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      return new Response(response.body?.pipeThrough(counter), {
        status: response.status,
        headers: response.headers,
      });
    };
    const result = await outcome(
      createLianLianClient(config({ fetch: observed })).mpayVerify(mpayParams),
    );
    const error = (result as { error?: unknown }).error;
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(pulled).toBeGreaterThan(DEFAULT_CAP);
    // Measured: 278 528 of 64 MiB (one 16 KiB inflate chunk past the cap).
    expect(pulled).toBeLessThan(DEFAULT_CAP + MiB);

    // And through the client's own fetch, without the observer.
    replyHeaders = { 'Content-Encoding': 'gzip', 'Content-Type': 'application/json' };
    const plain = await outcome(createLianLianClient(config()).mpayVerify(mpayParams));
    expect((plain as { error?: unknown }).error).toBeInstanceOf(ResponseTooLargeError);
  }, 30_000);

  it('reads an answer up to the cap, and a cap set by maxResponseBytes', async () => {
    answer = paidWithPadding(DEFAULT_CAP - paidJson.length - 10);
    const within = await createLianLianClient(config()).mpayVerify(mpayParams);
    expect(within.branch).toBe('paid');

    answer = paidWithPadding(0);
    const exact = Buffer.byteLength(paidJson);
    const fits = await createLianLianClient(config({ maxResponseBytes: exact })).mpayVerify(
      mpayParams,
    );
    expect(fits.branch).toBe('paid');
    const over = await outcome(
      createLianLianClient(config({ maxResponseBytes: exact - 1 })).mpayVerify(mpayParams),
    );
    expect((over as { error?: unknown }).error).toMatchObject({
      code: 'RESPONSE_TOO_LARGE',
      limit: exact - 1,
    });
  });

  it('refuses a maxResponseBytes that is not a whole number of bytes', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '1000', 2 ** 31]) {
      expect(() => createLianLianClient(config({ maxResponseBytes: bad as number }))).toThrow(
        expect.objectContaining({ code: 'CLIENT_CONFIG', field: 'maxResponseBytes' }),
      );
    }
    expect(() => createLianLianClient(config({ maxResponseBytes: 0 }))).toThrow(ClientConfigError);
  });
});

describe('envelopes are size-checked before any base64 work', () => {
  const fieldsOf = (ciphertext: string) => `lianpay1_0_1$AAAA$AAAA$QUFBQUFBQUE=$${ciphertext}$AAAA`;

  it('refuses an 8 MB base64 field with ENVELOPE_TOO_LARGE (it threw RangeError)', () => {
    const huge = fieldsOf(
      Buffer.alloc(6 * MiB, 7)
        .toString('base64')
        .replace(/A/g, 'B') + 'x+/Q',
    );
    const random = fieldsOf(
      Array.from({ length: 2 * MiB }, (_, i) => 'AB+/'[i % 4] ?? 'A').join(''),
    );
    for (const envelope of [huge, random]) {
      for (const open of [
        () => parseEnvelope(envelope),
        () => decryptPayload(envelope, lianlian.privateKey),
        () =>
          openEnvelopeBody({ oid_partner: OID_PARTNER, pay_load: envelope }, lianlian.privateKey),
      ]) {
        let caught: unknown;
        try {
          open();
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(EnvelopeError);
        expect(caught).toMatchObject({ code: 'ENVELOPE_TOO_LARGE', field: 'pay_load' });
      }
    }
  });

  it('accepts sizes up to the limit, and throws only EnvelopeError for any size around it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_ENVELOPE_LENGTH + 4096 }),
        fc.constantFrom('A', 'AB+/', '!', '\r\n', '$', '='),
        (length, unit) => {
          const prefix = fieldsOf('');
          const filler = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
          const envelope = prefix.replace('$$', `$${filler}$`);
          try {
            parseEnvelope(envelope);
          } catch (error) {
            expect(error).toBeInstanceOf(EnvelopeError);
            const code = (error as EnvelopeError).code;
            if (envelope.length > MAX_ENVELOPE_LENGTH) expect(code).toBe('ENVELOPE_TOO_LARGE');
            else expect(code).not.toBe('ENVELOPE_TOO_LARGE');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('notification inputs are size-checked before parsing', () => {
  it('refuses a body over maxBodyBytes as body-too-large, string or bytes', () => {
    const verify = createLianLianNotificationVerifier('webPaymentNotify', {
      publicKeys: lianlian.spkiBase64,
      maxBodyBytes: 1024,
    });
    const big = `{"a":"${'x'.repeat(2000)}"}`;
    for (const body of [big, Buffer.from(big), `${'中'.repeat(400)}`]) {
      expect(verify(body, 'text/json')).toMatchObject({ ok: false, reason: 'body-too-large' });
    }
  });

  it('refuses a limit that is no limit (NaN, Infinity, 0, fractions) at creation', async () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 0, -5, 10.5, '64']) {
      const options = { publicKeys: lianlian.spkiBase64, maxBodyBytes: bad as number };
      const expected = expect.objectContaining({ code: 'LIMIT_INVALID', field: 'maxBodyBytes' });
      expect(() => createLianLianNotificationVerifier('webPaymentNotify', options)).toThrow(
        expected,
      );
      expect(() =>
        createLianLianNotificationHandler('webPaymentNotify', {
          ...options,
          findOrder: () => undefined,
          onNotification: () => {},
        }),
      ).toThrow(expected);
      await expect(
        startSandbox({ catalogue: sandboxCatalogue, merchants: [], maxBodyBytes: bad as number }),
      ).rejects.toThrow(ConfigurationError);
    }
  });
});
