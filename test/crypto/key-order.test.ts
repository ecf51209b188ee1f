// The sign-source key order of answers LianLian signs in Java's case-insensitive order (errata
// E441: combinepay's payLoad next to pay_type). The two orders give different sign sources on
// such keys, and a verifier accepts exactly the order it was configured with, never both.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { signSource } from '../../generated/src/runtime/crypto/canonical.js';
import { signParams, signString } from '../../generated/src/runtime/crypto/sign.js';
import { createVerifier } from '../../generated/src/runtime/crypto/verify.js';
import { ConfigurationError, SignSourceError } from '../../generated/src/runtime/shared/errors.js';
import { clientOperations } from '../../generated/src/clients.js';
import { sandboxCatalogue } from '../../generated/src/sandbox-catalogue.js';
import type { BundledSpec } from '../../generators/framework/types.js';
import { apiModel } from '../../generators/model/index.js';
import { loadBundledSpec } from '../support/spec.js';
import { rsaKeyPair, type TestKeyPair } from '../support/keys.js';
import { runJava, tempDir } from '../support/crypto-tools.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const RUNS = { numRuns: 300 };
const BUDGET_MS = 60_000;

/**
 * Java's String.CASE_INSENSITIVE_ORDER, written out as the JDK does it (per char: equal, else
 * equal upper-cased, else compare lower-cased; then by length): the oracle, independent of the
 * runtime's implementation.
 */
function javaCaseInsensitive(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    let c1 = a[i] as string;
    let c2 = b[i] as string;
    if (c1 === c2) continue;
    c1 = c1.toUpperCase();
    c2 = c2.toUpperCase();
    if (c1 === c2) continue;
    c1 = c1.toLowerCase();
    c2 = c2.toLowerCase();
    if (c1 !== c2) return c1.charCodeAt(0) - c2.charCodeAt(0);
  }
  return a.length - b.length;
}

const join = (params: Record<string, string>, keys: readonly string[]) =>
  keys.map((key) => `${key}=${params[key]}`).join('&');

const byteOrder = (keys: readonly string[]) => [...keys].sort();
const javaOrder = (keys: readonly string[]) => [...keys].sort(javaCaseInsensitive);

const name = fc.stringMatching(/^[A-Za-z0-9_]{1,10}$/);
const value = fc.stringMatching(/^[A-Za-z0-9 .:/_-]{1,16}$/);
/** Parameter maps whose keys are distinct even ignoring case, `sign` excluded. */
const params = fc
  .uniqueArray(name, { minLength: 1, maxLength: 8, selector: (key) => key.toLowerCase() })
  .filter((keys) => !keys.some((key) => key.toLowerCase() === 'sign'))
  .chain((keys) =>
    fc
      .array(value, { minLength: keys.length, maxLength: keys.length })
      .map((values) => Object.fromEntries(keys.map((key, i) => [key, values[i] as string]))),
  );

/** What code a throwing call threw with. */
function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as SignSourceError).code;
  }
}

let lianlian: TestKeyPair;
beforeAll(async () => {
  lianlian = await rsaKeyPair(1024);
});

// An answer shaped like combinepay's, with the two keys on which the orders disagree.
const combinepayAnswer = {
  ret_code: '0000',
  ret_msg: '交易成功',
  oid_partner: '201103171000000000',
  user_id: 'u1',
  pay_type: 'L',
  payLoad: 'https://qr.example/abc',
  sign_type: 'RSA',
};

describe('the case-insensitive sign source (errata E441)', () => {
  it(
    'orders keys as Java String.CASE_INSENSITIVE_ORDER, and as byte order when no key has an upper-case letter',
    () => {
      fc.assert(
        fc.property(params, (p) => {
          expect(signSource(p, 'case-insensitive')).toBe(join(p, javaOrder(Object.keys(p))));
          const lower = Object.fromEntries(
            Object.entries(p).map(([key, v]) => [key.toLowerCase(), v]),
          );
          expect(signSource(lower, 'case-insensitive')).toBe(signSource(lower));
        }),
        RUNS,
      );
    },
    BUDGET_MS,
  );

  it(
    'gives a different sign source from byte order exactly where the two orders disagree, where byte order refuses',
    () => {
      fc.assert(
        fc.property(params, (p) => {
          const keys = Object.keys(p);
          const disagree = join(p, byteOrder(keys)) !== join(p, javaOrder(keys));
          if (disagree) {
            expect(codeOf(() => signSource(p))).toBe('SIGN_SOURCE_KEY_ORDER');
            expect(signSource(p, 'case-insensitive')).not.toBe(join(p, byteOrder(keys)));
          } else {
            expect(signSource(p)).toBe(signSource(p, 'case-insensitive'));
          }
        }),
        RUNS,
      );
      // The case that made the decision necessary.
      expect(signSource(combinepayAnswer, 'case-insensitive')).toMatch(/pay_type=L&payLoad=/);
      expect(join(combinepayAnswer, byteOrder(Object.keys(combinepayAnswer)))).toMatch(
        /payLoad=[^&]*&pay_type=L/,
      );
    },
    BUDGET_MS,
  );

  it('refuses two keys equal but for letter case, whose Java order is the map order', () => {
    fc.assert(
      fc.property(
        name.filter((key) => /[a-z]/i.test(key)),
        value,
        value,
        (key, a, b) => {
          const other = key === key.toLowerCase() ? key.toUpperCase() : key.toLowerCase();
          fc.pre(other !== key);
          for (const order of ['byte', 'case-insensitive'] as const) {
            expect(codeOf(() => signSource({ [key]: a, [other]: b }, order))).toBe(
              'SIGN_SOURCE_KEY_ORDER',
            );
          }
        },
      ),
      RUNS,
    );
  });
});

