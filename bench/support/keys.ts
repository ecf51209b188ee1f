import { generateKeyPairSync, type KeyObject } from 'node:crypto';

export interface BenchKeys {
  bits: number;
  /** The merchant's pair: signs requests. */
  merchant: { privateKey: KeyObject; publicKey: KeyObject };
  /** LianLian's pair: signs responses, opens envelopes. */
  lianlian: { privateKey: KeyObject; publicKey: KeyObject };
}

const cache = new Map<number, BenchKeys>();

/** Fresh RSA keys of `bits`, generated once per process; subject and baseline share them. */
export function benchKeys(bits: 1024 | 2048): BenchKeys {
  let keys = cache.get(bits);
  if (keys === undefined) {
    keys = {
      bits,
      merchant: generateKeyPairSync('rsa', { modulusLength: bits }),
      lianlian: generateKeyPairSync('rsa', { modulusLength: bits }),
    };
    cache.set(bits, keys);
  }
  return keys;
}
