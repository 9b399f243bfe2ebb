import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../emulator/index.ts';
import { targetPlanVariable } from '../target/target-plan.ts';
import type { SelftestCheckout, StartedCheckout } from './checkouts.ts';
import { judgeCleanRun, judgeFaultRun, type PlaywrightRun } from './detection.ts';
import type { CleanVerdict, FaultVerdict, SelftestReport, SelftestRun } from './glossary.ts';
import { longestFirst, planSelftest, type PlannedFault } from './plan.ts';
import { cleanProgressLine, faultProgressLine } from './result-table.ts';
import { runPlaywright } from './run-playwright.ts';
import { plannedTargets } from './run-targets.ts';

/** The self-test's Playwright config: the conformance projects, every run's scenarios in describes of their own. */
const selftestConfig = fileURLToPath(new URL('./playwright.config.ts', import.meta.url));

/** What a self-test runs, and where. */
export interface SelftestOptions {
  /** The checkouts to prove the suite on, each with the faults to check (each fault with the requirement it breaks). */
  checkouts: readonly { checkout: SelftestCheckout; faults: readonly PlannedFault[] }[];
  /** False leaves out the clean runs: a conformance run of each checkout has just passed (`--skip-clean`). */
  clean?: boolean;
  /** The project root: where playwright.config.ts is. */
  root: string;
  /** Scenarios at once: Playwright workers, each with its own browser. */
  workers: number;
  /** Where each run keeps its JSON report and checkout errors (`<outDir>/<run>/`), and failed scenarios their screenshots (`<outDir>/test-results/`). */
  outDir: string;
  /** Stops the self-test's Playwright run when it takes longer. */
  runTimeoutMs: number;
  /** The environment the Playwright run starts from. */
  env: Record<string, string | undefined>;
  /** Progress, one line per finished run. */
  log(line: string): void;
}

/**
 * The environment of the self-test's Playwright run: the self-test's emulator
 * (LINK_HARNESS_EMULATOR_PORT), and nothing else that would point the suite elsewhere (CI,
 * CHECKOUT_URL, CHARGE_URL, a config file, live or test Stripe keys, faults): each run's checkout
 * reaches its own scenarios (`targetEnv`, the plan of targets: run-targets.ts).
 */
export function playwrightEnv(base: Record<string, string | undefined>, emulatorPort: number): Record<string, string | undefined> {
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
  return { ...env, LINK_HARNESS_EMULATOR_PORT: String(emulatorPort), FORCE_COLOR: '0' };
}

/** A directory name for a run: `clean`, `no-cookie`. */
const slug = (name: string) => name.replace(/[^a-z0-9-]+/gi, '-').replace(/^-|-$/g, '');

/**
 * The fault self-test: for each checkout and each of its faults, the checkout started with it (on
 * a free port, on an emulator of the self-test's own), and the scenarios of its requirement and of
 * its end-to-end consequences run against it; each of those requirements counts as detected when
 * one of its scenarios fails with a message that names it. A clean run of each checkout over the
 * same requirements must pass. Every run's checkout is up at once, and one Playwright run takes
 * them all (harness/selftest/playwright.config.ts: each run's scenarios in a describe of its own,
 * in the conformance projects), so the runner and the scenarios load once and a few workers serve
 * every run; each run is judged as soon as its last scenario ends.
 *
 * @example
 * const report = await runSelftest({ checkouts: [{ checkout: referenceSelftestCheckout, faults: [{ name: 'no-cookie', requirement: 'COOKIE-01' }] }], root, workers: 2, outDir: 'reports/selftest', runTimeoutMs: 900_000, env: process.env, log: console.log });
 */
