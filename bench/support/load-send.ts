/** One request of the load generators, over a keep-alive agent. */
import { type Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { LoadRequest } from './load.js';

/** Sends `item` to `url`'s host; resolves with the HTTP status, the answer text and the latency in ms. */
export function send(agent: Agent, url: URL, item: LoadRequest): Promise<[number, string, number]> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: 'POST',
        path: item.path,
        headers: { 'content-type': item.contentType, 'content-length': item.bytes.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve([
            res.statusCode ?? 0,
            Buffer.concat(chunks).toString('utf8'),
            performance.now() - started,
          ]),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(item.bytes);
  });
}
