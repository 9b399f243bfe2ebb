import { readFileSync } from 'node:fs';

/**
 * One checkout under test in a run that tests several (the self-test: the example checkouts, each
 * with one named fault or none), and the scenarios it takes.
 */
export interface PlannedTarget {
  /** Its name, and the title of the describe its scenarios run in: `no-cookie`, `thimble/clean`. */
  name: string;
  /** The scenarios it takes: a regex over a scenario's title and tags, as Playwright's `--grep` reads it. */
  grep: string;
  /** Its checkout's URL: its scenarios' `baseURL`. */
  baseURL: string;
  /** What points the harness at it (its scenarios' `targetEnv`): CHECKOUT_URL, LINK_HARNESS_CONFIG, LINK_HARNESS_CHECKOUT_PORT, … */
  env: Record<string, string>;
  /** Its checkout carries a named fault, so its scenarios are there to fail (their `expectFailures`). */
  expectFailures: boolean;
}

/** The environment variable that names a run's plan of targets (a JSON file `{ targets: PlannedTarget[] }`). */
export const targetPlanVariable = 'LINK_HARNESS_TARGET_PLAN';

const isPlannedTarget = (value: unknown): value is PlannedTarget => {
  const t = value as Partial<PlannedTarget> | null;
  return (
    typeof t?.name === 'string' &&
    typeof t.grep === 'string' &&
    typeof t.baseURL === 'string' &&
    typeof t.env === 'object' &&
    t.env !== null &&
    Object.values(t.env).every((v) => typeof v === 'string') &&
    typeof t.expectFailures === 'boolean'
  );
};

/**
 * Reads a plan of targets; a missing or malformed plan is an error that says which file.
 *
 * @example
 * readTargetPlan('/repo/reports/selftest/plan.json') // [{ name: 'no-cookie', grep: '@(?:COOKIE-01)(?![0-9A-Za-z-])', baseURL: 'http://localhost:40111', env: { … }, expectFailures: true }]
 */
export function readTargetPlan(file: string): PlannedTarget[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`link-harness: cannot read the plan of targets ${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const targets = (parsed as { targets?: unknown } | null)?.targets;
  if (!Array.isArray(targets) || !targets.every(isPlannedTarget))
    throw new Error(`link-harness: the plan of targets ${file} is not { targets: [{ name, grep, baseURL, env, expectFailures }] }`);
  const names = targets.map((t) => t.name);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice !== undefined) throw new Error(`link-harness: the plan of targets ${file} names ${twice} twice`);
  return targets;
}

/**
 * The plan of targets of this run, when its environment names one; undefined otherwise.
 *
 * @example
 * targetPlanOf(process.env) // undefined in a conformance run of one checkout
 */
export function targetPlanOf(env: Record<string, string | undefined>): PlannedTarget[] | undefined {
  const file = env[targetPlanVariable];
  return file ? readTargetPlan(file) : undefined;
}

/**
 * Whether a target takes a scenario of this title and these tags (matched as Playwright matches
 * `--grep`: against the title and tags joined by spaces).
 *
 * @example
 * takesScenario({ grep: '@(?:COOKIE-01)(?![0-9A-Za-z-])', … }, 'COOKIE-01 after the confirm attempt…', ['@COOKIE-01']) // true
 */
export function takesScenario(target: Pick<PlannedTarget, 'grep'>, title: string, tags: readonly string[]): boolean {
  return new RegExp(target.grep).test([title, ...tags].join(' '));
}

/**
 * The target a test ran for: the one whose name is a title of one of its describes.
 *
 * @example
 * targetOfTest(['', 'cookie.spec.ts', 'thimble/no-link', 'COOKIE-01 after the confirm attempt…'], plan) // the `thimble/no-link` target
 */
export function targetOfTest(titlePath: readonly string[], plan: readonly PlannedTarget[]): PlannedTarget | undefined {
  const titles = new Set(titlePath.slice(0, -1));
  return plan.find((target) => titles.has(target.name));
}
