import type { BrowserContext } from '@playwright/test';
import type Stripe from 'stripe';

/** Where an inspector reads from: the emulator (request log + objects), or Stripe's API in test mode. */
export type InspectorMode = 'emulator' | 'stripe-test-mode';

/** One call the integration (its server, or Stripe.js in its pages) made to Stripe. */
export interface StripeCall {
  /** The `Request-Id` Stripe answered with. */
  id: string;
  /** Milliseconds since the epoch when the call arrived. */
  time: number;
  method: string;
  /** e.g. `/v1/setup_intents` or `/v1/setup_intents/seti_123/confirm`. */
  path: string;
  /** Decoded query and body parameters (`payment_method_types: ['link', 'card']`, nested objects for brackets). */
  params: Record<string, unknown>;
  /** Which key made it: the server's secret key, or Stripe.js in the browser with the publishable key. */
  keyKind: 'secret' | 'publishable' | null;
  status: number;
  /** Stripe's error `type`, `code` and `param` when the answer was an error. */
  error: { type: string; code?: string; param?: string } | null;
  /** What the answer was about: the id of the object it returned (or created), or the intent a card error carries; null otherwise. */
  objectId: string | null;
}

/** Which calls to return; every field narrows the list. */
export interface CallFilter {
  /** Only calls at or after this time (ms since the epoch). Default: when the test began. */
  since?: number;
  method?: 'GET' | 'POST' | 'DELETE';
  /**
   * The path: exact (`/v1/setup_intents`), a pattern with `:name` segments
   * (`/v1/setup_intents/:id/confirm`), or a RegExp.
   */
  path?: string | RegExp;
  keyKind?: 'secret' | 'publishable';
  /**
   * Only calls that involve one of these ids or emails: it appears in the path or anywhere in the
   * parameters. The reference checkout serves every shopper from one Stripe account and the suite
   * runs tests in parallel, so scenarios narrow to their own shopper's Customer or intents.
   */
  involving?: string | readonly string[];
  /** Only calls Stripe answered with a 2xx (true) or with an error (false). */
  ok?: boolean;
  /**
   * `browser`: only calls whose answers reached this test's watched browser contexts (Stripe.js in
   * the shopper's pages, see {@link Inspector.watchBrowser}); `server`: only calls made with the
   * secret key. Unset: both.
   */
  from?: 'browser' | 'server';
}

/**
 * Narrows objects to one shopper, by the Customer the shopper's own SetupIntent carries (never by
 * email: a checkout may create Customers without one, or share one by mistake).
 */
export interface ShopperScope {
  customer?: string;
}

/** One request the shopper's browser sent to Stripe's API (Stripe.js and its frames). */
export interface BrowserStripeRequest {
  /** When it was sent, ms since the epoch. */
  time: number;
  method: string;
  /** e.g. `/v1/setup_intents/seti_1/confirm`. */
  path: string;
  /** Its query and body parameters, brackets decoded. */
  params: Record<string, unknown>;
  /** The key it carried (`Authorization: Bearer …`, or the `key` parameter real Stripe.js sends). */
  key: string | null;
  /** The `Request-Id` of Stripe's answer, once it arrived. */
  requestId: string | null;
  /** The answer's status, once it arrived. */
  status: number | null;
}

/** A URL the page's main frame asked for (each step of a redirect is one). */
export interface MainFrameNavigation {
  url: string;
  /** ms since the epoch. */
  time: number;
}

/** A SetupIntent whose client secret the shopper's browser handed to Stripe. */
export interface HandledSetupIntent {
  id: string;
  clientSecret: string;
  /** When a request first carried it, ms since the epoch. */
  firstSeen: number;
}

/** A confirm of a SetupIntent that Stripe.js sent from the shopper's browser. */
export interface SetupIntentConfirm {
  id: string;
  /** The `return_url` it carried, or null. */
  returnUrl: string | null;
  time: number;
  /** Stripe's answer status, once it arrived. */
  status: number | null;
}

/**
 * What the shopper's browsers handled, as a shopper's browser sees it: Stripe.js's requests to
 * Stripe and the pages' navigations. Scenarios find the shopper's own objects from it (the
 * SetupIntent the page confirmed, the return_url reached), the same way against the emulator
 * and against real Stripe.
 */
