import { describe, expect, it } from 'vitest';
import { excerpt, judgeCleanRun, judgeFaultRun } from './detection.ts';
import { errorMessage, scenarioOutcomes } from './playwright-report.ts';
import { cannedReport, cannedRun, playwrightFailure } from './testing.ts';

const smokeSkipped = { title: 'SETUP-01 COOKIE-02 reference checkout smoke', tags: ['SETUP-01', 'COOKIE-02'], status: 'skipped' as const };

describe('reading the Playwright JSON report', () => {
  it('flattens nested suites into one outcome per test, tags without @, messages without colours, snippet or stack', () => {
    const report = cannedReport([
      {
        title: 'COOKIE-02 HttpOnly…',
        tags: ['COOKIE-02'],
        status: 'unexpected',
        errors: [playwrightFailure('COOKIE-02: must be HttpOnly', "expect(c.httpOnly, 'COOKIE-02: …').toBe(true)")],
      },
      { title: 'COOKIE-04 Safari-like…', tags: ['@COOKIE-04', 'safari-like'], project: 'safari-like', status: 'expected' },
    ]);
    const outcomes = scenarioOutcomes(report);
    expect(outcomes).toHaveLength(2);
    const first = outcomes.find((o) => o.title.startsWith('COOKIE-02'));
    const second = outcomes.find((o) => o.title.startsWith('COOKIE-04'));
    expect(first).toMatchObject({ title: 'COOKIE-02 HttpOnly…', project: 'chromium', tags: ['COOKIE-02'], status: 'unexpected' });
    expect(first!.errors).toHaveLength(1);
    expect(first!.errors[0]).toMatch(/^Error: COOKIE-02: must be HttpOnly\n/);
    expect(first!.errors[0]).not.toMatch(/\u001b|\d+ \||cookie\.spec\.ts/);
    expect(second).toMatchObject({ project: 'safari-like', tags: ['COOKIE-04', 'safari-like'], status: 'expected', errors: [] });
  });

  it('keeps a not-applicable reason', () => {
    const [outcome] = scenarioOutcomes(
      cannedReport([
        { title: 'COOKIE-02 Secure', tags: ['COOKIE-02'], status: 'skipped', annotations: [{ type: 'not-applicable', description: 'served over http' }] },
      ]),
    );
    expect(outcome!.notApplicable).toBe('served over http');
  });

  it('drops snippet lines, the caret line and stack frames from a message', () => {
    expect(errorMessage('Error: OFF-01: boom\n\n  10 |   a\n> 11 |   b\n     |   ^\n    at x.ts:11:3')).toBe('Error: OFF-01: boom');
  });
});

