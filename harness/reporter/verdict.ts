import type { ReportError, RequirementResult, ScenarioResult, Verdict } from './glossary.ts';

/**
 * Whether the run passes: no gating requirement failed or went unchecked when it should have
 * run, no test outside the catalogue failed, and nothing broke outside the tests (a global error,
 * an unreadable expectations file). Advisory failures and expected failures are reported, never
 * gating; unexpected passes gate only when the reporter is told to.
 *
 * @example
 * verdictOf(report.requirements, report.unmappedScenarios, report.errors).passed
 */
export function verdictOf(requirements: readonly RequirementResult[], unmapped: readonly ScenarioResult[], errors: readonly ReportError[]): Verdict {
  const failed = requirements.filter((r) => r.blocking && r.status === 'failed').map((r) => r.id);
  const notRun = requirements.filter((r) => r.blocking && r.status === 'not-run').map((r) => r.id);
  const advisoryFailed = requirements.filter((r) => !r.gates && r.status === 'failed').map((r) => r.id);
  const unexpectedPasses = requirements.filter((r) => r.unexpectedPass).map((r) => r.id);
  const blockingPasses = requirements.filter((r) => r.blocking && r.unexpectedPass).map((r) => r.id);
  const unmappedFailures = unmapped.filter((s) => s.status === 'failed').map((s) => `${s.project ? `[${s.project}] ` : ''}${s.title}`);
  const reasons = [
    ...(failed.length ? [`gating requirements failed: ${failed.join(', ')}`] : []),
    ...(notRun.length ? [`gating requirements not run: ${notRun.join(', ')}`] : []),
    ...(blockingPasses.length ? [`expected failures now pass (update the expectations file): ${blockingPasses.join(', ')}`] : []),
    ...(unmappedFailures.length ? [`tests outside the catalogue failed: ${unmappedFailures.length}`] : []),
    ...(errors.length ? [`errors outside the tests: ${errors.length}`] : []),
  ];
  return { passed: reasons.length === 0, failed, notRun, advisoryFailed, unexpectedPasses, unmappedFailures, reasons };
}
