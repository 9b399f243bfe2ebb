import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from '../../target/chromium.ts';

/**
 * Retakes the README's pictures of the reference checkout (docs/checkout-*.png):
 * `npx playwright test -c harness/checkout/screenshots/screenshots.config.ts`.
 * Kept out of the test run so that a test run never rewrites committed files.
 */
export default defineConfig({
  testDir: '.',
  testMatch: 'readme-screenshots.ts',
  outputDir: '../../../reports/test-results/checkout-screenshots',
  workers: 1,
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 900, height: 900 },
    launchOptions: { executablePath: findChromium().executablePath, args: chromiumLaunchArgs() },
  },
});
