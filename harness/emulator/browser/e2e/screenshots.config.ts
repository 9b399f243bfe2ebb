import { defineConfig } from '@playwright/test';
import { chromiumProjectUse } from '../../../target/chromium.ts';

/**
 * `npm run screenshots`: retakes the README's pictures of the emulated Stripe.js (docs/*.png).
 * Kept out of the test run so that a test run never rewrites committed files.
 */
export default defineConfig({
  testDir: '.',
  testMatch: 'readme-screenshots.ts',
  outputDir: '../../../../reports/test-results/screenshots',
  workers: 1,
  reporter: 'list',
  use: {
    ...chromiumProjectUse(),
    viewport: { width: 720, height: 760 },
  },
});
