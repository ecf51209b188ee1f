// A stand-in for LianLian's servers on 127.0.0.1: it checks each request's signature with the
// merchant's public key (node:crypto directly, not the code under test), opens envelopes with
// LianLian's private key (from the field each operation's x-lianlian-envelope declares), records what arrived, and answers with the next scripted reply.
import { sign as rsaSign, verify as rsaVerify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openEnvelopeBody } from '../../generated/src/runtime/crypto/envelope.js';
import { clientOperations } from '../../generated/src/clients.js';

/** How the stand-in signs a reply. */
export type Signing = 'signed' | 'unsigned' | 'tampered' | 'wrong-key';

/** One scripted reply. */
export type Reply =
  | {
      kind: 'json';
      body: Record<string, unknown>;
      signing: Signing;
      contentType?: string;
      delayMs?: number;
      status?: number;
    }
  | {
      kind: 'raw';
      body: string;
      contentType: string;
      status?: number;
      delayMs?: number;
      headers?: Record<string, string>;
    };

/** One request as the stand-in saw it. */
export interface Arrival {
  path: string;
  contentType: string | undefined;
  /** The outer JSON body as sent. */
  body: Record<string, unknown>;
  /** The signed message: the body itself, or the plaintext inside pay_load. */
  message: Record<string, unknown>;
  /** Whether `message.sign` verifies under the merchant's public key. */
  signatureValid: boolean;
}

export interface StandIn {
  readonly url: string;
  readonly arrivals: Arrival[];
  /** Requests that reached the server at all, including unreadable ones. */
  readonly hits: () => number;
  reply(...replies: Reply[]): void;
  close(): Promise<void>;
}

export interface StandInKeys {
  /** Verifies request signatures. */
  merchantPublicKey: KeyObject;
  /** Signs replies and opens envelopes. */
  lianlianPrivateKey: KeyObject;
  /** Signs replies for the `wrong-key` case. */
  otherPrivateKey: KeyObject;
  /** Paths whose body is an envelope, opened from the field the operation at that path declares. */
  envelopePaths?: readonly string[];
}

/** The envelope field of each enveloped operation's URL path (a `#api` fragment is never sent). */
const envelopeFieldByPath: ReadonlyMap<string, string> = new Map(
  Object.values(clientOperations).flatMap((operation) =>
    operation.envelope === undefined
      ? []
      : [[operation.path.split('#')[0] ?? operation.path, operation.envelope.field] as const],
  ),
);

/** The string LianLian signs, built independently of the runtime (protocol-facts §2). */
export function referenceSignSource(message: Record<string, unknown>): string {
  return Object.keys(message)
    .filter((key) => key !== 'sign')
    .filter((key) => message[key] !== undefined && message[key] !== null && message[key] !== '')
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    .map((key) => `${key}=${String(message[key])}`)
    .join('&');
}

const digestOf = (signType: unknown): string =>
  String(signType).toUpperCase() === 'RSA' ? 'md5' : 'sha256';

/** Signs `message` as LianLian would, with node:crypto. */
export function referenceSign(message: Record<string, unknown>, key: KeyObject): string {
  const source = Buffer.from(referenceSignSource(message), 'utf8');
  return rsaSign(digestOf(message.sign_type), source, key).toString('base64');
}

export async function startStandIn(keys: StandInKeys): Promise<StandIn> {
  const queue: Reply[] = [];
  const arrivals: Arrival[] = [];
  const open = new Set<ServerResponse>();
  let hits = 0;
  const server: Server = createServer((req, res) => {
    hits += 1;
    open.add(res);
    res.on('close', () => open.delete(res));
    void handle(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(`stand-in failure: ${(error as Error).message}`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    const path = req.url ?? '';
    const message = keys.envelopePaths?.includes(path)
      ? openEnvelopeBody(body, keys.lianlianPrivateKey, { field: envelopeFieldByPath.get(path) })
      : body;
    const signatureValid =
      typeof message.sign === 'string' &&
      rsaVerify(
        digestOf(message.sign_type),
        Buffer.from(referenceSignSource(message), 'utf8'),
        keys.merchantPublicKey,
        Buffer.from(message.sign, 'base64'),
      );
    arrivals.push({
      path,
      contentType: req.headers['content-type'],
      body,
      message,
      signatureValid,
    });
    const reply = queue.shift();
    if (reply === undefined) {
      res.statusCode = 500;
      res.end('no reply scripted');
      return;
    }
    if (reply.delayMs !== undefined) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (res.destroyed) return;
    res.statusCode = reply.status ?? 200;
    if (reply.kind === 'raw') {
      for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
      res.setHeader('content-type', reply.contentType);
      res.end(reply.body);
      return;
    }
    res.setHeader('content-type', reply.contentType ?? 'application/json;charset=UTF-8');
    res.end(JSON.stringify(signReply(reply.body, reply.signing)));
  }

  function signReply(body: Record<string, unknown>, signing: Signing): Record<string, unknown> {
    if (signing === 'unsigned') return body;
    const key = signing === 'wrong-key' ? keys.otherPrivateKey : keys.lianlianPrivateKey;
    const signed: Record<string, unknown> = { ...body, sign: referenceSign(body, key) };
    // Tampering after signing: the amount changes, the signature stays.
    if (signing === 'tampered') signed.money_order = '99999.00';
    return signed;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrivals,
    hits: () => hits,
    reply: (...replies) => queue.push(...replies),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.close(() => resolve());
      }),
  };
}
