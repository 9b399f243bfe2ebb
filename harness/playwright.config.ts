import { defineConfig } from '@playwright/test';
import type { HarnessOptions } from '../fixtures/index.ts';
import { chromiumProjectUse } from './target/chromium.ts';
import { browserModelLaunchOptions } from './target/browser-models.ts';
import { embeddedServers } from './target/embedded-servers.ts';

/**
 * `npm run test:harness`: the harness's own browser tests, apart from the conformance run
 * (`npx playwright test`), which checks a checkout against the guide. These check the harness:
 * the emulated Stripe.js (bare pages, an in-process emulator per worker), the fixtures, and the
 * reference checkout end to end. They always use the embedded reference checkout.
 */
const isCI = !!process.env.CI;
delete process.env.CHECKOUT_URL;
const servers = embeddedServers(process.env, { reuseExistingServer: !isCI });

const chromiumUse = chromiumProjectUse();

export default defineConfig<HarnessOptions>({
  outputDir: '../reports/harness/test-results',
  workers: 2,
  fullyParallel: true,
  // The reference checkout's smoke flows sign up, save, return and charge: several page loads each.
  timeout: 60_000,
  forbidOnly: isCI,
  // In CI a failed test runs once more, recording its trace, and a test that then passes still
  // fails the run (flaky): the tests that pass record no trace at all (about a tenth of the run).
  retries: isCI ? 1 : 0,
  failOnFlakyTests: isCI,
  reporter: [['list'], ['html', { outputFolder: '../reports/harness/html', open: 'never' }]],
  use: {
    baseURL: servers.targetUrl,
    // Traces of failures, without the filmstrip (a quarter of the run); in CI, of the failure's second run.
    trace: { mode: isCI ? 'on-first-retry' : 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
  },
  webServer: servers.webServer,
  projects: [
    // The emulated Stripe.js in Chromium's headless shell when there is one (about a third faster),
    // but for the remembered-shopper tests: they need the Safari-like browser (Stripe's frames get
    // no storage, which Stripe.js must survive), and launch their own Chrome-like one.
    { name: 'stripe-js', testDir: 'stripe-js-e2e', testIgnore: /remembered-shopper\.spec\.ts$/, use: chromiumUse },
    {
      name: 'stripe-js-safari-like',
      testDir: 'stripe-js-e2e',
      testMatch: /remembered-shopper\.spec\.ts$/,
      use: chromiumProjectUse(() => browserModelLaunchOptions('safari-like')),
    },
    { name: 'fixtures', testDir: '../fixtures', testMatch: /\.spec\.ts$/, use: chromiumUse },
    { name: 'reference-checkout', testDir: 'checkout/e2e', use: chromiumUse },
  ],
});
