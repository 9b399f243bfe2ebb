import { test } from '@playwright/test';

/** The annotation type the conformance reporter reads as "this target cannot exercise the requirement". */
export const notApplicableAnnotation = 'not-applicable';

/**
 * Ends the current scenario as `not-applicable` with a reason, for a target that cannot exercise
 * the requirement (the report then never counts it as passed). Same as pushing a
 * `{type: 'not-applicable', description}` annotation and skipping.
 *
 * @example
 * test('FORM-01 the payment page is served over https', async ({ baseURL }) => {
 *   if (!baseURL?.startsWith('https:')) notApplicable('the target is served over http: FORM-01 applies in live mode only');
 *   …
 * });
 */
export function notApplicable(reason: string): never {
  test.info().annotations.push({ type: notApplicableAnnotation, description: reason });
  test.skip(true, reason);
  throw new Error('unreachable: test.skip(true) ends the test');
}
