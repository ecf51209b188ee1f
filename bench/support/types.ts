/** One row of bench/results.json. */
export interface CaseResult {
  /** Stable identifier, e.g. `sign-request/rsa-1024`. */
  name: string;
  /** What the subject is, in a few words. */
  subject: string;
  /** What the baseline is, in a few words. */
  baselineName: string;
  /** Unit of `value` and `baseline`: `µs/op`, `ms`, `MiB`. */
  unit: string;
  /** Median of the subject. */
  value: number;
  /** Median of the baseline, measured in the same run. */
  baseline: number;
  /** subject / baseline (median of paired ratios for interleaved timings). */
  ratio: number;
  /** Human-readable goal, e.g. `ratio <= 1.05`; `context` for rows that only give scale. */
  goal: string;
  /**
   * The ratio the goal allows at most (at least, for a goal written `ratio >= …`: throughput);
   * null for context rows.
   */
  goalRatio: number | null;
  /** Whether the goal was met; null for context rows. */
  met: boolean | null;
  /** How the figure was obtained: rounds, relative margin of error, repetitions. */
  method: string;
  /**
   * Median CPU time (user + system, children included) of subject and baseline, in seconds, for
   * rows timed as whole processes: wall time on a shared machine is inflated by the others' load,
   * CPU time much less.
   */
  cpuSeconds?: { subject: number; baseline: number };
  /** Set when the stability criterion was not reached within the time budget. */
  unstable?: boolean;
  /** Further measurements that explain the figure (phase times, repetitions). */
  details?: Record<string, unknown>;
}

/** bench/results.json. */
export interface BenchReport {
  machine: Machine;
  cases: CaseResult[];
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  date: string;
  /** The load average when the run started: other work on the machine disturbs the figures. */
  loadAverage: number[];
}
