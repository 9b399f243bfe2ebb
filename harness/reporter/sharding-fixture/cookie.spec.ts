import { expect, test } from '@playwright/test';
import { notApplicable } from '../index.ts';

for (const [id, what] of [
  ['COOKIE-03', 'the next SetupIntent carries the persistent token'],
  ['COOKIE-04', 'Safari-like: a returning shopper skips the OTP'],
  ['OFF-01', 'charge later succeeds'],
  ['OFF-02', 'authentication_required is handled'],
  ['OFF-03', 'declines are handled'],
  ['SAFE-01', 'live keys are refused'],
] as const) {
  test(`${id} ${what}`, { tag: `@${id}` }, () => {
    expect(what).not.toBe('');
  });
}

test('COOKIE-01 COOKIE-02 the first-party cookie is set, HttpOnly and SameSite=Lax', { tag: ['@COOKIE-01', '@COOKIE-02'] }, () => {
  expect('Lax').toMatch(/^(Lax|Strict)$/);
});

test('FORM-01 the payment page is served over https', { tag: '@FORM-01' }, () => {
  notApplicable('the fixture shop is served over http, and FORM-01 applies in live mode only');
});

test('COOKIE-05 Chrome-like: Link remembers the shopper', { tag: '@COOKIE-05' }, () => {
  test.skip(true, 'the fixture has no Chrome-like browser model');
});

// A plain failure: Playwright's own status is "failed", the conformance verdict (advisory) passes.
test('PRIV-01 the privacy page mentions Stripe cookies', { tag: '@PRIV-01' }, () => {
  expect('privacy page without cookie notes', 'PRIV-01: no mention of Stripe on /privacy').toContain('Stripe');
});
