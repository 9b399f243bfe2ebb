import type { Locator, Page } from '@playwright/test';

/** Which Stripe the checkout under test talks to. */
export type Backend =
  | {
      kind: 'emulator';
      /** The emulator's base URL, e.g. `http://127.0.0.1:12111`. */
      url: string;
      /**
       * The emulator account the checkout's server uses (`sk_test_<account>`), when known before
       * the run: from LINK_HARNESS_ACCOUNT or the config file. Else the adapter's
       * `stripeAccount()` asks the checkout (the reference checkout says so on `/healthz`).
       */
      account?: string;
    }
  | {
      kind: 'stripe-test-mode';
      /** The shop's test secret key (`sk_test_…` or `rk_test_…`), for the inspector. */
      secretKey: string;
      publishableKey?: string;
    };

/** The checkout under test. */
export interface CheckoutUnderTest {
  /** `reference`: the embedded reference checkout the config starts; `external`: CHECKOUT_URL. */
  kind: 'reference' | 'external';
  /** Its base URL, e.g. `http://localhost:4242`. */
  url: string;
}

/** A shopper as the checkout's sign-up sees them. */
export interface ShopperDetails {
  name: string;
  email: string;
}

/** What a save attempt ended with, as the merchant's page shows it. */
export interface SetupOutcomeShown {
  /** The outcome the page shows (the reference checkout's words: `succeeded`, `failed`, …). */
  outcome: string;
  /** The SetupIntent the page is about, when it says (from its URL or its markup). */
  setupIntentId?: string;
}

/**
 * How the harness drives a merchant's checkout: the steps a URL cannot describe. The reference
 * checkout's behaviour is the default; a `link-harness.config.ts` may replace any step.
 */
export interface CheckoutAdapter {
  /** Creates the shopper's account on the site (when the merchant creates the Customer); ends signed in. */
  signUp(page: Page, shopper: ShopperDetails): Promise<void>;
  /** Opens the page with the Payment Element and waits until it can be submitted. */
  openSavePage(page: Page, options?: { emailMode?: 'link-authentication-element' | 'prefill' }): Promise<void>;
  /** Submits the save form (the merchant's own button). */
  submitSavePage(page: Page): Promise<void>;
  /** The merchant's own area where a confirm error is shown. */
  confirmError(page: Page): Locator;
  /** Waits for the page after a save attempt to show an outcome, and reads it. */
  readOutcome(page: Page): Promise<SetupOutcomeShown>;
  /**
   * The emulator account the checkout's server uses (key suffix or key), when it can tell.
   * The reference checkout answers on `/healthz` (`publishable_key`).
   */
  stripeAccount?(checkoutUrl: string): Promise<string | undefined>;
}

/** Everything about what is under test, resolved once per worker. */
export interface Target {
  checkout: CheckoutUnderTest;
  backend: Backend;
  /** The charge-later hook (`CHARGE_URL`), if the checkout has one. */
  chargeUrl?: string;
  adapter: CheckoutAdapter;
  /** The config file that was loaded, if any. */
  configFile?: string;
}

/** What `link-harness.config.ts` (at the project root) may say. */
export interface HarnessConfig {
  /** The emulator account the checkout's server uses: `sk_test_<x>`, `pk_test_<x>` or `<x>`. */
  account?: string;
  /** The charge-later hook, when CHARGE_URL is not set. */
  chargeUrl?: string;
  /** Steps of the checkout that differ from the reference checkout's. */
  checkout?: Partial<CheckoutAdapter>;
}

/** How a browser keeps Stripe's third-party storage between a shopper's visits (DESIGN.md, "Browser models"). */
export type BrowserModel = 'chrome-like' | 'safari-like';
