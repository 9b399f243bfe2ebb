import { describe, expect, it } from 'vitest';
import { grepFor, longestFirst, planSelftest } from './plan.ts';
import { playwrightEnv } from './run-selftest.ts';

describe('the self-test plan', () => {
  it('runs a fault over the requirement it names first, then its consequences; the clean run covers them all', () => {
    expect(
      planSelftest([
        { name: 'no-cookie', requirement: 'COOKIE-01', alsoBreaks: ['COOKIE-04'] },
        { name: 'token-not-passed-back', requirement: 'COOKIE-03', alsoBreaks: ['COOKIE-04'] },
      ]),
    ).toEqual([
      { name: 'clean', checkout: 'reference', fault: null, requirements: ['COOKIE-01', 'COOKIE-04', 'COOKIE-03'] },
      { name: 'no-cookie', checkout: 'reference', fault: 'no-cookie', requirements: ['COOKIE-01', 'COOKIE-04'] },
      { name: 'token-not-passed-back', checkout: 'reference', fault: 'token-not-passed-back', requirements: ['COOKIE-03', 'COOKIE-04'] },
    ]);
  });

  it('runs the clean checkout over every requirement first, then one run per fault over its requirement', () => {
    const plan = planSelftest([
      { name: 'no-cookie', requirement: 'COOKIE-01' },
      { name: 'cookie-year-long', requirement: 'COOKIE-02' },
      { name: 'cookie-not-secure', requirement: 'COOKIE-02' },
    ]);
    expect(plan).toEqual([
      { name: 'clean', checkout: 'reference', fault: null, requirements: ['COOKIE-01', 'COOKIE-02'] },
      { name: 'no-cookie', checkout: 'reference', fault: 'no-cookie', requirements: ['COOKIE-01'] },
      { name: 'cookie-year-long', checkout: 'reference', fault: 'cookie-year-long', requirements: ['COOKIE-02'] },
      { name: 'cookie-not-secure', checkout: 'reference', fault: 'cookie-not-secure', requirements: ['COOKIE-02'] },
    ]);
  });

  it("names another checkout's runs after it, and starts that checkout with the plain fault name", () => {
    expect(planSelftest([{ name: 'no-link', requirement: 'SETUP-02', alsoBreaks: ['COOKIE-01'] }], 'thimble')).toEqual([
      { name: 'thimble/clean', checkout: 'thimble', fault: null, requirements: ['SETUP-02', 'COOKIE-01'] },
      { name: 'thimble/no-link', checkout: 'thimble', fault: 'no-link', requirements: ['SETUP-02', 'COOKIE-01'] },
    ]);
  });

  it('leaves the clean run out when asked', () => {
    expect(planSelftest([{ name: 'no-link', requirement: 'SETUP-02' }], 'thimble', { clean: false }).map((r) => r.name)).toEqual(['thimble/no-link']);
  });

  it('starts the longest runs first, keeping the order of runs as long as each other', () => {
    const runs = [
      { name: 'a', requirements: ['OFF-01'] },
      { name: 'clean', requirements: ['OFF-01', 'OFF-02', 'SETUP-02'] },
      { name: 'b', requirements: ['OFF-02'] },
      { name: 'c', requirements: ['SETUP-02', 'OTP-01'] },
    ];
    expect(longestFirst(runs).map((r) => r.name)).toEqual(['clean', 'c', 'a', 'b']);
    expect(runs.map((r) => r.name)).toEqual(['a', 'clean', 'b', 'c']);
  });

  it('greps whole requirement tags, as Playwright matches them (case-insensitive, in the title and tags)', () => {
    const grep = new RegExp(grepFor(['OFF-01', '3DS-02']), 'i');
    expect(grep.test('chromium off-session.spec.ts OFF-01 charge later (guide: …) @OFF-01')).toBe(true);
    expect(grep.test('chromium 3ds.spec.ts 3DS-02 Fail @3DS-02 @safari-like')).toBe(true);
    expect(grep.test('chromium x.spec.ts OFF-010 @OFF-010')).toBe(false);
    expect(grep.test('chromium x.spec.ts OFF-01 in the title only')).toBe(false);
    expect(grep.test('@OFF-02 @OFF-01-extra')).toBe(false);
  });
});

describe('the environment of a Playwright run', () => {
  const base = {
    PATH: '/usr/bin',
    CI: 'true',
    CHECKOUT_URL: 'http://elsewhere',
    CHARGE_URL: 'http://elsewhere/charge',
    STRIPE_SECRET_KEY: 'sk_live_x',
    STRIPE_PUBLISHABLE_KEY: 'pk_live_x',
    LINK_HARNESS_EMULATOR_URL: 'http://127.0.0.1:12111',
    LINK_HARNESS_REFERENCE_CHECKOUT_URL: 'http://localhost:4242',
    LINK_HARNESS_CONFIG: 'my.config.ts',
    LINK_HARNESS_ACCOUNT: 'sk_test_mine',
    LINK_HARNESS_FAULTS: 'no-cookie',
  };

  it("points the suite at the self-test's emulator, and drops what would point it elsewhere (each run's checkout comes with its projects)", () => {
    expect(playwrightEnv(base, 40002)).toEqual({ PATH: '/usr/bin', LINK_HARNESS_EMULATOR_PORT: '40002', FORCE_COLOR: '0' });
  });
});
