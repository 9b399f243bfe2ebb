/**
 * Synthetic Playwright objects for the reporter's unit tests: tests, results, suites and configs
 * shaped like the ones Playwright hands reporters, without running Playwright.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FullConfig, FullResult, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import ConformanceReporter from './conformance-reporter.ts';
import type { ConformanceReport, ConformanceReporterOptions, ConformanceRunMetadata } from './glossary.ts';

/** One attempt of a test. */
export interface FakeAttempt {
  status: TestResult['status'];
  error?: string;
  /** Several errors (soft assertions); wins over `error`. */
  errors?: string[];
  durationMs?: number;
  attachments?: { name: string; path?: string; contentType?: string }[];
  annotations?: { type: string; description?: string }[];
}

/** A test, as written in a spec. */
export interface FakeTestSpec {
  title: string;
  tags?: string[];
  annotations?: { type: string; description?: string }[];
  /** Attempts in order; none for a test the run never reached. */
  attempts: FakeAttempt[];
  file?: string;
  line?: number;
  project?: string;
  expectedStatus?: TestCase['expectedStatus'];
}

let nextId = 0;

function fakeResult(attempt: FakeAttempt, retry: number): TestResult {
  const errors = (attempt.errors ?? (attempt.error ? [attempt.error] : [])).map((message) => ({ message }));
  return {
    retry,
    status: attempt.status,
    duration: attempt.durationMs ?? 10,
    errors,
    error: errors[0],
    attachments: (attempt.attachments ?? []).map((a) => ({ contentType: a.contentType ?? 'application/octet-stream', ...a })),
    annotations: attempt.annotations ?? [],
    startTime: new Date('2026-01-01T00:00:00Z'),
    parallelIndex: 0,
    workerIndex: 0,
    stdout: [],
    stderr: [],
    steps: [],
  } as unknown as TestResult;
}

/**
 * A TestCase with Playwright's outcome rules (flaky: failed, then passed on retry).
 *
 * @example
 * fakeTest({ title: 'SAFE-01 refuses live keys', tags: ['@SAFE-01'], attempts: [{ status: 'passed' }] })
 */
export function fakeTest(spec: FakeTestSpec): TestCase {
  const results = spec.attempts.map(fakeResult);
  const expectedStatus = spec.expectedStatus ?? 'passed';
  const test = {
    id: `fake-${++nextId}`,
    type: 'test',
    title: spec.title,
    tags: spec.tags ?? [],
    annotations: spec.annotations ?? [],
    expectedStatus,
    location: { file: spec.file ?? '/repo/scenarios/fake.spec.ts', line: spec.line ?? nextId, column: 1 },
    parent: { project: () => ({ name: spec.project ?? 'chromium' }) },
    repeatEachIndex: 0,
    retries: Math.max(0, results.length - 1),
    timeout: 30_000,
    results,
    titlePath: () => ['', spec.project ?? 'chromium', 'fake.spec.ts', spec.title],
    outcome: () => {
      const ran = results.filter((r) => r.status !== 'skipped' && r.status !== 'interrupted');
      if (!ran.length) return 'skipped';
      const unexpected = ran.filter((r) => r.status !== expectedStatus);
      if (!unexpected.length) return 'expected';
      return unexpected.length === ran.length ? 'unexpected' : 'flaky';
    },
    ok: () => ['expected', 'flaky', 'skipped'].includes(test.outcome()),
  };
  return test as unknown as TestCase;
}

/** A root suite holding these tests. */
export function fakeSuite(tests: TestCase[]): Suite {
  return { allTests: () => tests, suites: [], tests, entries: () => tests, title: '', type: 'root' } as unknown as Suite;
}

/** Run metadata as playwright.config.ts records it. */
export function fakeMetadata(overrides: Partial<ConformanceRunMetadata> = {}): ConformanceRunMetadata {
  return {
    target: { url: 'http://localhost:4242', kind: 'reference-checkout' },
    stripe: { backend: 'emulator', apiVersion: '2026-10-28.endive' },
    browser: { name: 'Chromium', version: '156.0.8078.108' },
    harnessVersion: '0.1.0',
    selection: { mode: 'full', because: [] },
    ...overrides,
  };
}

/** A resolved config; `configFile` decides where relative reporter paths start; `metadata: null` records none. */
export function fakeConfig({
  configFile = '/repo/playwright.config.ts',
  metadata = fakeMetadata() as unknown,
  shard = null,
  projects = ['chromium'],
}: { configFile?: string; metadata?: unknown; shard?: FullConfig['shard']; projects?: string[] } = {}): FullConfig {
  return {
    configFile,
    rootDir: '/repo/scenarios',
    metadata: metadata === null ? {} : { linkHarness: metadata },
    shard,
    version: '1.65.1',
    projects: projects.map((name) => ({ name, use: {} })),
  } as unknown as FullConfig;
}

