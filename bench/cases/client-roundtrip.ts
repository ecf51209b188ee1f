/**
 * Case 5: a generated-client round trip to a local server against the same call written by hand.
 *
 * Server: node:http on 127.0.0.1 in this process. It reads the request body and answers with
 * one pre-signed MPAY Verify response (seed 000's, signed with LianLian's bench key), so the
 * server's own cost is as small as it can be and equal for both sides. Before timing, it checks
 * once that each side's request carries a valid signature over what was sent.
 * Subject: `createLianLianClient(...).mpayVerify(params)` (openapi-fetch + middleware pipeline).
 * Baseline: hand-written: sign source by sort-and-join, bare crypto.sign, JSON.stringify, raw
 * fetch, JSON.parse, sign source of the response, bare crypto.verify.
 * Second baseline: openapi-fetch with no middleware and the runtime's own signing and verifier
 * (`signParams`, `createVerifier`): what the middleware design costs on top of the same steps.
 * Concurrency: 64 calls in flight at once (one `Promise.all`), client against the hand-written call.
 * 1024-bit keys, sign_type RSA, global fetch with keep-alive for both.
 */
import { sign as rsaSign, verify as rsaVerify } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import createClient from 'openapi-fetch';
import {
  clientOperations,
  createLianLianClient,
  createVerifier,
  signParams,
} from '../../generated/dist/index.js';
import {
  handSignSource,
  mpayParams,
  mpayResponseBody,
  OID_PARTNER,
} from '../support/client-request.js';
import { compare } from '../support/harness.js';
import { benchKeys } from '../support/keys.js';
import { timingResult } from '../support/result.js';
import type { CaseResult } from '../support/types.js';

const DIGEST = 'md5';
const PATH = '/v1/bankcardprepay';
const IN_FLIGHT = 64;

interface LocalServer {
  url: string;
  /** While set, every request body's signature is checked; failures are counted. */
  checking: boolean;
  rejected: number;
  served: number;
  close(): Promise<void>;
}

async function startServer(
  responseText: string,
  merchantKey: Parameters<typeof rsaVerify>[2],
): Promise<LocalServer> {
  const state = { checking: true, rejected: 0, served: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (state.checking) {
        const message = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<
          string,
          string
        >;
        const ok =
          req.url === PATH &&
          typeof message.sign === 'string' &&
          rsaVerify(
            DIGEST,
            Buffer.from(handSignSource(message), 'utf8'),
            merchantKey,
            Buffer.from(message.sign, 'base64'),
          );
        if (!ok) state.rejected += 1;
      }
      state.served += 1;
      res.writeHead(200, { 'content-type': 'application/json;charset=UTF-8' });
      res.end(responseText);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

export async function run(): Promise<CaseResult[]> {
  const keys = benchKeys(1024);
  const body = mpayResponseBody();
  const responseSignature = rsaSign(
    DIGEST,
    Buffer.from(handSignSource(body), 'utf8'),
    keys.lianlian.privateKey,
  ).toString('base64');
  const server = await startServer(
    JSON.stringify({ ...body, sign: responseSignature }),
    keys.merchant.publicKey,
  );
  try {
    const params = mpayParams();
    const client = createLianLianClient({
      oidPartner: OID_PARTNER,
      privateKey: keys.merchant.privateKey,
      lianlianPublicKey: keys.lianlian.publicKey,
      signType: 'RSA',
      baseUrls: { mpayVerify: server.url },
    });
    const subject = async () => {
      const result = await client.mpayVerify(params as never);
      if (result.retCode !== '0000') throw new Error('unexpected outcome');
      return result;
    };
    const url = server.url + PATH;
    const baseline = async () => {
      const message: Record<string, unknown> = {
        ...params,
        oid_partner: OID_PARTNER,
        sign_type: 'RSA',
      };
      const source = handSignSource(message);
      message.sign = rsaSign(
        DIGEST,
        Buffer.from(source, 'utf8'),
        keys.merchant.privateKey,
      ).toString('base64');
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json;charset=utf-8', accept: 'application/json' },
        body: JSON.stringify(message),
      });
      const received = JSON.parse(await response.text()) as Record<string, unknown>;
      const valid = rsaVerify(
        DIGEST,
        Buffer.from(handSignSource(received), 'utf8'),
        keys.lianlian.publicKey,
        Buffer.from(String(received.sign), 'base64'),
      );
      if (!valid || received.ret_code !== '0000') throw new Error('unexpected outcome');
      return received;
    };
    // openapi-fetch, no middleware, the runtime's signing and verifier: the same signing steps.
    const bare = createClient<Record<string, never>>({ baseUrl: server.url });
    const verifier = createVerifier({
      publicKeys: keys.lianlian.publicKey,
      allowedSignTypes: clientOperations.mpayVerify.responseSignTypes,
    });
    const openapiFetch = async () => {
      const message = signParams(
        { ...params, oid_partner: OID_PARTNER },
        { privateKey: keys.merchant.privateKey, signType: 'RSA' },
      );
      const { data } = await (
        bare as unknown as {
          POST: (p: string, init: { body: unknown }) => Promise<{ data?: unknown }>;
        }
      ).POST(PATH, { body: message });
      const received = data as Record<string, unknown>;
      if (!verifier(received).ok || received.ret_code !== '0000')
        throw new Error('unexpected outcome');
      return received;
    };
    const all = (call: () => Promise<unknown>) => () =>
      Promise.all(Array.from({ length: IN_FLIGHT }, call));
    await subject();
    await baseline();
    await openapiFetch();
    if (server.rejected !== 0 || server.served !== 3) {
      throw new Error('the local server rejected a request signature');
    }
    server.checking = false;
    const comparison = await compare(subject, baseline, {
      async: true,
      batchMs: 60,
      warmupMs: 1500,
      budgetMs: 20_000,
    });
    const options = { async: true, batchMs: 60, warmupMs: 1500, budgetMs: 20_000 };
    const againstOpenapiFetch = await compare(subject, openapiFetch, options);
    const concurrent = await compare(all(subject), all(baseline), {
      ...options,
      batchMs: 200,
    });
    return [
      timingResult(
        'client-roundtrip/rsa-1024',
        'createLianLianClient().mpayVerify to node:http on 127.0.0.1',
        'hand-written: sort+join, crypto.sign, raw fetch, JSON.parse, crypto.verify',
        comparison,
        1.1,
      ),
      timingResult(
        'client-roundtrip/vs-openapi-fetch',
        'createLianLianClient().mpayVerify (middleware pipeline, validation, timeout)',
        'openapi-fetch POST, no middleware, runtime signParams and createVerifier',
        againstOpenapiFetch,
        1.05,
      ),
      timingResult(
        `client-roundtrip/${IN_FLIGHT}-in-flight`,
        `${IN_FLIGHT} mpayVerify calls in flight at once over keep-alive (µs per batch)`,
        `${IN_FLIGHT} hand-written raw fetch calls at once`,
        concurrent,
        1.1,
      ),
    ];
  } finally {
    await server.close();
  }
}
