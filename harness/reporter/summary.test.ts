import { describe, expect, it } from 'vitest';
import { conformanceSummary } from './summary.ts';
import { fakeTest, runReporter } from './testing.ts';

describe('conformanceSummary', () => {
  it('stays on one screen when everything fails', async () => {
    const { requirements } = await import('../requirements/requirements.ts');
    const tests = requirements.map((r) =>
      fakeTest({
        title: `${r.id} broken`,
        tags: [`@${r.id}`],
        attempts: [
          { status: 'failed', error: 'x' },
          { status: 'failed', error: 'x' },
        ],
      }),
    );
    const { json } = await runReporter({ tests, status: 'failed' });
    const lines = conformanceSummary(json, ['reports/conformance.html']);
    expect(lines.length).toBeLessThanOrEqual(16);
    expect(lines.every((l) => l.length <= 200)).toBe(true);
    expect(lines.join('\n')).toContain('failing: SETUP-01, SETUP-02');
    expect(lines.join('\n')).toContain('and 13 more');
  });

  it('names the requirements with a check not performed, and only when there are some', async () => {
    const { requirements } = await import('../requirements/requirements.ts');
    const tests = requirements.map((r) =>
      fakeTest({
        title: `${r.id} holds`,
        tags: [`@${r.id}`],
        attempts: [
          {
            status: 'passed',
            annotations: r.id.startsWith('COOKIE') || r.id === 'OFF-02' ? [{ type: 'not-checked', description: `${r.id}: one check left out` }] : [],
          },
        ],
      }),
    );
    const { json } = await runReporter({ tests });
    const text = conformanceSummary(json, []).join('\n');
    expect(text).toContain('Link conformance: PASSED');
    expect(text).toContain('  checks not performed: COOKIE-01, COOKIE-02, COOKIE-03, COOKIE-04, COOKIE-05, OFF-02 (see the reports)');
    const clean = await runReporter({
      tests: requirements.map((r) => fakeTest({ title: `${r.id} holds`, tags: [`@${r.id}`], attempts: [{ status: 'passed' }] })),
    });
    expect(conformanceSummary(clean.json, []).join('\n')).not.toContain('checks not performed');
  });

  it('says PASSED with counts and where the reports are', async () => {
    const { json } = await runReporter({
      tests: [fakeTest({ title: 'SAFE-01 x', tags: ['@SAFE-01'], attempts: [{ status: 'passed' }] })],
      options: { catalogue: [{ id: 'SAFE-01', title: 't', guideSection: 'Test the integration', gates: true }] },
    });
    const text = conformanceSummary(json, ['reports/conformance.html']).join('\n');
    expect(text).toContain('Link conformance: PASSED');
    expect(text).toContain('passed 1 · failed 0 · expected-fail 0 · not-applicable 0 · not-run 0');
    expect(text).toContain('reports: reports/conformance.html');
  });
});
