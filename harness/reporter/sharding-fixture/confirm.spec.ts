import { expect, test } from '@playwright/test';

for (const [id, what] of [
  ['CONFIRM-01', 'confirmSetup lands on the return_url'],
  ['CONFIRM-03', 'errors are shown and the form stays usable'],
  ['OTP-02', '000001 is refused, then a good code works'],
  ['OTP-03', '000002 is expired, a new code works'],
  ['FUND-01', 'several funding sources are offered'],
  ['3DS-01', 'Complete finishes the setup'],
  ['3DS-02', 'Fail lets the shopper try again'],
] as const) {
  test(`${id} ${what}`, { tag: `@${id}` }, () => {
    expect(what).toContain(' ');
  });
}

test('CONFIRM-02 the return page reads the SetupIntent', { tag: '@CONFIRM-02' }, () => {
  expect(process.env.FIXTURE_FAULT, 'CONFIRM-02: the return page trusted the query string').toBeUndefined();
});

test.describe(() => {
  // Only this test retries, so the others fail once and the fixture stays quick.
  test.describe.configure({ retries: 1 });
  test('OTP-01 any other code logs in (passes on retry)', { tag: '@OTP-01' }, () => {
    expect(test.info().retry, 'OTP-01: first attempt fails on purpose').toBeGreaterThan(0);
  });
});

// test.fail() keeps the worker alive (Playwright restarts it after an unexpected failure, which
// costs a second); the reporter still counts the failure, as it does in scenarios.
test('OTP-04 a locked Link account still lets the shopper pay by card', { tag: '@OTP-04' }, () => {
  test.fail();
  expect('no card fallback', 'OTP-04: no card form after the lockout').toBe('card form');
});

test('FUND-02 a bank account saves', { tag: '@FUND-02' }, () => {
  expect('us_bank_account').toMatch(/bank/);
});
