import { test } from '@playwright/test';
import { requirementOfThisTest } from './named-by-test.ts';

/** The annotation type the conformance reporter reads as "one check of this requirement was not performed for this target". */
export const notCheckedAnnotation = 'not-checked';

/**
 * Records that the scenario cannot perform one check of a requirement for this target, and lets
 * it go on. The requirement keeps its verdict, but every report (JSON, Markdown, HTML, JUnit and
 * the end-of-run summary) says which check was left out and why, so a `passed` is never quietly
 * partial. Same as pushing a `{type: 'not-checked', description: '<requirement>: <what>'}`
 * annotation; throws when the test does not name `requirement`.
 *
 * @example
 * if (new URL(checkoutUrl).protocol === 'http:') {
 *   notChecked('COOKIE-02', `Secure not checked: ${checkoutUrl} is served over http; set CHECKOUT_URL to its https address to check it`);
 * } else {
 *   expect(cookie.secure, 'COOKIE-02: the cookie is Secure').toBe(true);
 * }
 */
export function notChecked(requirement: string, what: string): void {
  requirementOfThisTest('notChecked', requirement);
  test.info().annotations.push({ type: notCheckedAnnotation, description: `${requirement}: ${what}` });
}
