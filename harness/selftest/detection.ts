import type { CleanVerdict, FaultVerdict, ScenarioOutcome } from './glossary.ts';
import { reportErrors, scenarioOutcomes, type PlaywrightJsonReport } from './playwright-report.ts';

/** How one Playwright run ended. */
export interface PlaywrightRun {
  /** The JSON report, or undefined when the run wrote none (it crashed, or never started). */
  report: PlaywrightJsonReport | undefined;
  exitCode: number | null;
  /** The tail of what it printed on stderr, for when there is no report. */
  output: string;
  durationMs: number;
}

const EXCERPT_LENGTH = 140;

/** One line, at most EXCERPT_LENGTH characters. */
export function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT_LENGTH ? `${line.slice(0, EXCERPT_LENGTH - 1)}…` : line;
}

/** The first line of a message that names the requirement, without Playwright's `Error: ` prefix. */
function lineNaming(messages: readonly string[], requirement: string): string | undefined {
  for (const message of messages) for (const line of message.split('\n')) if (line.includes(requirement)) return line.replace(/^\s*(Error:\s*)?/, '');
  return undefined;
}

const firstLine = (s: ScenarioOutcome) => (s.errors[0] ?? 'failed').split('\n').find((l) => l.trim() !== '') ?? 'failed';

/** Why no scenario of the requirement failed, in a few words. */
function whyUndetected(requirement: string, scenarios: readonly ScenarioOutcome[], run: PlaywrightRun): string {
  if (!run.report) return `Playwright wrote no report (exit ${run.exitCode}): ${run.output.trim().split('\n').at(-1) ?? ''}`;
  if (scenarios.length === 0) {
    const errors = reportErrors(run.report);
    return errors.length > 0 ? `no scenario ran: ${errors[0]}` : `no scenario tagged @${requirement} ran`;
  }
  const failed = scenarios.find((s) => s.status === 'unexpected');
  if (failed) return `failed without naming ${requirement}: ${firstLine(failed)}`;
  const ran = scenarios.filter((s) => s.status !== 'skipped');
  if (ran.length === 0) {
    const reason = scenarios.find((s) => s.notApplicable)?.notApplicable;
    return reason ? `not applicable: ${reason}` : `every scenario of ${requirement} was skipped`;
  }
  return `all ${ran.length} scenario(s) of ${requirement} passed`;
}

/**
 * Whether a fault run detected its fault: a scenario tagged with the requirement failed, and its
 * failure message names the requirement (so a report reader knows what broke). A flaky pass, a
 * skip or a failure that does not name the requirement is not a detection.
 *
 * @example
 * judgeFaultRun('no-cookie', 'COOKIE-01', run) // { detected: true, excerpt: 'COOKIE-01: no response of … set a cookie …', … }
 */
export function judgeFaultRun(fault: string, requirement: string, run: PlaywrightRun, consequence = false): FaultVerdict {
  const scenarios = run.report ? scenarioOutcomes(run.report).filter((s) => s.tags.includes(requirement)) : [];
  for (const scenario of scenarios) {
    if (scenario.status !== 'unexpected') continue;
    const named = lineNaming(scenario.errors, requirement);
    if (named) return { fault, requirement, consequence, detected: true, excerpt: excerpt(named), durationMs: run.durationMs };
  }
  return { fault, requirement, consequence, detected: false, excerpt: excerpt(whyUndetected(requirement, scenarios, run)), durationMs: run.durationMs };
}

/**
 * Whether a clean run passed: it wrote a report without errors outside tests, at least one
 * scenario ran, and none failed (skipped and not-applicable ones are counted, not failures).
 *
 * @example
 * judgeCleanRun('clean', run) // { passed: true, counts: { passed: 31, failed: 0, skipped: 2 }, problems: [], … }
 */
export function judgeCleanRun(name: string, run: PlaywrightRun): CleanVerdict {
  if (!run.report)
    return { name, passed: false, counts: { passed: 0, failed: 0, skipped: 0 }, problems: [excerpt(whyUndetected('', [], run))], durationMs: run.durationMs };
  const scenarios = scenarioOutcomes(run.report);
  const failed = scenarios.filter((s) => s.status === 'unexpected');
  const counts = {
    passed: scenarios.filter((s) => s.status === 'expected' || s.status === 'flaky').length,
    failed: failed.length,
    skipped: scenarios.filter((s) => s.status === 'skipped').length,
  };
  const problems = [
    ...reportErrors(run.report).map(excerpt),
    ...failed.map((s) => excerpt(`[${s.project}] ${s.title}: ${firstLine(s)}`)),
    ...(counts.passed === 0 && failed.length === 0 ? ['no scenario ran'] : []),
  ];
  return { name, passed: problems.length === 0, counts, problems, durationMs: run.durationMs };
}
