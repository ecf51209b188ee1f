import type { CaseResult } from './types.js';

function fixed(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  return n.toFixed(abs >= 100 ? 1 : abs >= 10 ? 2 : 3);
}

/** The results as a fixed-width text table. */
export function formatTable(results: readonly CaseResult[]): string {
  // CPU time only for the rows that have it, next to their wall times.
  const cpu = results.some((r) => r.cpuSeconds !== undefined);
  const header = ['case', 'subject', 'baseline', 'ratio', 'goal', 'met'];
  if (cpu) header.push('cpu s (subject / baseline)');
  const rows = results.map((r) => [
    r.name + (r.unstable ? ' *' : ''),
    `${fixed(r.value)} ${r.unit}`,
    `${fixed(r.baseline)} ${r.unit}`,
    r.ratio.toFixed(3),
    r.goal.replace(/^ratio /, '').replace(/ \(.*\)$/, ''),
    r.met === null ? '-' : r.met ? 'yes' : 'NO',
    ...(!cpu
      ? []
      : r.cpuSeconds === undefined
        ? ['-']
        : [`${fixed(r.cpuSeconds.subject)} / ${fixed(r.cpuSeconds.baseline)}`]),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => (row[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  if (results.some((r) => r.unstable)) {
    out.push(
      '* relative margin of error of the paired ratios stayed above 2% within the time budget',
    );
  }
  return out.join('\n');
}
