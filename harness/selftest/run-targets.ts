import { embeddedServers } from '../target/embedded-servers.ts';
import type { PlannedTarget } from '../target/target-plan.ts';
import type { SelftestRun } from './glossary.ts';
import { grepFor } from './plan.ts';

/**
 * The variables a run's checkout adds to the environment of the self-test's Playwright run, and
 * its URL: the checkout's own variables, and those the conformance config derives from them
 * (CHARGE_URL and the reference checkout's URL for the reference checkout; the emulator's URL).
 *
 * @example
 * runTarget({ LINK_HARNESS_CHECKOUT_PORT: '40111' }, { LINK_HARNESS_EMULATOR_PORT: '39000' })
 * // { baseURL: 'http://localhost:40111', env: { LINK_HARNESS_CHECKOUT_PORT: '40111', CHARGE_URL: 'http://localhost:40111/charge-later', … } }
 */
export function runTarget(checkoutEnv: Record<string, string>, base: Record<string, string | undefined>): { env: Record<string, string>; baseURL: string } {
  const env: Record<string, string | undefined> = { ...base, ...checkoutEnv };
  const { targetUrl } = embeddedServers(env, { reuseExistingServer: true });
  const added: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined && base[name] !== value) added[name] = value;
  return { env: added, baseURL: targetUrl };
}

/**
 * The self-test's plan of targets (harness/target/target-plan.ts): each run of the self-test takes
 * its requirements' scenarios, pointed at its checkout, and expects them to fail when the
 * checkout carries a fault.
 *
 * @example
 * plannedTargets([{ name: 'no-cookie', fault: 'no-cookie', requirements: ['COOKIE-01'], checkout: 'reference' }], (run) => started.get(run.name)!.env, base)
 * // [{ name: 'no-cookie', grep: '@(?:COOKIE-01)(?![0-9A-Za-z-])', baseURL: 'http://localhost:40111', env: { … }, expectFailures: true }]
 */
export function plannedTargets(
  runs: readonly SelftestRun[],
  checkoutEnv: (run: SelftestRun) => Record<string, string>,
  base: Record<string, string | undefined>,
): PlannedTarget[] {
  return runs.map((run) => ({ name: run.name, grep: grepFor(run.requirements), ...runTarget(checkoutEnv(run), base), expectFailures: run.fault !== null }));
}
