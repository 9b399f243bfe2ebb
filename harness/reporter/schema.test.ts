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
        fakeTest({ title: 'SETUP-03 leaks', tags: ['@SETUP-03'], attempts: [{ status: 'failed', error: 'leak', attachments: [{ name: 'trace', path: '/tmp/t/trace.zip' }] }] }),
        fakeTest({ title: 'OTP-01 flaky', tags: ['@OTP-01'], attempts: [{ status: 'timedOut', error: 'Test timeout of 30000ms exceeded.' }, { status: 'passed' }] }),
        fakeTest({ title: 'FORM-01 http', tags: ['@FORM-01'], attempts: [{ status: 'skipped', annotations: [{ type: 'not-applicable', description: 'http' }] }] }),
        fakeTest({ title: 'PRIV-01 page', tags: ['@PRIV-01'], attempts: [{ status: 'failed', error: 'no mention' }] }),
        fakeTest({ title: 'self-test', attempts: [{ status: 'passed' }] }),
        fakeTest({ title: 'NOPE-01 unknown', attempts: [{ status: 'passed' }] }),
      ],
      globalErrors: ['worker crashed'],
    }),
  'an interrupted run': () => runReporter({ status: 'interrupted', tests: [fakeTest({ title: 'SAFE-01 x', tags: ['@SAFE-01'], attempts: [{ status: 'interrupted' }] })] }),
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
});
