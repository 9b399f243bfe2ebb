import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startEmulator } from '../emulator/index.ts';
import type { SelftestCheckout } from './checkouts.ts';
import { judgeCleanRun, judgeFaultRun } from './detection.ts';
import type { CleanVerdict, FaultVerdict, SelftestReport, SelftestRun } from './glossary.ts';
import { grepFor, longestFirst, planSelftest, type PlannedFault } from './plan.ts';
import { inPool } from './pool.ts';
import { cleanProgressLine, faultProgressLine } from './result-table.ts';
import { runPlaywright } from './run-playwright.ts';

/** What a self-test runs, and where. */
export interface SelftestOptions {
  /** The checkouts to prove the suite on, each with the faults to check (each fault with the requirement it breaks). */
  checkouts: readonly { checkout: SelftestCheckout; faults: readonly PlannedFault[] }[];
  /** False leaves out the clean runs: a conformance run of each checkout has just passed (`--skip-clean`). */
  clean?: boolean;
  /** The project root: where playwright.config.ts is. */
  root: string;
  /** Playwright runs at once (each against its own checkout on its own port). */
  parallel: number;
  /** Playwright workers per run. */
  workers: number;
  /** Where each run keeps its JSON report and failure artefacts (`<outDir>/<run>/`). */
  outDir: string;
  /** Stops a Playwright run that takes longer. */
  runTimeoutMs: number;
  /** The environment the Playwright runs start from. */
  env: Record<string, string | undefined>;
  /** Progress, one line per finished run. */
  log(line: string): void;
}

/**
 * The Playwright environment of a run: the run's checkout (`checkoutEnv`: CHECKOUT_URL and its
 * config file, or the reference checkout's port and account) on the self-test's emulator
 * (LINK_HARNESS_EMULATOR_PORT: the config reuses the servers it finds there, so CI is dropped).
 * Anything else that would point the suite elsewhere (CHECKOUT_URL, CHARGE_URL, a config file,
 * live or test Stripe keys, faults) goes unless the checkout sets it.
 */
export function playwrightEnv(
  base: Record<string, string | undefined>,
  emulatorPort: number,
  checkoutEnv: Record<string, string>,
): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...base };
  const elsewhere = [
    'CI',
    'CHECKOUT_URL',
    'CHARGE_URL',
    'STRIPE_SECRET_KEY',
    'STRIPE_PUBLISHABLE_KEY',
    'LINK_HARNESS_EMULATOR_URL',
    'LINK_HARNESS_REFERENCE_CHECKOUT_URL',
    'LINK_HARNESS_CHECKOUT_PORT',
    'LINK_HARNESS_ACCOUNT',
    'LINK_HARNESS_CONFIG',
    'LINK_HARNESS_FAULTS',
    'PLAYWRIGHT_JSON_OUTPUT_NAME',
  ];
  for (const name of elsewhere) delete env[name];
  return { ...env, LINK_HARNESS_EMULATOR_PORT: String(emulatorPort), ...checkoutEnv, FORCE_COLOR: '0' };
}

/** A directory name for a run: `clean`, `no-cookie`. */
const slug = (name: string) => name.replace(/[^a-z0-9-]+/gi, '-').replace(/^-|-$/g, '');

/**
 * The fault self-test: for each checkout and each of its faults, the checkout started with it (on
 * a free port, on an emulator of the self-test's own) and the scenarios of its requirement and of
 * its end-to-end consequences run against it in a Playwright child process; each of those
 * requirements counts as detected when one of its scenarios fails with a message that names it. A
 * clean run of each checkout over the same requirements must pass.
 *
 * @example
 * const report = await runSelftest({ checkouts: [{ checkout: referenceSelftestCheckout, faults: [{ name: 'no-cookie', requirement: 'COOKIE-01' }] }], root, parallel: 2, workers: 1, outDir: 'reports/selftest', runTimeoutMs: 300_000, env: process.env, log: console.log });
 */
export async function runSelftest(options: SelftestOptions): Promise<SelftestReport> {
  const started = Date.now();
  const byName = new Map(options.checkouts.map((c) => [c.checkout.name, c.checkout]));
  const runs = longestFirst(options.checkouts.flatMap((c) => planSelftest(c.faults, c.checkout.name, { clean: options.clean ?? true })));
  // Its own emulator, so that no other run on the machine (sharing or stopping 12111) gets in the way.
  const emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
  let done = 0;
  try {
    const verdicts = await inPool(runs, options.parallel, async (run: SelftestRun): Promise<FaultVerdict[] | CleanVerdict> => {
      // The checkout's own errors (the 500s some faults cause on purpose) go to the run's folder, not the console.
      const checkoutErrors: string[] = [];
      const checkout = await byName
        .get(run.checkout)!
        .start({ fault: run.fault, emulatorUrl: emulator.url, logError: (line) => void checkoutErrors.push(line) });
      const outputDir = join(options.outDir, slug(run.name));
      try {
        const result = await runPlaywright({
          cwd: options.root,
          grep: grepFor(run.requirements),
          env: playwrightEnv(options.env, emulator.port, checkout.env),
          outputDir,
          workers: options.workers,
          timeoutMs: options.runTimeoutMs,
        });
        done += 1;
        if (run.fault === null) {
          const verdict = judgeCleanRun(run.name, result);
          options.log(cleanProgressLine(verdict, done, runs.length));
          return verdict;
        }
        const perRequirement = run.requirements.map((requirement, i) => judgeFaultRun(run.name, requirement, result, i > 0));
        options.log(faultProgressLine(perRequirement, done, runs.length));
        return perRequirement;
      } finally {
        await checkout.close();
        if (checkoutErrors.length > 0) {
          await mkdir(outputDir, { recursive: true });
          await writeFile(join(outputDir, 'checkout-errors.log'), `${checkoutErrors.join('\n\n')}\n`);
        }
      }
    });
    const faults = verdicts.filter((v): v is FaultVerdict[] => Array.isArray(v)).flat();
    const clean = verdicts.filter((v): v is CleanVerdict => !Array.isArray(v));
    return { faults, clean, durationMs: Date.now() - started, ok: faults.every((v) => v.detected) && clean.every((v) => v.passed) };
  } finally {
    await emulator.close();
  }
}
