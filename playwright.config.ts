import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from './harness/target/chromium.ts';
import { browserModelLaunchArgs } from './harness/target/browser-models.ts';
import type { HarnessOptions } from './fixtures/index.ts';
import { describeConformanceRun } from './harness/reporter/index.ts';

const isCI = !!process.env.CI;

/** The emulator every scenario talks to (the Stripe API, Stripe.js and the control API). */
// Overridable so that several runs can share a machine without sharing (or stopping) each other's servers.
const emulatorPort = Number(process.env.LINK_HARNESS_EMULATOR_PORT || 12111);
const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
// Workers inherit the runner's environment: scenarios read the emulator's URL from here.
process.env.LINK_HARNESS_EMULATOR_URL = emulatorUrl;

/**
 * What is under test: the developer's checkout at CHECKOUT_URL, or, when it is unset, the
 * embedded reference checkout (`npx link-harness serve`, started below; it uses the emulator above).
 */
const checkoutUrl = process.env.CHECKOUT_URL;
const referenceCheckoutPort = Number(process.env.LINK_HARNESS_CHECKOUT_PORT || 4242);
// On localhost, while the emulator is on 127.0.0.1: Stripe's frames are third-party, as in production.
const targetUrl = checkoutUrl ?? `http://localhost:${referenceCheckoutPort}`;
if (!checkoutUrl) process.env.CHARGE_URL ??= `${targetUrl}/charge-later`;
if (!checkoutUrl) process.env.LINK_HARNESS_REFERENCE_CHECKOUT_URL = targetUrl;

const chromiumUse = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: findChromium().executablePath, args: chromiumLaunchArgs() },
};

/**
 * Scenarios whose requirement depends on how the browser keeps Stripe's third-party storage carry
 * `@chrome-like` and/or `@safari-like` and run in those projects only; every other scenario runs
 * once, in `chromium` (headless Chromium as it comes, which keeps no third-party storage).
 */
const browserModelTags = /@chrome-like|@safari-like/;

export default defineConfig<HarnessOptions>({
  testDir: 'scenarios',
  outputDir: 'reports/test-results',
  workers: 2,
  // The longest scenarios sign a shopper up, save, return and charge: several page loads and frames each.
  timeout: 60_000,
  forbidOnly: isCI,
  // Progress, Playwright's HTML report, and the conformance reports (conformance.json/.md/.html and
  // junit.xml, one testcase per requirement) whose verdict sets the exit code. In CI each run also
  // leaves a blob for `npm run conformance:merge` (shards: see .github/workflows/conformance.yml).
  reporter: [
    ['list'],
    ['html', { outputFolder: 'reports/html', open: 'never' }],
    // Before the conformance reporter, so the blob keeps Playwright's own status, not the verdict.
    ...(isCI ? [['blob', { outputDir: 'reports/blob' }] as const] : []),
    ['./harness/reporter/index.ts', { outputDir: 'reports' }],
  ],
  // Travels inside blob reports, so a report merged from shards still names target, backend and browser.
  metadata: { linkHarness: describeConformanceRun({ targetUrl, referenceCheckout: !checkoutUrl, browserExecutable: chromiumUse.launchOptions.executablePath }) },
  use: {
    baseURL: targetUrl,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: [
    {
      command: `npx link-harness emulator --port ${emulatorPort}`,
      url: `${emulatorUrl}/_harness/health`,
      reuseExistingServer: !isCI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    // Playwright starts these in order, so `serve` finds the emulator above on 12111 and uses it.
    ...(checkoutUrl
      ? []
      : [
          {
            command: `npx link-harness serve --port ${referenceCheckoutPort} --emulator-port ${emulatorPort}`,
            url: `http://127.0.0.1:${referenceCheckoutPort}/healthz`,
            reuseExistingServer: !isCI,
            timeout: 30_000,
            stdout: 'ignore' as const,
            stderr: 'pipe' as const,
          },
        ]),
  ],
  projects: [
    {
      name: 'chromium',
      grepInvert: browserModelTags,
      use: chromiumUse,
    },
    {
      name: 'chrome-like',
      grep: /@chrome-like/,
      use: { ...chromiumUse, browserModel: 'chrome-like', launchOptions: { ...chromiumUse.launchOptions, args: browserModelLaunchArgs('chrome-like') } },
    },
    {
      name: 'safari-like',
      grep: /@safari-like/,
      use: { ...chromiumUse, browserModel: 'safari-like', launchOptions: { ...chromiumUse.launchOptions, args: browserModelLaunchArgs('safari-like') } },
    },
    // The emulated Stripe.js's own acceptance tests (bare pages, an in-process emulator per worker).
    // They test the harness, not a checkout, so a run against CHECKOUT_URL leaves them out.
    ...(checkoutUrl ? [] : [{ name: 'stripe-js', testDir: 'harness/emulator/browser/e2e', fullyParallel: true, use: chromiumUse }]),
    // The suite's own fixtures (target, inspector, Link seeding, browser models) on the reference checkout.
    ...(checkoutUrl ? [] : [{ name: 'fixtures', testDir: 'fixtures', testMatch: /\.spec\.ts$/, fullyParallel: true, use: chromiumUse }]),
  ],
});
