import { defineConfig } from '@playwright/test';
import type { HarnessOptions } from '../../fixtures/index.ts';
import { batchPlanVariable, readBatchPlan } from './batch-plan.ts';
import { batchProjects } from './batch-projects.ts';

/**
 * The self-test's one Playwright run (`link-harness selftest`, run-selftest.ts): every run of its
 * plan (a checkout with one fault, or none, and the requirements to check) becomes the
 * conformance projects over again (chrome-like, safari-like, chromium), named after the run and
 * grepped to its requirements, whose workers point the suite at that run's checkout
 * (`targetEnv`: a worker runs one project's tests only). One runner and one scenario loading for
 * the whole self-test, instead of one per fault.
 */
const planFile = process.env[batchPlanVariable];
if (!planFile) throw new Error(`link-harness selftest: ${batchPlanVariable} names no run plan; this config is run by \`link-harness selftest\`.`);

export default defineConfig<HarnessOptions>({
  testDir: '../../scenarios',
  timeout: 60_000,
  retries: 0,
  // A scenario marked .only would hide every other check of the self-test.
  forbidOnly: true,
  reporter: [['./run-reporter.ts']],
  use: {
    ignoreHTTPSErrors: true,
    screenshot: 'only-on-failure',
  },
  // The runs' checkouts are started by the self-test, on its own emulator.
  projects: batchProjects(readBatchPlan(planFile), process.env),
});
