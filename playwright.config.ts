import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from './harness/target/chromium.ts';

const isCI = !!process.env.CI;

/** The emulator every scenario talks to (the Stripe API, Stripe.js and the control API). */
const emulatorPort = 12111;
const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
// Workers inherit the runner's environment: scenarios read the emulator's URL from here.
process.env.LINK_HARNESS_EMULATOR_URL = emulatorUrl;

/**
 * What is under test: the developer's checkout at CHECKOUT_URL, or, when it is unset, the
 * embedded reference checkout (it will join `webServer` below once it exists).
 */
const checkoutUrl = process.env.CHECKOUT_URL;

export default defineConfig({
  testDir: 'scenarios',
  outputDir: 'reports/test-results',
  workers: 2,
  forbidOnly: isCI,
  reporter: [['list'], ['html', { outputFolder: 'reports/html', open: 'never' }], ['junit', { outputFile: 'reports/junit.xml' }]],
  use: {
    ...(checkoutUrl ? { baseURL: checkoutUrl } : {}),
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
  ],
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: findChromium().executablePath, args: chromiumLaunchArgs() },
      },
    },
  ],
});