export interface BrowserTrail {
  /** Requests to Stripe's API from the watched browser contexts, oldest first. */
  stripeRequests(): readonly BrowserStripeRequest[];
  /** Main-frame navigations of the watched contexts' pages, oldest first. */
  navigations(): readonly MainFrameNavigation[];
  /** SetupIntents whose client secret a request carried, in the order they were first seen. */
  setupIntentsHandled(): HandledSetupIntent[];
  /** Confirms of SetupIntents, oldest first. */
  setupIntentConfirms(): SetupIntentConfirm[];
}

/** A secret that reached a page it should not have (SETUP-03). */
export interface PageLeak {
  /** `setup-intent-fields`: the SetupIntent's id with its Customer or status next to it, in any shape. */
  kind: 'secret-key' | 'restricted-key' | 'setup-intent-object' | 'payment-intent-object' | 'setup-intent-fields';
  /** The leaked text, redacted to its first characters. */
  excerpt: string;
}

/** What an inspector can answer; live mode answers less (no request log). */
export interface InspectorCapabilities {
  /** Every call with its parameters, in order (the emulator's request log). */
  requestLog: boolean;
  /** Seeded Link accounts (the emulator's control API). */
  linkAccounts: boolean;
}

/**
 * What the integration did, read back after the shopper acted: which calls it made to Stripe (with
 * which parameters, in which order) and the objects they left. One interface for the emulator and
 * for live Stripe test mode; what a mode cannot answer raises {@link InspectionUnavailableError}
 * (check {@link Inspector.capabilities} first to report "not applicable" instead).
 *
 * Objects are those created since {@link Inspector.since} (the start of the test) unless a
 * method says otherwise.
 */
export interface Inspector {
  readonly mode: InspectorMode;
  readonly capabilities: InspectorCapabilities;
  /** When the test began (ms since the epoch): the default lower bound of every query. */
  readonly since: number;
  /** The account's server-side client (secret key): for anything the methods below do not cover. */
  readonly stripe: Stripe;
  /** What the watched browser contexts handled (see {@link Inspector.watchBrowser}). */
  readonly browser: BrowserTrail;

  /**
   * Notes what this browser context's pages send to Stripe and where they navigate (see
   * {@link Inspector.browser}), so that `calls({from: 'browser'})` returns this test's browser
   * calls only. The fixtures watch the test's context and every context `visit` opens.
   */
  watchBrowser(context: BrowserContext): void;
  /**
   * The calls made to Stripe on the account, oldest first, without the inspector's own reads.
   * Emulator only (live Stripe has no request log for us).
   */
  calls(filter?: CallFilter): Promise<StripeCall[]>;
  /** Customers created since the test began, oldest first. */
  customersCreated(): Promise<Stripe.Customer[]>;
  /** SetupIntents created since the test began, oldest first, optionally one shopper's. */
  setupIntentsCreated(scope?: ShopperScope): Promise<Stripe.SetupIntent[]>;
  /** The newest of {@link setupIntentsCreated}, or undefined when there is none. */
  lastSetupIntent(scope?: ShopperScope): Promise<Stripe.SetupIntent | undefined>;
  /** One SetupIntent with its payment method (and customer) expanded. */
  setupIntent(id: string): Promise<InspectedSetupIntent>;
  /** PaymentIntents created since the test began, oldest first, optionally one shopper's. */
  paymentIntentsCreated(scope?: ShopperScope): Promise<Stripe.PaymentIntent[]>;
  /** The newest of {@link paymentIntentsCreated}, or undefined when there is none. */
  lastPaymentIntent(scope?: ShopperScope): Promise<Stripe.PaymentIntent | undefined>;
  /** The payment methods saved to a Customer, newest first. */
  paymentMethodsOf(customer: string): Promise<Stripe.PaymentMethod[]>;
  /** Secrets in a page's HTML: any secret or restricted key, or a whole SetupIntent/PaymentIntent object. */
  secretKeyLeaks(html: string): PageLeak[];
}

/** A SetupIntent read back with its payment method and customer expanded. */
export type InspectedSetupIntent = Omit<Stripe.SetupIntent, 'payment_method' | 'customer'> & {
  payment_method: Stripe.PaymentMethod | null;
  customer: Stripe.Customer | Stripe.DeletedCustomer | null;
};

/** Raised when the inspector's mode cannot answer a question (e.g. the request log in live mode). */
export class InspectionUnavailableError extends Error {
  override name = 'InspectionUnavailableError';
  constructor(
    readonly capability: keyof InspectorCapabilities,
    message: string,
  ) {
    super(message);
  }
}
