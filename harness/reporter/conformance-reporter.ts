import { dirname, resolve } from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestError } from '@playwright/test/reporter';
import { requirements } from '../requirements/requirements.ts';
import { buildReport } from './build-report.ts';
import { expectationsSource, loadExpectations } from './expectations.ts';
import type { ConformanceReport, ConformanceReporterOptions, ReportError } from './glossary.ts';
import { runInfo, type ReporterMode } from './run-info.ts';
import { errorText, reportPath } from './scenario-result.ts';
import { conformanceSummary } from './summary.ts';
import { writeReports } from './write-reports.ts';

/** Options the tests of the reporter use to pose as a merge; Playwright never passes them. */
interface InternalOptions extends ConformanceReporterOptions {
  mode?: ReporterMode;
  /** True when Playwright only lists the tests (`--list`, the default reads the command line): nothing ran, so no report. */
  listOnly?: boolean;
  /** Where the summary goes (default stdout). */
  print?: (text: string) => void;
}

const describe = (err: unknown) => (err instanceof Error ? (err.stack ?? err.message) : String(err));

/**
 * The conformance reporter: folds the run's tests into the requirement catalogue and writes
 * `conformance.json`, `conformance.md`, `conformance.html` and `junit.xml`, prints a one-screen
 * summary, and decides the run's exit status from the gating requirements.
 *
 * Like Playwright's own reporters it never takes the run down: every step is guarded, and what
 * fails is reported (in the files that could be written, and on stderr). An interrupted run
 * still gets its report, marked partial.
 *
 * @example
 * // playwright.config.ts
 * reporter: [['list'], ['./harness/reporter/index.ts', { outputDir: 'reports' }]],
 */
export default class ConformanceReporter implements Reporter {
  private readonly options: InternalOptions;
  private readonly errors: ReportError[] = [];
  private config: FullConfig | undefined;
  private suite: Suite | undefined;
  /** The last report written, for whoever embeds the reporter. */
  report: ConformanceReport | undefined;

  constructor(options: ConformanceReporterOptions = {}) {
    this.options = options as InternalOptions;
  }

  printsToStdio(): boolean {
    return this.options.printSummary !== false;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.config = config;
    this.suite = suite;
  }

  onError(error: TestError): void {
    this.guard('record a global error', () => this.errors.push({ source: 'playwright', message: errorText(error) }));
  }

  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    // A listing runs no test: a verdict would say "not run" for every requirement and overwrite the last run's reports.
    if (this.options.listOnly ?? process.argv.includes('--list')) return undefined;
    const config = this.config;
    if (!config) {
      this.complain('no configuration reached the reporter (onBegin was not called); no conformance report was written');
      return result.status === 'interrupted' || result.status === 'timedout' ? undefined : { status: 'failed' };
    }
    const report = this.guard('build the report', () => this.build(config, result));
    if (!report) return result.status === 'interrupted' || result.status === 'timedout' ? undefined : { status: 'failed' };
    this.report = report;

    const outputDir = resolve(this.configDir(config), this.options.outputDir ?? 'reports');
    const { written, errors: writeErrors } = this.guard('write the reports', () => writeReports(report, outputDir)) ?? { written: [], errors: [] };
    for (const e of writeErrors) this.complain(e.message);
    if (this.options.printSummary !== false) {
      this.guard('print the summary', () => {
        const lines = conformanceSummary(
          report,
          written.map((path) => reportPath(process.cwd(), path)),
        );
        if (this.mode() === 'merge')
          lines.splice(-1, 0, "  merge-reports ignores reporters' verdicts: gate on it with `npm run conformance:gate` (exit 1 when it failed)");
        (this.options.print ?? ((text: string) => process.stdout.write(text)))(`${lines.join('\n')}\n`);
      });
    }
    // Ctrl-C and the global timeout keep Playwright's own status (and its exit code): the report says partial.
    if (result.status === 'interrupted' || result.status === 'timedout') return undefined;
    return { status: report.verdict.passed && writeErrors.length === 0 ? 'passed' : 'failed' };
  }

  private build(config: FullConfig, result: FullResult): ConformanceReport {
    const configDir = this.configDir(config);
    const catalogue = this.options.catalogue ?? requirements;
    const source = expectationsSource({
      env: process.env,
      cwd: process.cwd(),
      configDir,
      ...(this.options.expectationsFile ? { option: this.options.expectationsFile } : {}),
    });
    const loaded = loadExpectations(
      source,
      catalogue.map((r) => r.id),
    );
    const outputDir = resolve(configDir, this.options.outputDir ?? 'reports');
    const htmlReportDir = this.options.htmlReportDir === null ? null : resolve(configDir, this.options.htmlReportDir ?? resolve(outputDir, 'html'));
    return buildReport({
      tests: this.suite?.allTests() ?? [],
      catalogue,
      expectations: loaded.expectations,
      places: { cwd: process.cwd(), reportDir: outputDir, htmlReportDir },
      run: runInfo({ config, result, mode: this.mode(), expectationsFile: loaded.file ? reportPath(process.cwd(), loaded.file) : null, env: process.env }),
      errors: [...this.errors, ...loaded.errors],
      failOnUnexpectedPass: this.options.failOnUnexpectedPass ?? false,
    });
  }

  private mode(): ReporterMode {
    return this.options.mode ?? (process.argv.includes('merge-reports') ? 'merge' : 'test');
  }

  private configDir(config: FullConfig): string {
    return config.configFile ? dirname(config.configFile) : config.rootDir || process.cwd();
  }

  /** Runs one step; a throw is reported, never passed on to Playwright. */
  private guard<T>(step: string, run: () => T): T | undefined {
    try {
      return run();
    } catch (err) {
      this.complain(`could not ${step}: ${describe(err)}`);
      return undefined;
    }
  }

  private complain(message: string): void {
    try {
      process.stderr.write(`link-harness reporter: ${message.replace(/^link-harness reporter: /, '')}\n`);
    } catch {
      // Nowhere left to say it.
    }
  }
}
