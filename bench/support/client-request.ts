/**
 * The MPAY Verify request the signing, verification and round-trip cases share: seed 000's
 * request (MPAY Verify Direct API) without the fields the client fills in itself.
 */
import { example } from './spec.js';

export const OID_PARTNER = '201304121000001004';

export function mpayParams(): Record<string, string> {
  const seed = example('seed-000-request') as Record<string, string>;
  const { oid_partner: _partner, sign_type: _type, sign: _sign, ...params } = seed;
  return params;
}

/** The request as signed: the parameters plus the fields the client adds. */
export function mpayMessage(signType: string): Record<string, unknown> {
  return { ...mpayParams(), oid_partner: OID_PARTNER, sign_type: signType };
}

/** Seed 000's response (success branch), to be re-signed with the bench's LianLian key. */
export function mpayResponseBody(): Record<string, unknown> {
  const { sign: _sign, ...body } = example('seed-000-response');
  return body;
}

/** The string LianLian signs, written out independently of the runtime (protocol-facts §2). */
export function handSignSource(message: Readonly<Record<string, unknown>>): string {
  const keys = Object.keys(message)
    .filter(
      (k) => k !== 'sign' && message[k] !== undefined && message[k] !== null && message[k] !== '',
    )
    .sort();
  let out = '';
  for (const k of keys) out += (out === '' ? '' : '&') + k + '=' + String(message[k]);
  return out;
}
