import { defineConfig } from '@playwright/test';

/**
 * The config for merging shards' blob reports into the same reports one machine would write:
 * `npm run conformance:merge -- <folder of blob zips>`, then `npm run conformance:gate`.
 * Paths are relative to this file; `testDir` matches playwright.config.ts so test locations resolve.
 */
export default defineConfig({
  testDir: '../../scenarios',
  reporter: [
    ['html', { outputFolder: '../../reports/html', open: 'never' }],
    ['./index.ts', { outputDir: '../../reports', expectationsFile: '../../conformance-expectations.json' }],
  ],
});
