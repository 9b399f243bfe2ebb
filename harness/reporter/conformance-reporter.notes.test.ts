import { describe, expect, it } from 'vitest';
import { fakeTest, flaky, notApplicable, pass, runReporter, sampleCatalogue as catalogue } from './testing.ts';

const secure = 'Secure not checked: http://localhost:3000 is served over http; set CHECKOUT_URL to its https address to check it';
const privacy = "the privacy page does not link Stripe's privacy policy";

/** A clean run whose passes leave checks out: SETUP-01 by notChecked(), OTP-01 twice (two projects), and a plain note on PRIV-01. */
const tests = () => [
  fakeTest({
    title: 'SETUP-01 the cookie is Secure',
    tags: ['@SETUP-01'],
    attempts: [{ status: 'passed', annotations: [{ type: 'not-checked', description: `SETUP-01: ${secure}` }] }],
  }),
  pass('SETUP-03'),
  ...['chromium', 'webkit'].map((project) =>
    fakeTest({
      title: 'OTP-01 logs in',
      tags: ['@OTP-01'],
      project,
      attempts: [{ status: 'passed', annotations: [{ type: 'not-checked', description: 'OTP-01: the SMS fallback is not checked on this target' }] }],
    }),
  ),
  notApplicable('FORM-01'),
  notApplicable('COOKIE-05'),
  fakeTest({
    title: 'PRIV-01 the privacy page',
    tags: ['@PRIV-01'],
    attempts: [{ status: 'passed', annotations: [{ type: 'note', description: `PRIV-01: ${privacy}` }] }],
  }),
];

describe('ConformanceReporter, checks not performed and notes', () => {
  const run = runReporter({ tests: tests(), options: { catalogue } });

  it('keeps the verdict: the run and the requirements still pass', async () => {
    const { returned, json } = await run;
    expect(returned).toEqual({ status: 'passed' });
    expect(json.requirements.find((r) => r.id === 'SETUP-01')).toMatchObject({ status: 'passed', blocking: false });
  });

  it('conformance.json: notes on the scenario and the requirement, once each, and a count', async () => {
    const { json } = await run;
    const setup01 = json.requirements.find((r) => r.id === 'SETUP-01');
    expect(setup01?.scenarios[0]?.notes).toEqual([{ kind: 'not-checked', requirement: 'SETUP-01', text: secure }]);
    expect(setup01?.notes).toEqual([{ kind: 'not-checked', scenario: 'SETUP-01 the cookie is Secure', text: secure }]);
    expect(json.requirements.find((r) => r.id === 'OTP-01')?.notes).toHaveLength(1);
    expect(json.requirements.find((r) => r.id === 'PRIV-01')?.notes).toEqual([{ kind: 'note', scenario: 'PRIV-01 the privacy page', text: privacy }]);
    expect(json.counts.notChecked).toBe(2);
  });

  it('conformance.md: the status cell counts them, and they are listed', async () => {
    const { md } = await run;
    expect(md).toMatch(/^\| SETUP-01 \|.*\| ✅ passed · 1 check not performed \|/m);
    expect(md).toMatch(/^\| OTP-01 \|.*\| ✅ passed · 1 check not performed \|/m);
    expect(md).toContain(`### Checks not performed\n\n- **SETUP-01**: ${secure}\n- **OTP-01**: the SMS fallback is not checked on this target`);
    expect(md).toContain(`### Notes\n\n- **PRIV-01**: ${privacy}`);
    expect(md).toContain('| 4 | 0 | 0 | 2 | 0 | 0 | 2 |');
  });

  it('conformance.html: shown under the requirement outside any collapsed part, and counted under the summary bar', async () => {
    const { html } = await run;
    const setup01 = /<tbody data-status="passed" id="SETUP-01">(.*?)<\/tbody>/s.exec(html)?.[1] ?? '';
    const outsideDetails = setup01.replace(/<details[\s\S]*?<\/details>/g, '');
    expect(outsideDetails).toContain('<tr class="notes">');
    expect(outsideDetails).toContain('Secure not checked: http://localhost:3000 is served over http');
    expect(setup01).toContain('<div class="not-checked">1 check not performed</div>');
    expect(html).toContain(
      '<p class="not-checked-summary"><span class="count">2</span> with checks not performed: <a href="#SETUP-01">SETUP-01</a>, <a href="#OTP-01">OTP-01</a></p>',
    );
    expect(html).toContain('<span class="label">note</span> the privacy page does not link Stripe&#39;s privacy policy');
  });

  it("junit.xml: properties of the requirement's testcase, and lines of its system-out", async () => {
    const { junit } = await run;
    const testcase = /<testcase name="SETUP-01 [^>]*>.*?<\/testcase>/s.exec(junit)?.[0] ?? '';
    expect(testcase).toContain(`<property name="not-checked" value="${secure}"/>`);
    expect(testcase).toMatch(/<system-out>[^<]*check not performed: Secure not checked: [^<]*\(SETUP-01 the cookie is Secure\)/);
    expect(testcase).not.toContain('<failure');
    expect(junit).toMatch(
      /<testcase name="PRIV-01 [^>]*><properties>.*<property name="note" value="the privacy page does not link Stripe&apos;s privacy policy"\/>/,
    );
  });

  it('the summary names them', async () => {
    const { printed } = await run;
    expect(printed).toContain('  checks not performed: SETUP-01, OTP-01 (see the reports)');
  });

  it('says nothing about them when every check was performed', async () => {
    const { md, html, printed, json } = await runReporter({
      tests: [pass('SETUP-01'), pass('SETUP-03'), flaky('OTP-01'), notApplicable('FORM-01'), notApplicable('COOKIE-05')],
      options: { catalogue },
    });
    expect(json.counts.notChecked).toBe(0);
    expect(md).not.toContain('check not performed');
    expect(html).not.toContain('<p class="not-checked-summary">');
    expect(printed).not.toContain('checks not performed');
  });
});
