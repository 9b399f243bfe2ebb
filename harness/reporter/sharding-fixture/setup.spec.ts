import { expect, test } from '@playwright/test';
import { notChecked, requirementChecked } from '../index.ts';

for (const [id, what] of [
  ['SETUP-01', 'a Customer comes first'],
  ['SETUP-02', 'link is among the payment method types'],
  ['SETUP-03', 'only the client secret reaches the page'],
  ['SETUP-04', 'usage is off_session'],
  ['EMAIL-01', 'the Link Authentication Element collects the email'],
  ['EMAIL-02', 'a known Link email starts authentication'],
] as const) {
  test(`${id} ${what}`, { tag: `@${id}` }, () => {
    expect(what.length).toBeGreaterThan(0);
  });
}

// Named by title only, no tag: the reporter reads the ID from the start of the title.
test('SETUP-01 the SetupIntent carries the customer', () => {
  expect(1 + 1).toBe(2);
});

// Harness self-tests: they name no requirement.
test('the fixture project loads', () => {
  expect(true).toBe(true);
});

test('notChecked and requirementChecked refuse a requirement the test does not name', () => {
  expect(() => notChecked('SAFE-01', 'live keys not tried')).toThrow(/this test does not name SAFE-01/);
  expect(() => requirementChecked('SAFE-01')).toThrow(/requirementChecked\('SAFE-01'\)/);
  expect(test.info().annotations).toEqual([]);
});
