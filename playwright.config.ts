import { defineConfig } from '@playwright/test';
import { chromiumProjectUse, findChromium } from './harness/target/chromium.ts';
import { conformanceProjects } from './harness/target/conformance-projects.ts';
import type { HarnessOptions } from './fixtures/index.ts';
import { describeConformanceRun } from './harness/reporter/index.ts';
import { embeddedServers } from './harness/target/embedded-servers.ts';
import { reportsDir } from './harness/target/reports-dir.ts';
import { reporterOverrideWarning } from './harness/reporter/reporter-override.ts';

const isCI = !!process.env.CI;

/**
 * What is under test: the developer's checkout at CHECKOUT_URL, or, when it is unset, the
 * embedded reference checkout (`npx link-harness serve`). Both talk to the emulator started here.
 */
const servers = embeddedServers(process.env, { reuseExistingServer: !isCI });
const { targetUrl } = servers;

const chromiumUse = chromiumProjectUse();
const reports = reportsDir();

// A `--reporter` on the command line drops the conformance reporter; say so, once per run.
const reporterWarning = reporterOverrideWarning(process.argv);
if (reporterWarning && !process.env.LINK_HARNESS_REPORTER_WARNED) {
  process.env.LINK_HARNESS_REPORTER_WARNED = '1';
  process.stderr.write(`${reporterWarning}\n`);
}

export default defineConfig<HarnessOptions>({
  testDir: 'scenarios',
  outputDir: `${reports}/test-results`,
  workers: 2,
  // The longest scenarios sign a shopper up, save, return and charge: several page loads and frames each.
  timeout: 60_000,
  forbidOnly: isCI,
  // Progress, Playwright's HTML report, and the conformance reports (conformance.json/.md/.html and
  // junit.xml, one testcase per requirement) whose verdict sets the exit code. In CI each run also
  // leaves a blob for `npm run conformance:merge` (shards: see .github/workflows/conformance.yml).
  reporter: [
    ['list'],
    ['html', { outputFolder: `${reports}/html`, open: 'never' }],
    // Before the conformance reporter, so the blob keeps Playwright's own status, not the verdict.
    ...(isCI ? [['blob', { outputDir: `${reports}/blob` }] as const] : []),
    ['./harness/reporter/index.ts', { outputDir: reports }],
  ],
  // Travels inside blob reports, so a report merged from shards still names target, backend and browser.
  metadata: {
    linkHarness: describeConformanceRun({
      targetUrl,
      referenceCheckout: servers.referenceCheckout,
      browserExecutable: chromiumUse.launchOptions.executablePath ?? findChromium().executablePath,
    }),
  },
  use: {
    baseURL: targetUrl,
    // A checkout under test on https locally (a CHECKOUT_URL, or the reference checkout's `serve
    // --https`) usually has a self-signed certificate; FORM-01 checks the scheme, not the issuer.
    ignoreHTTPSErrors: true,
    // A failed scenario keeps its trace (actions, network, console, sources) and a screenshot. Not
    // the trace's filmstrip nor its DOM snapshots: recording them costs every scenario, pass or fail
    // (the filmstrip about a quarter of the run; the DOM snapshots of every frame at every action
    // about 15 % of the run's CPU, measured 141 s against 122 s). `--trace retain-on-failure` on the
    // command line records both.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false },
    screenshot: 'only-on-failure',
  },
  webServer: servers.webServer,
  // chrome-like, safari-like and chromium: harness/target/conformance-projects.ts says which scenarios run where.
  projects: conformanceProjects(),
});
