import { defineConfig } from '@playwright/test';
import { chromiumProjectUse } from '../../target/chromium.ts';

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
    ...chromiumProjectUse(),
    viewport: { width: 900, height: 900 },
  },
});
