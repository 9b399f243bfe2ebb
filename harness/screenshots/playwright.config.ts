import { defineConfig } from '@playwright/test';
import { chromiumProjectUse } from '../target/chromium.ts';

/**
 * `npm run screenshots`: retakes every picture of the README (docs/*.png): the emulated Stripe.js,
 * the reference checkout and the conformance report. Kept out of every test run, so that a test run
 * never rewrites committed files. `npm run screenshots -- --project checkout` retakes one set.
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../../reports/test-results/screenshots',
  workers: 1,
  reporter: 'list',
  use: chromiumProjectUse(),
  projects: [
    { name: 'stripe-js', testMatch: 'stripe-js.screenshots.ts', use: { viewport: { width: 720, height: 760 } } },
    { name: 'checkout', testMatch: 'checkout.screenshots.ts', use: { viewport: { width: 900, height: 900 } } },
    { name: 'conformance-report', testMatch: 'conformance-report.screenshots.ts', use: { viewport: { width: 1280, height: 1000 } } },
  ],
});
