import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gateOnReport } from './gate.ts';
import type { ConformanceReport } from './glossary.ts';

/**
 * One machine versus two shards merged, on the browserless fixture project in sharding-fixture/:
 * the conformance reports must agree (times and file locations aside), and so must the gate; and
 * the same project without its fault, green.
 */
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const playwrightCli = join(repo, 'node_modules/@playwright/test/cli.js');
const fixtureConfig = join(repo, 'harness/reporter/sharding-fixture/playwright.config.ts');

/** The child's environment: nothing from this shell that would change what the fixture reports. */
function fixtureEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of [
    'CHECKOUT_URL',
    'STRIPE_SECRET_KEY',
    'LINK_HARNESS_EXPECTATIONS',
    'LINK_HARNESS_SELECTION',
    'LINK_HARNESS_RUN_METADATA',
    'FIXTURE_FAULT',
    'FIXTURE_BLOB_DIR',
  ])
    delete env[name];
  return { ...env, FORCE_COLOR: '0', ...extra };
}

function playwright(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [playwrightCli, ...args], { cwd: repo, env: fixtureEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'reports', 'conformance.json'), 'utf8')) as ConformanceReport;

/** What must not depend on how the run was split: everything but times, shard and where evidence files sit. */
function comparable(report: ConformanceReport) {
  const { startTime: _s, endTime: _e, durationMs: _d, shard: _shard, ...run } = report.run;
  const scenario = (s: ConformanceReport['unmappedScenarios'][number]) => ({ ...s, durationMs: 0, evidence: s.evidence.map((e) => e.kind) });
  return {
    ...report,
    run,
    requirements: report.requirements.map((r) => ({ ...r, durationMs: 0, evidence: r.evidence.map((e) => e.kind), scenarios: r.scenarios.map(scenario) })),
    unmappedScenarios: report.unmappedScenarios.map(scenario),
  };
}

/** notChecked() and plain notes reach the report of one machine and of merged shards (through the blobs) alike. */
function expectNotesIn(single: { output: string }, merge: { report: ConformanceReport; dir: string }) {
  const cookie02 = merge.report.requirements.find((r) => r.id === 'COOKIE-02');
  expect(cookie02).toMatchObject({
    status: 'passed',
    notes: [{ kind: 'not-checked', text: expect.stringMatching(/^Secure not checked: http:\/\/shop\.fixture\.test is served over http/) as unknown }],
  });
  expect(merge.report.requirements.find((r) => r.id === 'COOKIE-01')?.notes).toEqual([]);
  expect(merge.report.requirements.find((r) => r.id === 'PRIV-01')?.notes).toEqual([
    { kind: 'note', scenario: 'PRIV-01 the privacy page mentions Stripe cookies', text: "the privacy page does not link Stripe's privacy policy" },
  ]);
  expect(merge.report.counts.notChecked).toBe(1);
  expect(readFileSync(join(merge.dir, 'conformance.md'), 'utf8')).toContain('- **COOKIE-02**: Secure not checked: http://shop.fixture.test');
  expect(single.output).toContain('checks not performed: COOKIE-02 (see the reports)');
}

/** Runs the fixture once unsharded and as shards 1/2 and 2/2 (all at once), then merges the shards' blobs. */
async function runBothWays(root: string, extra: Record<string, string>) {
  const [single, ...shards] = await Promise.all([
    playwright(['test', '-c', fixtureConfig], { ...extra, FIXTURE_OUT: join(root, 'single') }),
    ...[1, 2].map((i) =>
      playwright(['test', '-c', fixtureConfig, `--shard=${i}/2`], {
        ...extra,
        FIXTURE_OUT: join(root, `shard${i}`),
        FIXTURE_BLOB_DIR: join(root, `shard${i}`, 'blob'),
      }),
    ),
  ]);
  const blobs = join(root, 'blobs');
  mkdirSync(blobs, { recursive: true });
  for (const i of [1, 2]) for (const zip of readdirSync(join(root, `shard${i}`, 'blob'))) copyFileSync(join(root, `shard${i}`, 'blob', zip), join(blobs, zip));
  const merge = await playwright(['merge-reports', '-c', fixtureConfig, blobs], { ...extra, FIXTURE_OUT: join(root, 'merged') });
  return {
    single: { ...single, report: readReport(join(root, 'single')) },
    shards: shards.map((s, i) => ({ ...s, report: readReport(join(root, `shard${i + 1}`)) })),
    merge: { ...merge, report: readReport(join(root, 'merged')), dir: join(root, 'merged', 'reports') },
  };
}