describe('the JDK agrees (test/java/LianPayEnvelope.java sortkeys)', () => {
  it(
    "sorts every key set as LianLian's Java SignUtil does: Collections.sort with String.CASE_INSENSITIVE_ORDER",
    () => {
      const sets = fc.sample(params, { numRuns: 400, seed: 441 }).map((p) => Object.keys(p));
      sets.push(Object.keys(combinepayAnswer));
      const { dir, remove } = tempDir('lianlian-keyorder');
      try {
        const file = path.join(dir, 'keys.txt');
        writeFileSync(file, sets.map((keys) => keys.join('\n')).join('\n\n'), 'utf8');
        const java = runJava(['sortkeys', file]);
        expect(java.status, java.stderr).toBe(0);
        const sortedByJava = java.stdout
          .toString('utf8')
          .split('\n\n')
          .map((set) => set.split('\n'));
        expect(sortedByJava).toHaveLength(sets.length);
        sets.forEach((keys, i) => {
          const p = Object.fromEntries(keys.map((key) => [key, 'v']));
          expect(signSource(p, 'case-insensitive')).toBe(join(p, sortedByJava[i] as string[]));
        });
        expect(sortedByJava.at(-1)).toEqual(expect.arrayContaining(['pay_type', 'payLoad']));
        const last = sortedByJava.at(-1) as string[];
        expect(last.indexOf('pay_type')).toBeLessThan(last.indexOf('payLoad'));
      } finally {
        remove();
      }
    },
    BUDGET_MS,
  );
});

describe('a verifier accepts exactly the order it is configured with', () => {
  it(
    'accepts a case-insensitive signature only with keyOrder case-insensitive, and a byte-order one never',
    () => {
      const caseInsensitive = createVerifier({
        publicKeys: lianlian.publicKey,
        keyOrder: 'case-insensitive',
      });
      const byte = createVerifier({ publicKeys: lianlian.publicKey });
      fc.assert(
        fc.property(value, value, value, (userId, link, info) => {
          const answer = { ...combinepayAnswer, user_id: userId, payLoad: link, info_order: info };
          const signed = signParams(answer, {
            privateKey: lianlian.privateKey,
            keyOrder: 'case-insensitive',
          });
          expect(caseInsensitive(signed)).toMatchObject({ ok: true });
          // Byte order cannot even build a sign source for these keys.
          expect(byte(signed)).toMatchObject({ ok: false, reason: 'unsignable-params' });
          // LianLian signing the byte-order string instead: refused, not accepted as well.
          const byteSource = join(answer, byteOrder(Object.keys(answer)));
          const byteSigned = {
            ...answer,
            sign: signString(byteSource, { privateKey: lianlian.privateKey, signType: 'RSA' }),
          };
          expect(caseInsensitive(byteSigned)).toMatchObject({
            ok: false,
            reason: 'bad-signature',
          });
        }),
        { numRuns: 60 },
      );
    },
    BUDGET_MS,
  );

  it('refuses a keyOrder it does not know, and one combined with a closed message', () => {
    expect(() =>
      createVerifier({ publicKeys: lianlian.publicKey, keyOrder: 'java' as never }),
    ).toThrow(ConfigurationError);
    expect(() =>
      createVerifier({
        publicKeys: lianlian.publicKey,
        keyOrder: 'case-insensitive',
        closedMessage: { fields: ['a'], uriFields: [] },
      }),
    ).toThrow(expect.objectContaining({ code: 'VERIFY_KEY_ORDER', field: 'keyOrder' }));
  });
});

describe('the spec decides which answers use it', () => {
  const model = apiModel(loadBundledSpec() as unknown as BundledSpec);
  const declared = model.operations.filter(
    (op) => op.signature.response?.keyOrder === 'case-insensitive',
  );

  it('is declared only where an answer has a key with an upper-case letter', () => {
    expect(declared.map((op) => op.id)).toEqual(['aggregatePay']);
  });

  it.each(model.operations.filter((op) => clientOperations[op.id as never] !== undefined))(
    '$id: the client and the sandbox use the order the spec declares',
    (op) => {
      const order = op.signature.response?.keyOrder ?? 'byte';
      expect(clientOperations[op.id as keyof typeof clientOperations].responseKeyOrder).toBe(order);
      const sandboxOp = sandboxCatalogue.jsonOperations.find((o) => o.operationId === op.id);
      expect(sandboxOp?.answerKeyOrder ?? 'byte').toBe(order);
    },
  );
});
