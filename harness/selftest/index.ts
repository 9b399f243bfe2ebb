/**
 * The fault self-test (`link-harness selftest`): proves that the conformance suite notices each
 * named fault of the reference checkout, and passes on the checkout without faults.
 */
export { runSelftest, playwrightEnv } from './run-selftest.ts';
export { selftestCheckouts, referenceSelftestCheckout, thimbleSelftestCheckout } from './checkouts.ts';
export type { SelftestCheckout, StartedCheckout } from './checkouts.ts';
export type { SelftestOptions } from './run-selftest.ts';
export { planSelftest, grepFor } from './plan.ts';
export type { PlannedFault } from './plan.ts';
export { judgeFaultRun, judgeCleanRun, excerpt } from './detection.ts';
export type { PlaywrightRun } from './detection.ts';
export { scenarioOutcomes, reportErrors, stripAnsi, errorMessage } from './playwright-report.ts';
export type { PlaywrightJsonReport } from './playwright-report.ts';
export { selftestTable, faultProgressLine, cleanProgressLine, formatDuration } from './result-table.ts';
export type { SelftestRun, ScenarioOutcome, FaultVerdict, CleanVerdict, SelftestReport } from './glossary.ts';
