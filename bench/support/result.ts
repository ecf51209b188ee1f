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
