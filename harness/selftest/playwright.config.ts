import { defineConfig } from '@playwright/test';
import type { HarnessOptions } from '../../fixtures/index.ts';
import { conformanceProjects } from '../target/conformance-projects.ts';
import { targetPlanOf, targetPlanVariable } from '../target/target-plan.ts';

/**
 * The self-test's one Playwright run (`link-harness selftest`, run-selftest.ts): the conformance
 * projects (chrome-like, safari-like, chromium), in which every run of the plan (a checkout with
 * one fault, or none, and the requirements to check) declares its scenarios in a describe of its
 * own, pointed at its checkout (fixtures/tests-per-target.ts). One runner, one scenario loading,
 * and the same few workers for the whole self-test, instead of one of each per fault.
 */
if (!targetPlanOf(process.env))
  throw new Error(`link-harness selftest: ${targetPlanVariable} names no plan of targets; this config is run by \`link-harness selftest\`.`);

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
  projects: conformanceProjects(),
});
