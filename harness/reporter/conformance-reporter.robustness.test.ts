import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ConformanceReporter from './conformance-reporter.ts';
import { gateOnReport } from './gate.ts';
import { cleanRun, fakeConfig, fakeEnd, fakeSuite, fakeTest, pass, runReporter, sampleCatalogue as catalogue } from './testing.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ConformanceReporter, interrupted and broken runs', () => {
  it("writes a partial report on Ctrl-C and keeps Playwright's interrupted status", async () => {
    const tests = [
      pass('SETUP-01'),
      fakeTest({ title: 'SETUP-03 is checked', tags: ['@SETUP-03'], attempts: [{ status: 'interrupted' }] }),
      fakeTest({ title: 'OTP-01 logs in', tags: ['@OTP-01'], attempts: [] }),
    ];
    const { returned, json, md, html, printed, dir } = await runReporter({ tests, status: 'interrupted', options: { catalogue } });
    expect(returned).toBeUndefined();
    expect(json.run).toMatchObject({ partial: true, playwrightStatus: 'interrupted' });
    expect(json.requirements.find((r) => r.id === 'SETUP-03')).toMatchObject({
      status: 'not-run',
      reason: 'SETUP-03 is checked: interrupted before it finished',
    });
    expect(json.requirements.find((r) => r.id === 'OTP-01')?.reason).toContain('did not run');
    expect(md).toContain('(partial: run interrupted)');
    expect(html).toContain('partial: interrupted');
    expect(printed).toContain('(partial: the run was interrupted)');
    expect(gateOnReport(join(dir, 'conformance.json')).exitCode).toBe(1);
  });

  it("keeps a global timeout's status too", async () => {
    expect((await runReporter({ tests: cleanRun(), status: 'timedout', options: { catalogue } })).returned).toBeUndefined();
  });

  it('never throws when it cannot write: it reports on stderr and fails the run', async () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'blocked-')), 'a-file');
    writeFileSync(blocker, '');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const reporter = new ConformanceReporter({ outputDir: join(blocker, 'reports'), catalogue, printSummary: false });
    reporter.onBegin(fakeConfig(), fakeSuite(cleanRun()));
    await expect(reporter.onEnd(fakeEnd('passed'))).resolves.toEqual({ status: 'failed' });
    expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toMatch(/link-harness reporter: cannot create .*a-file\/reports/);
  });

  it('never throws when the results themselves are broken', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const broken = Object.defineProperty(pass('SETUP-01'), 'results', {
      get: () => {
        throw new Error('corrupt result');
      },
    });
    const reporter = new ConformanceReporter({ outputDir: mkdtempSync(join(tmpdir(), 'broken-')), catalogue, printSummary: false });
    reporter.onBegin(fakeConfig(), fakeSuite([broken]));
    await expect(reporter.onEnd(fakeEnd('passed'))).resolves.toEqual({ status: 'failed' });
    expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toContain('could not build the report: Error: corrupt result');
  });

  it('never throws when Playwright ends without beginning', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const reporter = new ConformanceReporter({ catalogue, printSummary: false });
    await expect(reporter.onEnd(fakeEnd('failed'))).resolves.toEqual({ status: 'failed' });
  });
});

describe('ConformanceReporter, shards and merges', () => {
  it('a shard gates only on its own requirements and says so', async () => {
    const { json, returned } = await runReporter({
      tests: [pass('SETUP-01')],
      options: { catalogue },
      config: fakeConfig({ shard: { current: 1, total: 2 } }),
    });
    expect(json.run.shard).toEqual({ current: 1, total: 2 });
    expect(json.run.selection.mode).toBe('selected');
    expect(json.run.selection.because.at(-1)).toContain('shard 1/2');
    expect(returned).toEqual({ status: 'passed' });
  });

  it('a merge counts the shards and gates on the whole catalogue', async () => {
    const { json, printed } = await runReporter({
      tests: cleanRun(),
      options: { catalogue, mode: 'merge' },
      config: fakeConfig({ projects: ['chromium', 'chromium'] }),
    });
    expect(json.run.shard).toEqual({ merged: 2 });
    expect(json.run.selection.mode).toBe('full');
    expect(json.verdict.passed).toBe(true);
    expect(printed).toContain('npm run conformance:gate');
  });

  it('without recorded metadata, a merge counts only selected requirements and says why', async () => {
    const { json } = await runReporter({ tests: [pass('SETUP-01')], options: { catalogue, mode: 'merge' }, config: fakeConfig({ metadata: null }) });
    expect(json.run.selection.mode).toBe('selected');
    expect(json.run.target.kind).toBe('unknown');
    expect(json.verdict.passed).toBe(true);
  });
});
