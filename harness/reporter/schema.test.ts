import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { fakeConfig, fakeTest, runReporter } from './testing.ts';

const schema = JSON.parse(readFileSync(new URL('./conformance.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const problems = (value: unknown) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));

const runs = {
  'a run with every status': () =>
    runReporter({
      status: 'failed',
      tests: [
        fakeTest({ title: 'SETUP-01 ok', tags: ['@SETUP-01'], attempts: [{ status: 'passed' }] }),
        fakeTest({
          title: 'SETUP-03 leaks',
          tags: ['@SETUP-03'],
          attempts: [{ status: 'failed', error: 'leak', attachments: [{ name: 'trace', path: '/tmp/t/trace.zip' }] }],
        }),
        fakeTest({
          title: 'OTP-01 flaky',
          tags: ['@OTP-01'],
          attempts: [{ status: 'timedOut', error: 'Test timeout of 30000ms exceeded.' }, { status: 'passed' }],
        }),
        fakeTest({
          title: 'FORM-01 http',
          tags: ['@FORM-01'],
          attempts: [{ status: 'skipped', annotations: [{ type: 'not-applicable', description: 'http' }] }],
        }),
        fakeTest({ title: 'PRIV-01 page', tags: ['@PRIV-01'], attempts: [{ status: 'failed', error: 'no mention' }] }),
        fakeTest({ title: 'self-test', attempts: [{ status: 'passed' }] }),
        fakeTest({ title: 'NOPE-01 unknown', attempts: [{ status: 'passed' }] }),
      ],
      globalErrors: ['worker crashed'],
    }),
  'a run with notes and a multi-requirement attribution': () =>
    runReporter({
      status: 'failed',
      tests: [
        fakeTest({
          title: 'SETUP-01 cookie',
          tags: ['@SETUP-01'],
          attempts: [
            {
              status: 'passed',
              annotations: [
                { type: 'not-checked', description: 'SETUP-01: Secure not checked: http target' },
                { type: 'note', description: 'seen on the reference checkout' },
              ],
            },
          ],
        }),
        fakeTest({
          title: 'EMAIL-02 OTP-01 OTP-02 login',
          tags: ['@EMAIL-02', '@OTP-01', '@OTP-02'],
          attempts: [{ status: 'failed', errors: ['x', 'OTP-01: no login'], annotations: [{ type: 'requirement-checked', description: 'EMAIL-02' }] }],
        }),
      ],
    }),
  'an interrupted run': () =>
    runReporter({ status: 'interrupted', tests: [fakeTest({ title: 'SAFE-01 x', tags: ['@SAFE-01'], attempts: [{ status: 'interrupted' }] })] }),
  'a shard': () => runReporter({ tests: [], config: fakeConfig({ shard: { current: 2, total: 3 } }) }),
  'a merge without metadata': () => runReporter({ tests: [], options: { mode: 'merge' }, config: fakeConfig({ metadata: null }) }),
};

describe('conformance.schema.json', () => {
  for (const [name, run] of Object.entries(runs)) {
    it(`validates conformance.json of ${name}`, async () => {
      const { json } = await run();
      expect(problems(json)).toEqual([]);
    });
  }

  it('rejects reports that break it (so it is not vacuous)', async () => {
    const { json } = await runs['a run with every status']();
    expect(problems({ ...json, schemaVersion: 2 })).not.toEqual([]);
    expect(problems({ ...json, requirements: [{ ...json.requirements[0], status: 'PASS' }] })).not.toEqual([]);
    expect(problems({ ...json, run: { ...json.run, shard: { current: 1 } } })).not.toEqual([]);
    expect(problems({ ...json, surprise: true })).not.toEqual([]);
    const { verdict: _dropped, ...withoutVerdict } = json;
    expect(problems(withoutVerdict)).not.toEqual([]);
  });

  it('checks notes and per-requirement outcomes when present', async () => {
    const { json } = await runs['a run with notes and a multi-requirement attribution']();
    const withNotes = json.requirements.find((r) => r.id === 'SETUP-01');
    const attributed = json.requirements.find((r) => r.id === 'OTP-02');
    if (!withNotes || !attributed) throw new Error('SETUP-01 or OTP-02 missing');
    expect(withNotes.notes.map((n) => n.kind)).toEqual(['not-checked', 'note']);
    expect(attributed).toMatchObject({ status: 'not-run', reason: 'not reached: EMAIL-02 OTP-01 OTP-02 login failed first on OTP-01' });
    const scenario = attributed.scenarios[0];
    if (!scenario) throw new Error('no scenario under OTP-02');
    expect(Object.keys(scenario.byRequirement)).toEqual(['EMAIL-02', 'OTP-01', 'OTP-02']);
    const replace = (changed: object) => problems({ ...json, requirements: [{ ...withNotes, ...changed }] });
    expect(replace({ notes: [{ kind: 'skipped', scenario: 's', text: 't' }] })).not.toEqual([]);
    expect(replace({ notes: [{ kind: 'note', scenario: 's', text: '' }] })).not.toEqual([]);
    expect(replace({ scenarios: [{ ...scenario, notes: [{ kind: 'note', requirement: 'otp-1', text: 't' }] }] })).not.toEqual([]);
    expect(replace({ scenarios: [{ ...scenario, byRequirement: { 'OTP-01': { status: 'expected-fail', reason: null, error: null } } }] })).not.toEqual([]);
    expect(replace({ scenarios: [{ ...scenario, byRequirement: { otp: { status: 'passed', reason: null, error: null } } }] })).not.toEqual([]);
    expect(problems({ ...json, counts: { ...json.counts, notChecked: -1 } })).not.toEqual([]);
  });

  it('still validates a version 1 report written before notes, outcomes per requirement and counts.notChecked were added', async () => {
    const { json } = await runs['a run with every status']();
    const { notChecked: _count, ...counts } = json.counts;
    const scenario = ({ byRequirement: _outcomes, notes: _notes, ...rest }: (typeof json.unmappedScenarios)[number]) => rest;
    const older = {
      ...json,
      counts,
      requirements: json.requirements.map(({ notes: _notes, ...r }) => ({ ...r, scenarios: r.scenarios.map(scenario) })),
      unmappedScenarios: json.unmappedScenarios.map(scenario),
    };
    expect(problems(older)).toEqual([]);
  });
});
