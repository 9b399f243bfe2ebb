import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTargetPlan, takesScenario, targetOfTest, targetPlanOf, targetPlanVariable, type PlannedTarget } from './target-plan.ts';

const dir = mkdtempSync(join(tmpdir(), 'target-plan-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const noCookie: PlannedTarget = {
  name: 'no-cookie',
  grep: '@(?:COOKIE-01|COOKIE-04)(?![0-9A-Za-z-])',
  baseURL: 'http://localhost:40111',
  env: { LINK_HARNESS_CHECKOUT_PORT: '40111' },
  expectFailures: true,
};
const thimbleClean: PlannedTarget = {
  name: 'thimble/clean',
  grep: '@(?:SETUP-02)(?![0-9A-Za-z-])',
  baseURL: 'http://localhost:40222',
  env: { CHECKOUT_URL: 'http://localhost:40222' },
  expectFailures: false,
};

describe('a plan of targets', () => {
  it('reads the targets a self-test wrote, and finds it from the environment', () => {
    const path = file('plan.json', JSON.stringify({ targets: [noCookie, thimbleClean] }));
    expect(readTargetPlan(path)).toEqual([noCookie, thimbleClean]);
    expect(targetPlanOf({ [targetPlanVariable]: path })).toEqual([noCookie, thimbleClean]);
    expect(targetPlanOf({})).toBeUndefined();
  });

  it.each([
    ['missing.json', undefined, /cannot read the plan of targets .*missing\.json/],
    ['not-json.json', '{ targets: ', /cannot read the plan of targets .*not-json\.json/],
    ['no-targets.json', '{"runs": []}', /no-targets\.json is not \{ targets: \[\{ name, grep, baseURL, env, expectFailures \}\] \}/],
    ['no-base-url.json', JSON.stringify({ targets: [{ ...noCookie, baseURL: undefined }] }), /is not \{ targets/],
    ['env-number.json', JSON.stringify({ targets: [{ ...noCookie, env: { PORT: 40111 } }] }), /is not \{ targets/],
    ['expect-text.json', JSON.stringify({ targets: [{ ...noCookie, expectFailures: 'yes' }] }), /is not \{ targets/],
    ['twice.json', JSON.stringify({ targets: [noCookie, noCookie] }), /twice\.json names no-cookie twice/],
  ])('refuses %s, saying which file', (name, text, message) => {
    const path = text === undefined ? join(dir, name) : file(name, text);
    expect(() => readTargetPlan(path)).toThrow(message);
  });

  it("takes a scenario by its tags, as Playwright's grep reads title and tags, and not a longer ID", () => {
    expect(takesScenario(noCookie, 'COOKIE-01 after the confirm attempt…', ['@COOKIE-01'])).toBe(true);
    expect(takesScenario(noCookie, 'COOKIE-04 Safari-like browser…', ['@COOKIE-04', '@safari-like'])).toBe(true);
    expect(takesScenario(noCookie, 'COOKIE-010 a later requirement', ['@COOKIE-010'])).toBe(false);
    expect(takesScenario(noCookie, 'SETUP-02 the SetupIntent…', ['@SETUP-02'])).toBe(false);
  });

  it("finds a test's target from its describe, whatever the file's and the project's names", () => {
    const plan = [noCookie, thimbleClean];
    expect(targetOfTest(['', 'chromium', 'setup.spec.ts', 'thimble/clean', 'SETUP-02 the SetupIntent…'], plan)).toBe(thimbleClean);
    expect(targetOfTest(['', 'safari-like', 'cookie.spec.ts', 'no-cookie', 'COOKIE-04 …'], plan)).toBe(noCookie);
    // A scenario titled like a target is not in its describe.
    expect(targetOfTest(['', 'chromium', 'x.spec.ts', 'no-cookie'], plan)).toBeUndefined();
    expect(targetOfTest(['', 'chromium', 'setup.spec.ts', 'SETUP-02 …'], plan)).toBeUndefined();
  });
});