describe('judging a fault run', () => {
  it('detects the fault when a scenario of the requirement fails with a message naming it', () => {
    const run = cannedRun(
      cannedReport([
        smokeSkipped,
        {
          title: 'COOKIE-02 HttpOnly…',
          tags: ['COOKIE-02'],
          status: 'unexpected',
          errors: [playwrightFailure('COOKIE-02: the token cookie must be HttpOnly; it was sent as: t=ab…', '…')],
        },
      ]),
    );
    expect(judgeFaultRun('cookie-not-httponly', 'COOKIE-02', run)).toEqual({
      fault: 'cookie-not-httponly',
      requirement: 'COOKIE-02',
      consequence: false,
      detected: true,
      excerpt: 'COOKIE-02: the token cookie must be HttpOnly; it was sent as: t=ab…',
      durationMs: 12_300,
    });
  });

  it('does not count a failure whose message does not name the requirement, even when the quoted code does', () => {
    const run = cannedRun(
      cannedReport([
        {
          title: 'COOKIE-01 cookie set',
          tags: ['COOKIE-01'],
          status: 'unexpected',
          errors: [playwrightFailure('Test timeout of 30000ms exceeded.', "expect(sent, 'COOKIE-01: no cookie').toBeDefined()")],
        },
      ]),
    );
    expect(judgeFaultRun('no-cookie', 'COOKIE-01', run)).toMatchObject({
      detected: false,
      excerpt: 'failed without naming COOKIE-01: Error: Test timeout of 30000ms exceeded.',
    });
  });

  it('does not count a failure of a scenario of another requirement', () => {
    const run = cannedRun(
      cannedReport([{ title: 'COOKIE-03 token passed back', tags: ['COOKIE-03'], status: 'unexpected', errors: ['Error: COOKIE-01 is mentioned here'] }]),
    );
    expect(judgeFaultRun('no-cookie', 'COOKIE-01', run)).toMatchObject({ detected: false, excerpt: 'no scenario tagged @COOKIE-01 ran' });
  });

  it('says so when every scenario passed, was flaky, or was not applicable', () => {
    const passed = cannedRun(
      cannedReport([
        { title: 'OFF-01 charge', tags: ['OFF-01'], status: 'expected' },
        { title: 'OFF-01 again', tags: ['OFF-01'], status: 'flaky', errors: ['Error: OFF-01: once'] },
      ]),
      0,
    );
    expect(judgeFaultRun('charge-without-off-session', 'OFF-01', passed)).toMatchObject({ detected: false, excerpt: 'all 2 scenario(s) of OFF-01 passed' });
    const notApplicable = cannedRun(
      cannedReport([
        smokeSkipped,
        {
          title: 'COOKIE-02 Secure',
          tags: ['COOKIE-02'],
          status: 'skipped',
          annotations: [{ type: 'not-applicable', description: 'the checkout is served over http' }],
        },
      ]),
      0,
    );
    expect(judgeFaultRun('cookie-not-secure', 'COOKIE-02', notApplicable)).toMatchObject({
      detected: false,
      excerpt: 'not applicable: the checkout is served over http',
    });
  });

  it('reports a run without a report, and errors outside the tests', () => {
    expect(judgeFaultRun('no-cookie', 'COOKIE-01', cannedRun(undefined))).toMatchObject({
      detected: false,
      excerpt: 'Playwright wrote no report (exit 1): Error: webServer exited early',
    });
    const broken = cannedRun(cannedReport([], ['Error: Cannot find module ./steps/gone.ts\n    at x']));
    expect(judgeFaultRun('no-cookie', 'COOKIE-01', broken)).toMatchObject({
      detected: false,
      excerpt: 'no scenario ran: Error: Cannot find module ./steps/gone.ts',
    });
  });

  it('keeps excerpts to one short line', () => {
    expect(excerpt(`a\n  b ${'x'.repeat(300)}`)).toHaveLength(140);
    expect(excerpt('a\n  b')).toBe('a b');
  });
});

describe('judging a clean run', () => {
  it('passes when scenarios ran and none failed; skipped ones are counted, not failures', () => {
    const run = cannedRun(
      cannedReport([smokeSkipped, { title: 'COOKIE-01 set', tags: ['COOKIE-01'], status: 'expected' }, { title: 'OFF-01', tags: ['OFF-01'], status: 'flaky' }]),
      0,
    );
    expect(judgeCleanRun('clean', run)).toEqual({
      name: 'clean',
      passed: true,
      counts: { passed: 2, failed: 0, skipped: 1 },
      problems: [],
      durationMs: 12_300,
    });
  });

  it('fails on a failed scenario, an error outside tests, or when nothing ran', () => {
    const failed = cannedRun(
      cannedReport([{ title: 'OFF-02 held', tags: ['OFF-02'], project: 'chromium', status: 'unexpected', errors: ['Error: OFF-02: answered 500\n\nmore'] }]),
    );
    expect(judgeCleanRun('clean', failed)).toMatchObject({
      passed: false,
      counts: { passed: 0, failed: 1, skipped: 0 },
      problems: ['[chromium] OFF-02 held: Error: OFF-02: answered 500'],
    });
    expect(judgeCleanRun('clean', cannedRun(cannedReport([smokeSkipped], ['Error: webServer timed out'])))).toMatchObject({
      passed: false,
      problems: ['Error: webServer timed out', 'no scenario ran'],
    });
    expect(judgeCleanRun('clean (https)', cannedRun(undefined))).toMatchObject({
      passed: false,
      problems: ['Playwright wrote no report (exit 1): Error: webServer exited early'],
    });
  });
});
