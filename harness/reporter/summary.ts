import { runLine } from './format.ts';
import { requirementStatuses, type ConformanceReport } from './glossary.ts';

/** IDs on one line, cut short so the summary stays one screen however much fails. */
function idList(ids: readonly string[], max = 14): string {
  return ids.length > max ? `${ids.slice(0, max).join(', ')} and ${ids.length - max} more` : ids.join(', ');
}

/**
 * The end-of-run summary: the verdict, counts per status, and the requirements that need
 * attention by ID, including those that passed with a check not performed. At most about a dozen lines, whatever the size of the run.
 *
 * @example
 * console.log(conformanceSummary(report, ['reports/conformance.html']).join('\n'));
 */
export function conformanceSummary(report: ConformanceReport, files: readonly string[]): string[] {
  const { verdict, counts, run } = report;
  const lines = [
    '',
    `Link conformance: ${verdict.passed ? 'PASSED' : 'FAILED'}${run.partial ? ` (partial: the run was ${run.playwrightStatus})` : ''}`,
    `  ${runLine(run)}`,
    `  ${requirementStatuses.map((s) => `${s} ${counts[s]}`).join(' · ')}${counts.flaky ? ` · flaky ${counts.flaky}` : ''}`,
  ];
  if (verdict.failed.length) lines.push(`  failing: ${idList(verdict.failed)}`);
  if (verdict.notRun.length) lines.push(`  not run but should have: ${idList(verdict.notRun)}`);
  if (verdict.advisoryFailed.length) lines.push(`  advisory, failing (does not gate): ${idList(verdict.advisoryFailed)}`);
  const expected = report.requirements.filter((r) => r.status === 'expected-fail').map((r) => r.id);
  if (expected.length) lines.push(`  expected failures: ${idList(expected)}`);
  if (verdict.unexpectedPasses.length) lines.push(`  expected to fail but passed (update the expectations file): ${idList(verdict.unexpectedPasses)}`);
  const notChecked = report.requirements.filter((r) => r.notes.some((n) => n.kind === 'not-checked')).map((r) => r.id);
  if (notChecked.length) lines.push(`  checks not performed: ${idList(notChecked)} (see the reports)`);
  const flaky = report.requirements.filter((r) => r.flaky).map((r) => r.id);
  if (flaky.length) lines.push(`  flaky (passed on retry): ${idList(flaky)}`);
  if (verdict.unmappedFailures.length) lines.push(`  failing tests outside the catalogue: ${verdict.unmappedFailures.length}`);
  if (report.errors.length) lines.push(`  errors outside the tests: ${report.errors.length} (see the reports)`);
  if (run.selection.mode === 'selected' && run.selection.because.length) lines.push(`  only selected requirements count: ${run.selection.because.join('; ')}`);
  if (files.length) lines.push(`  reports: ${files.join(' · ')}`);
  lines.push('');
  return lines;
}
