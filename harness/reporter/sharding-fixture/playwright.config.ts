import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, type ReporterDescription } from '@playwright/test';
import { describeConformanceRun } from '../index.ts';

/**
 * A small, browserless Playwright project for the reporter's sharding test (sharding.test.ts):
 * trivial scenarios named after catalogue requirements. `FIXTURE_OUT` is where everything it
 * writes goes; `FIXTURE_BLOB_DIR` adds a blob report; `FIXTURE_FAULT=1` breaks CONFIRM-02.
 */
const out = process.env.FIXTURE_OUT ?? join(tmpdir(), 'link-harness-sharding-fixture');
const blobDir = process.env.FIXTURE_BLOB_DIR;

// The blob reporter goes first, as in playwright.config.ts: it then records Playwright's own
// status, before the conformance reporter overrides it with its verdict.
const reporters: ReporterDescription[] = [
  ...(blobDir ? [['blob', { outputDir: blobDir }] as const] : []),
  ['../index.ts', { outputDir: join(out, 'reports'), htmlReportDir: null }],
];

export default defineConfig({
  testDir: '.',
  outputDir: join(out, 'test-results'),
  fullyParallel: true,
  // One worker: the test runs three of these at once on a small machine.
  workers: 1,
  reporter: reporters,
  use: { trace: 'retain-on-failure' },
  metadata: { linkHarness: describeConformanceRun({ targetUrl: 'http://shop.fixture.test', referenceCheckout: false, browserExecutable: null }) },
});
