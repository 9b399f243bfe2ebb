import { test } from '@playwright/test';
import { requirementsNamedBy } from './requirement-ids.ts';

/**
 * Checks that the running test names a requirement (by `@ID` tag or at the start of its title)
 * before a helper records something about it: a note or a checkpoint for a requirement the test
 * does not name could not be put under it in the report, and would be lost quietly.
 *
 * @example
 * requirementOfThisTest('notChecked', 'COOKIE-02') // 'COOKIE-02', or throws saying how to fix the call
 */
export function requirementOfThisTest(helper: string, id: string): string {
  const info = test.info();
  if (requirementsNamedBy(info.title, info.tags, [id]).ids.includes(id)) return id;
  throw new Error(
    `link-harness: ${helper}('${id}') in "${info.title}": this test does not name ${id} (no @${id} tag, and its title does not start with it), so the report cannot put it under ${id}. ` +
      `Pass one of the IDs the test names, or name ${id} in the test (scenarioTitle or scenariosTitle in harness/requirements/requirements.ts).`,
  );
}
