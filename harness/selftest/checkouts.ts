// The checkouts the self-test proves the suite on: the reference checkout, and Thimble & Twine,
// the example checkout built unlike it (fixtures/checkouts/thimble). Each says its named faults and
// how to start it with one of them against the self-test's emulator, and what the Playwright run
// needs to find it (the environment a user would set for their own checkout).
import { fileURLToPath } from 'node:url';
import { thimbleFaults } from '../../fixtures/checkouts/thimble/faults.ts';
import { startThimble } from '../../fixtures/checkouts/thimble/server.ts';
import { emulatorBackend, faultCatalogue, referenceCheckoutAccount, registerWebhook, startCheckout, type FaultName } from '../checkout/index.ts';
import type { PlannedFault } from './plan.ts';

/** One checkout started for one run. */
export interface StartedCheckout {
  /** What the Playwright run needs to test it (CHECKOUT_URL and the config file, or the reference checkout's port). */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** A checkout the self-test knows how to start with its named faults. */
export interface SelftestCheckout {
  /** `reference` or `thimble`: the `--checkout` name. */
  name: string;
  faults: readonly PlannedFault[];
  /**
   * Starts it on a free port against the emulator, with one fault or none, and its webhook
   * endpoint registered with the emulator when `webhooks` says so. Its own server errors go to `logError`.
   */
  start(options: { fault: string | null; emulatorUrl: string; webhooks: boolean; logError(line: string): void }): Promise<StartedCheckout>;
}

const describe = (err: unknown) => (err instanceof Error ? (err.stack ?? err.message) : String(err));

/** The embedded reference checkout (harness/checkout), in this process. */
export const referenceSelftestCheckout: SelftestCheckout = {
  name: 'reference',
  faults: faultCatalogue.map((f) => ({ name: f.name, requirement: f.requirement, alsoBreaks: f.alsoBreaks })),
  async start({ fault, emulatorUrl, webhooks, logError }) {
    const checkout = await startCheckout({
      port: 0,
      faults: fault ? [fault as FaultName] : [],
      backend: emulatorBackend({ emulatorUrl }),
      logError: (message, err) => logError(`${message} ${describe(err)}`),
    });
    // Its /webhook registered with the emulator, as `link-harness serve --webhooks` does (HOOK-01).
    const webhook = webhooks ? await registerWebhook(checkout, 'link-harness selftest: the reference checkout') : undefined;
    // The config starts nothing on this port (it finds the checkout there); LINK_HARNESS_FAULTS is
    // for the scenarios that start the reference checkout once more themselves (COOKIE-02 over https).
    return {
      env: { LINK_HARNESS_CHECKOUT_PORT: String(checkout.port), LINK_HARNESS_ACCOUNT: referenceCheckoutAccount, LINK_HARNESS_FAULTS: fault ?? '' },
      close: async () => {
        await webhook?.remove();
        await checkout.close();
      },
    };
  },
};

/** Thimble & Twine's adapter, as a merchant keeps it beside their checkout. */
export const thimbleConfigFile = fileURLToPath(new URL('../../fixtures/checkouts/thimble/link-harness.config.ts', import.meta.url));

/** Thimble & Twine (fixtures/checkouts/thimble), in this process, tested as any other checkout: CHECKOUT_URL and its config file. */
export const thimbleSelftestCheckout: SelftestCheckout = {
  name: 'thimble',
  faults: thimbleFaults.map((f) => ({ name: f.name, requirement: f.requirement, alsoBreaks: f.alsoBreaks })),
  async start({ fault, emulatorUrl, webhooks, logError }) {
    const shop = await startThimble({
      port: 0,
      secretKey: 'sk_test_thimble',
      publishableKey: 'pk_test_thimble',
      apiBase: emulatorUrl,
      faults: fault ? [fault] : [],
      logError,
      hooks: webhooks,
    });
    return { env: { CHECKOUT_URL: shop.url, LINK_HARNESS_CONFIG: thimbleConfigFile }, close: () => shop.close() };
  },
};

/** Every checkout the self-test knows, by `--checkout` name. */
export const selftestCheckouts: readonly SelftestCheckout[] = [referenceSelftestCheckout, thimbleSelftestCheckout];
