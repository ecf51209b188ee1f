/**
 * Case 8: `diagnoseSignature` against one verification of the same message, in the same run.
 *
 * Subject: diagnoseSignature on an MPAY Verify response body as received (text), in notification
 * mode with LianLian's two keys (a rotation). Two messages: one a field added after signing (the
 * search stops at the cause), one whose value was changed after signing, so that nothing
 * explains it and every candidate is tried (the worst case for a message of this size).
 * Baseline: the runtime's verifier (`createVerifier`, keys loaded once) on the parsed message,
 * which is what a merchant ran before reaching for the diagnosis.
 */
import { sign as rsaSign } from 'node:crypto';
import { createVerifier, diagnoseSignature } from '../../generated/dist/index.js';
import { handSignSource, mpayResponseBody } from '../support/client-request.js';
import { compare } from '../support/harness.js';
import { benchKeys } from '../support/keys.js';
import { timingResult } from '../support/result.js';
import type { CaseResult } from '../support/types.js';

const BITS = 2048;

export async function run(): Promise<CaseResult[]> {
  const keys = benchKeys(BITS);
  const body = mpayResponseBody();
  const sign = rsaSign('md5', Buffer.from(handSignSource(body), 'utf8'), keys.lianlian.privateKey);
  const signed = { ...body, sign: sign.toString('base64') };
  const messages = {
    'field-added': JSON.stringify({ ...signed, memo: 'added after signing' }),
    unexplained: JSON.stringify({ ...signed, ret_msg: `${String(body.ret_msg)} ` }),
  };
  const options = {
    mode: 'notification' as const,
    publicKeys: [keys.merchant.publicKey, keys.lianlian.publicKey],
  };
  const verifier = createVerifier({ publicKeys: [keys.lianlian.publicKey] });
  const results: CaseResult[] = [];
  for (const [name, text] of Object.entries(messages)) {
    const diagnosis = diagnoseSignature(text, options);
    const expected = name === 'unexplained' ? 'unexplained' : 'explained';
    if (diagnosis.status !== expected)
      throw new Error(`${name}: expected ${expected}, got ${diagnosis.status}`);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    if (verifier(parsed).ok) throw new Error(`${name}: the message should not verify`);
    const comparison = await compare(
      () => diagnoseSignature(text, options),
      () => verifier(parsed),
    );
    const result = timingResult(
      `diagnose/${name}/rsa-${BITS}`,
      `diagnoseSignature, 2 keys (${name === 'unexplained' ? 'nothing explains it: every candidate tried' : 'a field added after signing'})`,
      'one verification of the same message (createVerifier, keys loaded once)',
      comparison,
      1,
    );
    result.goal = 'context';
    result.goalRatio = null;
    result.met = null;
    result.details = {
      recomputations: diagnosis.work.recomputations,
      rsaOperations: diagnosis.work.rsaOperations,
    };
    results.push(result);
  }
  return results;
}
