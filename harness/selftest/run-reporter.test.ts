import type { FullConfig, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { judgeFaultRun } from './detection.ts';
import RunReporter, { runReportMarker, type RunReportLine } from './run-reporter.ts';

/** A test of a project, as Playwright hands it to a reporter (the parts the reporter reads). */
const testIn = (runAndProject: string, title: string, tags: string[], outcome: ReturnType<TestCase['outcome']>) => {
  const [run, project] = runAndProject.split(' · ');
  return {
    title,
    tags,
    retries: 0,
    annotations: [],
    outcome: () => outcome,
    titlePath: () => ['', project, 'scenarios/some.spec.ts', run, title],
    parent: { project: () => ({ name: project }) },
  } as unknown as TestCase;
};

/** The self-test's runs these tests belong to (only their names matter to the reporter). */
const plan = ['no-cookie', 'no-customer', 'no-link', 'clean'].map((name) => ({
  name,
  grep: '@',
  baseURL: 'http://localhost:1',
  env: {},
  expectFailures: name !== 'clean',
}));

const result = (status: TestResult['status'], startMs: number, duration: number, errors: string[] = []) =>
  ({ status, retry: 0, startTime: new Date(startMs), duration, errors: errors.map((message) => ({ message })), annotations: [] }) as unknown as TestResult;

const suiteOf = (tests: TestCase[]) => ({ allTests: () => tests }) as unknown as Suite;

function printed(write: { mock: { calls: unknown[][] } }): RunReportLine[] {
  return write.mock.calls
    .map(([chunk]) => String(chunk))
    .filter((line) => line.startsWith(runReportMarker))
    .map((line) => JSON.parse(line.slice(runReportMarker.length)) as RunReportLine);
}

afterEach(() => vi.restoreAllMocks());

describe("the self-test's reporter", () => {
  it('prints a run as soon as its last scenario ends, in the shape the self-test judges', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const cookie = testIn('no-cookie · chromium', 'COOKIE-01 the token is kept', ['@COOKIE-01'], 'unexpected');
    const remembered = testIn('no-cookie · safari-like', 'COOKIE-04 a returning shopper', ['@COOKIE-04', '@safari-like'], 'unexpected');
    const other = testIn('no-customer · chromium', 'SETUP-01 each Customer', ['@SETUP-01'], 'unexpected');
    const reporter = new RunReporter({ plan });
    reporter.onBegin({} as FullConfig, suiteOf([cookie, remembered, other]));

    reporter.onTestEnd(cookie, result('failed', 1_000, 2_000, ['Error: COOKIE-01: no response set a cookie']));
    expect(printed(write)).toEqual([]);
    reporter.onTestEnd(remembered, result('failed', 1_500, 4_000, ['Error: COOKIE-04: asked for a code']));
    const [line] = printed(write);
    expect(line).toMatchObject({ run: 'no-cookie', durationMs: 4_500 });
    expect(judgeFaultRun('no-cookie', 'COOKIE-01', { ...line!, exitCode: null, output: '' })).toMatchObject({
      detected: true,
      excerpt: 'COOKIE-01: no response set a cookie',
    });
    expect(judgeFaultRun('no-cookie', 'COOKIE-04', { ...line!, exitCode: null, output: '' }, true)).toMatchObject({ detected: true });

    reporter.onEnd();
    expect(printed(write).map((l) => l.run)).toEqual(['no-cookie', 'no-customer']);
  });

  it("takes a scenario's outcome from its own status: a fault run's failures are marked expected, and still count as failed", () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const failed = testIn('no-link · chromium', 'SETUP-02 link', ['@SETUP-02'], 'expected');
    const passed = testIn('no-link · chromium', 'OTP-01 code', ['@OTP-01'], 'expected');
    const skipped = testIn('no-link · chromium', 'HOOK-01 webhooks', ['@HOOK-01'], 'skipped');
    const reporter = new RunReporter({ plan });
    reporter.onBegin({} as FullConfig, suiteOf([failed, passed, skipped]));
    reporter.onTestEnd(failed, result('failed', 0, 1_000, ['Error: SETUP-02: no link in payment_method_types']));
    reporter.onTestEnd(passed, result('passed', 0, 1_000));
    reporter.onTestEnd(skipped, result('skipped', 0, 0));
    const [line] = printed(write);
    expect(line!.report.suites![0]!.specs!.map((s) => s.tests![0]!.status)).toEqual(['unexpected', 'expected', 'skipped']);
    // Each scenario's own time, for reading where a run's time went.
    expect(line!.report.suites![0]!.specs!.map((s) => s.tests![0]!.results![0]!.duration)).toEqual([1_000, 1_000, 0]);
    expect(judgeFaultRun('no-link', 'SETUP-02', { ...line!, exitCode: null, output: '' })).toMatchObject({ detected: true });
    expect(judgeFaultRun('no-link', 'OTP-01', { ...line!, exitCode: null, output: '' }, true)).toMatchObject({ detected: false });
  });

  it('prints an unfinished run at the end with what it has and the errors outside tests', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const first = testIn('clean · chromium', 'SETUP-01 each Customer', ['@SETUP-01'], 'expected');
    const second = testIn('clean · chromium', 'SETUP-02 link', ['@SETUP-02'], 'skipped');
    const reporter = new RunReporter({ plan });
    reporter.onBegin({} as FullConfig, suiteOf([first, second]));
    reporter.onTestEnd(first, result('passed', 0, 1_000));
    reporter.onError({ message: 'Timed out waiting 900s for the test suite to run' });
    reporter.onEnd();
    const [line] = printed(write);
    expect(line!.run).toBe('clean');
    expect(line!.report.errors).toEqual([{ message: 'Timed out waiting 900s for the test suite to run' }]);
    expect(line!.report.suites![0]!.specs!.map((s) => s.title)).toEqual(['SETUP-01 each Customer']);
  });
});
