import { describe, expect, it } from 'vitest';
import { conformanceSummary } from './summary.ts';
import { fakeTest, runReporter } from './testing.ts';

describe('conformanceSummary', () => {
  it('stays on one screen when everything fails', async () => {
    const { requirements } = await import('../../fixtures/requirements.ts');
    const tests = requirements.map((r) => fakeTest({ title: `${r.id} broken`, tags: [`@${r.id}`], attempts: [{ status: 'failed', error: 'x' }, { status: 'failed', error: 'x' }] }));
    const { json } = await runReporter({ tests, status: 'failed' });
    const lines = conformanceSummary(json, ['reports/conformance.html']);
    expect(lines.length).toBeLessThanOrEqual(16);
    expect(lines.every((l) => l.length <= 200)).toBe(true);
    expect(lines.join('\n')).toContain('failing: SETUP-01, SETUP-02');
    expect(lines.join('\n')).toContain('and 13 more');
  });

  it('says PASSED with counts and where the reports are', async () => {
    const { json } = await runReporter({ tests: [fakeTest({ title: 'SAFE-01 x', tags: ['@SAFE-01'], attempts: [{ status: 'passed' }] })], options: { catalogue: [{ id: 'SAFE-01', title: 't', guideSection: 'Test the integration', gates: true }] } });
    const text = conformanceSummary(json, ['reports/conformance.html']).join('\n');
    expect(text).toContain('Link conformance: PASSED');
    expect(text).toContain('passed 1 · failed 0 · expected-fail 0 · not-applicable 0 · not-run 0');
    expect(text).toContain('reports: reports/conformance.html');
  });
});