export async function runSelftest(options: SelftestOptions): Promise<SelftestReport> {
  const started = Date.now();
  const byName = new Map(options.checkouts.map((c) => [c.checkout.name, c.checkout]));
  const runs = longestFirst(options.checkouts.flatMap((c) => planSelftest(c.faults, c.checkout.name, { clean: options.clean ?? true })));
  // Its own emulator, so that no other run on the machine (sharing or stopping 12111) gets in the way.
  const emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
  // The checkouts' own errors (the 500s some faults cause on purpose) go to the run's folder, not the console.
  const checkoutErrors = new Map<string, string[]>(runs.map((run) => [run.name, []]));
  const startedCheckouts: { run: SelftestRun; checkout: StartedCheckout }[] = [];
  try {
    await Promise.all(
      runs.map(async (run) => {
        const checkout = await byName.get(run.checkout)!.start({
          fault: run.fault,
          emulatorUrl: emulator.url,
          // Only the runs that check HOOK-01 need Stripe to know the shop's endpoint (and an account takes 16 at most).
          webhooks: run.requirements.includes('HOOK-01'),
          logError: (line) => void checkoutErrors.get(run.name)!.push(line),
        });
        startedCheckouts.push({ run, checkout });
      }),
    );
    await Promise.all(runs.map((run) => rm(runDir(options.outDir, run), { recursive: true, force: true })));
    const resultsDir = join(options.outDir, 'test-results');
    await rm(resultsDir, { recursive: true, force: true });
    await mkdir(options.outDir, { recursive: true });
    const envOf = new Map(startedCheckouts.map(({ run, checkout }) => [run.name, checkout.env]));
    const env = playwrightEnv(options.env, emulator.port);
    const plan = { targets: plannedTargets(runs, (run) => envOf.get(run.name)!, env) };
    const planFile = join(options.outDir, 'plan.json');
    await writeFile(planFile, `${JSON.stringify(plan, null, 2)}\n`);

    const verdicts = new Map<string, FaultVerdict[] | CleanVerdict>();
    const pending: Promise<void>[] = [];
    const judge = (run: SelftestRun, result: PlaywrightRun) => {
      if (verdicts.has(run.name)) return;
      const verdict =
        run.fault === null ? judgeCleanRun(run.name, result) : run.requirements.map((requirement, i) => judgeFaultRun(run.name, requirement, result, i > 0));
      verdicts.set(run.name, verdict);
      options.log(Array.isArray(verdict) ? faultProgressLine(verdict, verdicts.size, runs.length) : cleanProgressLine(verdict, verdicts.size, runs.length));
      if (result.report) pending.push(writeRunFile(options.outDir, run, 'report.json', `${JSON.stringify(result.report, null, 2)}\n`));
    };
    const byRun = new Map(runs.map((run) => [run.name, run]));
    const end = await runPlaywright({
      cwd: options.root,
      config: selftestConfig,
      env: { ...env, [targetPlanVariable]: planFile },
      resultsDir,
      workers: options.workers,
      timeoutMs: options.runTimeoutMs,
      onRun: (name, result) => {
        const run = byRun.get(name);
        if (run) judge(run, result);
      },
    });
    // A run the child never reported (it crashed, or never started): judged from how the child ended.
    for (const run of runs) judge(run, { report: undefined, exitCode: end.exitCode, output: end.output, durationMs: end.durationMs });
    await Promise.all(pending);

    const ordered = runs.map((run) => verdicts.get(run.name)!);
    const faults = ordered.filter((v): v is FaultVerdict[] => Array.isArray(v)).flat();
    const clean = ordered.filter((v): v is CleanVerdict => !Array.isArray(v));
    return { faults, clean, durationMs: Date.now() - started, ok: faults.every((v) => v.detected) && clean.every((v) => v.passed) };
  } finally {
    await Promise.all(startedCheckouts.map(({ checkout }) => checkout.close()));
    await Promise.all(
      runs
        .filter((run) => checkoutErrors.get(run.name)!.length > 0)
        .map((run) => writeRunFile(options.outDir, run, 'checkout-errors.log', `${checkoutErrors.get(run.name)!.join('\n\n')}\n`)),
    );
    await emulator.close();
  }
}

/** A run's folder: `<outDir>/no-cookie`, `<outDir>/thimble-no-link`. */
const runDir = (outDir: string, run: SelftestRun) => join(outDir, slug(run.name));

async function writeRunFile(outDir: string, run: SelftestRun, name: string, text: string): Promise<void> {
  await mkdir(runDir(outDir, run), { recursive: true });
  await writeFile(join(runDir(outDir, run), name), text);
}
