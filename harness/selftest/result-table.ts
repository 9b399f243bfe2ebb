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
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

const shownRequirement = (v: FaultVerdict) => (v.consequence ? `also ${v.requirement}` : v.requirement);

/**
 * The progress line of one finished fault run: the requirement it names with the message excerpt,
 * then each consequence as detected or not.
 */
export function faultProgressLine(verdicts: readonly FaultVerdict[], done: number, total: number): string {
  const [named, ...consequences] = verdicts;
  const head = `[${done}/${total}] ${named!.fault} → ${named!.requirement}: ${named!.detected ? 'detected' : 'NOT DETECTED'} (${formatDuration(named!.durationMs)}) ${named!.excerpt}`;
  const missed = consequences.filter((v) => !v.detected);
  const tail =
    consequences.length === 0
      ? ''
      : missed.length === 0
        ? `\n    also detected: ${consequences.map((v) => v.requirement).join(', ')}`
        : missed.map((v) => `\n    also ${v.requirement}: NOT DETECTED ${v.excerpt}`).join('');
  return head + tail;
}

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
  const faultRows = [
    ['fault', 'requirement', 'detected', 'message excerpt'],
    ...report.faults.map((v) => [v.fault, shownRequirement(v), v.detected ? 'yes' : 'NO', v.excerpt]),
  ];
  const cleanRows = report.clean.map(
    (v) => `${v.name}: ${v.passed ? 'all passed' : 'FAILED'} (${v.counts.passed} passed, ${v.counts.failed} failed, ${v.counts.skipped} skipped)`,
  );
  const undetected = report.faults.filter((v) => !v.detected).map((v) => (v.consequence ? `${v.fault} (${v.requirement})` : v.fault));
  const faultCount = new Set(report.faults.map((v) => v.fault)).size;
  const checks = report.faults.length > faultCount ? ` (${report.faults.length} requirement checks)` : '';
  const failedClean = report.clean.filter((v) => !v.passed).map((v) => v.name);
  const verdict = report.ok
    ? `link-harness selftest: all ${faultCount} faults detected${checks}, ${report.clean.length > 0 ? 'clean runs passed' : 'clean runs skipped'}, in ${formatDuration(report.durationMs)}.`
    : `link-harness selftest: FAILED in ${formatDuration(report.durationMs)}` +
      (undetected.length > 0 ? `; undetected: ${undetected.join(', ')}` : '') +
      (failedClean.length > 0 ? `; clean runs that failed: ${failedClean.join(', ')}` : '') +
      '.';
  return [...columns(faultRows), '', ...(cleanRows.length > 0 ? cleanRows : ['clean runs: skipped (--skip-clean)']), '', verdict].join('\n');
}
