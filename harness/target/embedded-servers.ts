// The servers a Playwright run starts through `webServer`: the embedded reference checkout with its
// emulator, or the emulator alone when CHECKOUT_URL names another checkout. Shared by the conformance run (playwright.config.ts)
// and the harness's own browser tests (harness/playwright.config.ts).
import type { PlaywrightTestConfig } from '@playwright/test';
import { linkHarnessBin } from './bin-path.ts';
import { emulatorReadyLine, serveReadyLine } from './ready-lines.ts';

type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, readonly unknown[]>[number];

/** Where the run's servers listen, and how Playwright starts them. */
export interface EmbeddedServers {
  /** The emulator every scenario talks to (the Stripe API, Stripe.js and the control API). */
  emulatorUrl: string;
  /** The checkout under test: CHECKOUT_URL, or the embedded reference checkout. */
  targetUrl: string;
  /** True when the target is the embedded reference checkout. */
  referenceCheckout: boolean;
  webServer: WebServer[];
}

/**
 * Reads CHECKOUT_URL and the port variables, and sets the variables workers read
 * (LINK_HARNESS_EMULATOR_URL, and for the reference checkout CHARGE_URL and
 * LINK_HARNESS_REFERENCE_CHECKOUT_URL): workers inherit the runner's environment.
 *
 * @example
 * const servers = embeddedServers(process.env, { reuseExistingServer: !process.env.CI });
 */
export function embeddedServers(env: NodeJS.ProcessEnv, { reuseExistingServer }: { reuseExistingServer: boolean }): EmbeddedServers {
  // Overridable so that several runs can share a machine without sharing (or stopping) each other's servers.
  const emulatorPort = port(env, 'LINK_HARNESS_EMULATOR_PORT', 12111);
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  env.LINK_HARNESS_EMULATOR_URL = emulatorUrl;

  const checkoutUrl = env.CHECKOUT_URL || undefined;
  const referenceCheckoutPort = port(env, 'LINK_HARNESS_CHECKOUT_PORT', 4242);
  // On localhost, while the emulator is on 127.0.0.1: Stripe's frames are third-party, as in production.
  const targetUrl = checkoutUrl ?? `http://localhost:${referenceCheckoutPort}`;
  if (!checkoutUrl) {
    env.CHARGE_URL ??= `${targetUrl}/charge-later`;
    env.LINK_HARNESS_REFERENCE_CHECKOUT_URL = targetUrl;
  }

  // Ready when the server prints its banner, or (a server reused, or started by hand) answers its URL.
  const common = { reuseExistingServer, timeout: 30_000, stdout: 'ignore', stderr: 'pipe' } as const;
  const webServer: WebServer[] = checkoutUrl
    ? [
        {
          command: `${linkHarness} emulator --port ${emulatorPort}`,
          url: `${emulatorUrl}/_harness/health`,
          wait: { stdout: new RegExp(emulatorReadyLine) },
          ...common,
        },
      ]
    : [
        // `serve` starts the emulator in its own process (or uses one already running on that port):
        // one process to start and wait for instead of two, about a second less.
        {
          command: `${linkHarness} serve --port ${referenceCheckoutPort} --emulator-port ${emulatorPort} --webhooks`,
          url: `http://127.0.0.1:${referenceCheckoutPort}/healthz`,
          wait: { stdout: new RegExp(serveReadyLine) },
          ...common,
        },
      ];
  return { emulatorUrl, targetUrl, referenceCheckout: !checkoutUrl, webServer };
}

/** `npx link-harness` as a shell command, without npx's own start-up (about 0.7 s a server), from any working directory. */
const linkHarness = [process.execPath, linkHarnessBin].map((part) => JSON.stringify(part)).join(' ');

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`${name}=${text} is not a TCP port (1-65535)`);
  return value;
}
