import { describe, expect, it } from 'vitest';
import { fakeTest, notApplicable, pass, runReporter, sampleCatalogue as catalogue } from './testing.ts';

/** Scenarios naming two requirements each, as scenariosTitle writes them, that fail on one. */
const secretAndLogin = 'SETUP-03 OTP-01 the secret stays on the server and any other code logs in';
const httpsAndRemembered = 'FORM-01 COOKIE-05 the page is https and Link remembers the shopper';
const tests = () => [
  pass('SETUP-01'),
  // Two errors (soft assertions): only the second names a requirement, and SETUP-03 was never marked checked.
  fakeTest({
    title: secretAndLogin,
    tags: ['@SETUP-03', '@OTP-01'],
    attempts: [{ status: 'failed', errors: ['Timed out 5000ms waiting for expect(locator).toBeVisible()', 'OTP-01: any other six digits log in'] }],
  }),
  fakeTest({
    title: httpsAndRemembered,
    tags: ['@FORM-01', '@COOKIE-05'],
    attempts: [
      { status: 'failed', errors: ['COOKIE-05: the shopper was not remembered'], annotations: [{ type: 'requirement-checked', description: 'FORM-01' }] },
    ],
  }),
  pass('PRIV-01'),
];

describe('ConformanceReporter, a failed scenario that names several requirements', () => {
  const run = runReporter({ tests: tests(), status: 'failed', options: { catalogue } });

  it('fails only the requirement a failure message names; a checked one passes, one not reached is not-run', async () => {
    const { json, returned } = await run;
    expect(Object.fromEntries(json.requirements.map((r) => [r.id, r.status]))).toEqual({
      'SETUP-01': 'passed',
      'SETUP-03': 'not-run',
      'OTP-01': 'failed',
      'FORM-01': 'passed',
      'COOKIE-05': 'failed',
      'PRIV-01': 'passed',
    });
    expect(json.requirements.find((r) => r.id === 'SETUP-03')).toMatchObject({
      reason: `not reached: ${secretAndLogin} failed first on OTP-01`,
      blocking: true,
      firstFailure: null,
    });
    expect(json.verdict).toMatchObject({ failed: ['OTP-01', 'COOKIE-05'], notRun: ['SETUP-03'] });
    expect(returned).toEqual({ status: 'failed' });
  });

  it("takes each requirement's first failure from the message that names it", async () => {
    const { json } = await run;
    expect(json.requirements.find((r) => r.id === 'OTP-01')?.firstFailure).toEqual({
      scenario: secretAndLogin,
      message: 'OTP-01: any other six digits log in',
    });
    expect(json.requirements.find((r) => r.id === 'FORM-01')?.firstFailure).toBeNull();
    const scenario = json.requirements.find((r) => r.id === 'FORM-01')?.scenarios[0];
    expect(scenario).toMatchObject({ status: 'failed', error: 'COOKIE-05: the shopper was not remembered' });
    expect(scenario?.byRequirement).toEqual({
      'FORM-01': { status: 'passed', reason: null, error: null },
      'COOKIE-05': { status: 'failed', reason: null, error: 'COOKIE-05: the shopper was not remembered' },
    });
  });

  it('the other files show the same attribution', async () => {
    const { md, html, junit } = await run;
    expect(md).toContain(`**OTP-01**, in _${secretAndLogin}_`);
    expect(md).not.toContain('**SETUP-03**, in');
    expect(md).toContain(`- **SETUP-03** not-run: not reached: ${secretAndLogin} failed first on OTP-01`);
    expect(md).toMatch(/^\| FORM-01 \|.*\| ✅ passed \|/m);
    expect(/<tbody data-status="passed" id="FORM-01">.*?<\/tbody>/s.exec(html)?.[0]).toContain(
      '<li><span class="badge s-passed">passed</span> <span class="note">(the scenario failed)</span>',
    );
    const form01 = /<testcase name="FORM-01 [^>]*>.*?<\/testcase>/s.exec(junit)?.[0] ?? '';
    expect(form01).not.toContain('<failure');
    expect(form01).toContain(`passed: ${httpsAndRemembered}`);
  });

  it('a failure that names none of its requirements fails every one not marked checked', async () => {
    const { json } = await runReporter({
      tests: [
        pass('SETUP-01'),
        fakeTest({
          title: secretAndLogin,
          tags: ['@SETUP-03', '@OTP-01'],
          attempts: [
            { status: 'timedOut', error: 'Test timeout of 30000ms exceeded.', annotations: [{ type: 'requirement-checked', description: 'SETUP-03' }] },
          ],
        }),
        notApplicable('FORM-01'),
        notApplicable('COOKIE-05'),
      ],
      options: { catalogue },
    });
    expect(json.requirements.find((r) => r.id === 'SETUP-03')?.status).toBe('passed');
    expect(json.requirements.find((r) => r.id === 'OTP-01')).toMatchObject({
      status: 'failed',
      firstFailure: { message: 'Test timeout of 30000ms exceeded.' },
    });
  });

  it('a scenario naming one requirement fails it whatever its message says', async () => {
    const { json } = await runReporter({
      tests: [fakeTest({ title: 'SETUP-03 x', tags: ['@SETUP-03'], attempts: [{ status: 'failed', error: 'OTP-01 was involved' }] })],
      options: { catalogue },
    });
    expect(json.requirements.find((r) => r.id === 'SETUP-03')?.status).toBe('failed');
    expect(json.requirements.find((r) => r.id === 'OTP-01')?.status).toBe('not-run');
  });
});
