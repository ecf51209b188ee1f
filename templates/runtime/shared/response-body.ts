/**
 * Reads a response body with a byte cap. fetch inflates `Content-Encoding: gzip` (and br, deflate)
 * on the fly, so the bytes counted here are the decompressed ones: a 500 KiB gzip answer that
 * inflates to hundreds of megabytes is stopped at the cap like a plain one. At the cap the stream
 * is cancelled, so no more is read from the connection.
 */
import { ConfigurationError } from './errors.js';

/** Default cap of a response body: LianLian's answers are under 2 KiB. */
export const DEFAULT_MAX_RESPONSE_BYTES: number = 256 * 1024;

/** Largest cap an option may set (1 GiB): beyond it a cap protects nothing. */
export const MAX_BYTE_LIMIT: number = 2 ** 30;

/** Whether `value` can be a byte cap: a whole number from 1 to {@link MAX_BYTE_LIMIT}. */
export function isByteLimit(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_BYTE_LIMIT;
}

/**
 * A byte-cap option, or its default when absent. NaN or Infinity would silently mean "no cap".
 * @throws {ConfigurationError} `LIMIT_INVALID` naming the option.
 */
export function byteLimitOption(value: unknown, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (!isByteLimit(value)) {
    throw new ConfigurationError(
      'LIMIT_INVALID',
      `${field} must be a whole number of bytes from 1 to ${MAX_BYTE_LIMIT}`,
      field,
    );
  }
  return value;
}

/** The body's bytes, or `undefined` when it is longer than `limit` (reading then stopped). */
export async function readBodyUpTo(
  response: Response,
  limit: number,
): Promise<Uint8Array | undefined> {
  const body = response.body;
  if (body === null) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: cancelling tears the connection down, and nothing depends on when.
      reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
