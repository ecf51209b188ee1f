/**
 * Case 2: the response verification path against bare crypto.verify.
 *
 * Subject: what the generated client does with an MPAY Verify response body once it has the
 * text: JSON.parse, verify the signature with the runtime's verifier (sign source over every
 * received field, key loaded once), pick the response branch and validate it with the generated
 * validator. Baseline: `crypto.verify` of the same sign source and signature with the same key.
 */
import { sign as rsaSign, verify as rsaVerify } from 'node:crypto';
import { clientOperations, createVerifier } from '../../generated/dist/index.js';
// Pipeline internal (not re-exported by the package index): how the client picks a branch.
import { selectBranch } from '../../generated/dist/runtime/client/operation.js';
import { handSignSource, mpayResponseBody } from '../support/client-request.js';
import { compare } from '../support/harness.js';
import { benchKeys } from '../support/keys.js';
import { timingResult, withHandWrittenFloor } from '../support/result.js';
import type { CaseResult } from '../support/types.js';

const DIGEST = 'md5';

/** A response body as LianLian would send it, signed with `privateKey`. */
export function signedResponseText(privateKey: Parameters<typeof rsaSign>[2]): {
  text: string;
  source: string;
  signature: Buffer;
} {
  const body = mpayResponseBody();
  const source = handSignSource(body);
  const signature = rsaSign(DIGEST, Buffer.from(source, 'utf8'), privateKey);
  return {
    text: JSON.stringify({ ...body, sign: signature.toString('base64') }),
    source,
    signature,
  };
}

/** The client's response steps after the body has been read, as client/middleware.ts runs them. */
export function verificationPath(publicKey: Parameters<typeof createVerifier>[0]['publicKeys']) {
  const operation = clientOperations.mpayVerify;
  const verifier = createVerifier({
    publicKeys: publicKey,
    allowedSignTypes: operation.responseSignTypes,
  });
  return (text: string) => {
    const received = JSON.parse(text) as Record<string, unknown>;
    if (typeof received !== 'object' || received === null || Array.isArray(received)) {
      throw new Error('not a JSON object');
    }
    const verdict = verifier(received);
    if (!verdict.ok) throw new Error(`signature rejected: ${verdict.reason}`);
    const branch = selectBranch(operation.branches, received);
    if (branch === undefined) throw new Error('no branch matches');
    const result = branch.validate(received);
    if (!result.ok)
      throw new Error(`response invalid: ${result.issues.map((i) => i.message).join('; ')}`);
    return branch.name;
  };
}

export async function run(): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const bits of [1024, 2048] as const) {
    const keys = benchKeys(bits).lianlian;
    const { text, source, signature } = signedResponseText(keys.privateKey);
    const path = verificationPath(keys.publicKey);
    if (path(text) !== 'success')
      throw new Error('the seed response should match the success branch');
    const subject = () => path(text);
    const baseline = () =>
      rsaVerify(DIGEST, Buffer.from(source, 'utf8'), keys.publicKey, signature);
    if (!baseline()) throw new Error('baseline does not verify');
    const comparison = await compare(subject, baseline);
    // What any implementation must do besides verifying: parse, build the sign source, decode.
    const floor = () => {
      const received = JSON.parse(text) as Record<string, unknown>;
      return rsaVerify(
        DIGEST,
        Buffer.from(handSignSource(received), 'utf8'),
        keys.publicKey,
        Buffer.from(String(received.sign), 'base64'),
      );
    };
    const floorRun = await compare(floor, baseline, { budgetMs: 6000 });
    const result = timingResult(
      `verify-response/rsa-${bits}`,
      'JSON.parse + verifier (sign source, verify) + branch + validate (MPAY Verify)',
      'crypto.verify of the same sign source and signature, same KeyObject',
      comparison,
      1.3,
    );
    results.push(
      withHandWrittenFloor(
        result,
        'JSON.parse + sort-and-join sign source + base64 decode + crypto.verify, no checks',
        floorRun,
      ),
    );
  }
  return results;
}