/** How the run ended. */
export function fakeEnd(status: FullResult['status'] = 'passed', durationMs = 1500): FullResult {
  return { status, startTime: new Date('2026-01-01T10:00:00Z'), duration: durationMs };
}

/** What one synthetic run of the reporter left behind. */
export interface ReporterRun {
  /** What onEnd returned: the status Playwright will exit with, or undefined to keep its own. */
  returned: { status?: FullResult['status'] } | undefined;
  dir: string;
  json: ConformanceReport;
  md: string;
  html: string;
  junit: string;
  printed: string;
}

/**
 * Runs the conformance reporter over synthetic tests and reads back every file it wrote.
 *
 * @example
 * const { json, returned } = await runReporter({ tests: [fakeTest({ title: 'SAFE-01 x', attempts: [{ status: 'passed' }] })] });
 */
export async function runReporter({
  tests,
  status = 'passed',
  config = fakeConfig(),
  options = {},
  globalErrors = [],
  dir = mkdtempSync(join(tmpdir(), 'conformance-')),
}: {
  tests: TestCase[];
  status?: FullResult['status'];
  config?: FullConfig;
  options?: ConformanceReporterOptions & { mode?: 'test' | 'merge' };
  globalErrors?: string[];
  dir?: string;
}): Promise<ReporterRun> {
  const printed: string[] = [];
  const reporter = new ConformanceReporter({
    outputDir: dir,
    htmlReportDir: join(dir, 'html'),
    print: (text: string) => printed.push(text),
    ...options,
  } as ConformanceReporterOptions);
  reporter.onBegin(config, fakeSuite(tests));
  for (const message of globalErrors) reporter.onError({ message });
  const returned = await reporter.onEnd(fakeEnd(status));
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    returned,
    dir,
    json: JSON.parse(read('conformance.json')) as ConformanceReport,
    md: read('conformance.md'),
    html: read('conformance.html'),
    junit: read('junit.xml'),
    printed: printed.join(''),
  };
}

/** A six-requirement catalogue for reporter tests: one advisory (PRIV-01). */
export const sampleCatalogue = [
  { id: 'SETUP-01', title: 'a Customer exists before the SetupIntent', guideSection: 'Create a Customer before setup', gates: true },
  { id: 'SETUP-03', title: 'only the client secret reaches the browser', guideSection: 'Create a SetupIntent', gates: true },
  { id: 'OTP-01', title: 'any other six digits log in', guideSection: 'Test the integration', gates: true },
  { id: 'FORM-01', title: 'https in live mode', guideSection: 'Set up your payment form', gates: true },
  { id: 'COOKIE-05', title: 'Chrome-like browser remembers', guideSection: 'Merchant domain cookie', gates: true },
  { id: 'PRIV-01', title: 'privacy page mentions Stripe cookies', guideSection: 'Privacy implications', gates: false },
];

/** Sample tests, each naming one requirement by tag. */
export const pass = (id: string, title = `${id} holds`) => fakeTest({ title, tags: [`@${id}`], attempts: [{ status: 'passed' }] });
export const fail = (id: string, message: string, attachments: { name: string; path: string }[] = []) =>
  fakeTest({ title: `${id} is checked`, tags: [`@${id}`], attempts: [{ status: 'failed', error: `\u001b[31m${message}\u001b[39m`, attachments }] });
export const notApplicable = (id: string) =>
  fakeTest({
    title: `${id} over https`,
    tags: [`@${id}`],
    attempts: [{ status: 'skipped', annotations: [{ type: 'not-applicable', description: 'the target is http' }] }],
  });
export const skippedWithReason = (id: string) =>
  fakeTest({
    title: `${id} remembered`,
    tags: [`@${id}`],
    annotations: [{ type: 'skip', description: 'no Chrome-like model here' }],
    attempts: [{ status: 'skipped' }],
  });
export const flaky = (id: string) =>
  fakeTest({ title: `${id} logs in`, tags: [`@${id}`], attempts: [{ status: 'failed', error: 'first try' }, { status: 'passed' }] });

/** Every sample requirement covered and holding, PRIV-01 aside. */
export const cleanRun = () => [pass('SETUP-01'), pass('SETUP-03'), flaky('OTP-01'), notApplicable('FORM-01'), notApplicable('COOKIE-05')];
