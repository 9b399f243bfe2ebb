import { readFileSync } from 'node:fs';

/** One run of the self-test as its Playwright run takes it: a project group of its own. */
export interface BatchRun {
  /** The run's name (`no-cookie`, `thimble/clean`): the prefix of its projects' names. */
  name: string;
  /** The run's `--grep`: its requirement tags (plan.ts `grepFor`). */
  grep: string;
  /** What points the suite at the run's checkout (checkouts.ts `StartedCheckout.env`). */
  env: Record<string, string>;
}

/** The environment variable that hands the self-test's Playwright run its plan (a JSON file). */
export const batchPlanVariable = 'LINK_HARNESS_SELFTEST_PLAN';

/** `no-cookie · chromium`: a run's project in the self-test's Playwright run. */
export const batchProjectName = (run: string, project: string): string => `${run} · ${project}`;

/**
 * The run a project of the self-test's Playwright run belongs to, or undefined for another name.
 *
 * @example
 * runOfProject('thimble/no-link · chromium') // 'thimble/no-link'
 */
export function runOfProject(projectName: string): string | undefined {
  const at = projectName.lastIndexOf(' · ');
  return at > 0 ? projectName.slice(0, at) : undefined;
}

/**
 * Reads the plan a self-test wrote for its Playwright run; a missing or malformed plan is an
 * error that says which file.
 *
 * @example
 * readBatchPlan('/repo/reports/selftest/plan.json') // [{ name: 'no-cookie', grep: '@(?:COOKIE-01)(?![0-9A-Za-z-])', env: { … } }]
 */
export function readBatchPlan(file: string): BatchRun[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`link-harness selftest: cannot read the run plan ${file}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const runs = (parsed as { runs?: unknown }).runs;
  const valid = (run: unknown): run is BatchRun => {
    const r = run as Partial<BatchRun>;
    return typeof r?.name === 'string' && typeof r.grep === 'string' && typeof r.env === 'object' && r.env !== null;
  };
  if (!Array.isArray(runs) || !runs.every(valid)) throw new Error(`link-harness selftest: the run plan ${file} is not { runs: [{ name, grep, env }] }`);
  return runs;
}
