import type { CleanVerdict, FaultVerdict, SelftestReport } from './glossary.ts';

/** `73.4 s`, or `4 min 05 s` from a minute on. */
export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

function columns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}

/** The progress line of one finished fault run. */
export const faultProgressLine = (v: FaultVerdict, done: number, total: number): string =>
  `[${done}/${total}] ${v.fault} → ${v.requirement}: ${v.detected ? 'detected' : 'NOT DETECTED'} (${formatDuration(v.durationMs)}) ${v.excerpt}`;

/** The progress line of one finished clean run. */
export const cleanProgressLine = (v: CleanVerdict, done: number, total: number): string =>
  `[${done}/${total}] ${v.name}: ${v.passed ? 'all passed' : 'FAILED'} (${v.counts.passed} passed, ${v.counts.failed} failed, ${v.counts.skipped} skipped; ${formatDuration(v.durationMs)})` +
  (v.problems.length > 0 ? `\n    ${v.problems.join('\n    ')}` : '');

/**
 * The self-test's closing table: fault → requirement → detected → message excerpt, the clean runs,
 * and a verdict line with the wall time.
 *
 * @example
 * console.log(selftestTable(report));
 */
export function selftestTable(report: SelftestReport): string {
  const faultRows = [['fault', 'requirement', 'detected', 'message excerpt'], ...report.faults.map((v) => [v.fault, v.requirement, v.detected ? 'yes' : 'NO', v.excerpt])];
  const cleanRows = report.clean.map((v) => `${v.name}: ${v.passed ? 'all passed' : 'FAILED'} (${v.counts.passed} passed, ${v.counts.failed} failed, ${v.counts.skipped} skipped)`);
  const undetected = report.faults.filter((v) => !v.detected).map((v) => v.fault);
  const failedClean = report.clean.filter((v) => !v.passed).map((v) => v.name);
  const verdict = report.ok
    ? `link-harness selftest: all ${report.faults.length} faults detected, clean runs passed, in ${formatDuration(report.durationMs)}.`
    : `link-harness selftest: FAILED in ${formatDuration(report.durationMs)}` +
      (undetected.length > 0 ? `; undetected: ${undetected.join(', ')}` : '') +
      (failedClean.length > 0 ? `; clean runs that failed: ${failedClean.join(', ')}` : '') +
      '.';
  return [...columns(faultRows), '', ...cleanRows, '', verdict].join('\n');
}
