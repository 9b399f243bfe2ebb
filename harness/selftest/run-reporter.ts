import type { FullConfig, Reporter, Suite, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { targetOfTest, targetPlanOf, type PlannedTarget } from '../target/target-plan.ts';
import type { PlaywrightJsonReport } from './playwright-report.ts';

/** The line prefix that carries one finished run's report to the self-test (run-playwright.ts reads it). */
export const runReportMarker = 'link-harness-selftest-run ';

/** One finished run, as the reporter prints it after the marker (JSON, one line). */
export interface RunReportLine {
  run: string;
  /** From its first scenario's start to its last one's end. */
  durationMs: number;
  /** Its tests in the JSON reporter's shape (the parts the self-test reads), with the run's errors outside tests. */
  report: PlaywrightJsonReport;
}

/**
 * A scenario's outcome from its own status: a fault run marks its failures as expected
 * (`expectFailures`), so Playwright's outcome would call them expected.
 */
const outcomeOf = (result: TestResult): 'expected' | 'unexpected' | 'skipped' =>
  result.status === 'passed' ? 'expected' : result.status === 'skipped' ? 'skipped' : 'unexpected';

type Spec = NonNullable<NonNullable<PlaywrightJsonReport['suites']>[number]['specs']>[number];

interface RunProgress {
  left: number;
  specs: Spec[];
  started: number;
  ended: number;
}

/**
 * The self-test's reporter (its config runs without retries, so each test ends once): prints one line per run of the plan as soon as its last scenario
 * ended (the marker, then a RunReportLine), so the self-test judges each run while the others go
 * on; at the end, one for each run that did not finish, with whatever it has and the errors
 * outside tests (a config error, an interrupted run).
 */
export default class RunReporter implements Reporter {
  private readonly runs = new Map<string, RunProgress>();
  private readonly errors: { message: string }[] = [];
  private readonly plan: readonly PlannedTarget[];

  /** `plan`: the self-test's runs; by default the plan of targets the environment names. */
  constructor(options: { plan?: readonly PlannedTarget[] } = {}) {
    this.plan = options.plan ?? targetPlanOf(process.env) ?? [];
  }

  printsToStdio(): boolean {
    return true;
  }

  onBegin(_config: FullConfig, suite: Suite): void {
    for (const test of suite.allTests()) {
      const run = this.runOf(test);
      if (!run) continue;
      const progress = this.runs.get(run) ?? { left: 0, specs: [], started: Infinity, ended: 0 };
      progress.left += 1;
      this.runs.set(run, progress);
    }
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const run = this.runOf(test);
    const progress = run === undefined ? undefined : this.runs.get(run);
    if (run === undefined || !progress) return;
    progress.specs.push({
      title: test.title,
      tags: test.tags,
      tests: [
        {
          projectName: test.parent.project()?.name ?? '',
          status: outcomeOf(result),
          annotations: test.annotations.map((a) => ({ type: a.type, description: a.description })),
          results: [
            {
              status: result.status,
              duration: result.duration,
              errors: result.errors.map((e) => ({ message: e.message ?? e.value ?? '' })),
              annotations: result.annotations.map((a) => ({ type: a.type, description: a.description })),
            },
          ],
        },
      ],
    });
    progress.started = Math.min(progress.started, result.startTime.getTime());
    progress.ended = Math.max(progress.ended, result.startTime.getTime() + result.duration);
    progress.left -= 1;
    if (progress.left === 0) this.print(run, progress, []);
  }

  onError(error: TestError): void {
    const message = error.message ?? error.value ?? 'error';
    this.errors.push({ message });
    // On stderr too: the self-test keeps its tail, for the runs that never report.
    process.stderr.write(`${message}\n`);
  }

  onEnd(): void {
    for (const [run, progress] of this.runs) if (progress.left > 0) this.print(run, progress, this.errors);
  }

  private runOf(test: TestCase): string | undefined {
    return targetOfTest(test.titlePath(), this.plan)?.name;
  }

  private print(run: string, progress: RunProgress, errors: { message: string }[]): void {
    const line: RunReportLine = {
      run,
      durationMs: progress.ended > progress.started ? progress.ended - progress.started : 0,
      report: { suites: [{ specs: progress.specs }], errors },
    };
    process.stdout.write(`${runReportMarker}${JSON.stringify(line)}\n`);
  }
}
