import { test } from '@playwright/test';
import { requirementOfThisTest } from './named-by-test.ts';

/** The annotation type the conformance reporter reads as "every check of this requirement passed". */
export const requirementCheckedAnnotation = 'requirement-checked';

/**
 * Marks one requirement of a scenario that names several as fully checked: when the scenario
 * fails later, on another requirement, this one still counts as passed. Without it, a
 * requirement the failure message does not name is `not-run` ("not reached"), or `failed` when
 * the message names none of the scenario's requirements. Same as pushing a
 * `{type: 'requirement-checked', description: id}` annotation; throws when the test does not name `id`.
 *
 * @example
 * test(...scenariosTitle(['EMAIL-02', 'OTP-01'], 'a returning shopper logs in with any other code'), async ({ page }) => {
 *   await expect(otpField(page), 'EMAIL-02: a known email starts authentication').toBeVisible();
 *   requirementChecked('EMAIL-02');
 *   await enterCode(page, '123456');
 *   await expect(linkLoggedIn(page), 'OTP-01: any other six digits log in').toBeVisible();
 * });
 */
export function requirementChecked(id: string): void {
  requirementOfThisTest('requirementChecked', id);
  test.info().annotations.push({ type: requirementCheckedAnnotation, description: id });
}
