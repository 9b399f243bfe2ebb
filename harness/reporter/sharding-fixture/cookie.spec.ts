import { expect, test } from '@playwright/test';
import { notApplicable, notChecked, requirementChecked } from '../index.ts';

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
  expect(['link_persistent_token'], 'COOKIE-01: the server sets the first-party cookie').toContain('link_persistent_token');
  requirementChecked('COOKIE-01');
  expect('Lax', 'COOKIE-02: SameSite is Lax or Strict').toMatch(/^(Lax|Strict)$/);
  notChecked('COOKIE-02', 'Secure not checked: http://shop.fixture.test is served over http; set CHECKOUT_URL to its https address to check it');
});

test('FORM-01 the payment page is served over https', { tag: '@FORM-01' }, () => {
  notApplicable('the fixture shop is served over http, and FORM-01 applies in live mode only');
});

test('COOKIE-05 Chrome-like: Link remembers the shopper', { tag: '@COOKIE-05' }, () => {
  notApplicable('the fixture has no Chrome-like browser model');
});

// A plain failure: Playwright's own status is "failed", the conformance verdict (advisory) passes.
test('PRIV-01 the privacy page mentions Stripe cookies', { tag: '@PRIV-01' }, () => {
  test.info().annotations.push({ type: 'note', description: "PRIV-01: the privacy page does not link Stripe's privacy policy" });
  expect('privacy page without cookie notes', 'PRIV-01: no mention of Stripe on /privacy').toContain('Stripe');
});
