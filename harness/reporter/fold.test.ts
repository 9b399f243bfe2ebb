import { describe, expect, it } from 'vitest';
import { foldRequirements, type CatalogueEntry } from './fold.ts';
import type { ScenarioResult, Selection } from './glossary.ts';
import { verdictOf } from './verdict.ts';

const catalogue: CatalogueEntry[] = [
  { id: 'SETUP-01', title: 'customer first', guideSection: 'Create a Customer before setup', gates: true },
  { id: 'OTP-04', title: 'locked', guideSection: 'Test the integration', gates: true },
  { id: 'FORM-01', title: 'https', guideSection: 'Set up your payment form', gates: true },
  { id: 'PRIV-01', title: 'privacy page', guideSection: 'Privacy implications', gates: false },
];
const full: Selection = { mode: 'full', because: [] };
const selected: Selection = { mode: 'selected', because: ['--grep @SETUP-01'] };

const scenario = (requirement: string, status: ScenarioResult['status'], extra: Partial<ScenarioResult> = {}): ScenarioResult => {
  const base = {
    title: `${requirement} ${status}`,
    file: 'scenarios/x.spec.ts',
    line: 1,
    project: 'chromium',
    requirements: [requirement],
    status,
    flaky: false,
    attempts: 1,
    durationMs: 100,
    error: status === 'failed' ? `${requirement} broke` : null,
    reason: status === 'not-applicable' ? 'http target' : status === 'not-run' ? 'interrupted' : null,
    evidence: [],
    htmlReport: null,
    notes: [],
    ...extra,
  };
  const own = Object.fromEntries(base.requirements.map((id) => [id, { status: base.status, reason: base.reason, error: base.error }]));
  return { ...base, byRequirement: extra.byRequirement ?? own };
};

/** A scenario naming SETUP-01 and OTP-04 that failed, with its outcome for each. */
const both = (outcomes: ScenarioResult['byRequirement'], extra: Partial<ScenarioResult> = {}) =>
  scenario('SETUP-01', 'failed', {
    title: 'SETUP-01 OTP-04 together',
    requirements: ['SETUP-01', 'OTP-04'],
    error: 'first error',
    byRequirement: outcomes,
    ...extra,
  });

const fold = (
  scenarios: ScenarioResult[],
  selection = full,
  expectations = [] as { requirement: string; reason: string; link: string }[],
  failOnUnexpectedPass = false,
) => Object.fromEntries(foldRequirements({ catalogue, scenarios, expectations, selection, failOnUnexpectedPass }).map((r) => [r.id, r]));

describe('foldRequirements', () => {
  it('any failed scenario fails the requirement, with its message and the sum of durations', () => {
    const r = fold([scenario('SETUP-01', 'passed'), scenario('SETUP-01', 'failed')])['SETUP-01'];
    expect(r).toMatchObject({ status: 'failed', blocking: true, durationMs: 200, firstFailure: { scenario: 'SETUP-01 failed', message: 'SETUP-01 broke' } });
    expect(r?.scenarios).toHaveLength(2);
  });

  it('passed needs a passing scenario: all not-applicable is not-applicable, never passed', () => {
    expect(fold([scenario('FORM-01', 'not-applicable')])['FORM-01']).toMatchObject({ status: 'not-applicable', reason: 'http target', blocking: false });
    expect(fold([scenario('FORM-01', 'not-applicable'), scenario('FORM-01', 'passed')])['FORM-01']?.status).toBe('passed');
  });

  it('a scenario that did not run leaves the requirement not-run, and it blocks when it gates', () => {
    expect(fold([scenario('SETUP-01', 'passed'), scenario('SETUP-01', 'not-run')])['SETUP-01']).toMatchObject({ status: 'not-run', blocking: true });
  });

  it('full runs gate on every requirement; selected runs only on those with a selected scenario', () => {
    expect(fold([scenario('SETUP-01', 'passed')], full)['OTP-04']).toMatchObject({ status: 'not-run', selected: false, shouldRun: true, blocking: true });
    expect(fold([scenario('SETUP-01', 'passed')], selected)['OTP-04']).toMatchObject({ status: 'not-run', selected: false, shouldRun: false, blocking: false });
  });

  it('advisory requirements never block', () => {
    expect(fold([scenario('PRIV-01', 'failed')])['PRIV-01']).toMatchObject({ status: 'failed', blocking: false });
    expect(fold([])['PRIV-01']).toMatchObject({ status: 'not-run', blocking: false });
  });

  it('an expectation turns a failure into expected-fail, and flags a pass', () => {
    const expectations = [
      { requirement: 'OTP-04', reason: 'no fallback', link: 'https://x/4' },
      { requirement: 'SETUP-01', reason: 'old', link: 'https://x/1' },
    ];
    const folded = fold([scenario('OTP-04', 'failed'), scenario('SETUP-01', 'passed')], full, expectations);
    expect(folded['OTP-04']).toMatchObject({ status: 'expected-fail', blocking: false, expectation: expectations[0], unexpectedPass: false });
    expect(folded['SETUP-01']).toMatchObject({ status: 'passed', blocking: false, unexpectedPass: true });
    expect(fold([scenario('SETUP-01', 'passed')], full, expectations, true)['SETUP-01']?.blocking).toBe(true);
  });

  it('flaky scenarios mark the requirement flaky, still passed', () => {
    expect(fold([scenario('SETUP-01', 'passed', { flaky: true, attempts: 2 })])['SETUP-01']).toMatchObject({ status: 'passed', flaky: true, blocking: false });
  });
});

