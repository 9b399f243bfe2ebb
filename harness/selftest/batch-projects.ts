import type { Project } from '@playwright/test';
import type { HarnessOptions } from '../../fixtures/index.ts';
import { conformanceProjects } from '../target/conformance-projects.ts';
import { embeddedServers } from '../target/embedded-servers.ts';
import { batchProjectName, type BatchRun } from './batch-plan.ts';

/**
 * The variables a run's checkout adds to the environment, and its URL: the run's own variables,
 * and those the conformance config derives from them (CHARGE_URL and the reference checkout's URL
 * for the reference checkout; the emulator's URL).
 *
 * @example
 * runTarget({ name: 'no-cookie', grep: '@COOKIE-01', env: { LINK_HARNESS_CHECKOUT_PORT: '40111' } }, { LINK_HARNESS_EMULATOR_PORT: '39000' })
 * // { baseURL: 'http://localhost:40111', targetEnv: { LINK_HARNESS_CHECKOUT_PORT: '40111', CHARGE_URL: 'http://localhost:40111/charge-later', … } }
 */
export function runTarget(run: BatchRun, base: NodeJS.ProcessEnv): { targetEnv: Record<string, string>; baseURL: string } {
  const env: NodeJS.ProcessEnv = { ...base, ...run.env };
  const { targetUrl } = embeddedServers(env, { reuseExistingServer: true });
  const targetEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined && base[name] !== value) targetEnv[name] = value;
  return { targetEnv, baseURL: targetUrl };
}

/** Both a run's grep and the project's own: each a lookahead over the whole title. */
const bothOf = (runGrep: string, projectGrep: RegExp) => new RegExp(`^(?=.*(?:${runGrep}))(?=.*(?:${projectGrep.source}))`);

/**
 * A run's projects: the conformance projects (chrome-like, safari-like, chromium) over again,
 * named after the run (`no-cookie · chromium`), each grepped to the run's requirements as well as
 * to its own browser model, and pointed at the run's checkout.
 *
 * @example
 * batchProjects([{ name: 'no-cookie', grep: '@(?:COOKIE-01)', env: { LINK_HARNESS_CHECKOUT_PORT: '40111' } }], process.env).map((p) => p.name)
 * // ['no-cookie · chrome-like', 'no-cookie · safari-like', 'no-cookie · chromium']
 */
export function batchProjects(runs: readonly BatchRun[], base: NodeJS.ProcessEnv): Project<HarnessOptions>[] {
  return runs.flatMap((run) => {
    const { targetEnv, baseURL } = runTarget(run, base);
    return conformanceProjects().map((project) => ({
      ...project,
      name: batchProjectName(run.name, project.name!),
      grep: project.grep instanceof RegExp ? bothOf(run.grep, project.grep) : new RegExp(run.grep),
      use: { ...project.use, baseURL, targetEnv },
    }));
  });
}
