import { describeComparison, type Comparison } from './harness.js';
import { significant } from './stats.js';
import type { CaseResult } from './types.js';

/** A result row from an interleaved timing, in µs per operation. */
export function timingResult(
  name: string,
  subject: string,
  baselineName: string,
  comparison: Comparison,
  goalRatio: number,
): CaseResult {
  const ratio = significant(comparison.ratio, 4);
  return {
    name,
    subject,
    baselineName,
    unit: 'µs/op',
    value: significant(comparison.subjectNs / 1000),
    baseline: significant(comparison.baselineNs / 1000),
    ratio,
    goal: `ratio <= ${goalRatio}`,
    goalRatio,
    met: ratio <= goalRatio,
    method: describeComparison(comparison),
    ...(comparison.stable ? {} : { unstable: true }),
  };
}

/**
 * Records how a hand-written floor (the job done by hand with no checks) compares with the same
 * baseline, so the gap between ours and the floor can be read from the results.
 */
export function withHandWrittenFloor(
  result: CaseResult,
  what: string,
  floor: Comparison,
): CaseResult {
  result.details = {
    ...result.details,
    handWrittenFloor: {
      what,
      ratio: Number(floor.ratio.toFixed(3)),
      rme: Number(floor.rme.toFixed(4)),
    },
  };
  return result;
}