describe('foldRequirements, a failed scenario naming several requirements', () => {
  it("fails only the requirement its outcome fails, with that outcome's message, and passes the checked one", () => {
    const folded = fold([
      both({ 'SETUP-01': { status: 'passed', reason: null, error: null }, 'OTP-04': { status: 'failed', reason: null, error: 'OTP-04: still locked' } }),
    ]);
    expect(folded['SETUP-01']).toMatchObject({ status: 'passed', blocking: false, firstFailure: null });
    expect(folded['OTP-04']).toMatchObject({
      status: 'failed',
      blocking: true,
      firstFailure: { scenario: 'SETUP-01 OTP-04 together', message: 'OTP-04: still locked' },
    });
  });

  it('a requirement the scenario did not reach is not-run with its own reason, and blocks', () => {
    const reason = 'not reached: SETUP-01 OTP-04 together failed first on OTP-04';
    const folded = fold([both({ 'SETUP-01': { status: 'not-run', reason, error: null }, 'OTP-04': { status: 'failed', reason: null, error: 'OTP-04: x' } })]);
    expect(folded['SETUP-01']).toMatchObject({ status: 'not-run', reason, blocking: true, firstFailure: null });
  });

  it('takes firstFailure only from a scenario that failed the requirement, not from one that failed another', () => {
    const folded = fold([
      both({ 'SETUP-01': { status: 'passed', reason: null, error: null }, 'OTP-04': { status: 'failed', reason: null, error: 'OTP-04: x' } }),
      scenario('SETUP-01', 'failed', { title: 'SETUP-01 alone' }),
    ]);
    expect(folded['SETUP-01']?.firstFailure).toEqual({ scenario: 'SETUP-01 alone', message: 'SETUP-01 broke' });
  });
});

describe('foldRequirements, notes', () => {
  const notes: ScenarioResult['notes'] = [
    { kind: 'not-checked', requirement: 'SETUP-01', text: 'Secure not checked: http target' },
    { kind: 'note', requirement: null, text: 'driven on the reference checkout only' },
  ];
  const passing = (project: string) =>
    scenario('SETUP-01', 'passed', { title: 'SETUP-01 OTP-04 together', requirements: ['SETUP-01', 'OTP-04'], project, notes });

  it('puts a note under the requirement it names, and one naming none under every requirement of the scenario, each once', () => {
    const folded = fold([passing('chromium'), passing('webkit')]);
    expect(folded['SETUP-01']?.notes).toEqual([
      { kind: 'not-checked', scenario: 'SETUP-01 OTP-04 together', text: 'Secure not checked: http target' },
      { kind: 'note', scenario: 'SETUP-01 OTP-04 together', text: 'driven on the reference checkout only' },
    ]);
    expect(folded['OTP-04']?.notes).toEqual([{ kind: 'note', scenario: 'SETUP-01 OTP-04 together', text: 'driven on the reference checkout only' }]);
    expect(folded['FORM-01']?.notes).toEqual([]);
  });

  it('never changes the verdict: a requirement with a check not performed is still passed', () => {
    expect(fold([passing('chromium')])['SETUP-01']).toMatchObject({ status: 'passed', blocking: false });
  });
});

describe('verdictOf', () => {
  it('passes when nothing blocks, naming advisory failures and unexpected passes without failing', () => {
    const requirements = foldRequirements({
      catalogue,
      scenarios: [scenario('SETUP-01', 'passed'), scenario('OTP-04', 'passed'), scenario('FORM-01', 'not-applicable'), scenario('PRIV-01', 'failed')],
      expectations: [{ requirement: 'OTP-04', reason: 'r', link: 'l' }],
      selection: full,
    });
    expect(verdictOf(requirements, [], [])).toEqual({
      passed: true,
      failed: [],
      notRun: [],
      advisoryFailed: ['PRIV-01'],
      unexpectedPasses: ['OTP-04'],
      unmappedFailures: [],
      reasons: [],
    });
  });

  it('fails on gating failures, gating requirements not run, failing tests outside the catalogue and errors', () => {
    const requirements = foldRequirements({ catalogue, scenarios: [scenario('SETUP-01', 'failed')], expectations: [], selection: full });
    const unmapped = [{ ...scenario('X', 'failed'), requirements: [], title: 'harness self-test' }];
    const verdict = verdictOf(requirements, unmapped, [{ source: 'playwright', message: 'worker crashed' }]);
    expect(verdict).toMatchObject({ passed: false, failed: ['SETUP-01'], notRun: ['OTP-04', 'FORM-01'], unmappedFailures: ['[chromium] harness self-test'] });
    expect(verdict.reasons).toHaveLength(4);
  });
});