describe('sharded runs merge into the same conformance report as one machine', () => {
  const root = mkdtempSync(join(tmpdir(), 'conformance-shards-'));
  const faulty = runBothWays(join(root, 'faulty'), { FIXTURE_FAULT: '1' });

  it('with a broken requirement: the same report, red, and a failing exit or gate both ways', async () => {
    const { single, shards, merge } = await faulty;
    expect(single.code, single.output).toBe(1);
    expect(single.report.verdict.failed).toEqual(['CONFIRM-02']);
    expect(comparable(merge.report)).toEqual(comparable(single.report));

    // Each shard gates on its own part: the one that ran CONFIRM-02 fails, the other passes.
    expect(shards.map((s) => s.report.run.shard)).toEqual([
      { current: 1, total: 2 },
      { current: 2, total: 2 },
    ]);
    expect(shards.map((s) => s.code)).toEqual(shards.map((s) => (s.report.verdict.passed ? 0 : 1)));
    expect(shards.filter((s) => s.code === 1)).toHaveLength(1);
    // Together the shards ran exactly the tests the single run did.
    expect(shards.map((s) => s.report.requirements.reduce((n, r) => n + r.scenarios.length, 0)).reduce((a, b) => a + b)).toBe(
      single.report.requirements.reduce((n, r) => n + r.scenarios.length, 0),
    );

    // merge-reports exits 0 whatever the verdict; the gate reads it.
    expect(merge.code, merge.output).toBe(0);
    expect(merge.report.run.shard).toEqual({ merged: 2 });
    expect(gateOnReport(join(merge.dir, 'conformance.json')).exitCode).toBe(1);
    expectNotesIn(single, merge);
    const html = readFileSync(join(merge.dir, 'conformance.html'), 'utf8');
    expect(html).toContain('<span class="verdict fail">failed</span>');
    expect(readFileSync(join(merge.dir, 'conformance.md'), 'utf8')).toContain('| **CONFIRM-02** |');
    expect(readFileSync(join(merge.dir, 'junit.xml'), 'utf8')).toMatch(/<testcase name="CONFIRM-02 [^>]*>.*<failure type="failed"/);
    const status = Object.fromEntries(merge.report.requirements.map((r) => [r.id, r.status]));
    expect(status).toMatchObject({
      'CONFIRM-02': 'failed',
      'OTP-04': 'expected-fail',
      'FORM-01': 'not-applicable',
      'COOKIE-05': 'not-applicable',
      'PRIV-01': 'failed',
      'SETUP-01': 'passed',
    });
    expect(merge.report.requirements.find((r) => r.id === 'OTP-01')?.flaky).toBe(true);
    expect(merge.report.verdict).toMatchObject({ passed: false, failed: ['CONFIRM-02'], advisoryFailed: ['PRIV-01'], unexpectedPasses: ['FUND-02'] });
    expect(merge.report.unmappedScenarios.map((s) => [s.title, s.status])).toEqual([
      ['the fixture project loads', 'passed'],
      ['notChecked and requirementChecked refuse a requirement the test does not name', 'passed'],
    ]);
    // The scenario naming CONFIRM-01 and CONFIRM-02 marked CONFIRM-01 checked (requirementChecked), then failed on CONFIRM-02 only.
    const confirm = (id: string) => merge.report.requirements.find((r) => r.id === id);
    expect(confirm('CONFIRM-01')).toMatchObject({ status: 'passed', firstFailure: null });
    expect(confirm('CONFIRM-02')?.firstFailure?.scenario).toMatch(/^CONFIRM-01 CONFIRM-02 /);
    expect(confirm('CONFIRM-02')?.firstFailure?.message).toContain('CONFIRM-02: the return page trusted the query string');
    // Traces of failures in a merged report point into the merged blobs, and are there.
    const evidence = merge.report.requirements.flatMap((r) => r.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(existsSync(resolve(merge.dir, e.path)), e.path).toBe(true);
  }, 180_000);

  // Green on one machine only: a shard that passes and the merge of shards were seen above, the gate of a green report in gate.test.ts.
  const clean = playwright(['test', '-c', fixtureConfig], { FIXTURE_OUT: join(root, 'clean') });

  it('without it: a green report and exit 0, with the same notes', async () => {
    const single = await clean;
    expect(single.code, single.output).toBe(0);
    const report = readReport(join(root, 'clean'));
    expect(report.verdict).toMatchObject({ passed: true, failed: [] });
    const dir = join(root, 'clean', 'reports');
    expect(gateOnReport(join(dir, 'conformance.json')).exitCode).toBe(0);
    expect(readFileSync(join(dir, 'conformance.html'), 'utf8')).toContain('<span class="verdict pass">passed</span>');
    expect(readFileSync(join(dir, 'junit.xml'), 'utf8')).not.toMatch(/<testcase name="CONFIRM-02 [^>]*>.*<failure/);
    expect(report.requirements.find((r) => r.id === 'CONFIRM-02')?.status).toBe('passed');
    expectNotesIn(single, { report, dir });
  }, 180_000);
});
