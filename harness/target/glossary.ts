import type { APIRequestContext, Locator, Page } from '@playwright/test';
import type Stripe from 'stripe';

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
  /**
   * The outcome the page shows, in the reference checkout's words: `succeeded` for a saved
   * payment method; anything else (`failed`, `processing`, …) for one that is not (yet).
   */
  outcome: string;
  /** The SetupIntent the page names, when it does (information only: scenarios find it from the browser's requests). */
  setupIntentId?: string;
}

/** A later, off-session charge the harness asks the shop to make (the guide's "Charge the saved payment method later"). */
export interface LaterCharge {
  /** The Customer to charge: the one the shopper's SetupIntent carried. */
  customer: string;
  /** In the currency's smallest unit, e.g. 1099. */
  amount: number;
  /** Three-letter ISO code, e.g. `usd`. */
  currency: string;
  /** One of the Customer's saved payment methods; the shop picks one when it is left out. */
  payment_method?: string;
}

/**
 * What the shop's charge trigger answered. Only "no server error" is part of a verdict
 * (`status` below 500); the rest is for failure messages and for the adapter's own steps.
 */
export interface LaterChargeAnswer {
  /** The HTTP status of the shop's hook; a trigger that is not HTTP maps its result (e.g. exit code 0 → 200, else 500). */
  status: number;
  /** The parsed JSON answer, when there was one. */
  body: unknown;
  /** A short description for messages, e.g. `202 {"order":"ord_1",…}`. */
  text: string;
}

/** One later charge the harness asked for, with what the shop answered and what Stripe holds. */
export interface LaterChargeAttempt {
  charge: LaterCharge;
  answer: LaterChargeAnswer;
  /** The PaymentIntent the shop's server created for it, as Stripe holds it; null when it created none. */
  paymentIntent: Stripe.PaymentIntent | null;
}

/** How the shop recorded a later charge, as it shows it (to the shopper or its staff). */
export interface ChargeRecordShown {
  outcome: 'succeeded' | 'requires_authentication' | 'declined' | 'processing' | (string & {});
  /** For a declined charge: the bank's decline code the record reports (`insufficient_funds`, …). */
  declineCode?: string | null;
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
   * Asks the shop to charge a saved payment method later, off-session, as its job runner would.
   * Default: `POST` the charge as JSON to the charge-later hook (CHARGE_URL), the reference
   * checkout's contract. A shop can call its own endpoint in its own JSON, or start its job as a
   * command, and map the result to a {@link LaterChargeAnswer}.
   */
  chargeLater(request: APIRequestContext, charge: LaterCharge): Promise<LaterChargeAnswer>;
  /**
   * Reads how the shop recorded a later charge, where the shop shows it. Optional: without it,
   * "the charge is recorded" is reported as not checked. Default on the embedded reference
   * checkout only: its account page.
   */
  readChargeRecord?(page: Page, attempt: LaterChargeAttempt): Promise<ChargeRecordShown>;
  /**
   * Brings the shopper back on-session for a charge that needed authentication, up to the point
   * where the bank's challenge shows (the harness completes it). Default: open the
   * `authenticate_url` of the hook's answer and press "Confirm payment", as on the reference checkout.
   */
  openAuthentication(page: Page, attempt: LaterChargeAttempt): Promise<void>;
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
  /** The charge-later hook (`CHARGE_URL`), if the checkout has one: the default `chargeLater` posts to it. */
  chargeUrl?: string;
  adapter: CheckoutAdapter;
  /** The config file that was loaded, if any. */
  configFile?: string;
}

/** What `link-harness.config.ts` (at the project root) may say. */
export interface HarnessConfig {
  /** The emulator account the checkout's server uses: `sk_test_<x>`, `pk_test_<x>` or `<x>`. */
  account?: string;
  /** The charge-later hook the default `chargeLater` posts to, when CHARGE_URL is not set. */
  chargeUrl?: string;
  /** Steps of the checkout that differ from the reference checkout's. */
  checkout?: Partial<CheckoutAdapter>;
}

/** How a browser keeps Stripe's third-party storage between a shopper's visits (DESIGN.md, "Browser models"). */
export type BrowserModel = 'chrome-like' | 'safari-like';
