/**
 * Case 1: the request signing path against bare crypto.sign.
 *
 * Subject: what the generated client does to an MPAY Verify request before it is sent, with the
 * runtime's exported functions and the generated tables: fill in oid_partner and sign_type,
 * validate with the generated validator (a missing `sign` is expected at that point, as in the
 * client), build the sign source with the generated signing-field ordering, sign, serialise.
 * Baseline: `crypto.sign` of the same sign source with the same KeyObject.
 */
import { sign as rsaSign } from 'node:crypto';
import {
  clientOperations,
  signSourceOrdered,
  signString,
  type ValidationIssue,
} from '../../generated/dist/index.js';
import { benchKeys } from '../support/keys.js';
import { compare } from '../support/harness.js';
import { handSignSource, mpayParams, OID_PARTNER } from '../support/client-request.js';
import { timingResult, withHandWrittenFloor } from '../support/result.js';
import type { CaseResult } from '../support/types.js';

const SIGN_TYPE = 'RSA';
const DIGEST = 'md5';

function isMissingSign(issue: ValidationIssue): boolean {
  return issue.keyword === 'required' && (issue.limit === 'sign' || issue.path === 'sign');
}

/** The client's request steps without HTTP, as client/middleware.ts runs them. */
export function signingPath(privateKey: Parameters<typeof signString>[1]['privateKey']) {
  const operation = clientOperations.mpayVerify;
  const fields = operation.signingFields;
  if (fields === undefined) throw new Error('mpayVerify has no generated signing-field ordering');
  const params = mpayParams();
  return (): string => {
    const message: Record<string, unknown> = {
      ...params,
      oid_partner: OID_PARTNER,
      sign_type: SIGN_TYPE,
    };
    if (!operation.requestSignTypes.includes(SIGN_TYPE)) throw new Error('sign type refused');
    const result = operation.validateRequest(message);
    if (!result.ok && result.issues.some((issue) => !isMissingSign(issue))) {
      throw new Error(`request invalid: ${result.issues.map((i) => i.message).join('; ')}`);
    }
    const source = signSourceOrdered(message, fields);
    message.sign = signString(source, { privateKey, signType: SIGN_TYPE });
    return JSON.stringify(message);
  };
}

export async function run(): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const bits of [1024, 2048] as const) {
    const key = benchKeys(bits).merchant.privateKey;
    const subject = signingPath(key);
    const source = handSignSource({
      ...mpayParams(),
      oid_partner: OID_PARTNER,
      sign_type: SIGN_TYPE,
    });
    // Same input on both sides: the subject must sign exactly this string.
    const signed = JSON.parse(subject()) as Record<string, string>;
    const expected = rsaSign(DIGEST, Buffer.from(source, 'utf8'), key).toString('base64');
    if (signed.sign !== expected) throw new Error('subject and baseline sign different strings');
    const baseline = () => rsaSign(DIGEST, Buffer.from(source, 'utf8'), key);
    const comparison = await compare(subject, baseline);
    // What any implementation must do besides signing: build the sign source, serialise.
    const params = mpayParams();
    const floor = () => {
      const message: Record<string, unknown> = {
        ...params,
        oid_partner: OID_PARTNER,
        sign_type: SIGN_TYPE,
      };
      message.sign = rsaSign(DIGEST, Buffer.from(handSignSource(message), 'utf8'), key).toString(
        'base64',
      );
      return JSON.stringify(message);
    };
    const floorRun = await compare(floor, baseline, { budgetMs: 6000 });
    const result = timingResult(
      `sign-request/rsa-${bits}`,
      'validate + ordered sign source + signString + JSON.stringify (MPAY Verify)',
      'crypto.sign of the same sign source, same KeyObject',
      comparison,
      1.05,
    );
    results.push(
      withHandWrittenFloor(
        result,
        'sort-and-join sign source + crypto.sign + base64 + JSON.stringify, no validation',
        floorRun,
      ),
    );
  }
  return results;
}
