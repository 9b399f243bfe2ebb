import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ConformanceReporter from './conformance-reporter.ts';
import type { ConformanceReporterOptions } from './glossary.ts';
import {
  cleanRun,
  fail,
  fakeConfig,
  fakeEnd,
  fakeMetadata,
  fakeSuite,
  fakeTest,
  flaky,
  notApplicable,
  pass,
  runReporter,
  sampleCatalogue as catalogue,
  skippedWithReason,
} from './testing.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('ConformanceReporter, a run with a gating failure', () => {
  const dir = mkdtempSync(join(tmpdir(), 'conformance-failing-'));
  const trace = join(dir, 'test-results', 'setup-03', 'trace.zip');
  const screenshot = join(dir, 'test-results', 'setup-03', 'test-failed-1.png');
  const tests = [
    pass('SETUP-01'),
    fail('SETUP-03', 'SETUP-03: the page received sk_test_<secret> & the full SetupIntent', [
      { name: 'trace', path: trace },
      { name: 'screenshot', path: screenshot },
    ]),
    flaky('OTP-01'),
    notApplicable('FORM-01'),
    skippedWithReason('COOKIE-05'),
    fail('PRIV-01', 'PRIV-01: /privacy does not mention Stripe'),
    fakeTest({ title: 'the emulator starts', attempts: [{ status: 'passed' }], project: 'stripe-js' }),
  ];
  const run = runReporter({ tests, status: 'failed', dir, options: { catalogue } });

  it('fails the run through onEnd', async () => {
    expect((await run).returned).toEqual({ status: 'failed' });
  });

  it('conformance.json folds every status and names the blocking requirement', async () => {
    const { json } = await run;
    expect(Object.fromEntries(json.requirements.map((r) => [r.id, r.status]))).toEqual({
      'SETUP-01': 'passed',
      'SETUP-03': 'failed',
      'OTP-01': 'passed',
      'FORM-01': 'not-applicable',
      'COOKIE-05': 'not-run',
      'PRIV-01': 'failed',
    });
    expect(json.verdict).toMatchObject({ passed: false, failed: ['SETUP-03'], notRun: ['COOKIE-05'], advisoryFailed: ['PRIV-01'] });
    expect(json.counts).toEqual({ passed: 2, failed: 2, 'expected-fail': 0, 'not-applicable': 1, 'not-run': 1, total: 6, flaky: 1, notChecked: 0 });
    const setup03 = json.requirements.find((r) => r.id === 'SETUP-03');
    expect(setup03?.firstFailure?.message).toBe('SETUP-03: the page received sk_test_<secret> & the full SetupIntent');
    expect(setup03?.evidence).toEqual([
      { kind: 'trace', scenario: 'SETUP-03 is checked', path: 'test-results/setup-03/trace.zip' },
      { kind: 'screenshot', scenario: 'SETUP-03 is checked', path: 'test-results/setup-03/test-failed-1.png' },
    ]);
    expect(setup03?.scenarios[0]?.htmlReport).toMatch(/^html\/index\.html#\?testId=fake-\d+$/);
    expect(json.requirements.find((r) => r.id === 'OTP-01')).toMatchObject({ flaky: true, blocking: false });
    // test.skip(condition, reason) is a skip like any other: not-run, with its reason, never not-applicable.
    expect(json.requirements.find((r) => r.id === 'COOKIE-05')).toMatchObject({
      status: 'not-run',
      blocking: true,
      reason: 'COOKIE-05 remembered: skipped: no Chrome-like model here',
    });
    expect(json.requirements.find((r) => r.id === 'FORM-01')?.reason).toBe('the target is http');
    expect(json.unmappedScenarios.map((s) => s.title)).toEqual(['the emulator starts']);
    expect(json.run).toMatchObject({
      playwrightStatus: 'failed',
      partial: false,
      shard: null,
      target: { url: 'http://localhost:4242' },
      browser: { name: 'Chromium' },
    });
  });

  it('conformance.md has the counts, a row per requirement with the blocking one in bold, and the failure', async () => {
    const { md } = await run;
    expect(md).toMatch(/^## Link conformance: ❌ failed/);
    expect(md).toContain('| 2 | 2 | 0 | 1 | 1 | 1 | 0 |');
    expect(md.match(/^\| (\*\*)?[A-Z0-9]+-\d{2}/gm)).toHaveLength(6);
    expect(md).toContain('| **SETUP-03** |');
    expect(md).toContain('failed (advisory)');
    expect(md).toContain('[trace](test-results/setup-03/trace.zip)');
    expect(md).toContain('**SETUP-03**, in _SETUP-03 is checked_');
    expect(md).toContain('**PRIV-01** (advisory), in _PRIV-01 is checked_');
    expect(md).toContain('SETUP-03: the page received sk_test_<secret>');
    expect(md).toContain('- **COOKIE-05** not-run: COOKIE-05 remembered: skipped: no Chrome-like model here');
    expect(md).not.toContain('### Checks not performed');
  });

  it('conformance.html is one page with the summary bar, filters, escaped failure details and no fetches', async () => {
    const { html } = await run;
    expect(html).toContain('<span class="verdict fail">failed</span>');
    expect(html).toMatch(/<div class="bar"[^>]*><span class="s-passed" style="width:33\.33%"/);
    for (const status of ['all', 'passed', 'failed', 'expected-fail', 'not-applicable', 'not-run']) expect(html).toContain(`data-filter="${status}"`);
    expect(html.match(/<tbody data-status=/g)).toHaveLength(6);
    expect(html).toContain('<tbody data-status="failed" id="SETUP-03"><tr class="blocking">');
    expect(html).toContain('sk_test_&lt;secret&gt; &amp; the full SetupIntent');
    expect(html).toContain('<a href="test-results/setup-03/trace.zip">trace</a>');
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).toContain("default-src 'none'");
  });

  it('junit.xml has one testcase per requirement and a failure only where the run fails', async () => {
    const { junit } = await run;
    expect(junit.match(/<testcase name="[A-Z0-9]+-\d{2} /g)).toHaveLength(6);
    expect(junit.match(/<failure /g)).toHaveLength(2);
    expect(junit).toMatch(
      /<testcase name="COOKIE-05 [^>]*>.*<failure type="not-run" message="not run: COOKIE-05 remembered: skipped: no Chrome-like model here"/,
    );
    expect(junit).toMatch(
      /<testcase name="SETUP-03 [^>]*>.*<failure type="failed" message="SETUP-03: the page received sk_test_&lt;secret&gt; &amp; the full SetupIntent"/,
    );
    expect(junit).toMatch(/<testcase name="PRIV-01 [^>]*>.*<skipped message="advisory requirement failed/);
    expect(junit).toMatch(/<testcase name="FORM-01 [^>]*>.*<skipped message="not applicable: the target is http"/);
    expect(junit).toContain('<testsuites name="link-harness conformance" tests="6" failures="2" errors="0" skipped="2"');
  });

  it('prints a short summary with counts and the failing IDs', async () => {
    const { printed } = await run;
    expect(printed).toContain('Link conformance: FAILED');
    expect(printed).toContain('passed 2 · failed 2 · expected-fail 0 · not-applicable 1 · not-run 1 · flaky 1');
    expect(printed).toContain('not run but should have: COOKIE-05');
    expect(printed).not.toContain('checks not performed');
    expect(printed).toContain('failing: SETUP-03');
    expect(printed).toContain('advisory, failing (does not gate): PRIV-01');
    expect(printed.split('\n').length).toBeLessThan(20);
  });
});

describe('ConformanceReporter, verdicts', () => {
  it('passes a run Playwright failed only because of an advisory requirement', async () => {
    const { returned, json, md, html, junit } = await runReporter({
      tests: [...cleanRun(), fail('PRIV-01', 'no mention')],
      status: 'failed',
      options: { catalogue },
    });
    expect(returned).toEqual({ status: 'passed' });
    expect(json.verdict.passed).toBe(true);
    expect(md).toMatch(/^## Link conformance: ✅ passed/);
    expect(html).toContain('<span class="verdict pass">passed</span>');
    expect(junit).not.toContain('<failure');
  });

  it('a full run fails when a gating requirement has no scenario; a filtered run does not', async () => {
    const tests = [pass('SETUP-01'), pass('SETUP-03')];
    const full = await runReporter({ tests, options: { catalogue } });
    expect(full.returned).toEqual({ status: 'failed' });
    expect(full.json.verdict.notRun).toEqual(['OTP-01', 'FORM-01', 'COOKIE-05']);
    expect(full.junit.match(/<failure type="not-run"/g)).toHaveLength(3);

    const filtered = await runReporter({
      tests,
      options: { catalogue },
      config: fakeConfig({ metadata: fakeMetadata({ selection: { mode: 'selected', because: ['--grep @SETUP'] } }) }),
    });
    expect(filtered.returned).toEqual({ status: 'passed' });
    expect(filtered.json.requirements.find((r) => r.id === 'OTP-01')).toMatchObject({ status: 'not-run', shouldRun: false, blocking: false });
    expect(filtered.md).toContain('not-run (not selected)');
  });

  it('a skip without a reason is not-run, not not-applicable, and blocks', async () => {
    const tests = [
      ...cleanRun().filter((t) => !t.title.startsWith('FORM-01')),
      fakeTest({ title: 'FORM-01 https', tags: ['@FORM-01'], attempts: [{ status: 'skipped' }] }),
    ];
    const { json, returned } = await runReporter({ tests, options: { catalogue } });
    expect(json.requirements.find((r) => r.id === 'FORM-01')).toMatchObject({
      status: 'not-run',
      blocking: true,
      reason: 'FORM-01 https: skipped without a reason',
    });
    expect(returned).toEqual({ status: 'failed' });
  });

  it('uses the expectations file: expected failures do not gate, a passing one is flagged', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'expect-')), 'expectations.json');
    writeFileSync(
      file,
      JSON.stringify({
        expectedFailures: [
          { requirement: 'SETUP-03', reason: 'the shop renders the full SetupIntent', link: 'https://example.com/shop/issues/9' },
          { requirement: 'OTP-01', reason: 'OTP was broken', link: 'https://example.com/shop/issues/3' },
        ],
      }),
    );
    vi.stubEnv('LINK_HARNESS_EXPECTATIONS', file);
    const tests = [
      pass('SETUP-01'),
      fail('SETUP-03', 'SETUP-03: full SetupIntent in the page'),
      pass('OTP-01'),
      notApplicable('FORM-01'),
      notApplicable('COOKIE-05'),
    ];
    const { json, returned, printed, junit, md } = await runReporter({ tests, status: 'failed', options: { catalogue } });
    expect(returned).toEqual({ status: 'passed' });
    expect(json.requirements.find((r) => r.id === 'SETUP-03')).toMatchObject({
      status: 'expected-fail',
      blocking: false,
      expectation: { link: 'https://example.com/shop/issues/9' },
    });
    expect(json.verdict.unexpectedPasses).toEqual(['OTP-01']);
    expect(json.run.expectationsFile).toMatch(/expectations\.json$/);
    expect(printed).toContain('expected to fail but passed (update the expectations file): OTP-01');
    expect(junit).toMatch(
      /<testcase name="SETUP-03 [^>]*>.*<skipped message="expected failure: the shop renders the full SetupIntent \(https:\/\/example\.com\/shop\/issues\/9\)"/,
    );
    expect(md).toContain('passed (expected to fail: update the expectations)');

    const strict = await runReporter({ tests, status: 'failed', options: { catalogue, failOnUnexpectedPass: true } });
    expect(strict.returned).toEqual({ status: 'failed' });
  });

  it('a global error fails the run and shows in every file', async () => {
    const { json, returned, junit, html } = await runReporter({ tests: cleanRun(), options: { catalogue }, globalErrors: ['Error: webServer exited early'] });
    expect(returned).toEqual({ status: 'failed' });
    expect(json.errors).toEqual([{ source: 'playwright', message: 'Error: webServer exited early' }]);
    expect(junit).toContain('<error type="playwright" message="Error: webServer exited early"');
    expect(html).toContain('Errors outside the tests');
  });

  it('a test naming an unknown requirement is an error', async () => {
    const tests = [...cleanRun(), fakeTest({ title: 'SETUP-09 typo', tags: ['@SETUP-09'], attempts: [{ status: 'passed' }] })];
    const { json, returned } = await runReporter({ tests, options: { catalogue } });
    expect(json.errors[0]).toMatchObject({ source: 'scenarios' });
    expect(json.errors[0]?.message).toContain('SETUP-09');
    expect(returned).toEqual({ status: 'failed' });
  });

  it('a failing test outside the catalogue fails the run', async () => {
    const { json, returned } = await runReporter({
      tests: [...cleanRun(), fakeTest({ title: 'harness self-test', attempts: [{ status: 'failed', error: 'boom' }], project: 'stripe-js' })],
      options: { catalogue },
    });
    expect(json.verdict.unmappedFailures).toEqual(['[stripe-js] harness self-test']);
    expect(returned).toEqual({ status: 'failed' });
  });

  it('defaults to the project catalogue, in guide order', async () => {
    const { json } = await runReporter({ tests: [pass('SAFE-01')] });
    expect(json.requirements).toHaveLength(29);
    expect(json.requirements[0]?.id).toBe('SETUP-01');
    expect(json.requirements.find((r) => r.id === 'PRIV-01')?.gates).toBe(false);
  });
});

describe('ConformanceReporter, when Playwright only lists the tests (--list)', () => {
  it("writes and prints nothing and leaves the exit code to Playwright, so the last run's reports stay", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conformance-list-'));
    const printed: string[] = [];
    const reporter = new ConformanceReporter({
      outputDir: dir,
      catalogue,
      listOnly: true,
      print: (text: string) => printed.push(text),
    } as ConformanceReporterOptions);
    reporter.onBegin(fakeConfig(), fakeSuite(cleanRun()));
    expect(await reporter.onEnd(fakeEnd('passed'))).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
    expect(printed).toEqual([]);
  });
});
